import { documentError, DocumentPlace } from "./document-place";

export interface Period {
  startYear: number;
  endYear: number;
}

/** Reads a period cell: one year ("2013") or a range ("2012-2015"). */
export function parsePeriod(text: string, place: DocumentPlace): Period {
  const match = /^(\d{4})(?:\s*[-–]\s*(\d{4}))?$/u.exec(text.trim());
  if (!match) {
    throw documentError(place, `period "${text}" is neither a year nor a range of years such as "2012-2015"`);
  }
  const startYear = Number(match[1]);
  const endYear = match[2] === undefined ? startYear : Number(match[2]);
  if (endYear < startYear) {
    throw documentError(place, `period "${text}" ends before it starts`);
  }
  return { startYear, endYear };
}
