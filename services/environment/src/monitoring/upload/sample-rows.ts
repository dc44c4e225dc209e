import { vietnamDate } from "@hpig/kit";

import type { MonitoringParameter } from "../parameter.entity";
import type { MonitoringStation } from "../station.entity";

/** The columns of an upload, by their header names; belowDetection may be left out. */
export const COLUMNS = ["station", "parameter", "time", "value", "belowDetection"] as const;
export type Column = (typeof COLUMNS)[number];

/** A bad cell or row: its line in the file (the header is line 1), its column, and what is wrong. */
export interface RowProblem {
  line: number;
  column: Column | null;
  message: string;
}

/** A good row, ready to store: keys as the database holds them. */
export interface SampleRow {
  line: number;
  stationId: number;
  parameterId: number;
  /** Seconds since 1970 UTC. */
  takenAt: number;
  value: number;
  belowDetection: boolean;
  campaignId: number | null;
}

/** What the rows are checked against: the stations and parameters by code, and the campaign named, if any. */
export interface UploadCatalogue {
  stations: ReadonlyMap<string, MonitoringStation>;
  parameters: ReadonlyMap<string, MonitoringParameter>;
  campaign: { id: number; code: string; startsOn: string; endsOn: string; stationIds: ReadonlySet<number> } | null;
  /** Samples may not be from the future. */
  now: Date;
}

/** The header's columns, by position; the problem when it is not the expected header. */
export function readHeader(cells: readonly string[]): { columns: Column[] } | { problem: string } {
  const columns: Column[] = [];
  for (const cell of cells) {
    const column = COLUMNS.find((name) => name.toLowerCase() === cell.trim().toLowerCase());
    if (!column) return { problem: `Unknown column "${cell.trim()}": the columns are ${COLUMNS.join(", ")}.` };
    if (columns.includes(column)) return { problem: `The column "${column}" is given twice.` };
    columns.push(column);
  }
  const missing = COLUMNS.filter((name) => name !== "belowDetection" && !columns.includes(name));
  if (missing.length > 0) {
    return {
      problem: `The first line must be the header station,parameter,time,value[,belowDetection]; ${missing.join(", ")} missing.`,
    };
  }
  return { columns };
}

const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Nothing was measured by these stations before 1990. */
const EARLIEST = Date.UTC(1990, 0, 1) / 1000;

/**
 * A time with its offset from UTC ("2024-03-01T07:00:00+07:00", "2024-03-01 00:00Z", "…00.000Z"), in whole
 * seconds since 1970 UTC; a time without an offset is ambiguous (station loggers write either
 * local or UTC time) and refused.
 */
export function parseTime(text: string): number | string {
  const match = TIME.exec(text);
  if (!match) {
    return `"${text}" is not a time with its offset from UTC, e.g. 2024-03-01T07:00:00+07:00 or 2024-03-01T00:00:00Z.`;
  }
  const [year, month, day, hour, minute, second = "0"] = match.slice(1, 7).map((part) => part ?? "0");
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number);
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(local);
  if (
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  ) {
    return `"${text}" is not a time on the calendar.`;
  }
  if (/[1-9]/.test(match[7] ?? "")) return `"${text}" has a fraction of a second: times are kept to the second.`;
  const zone = match[8];
  let offsetMinutes = 0;
  if (zone !== "Z") {
    const digits = zone.replace(":", "");
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
    if (Math.abs(offsetMinutes) > 14 * 60) return `"${text}" has an offset beyond ±14:00.`;
  }
  return local / 1000 - offsetMinutes * 60;
}

/** One data line's cells checked against the catalogue: the row to store, or every problem in it. */
export function readRow(
  line: number,
  cells: readonly string[],
  columns: readonly Column[],
  catalogue: UploadCatalogue,
): SampleRow | RowProblem[] {
  const problems: RowProblem[] = [];
  const problem = (column: Column | null, message: string) => problems.push({ line, column, message });
  if (cells.length !== columns.length) {
    problem(null, `${cells.length} cells where the header has ${columns.length} columns.`);
    return problems;
  }
  const cell = (column: Column) => {
    const index = columns.indexOf(column);
    return index < 0 ? "" : cells[index].trim();
  };

  const stationCode = cell("station");
  const station = catalogue.stations.get(stationCode);
  if (!station) problem("station", stationCode === "" ? "The station is missing." : `No station "${stationCode}".`);

  const parameterCode = cell("parameter");
  const parameter = catalogue.parameters.get(parameterCode);
  if (!parameter) {
    problem("parameter", parameterCode === "" ? "The parameter is missing." : `No parameter "${parameterCode}".`);
  } else if (station && parameter.medium !== station.medium) {
    problem(
      "parameter",
      `${parameterCode} is measured in ${parameter.medium}, station ${stationCode} samples ${station.medium}.`,
    );
  }

  const takenAt = parseTime(cell("time"));
  if (typeof takenAt === "string") problem("time", takenAt);
  else if (takenAt > catalogue.now.getTime() / 1000) problem("time", `${cell("time")} is in the future.`);
  else if (takenAt < EARLIEST) problem("time", `${cell("time")} is before 1990.`);

  const valueText = cell("value");
  const value = Number(valueText);
  if (!NUMBER.test(valueText) || !Number.isFinite(value) || Math.abs(value) > 1e12) {
    problem(
      "value",
      valueText === "" ? "The value is missing." : `"${valueText}" is not a number (use a decimal point).`,
    );
  }

  const flag = cell("belowDetection").toLowerCase();
  if (!["", "true", "false", "1", "0"].includes(flag)) {
    problem("belowDetection", `"${cell("belowDetection")}" is not true, false, 1, 0 or empty.`);
  }

  const campaign = catalogue.campaign;
  if (station && typeof takenAt === "number") {
    if (campaign) {
      const day = vietnamDate(new Date(takenAt * 1000));
      if (!campaign.stationIds.has(station.id)) {
        problem("station", `Station ${stationCode} is not sampled in campaign ${campaign.code}.`);
      } else if (day < campaign.startsOn || day > campaign.endsOn) {
        problem(
          "time",
          `${cell("time")} is outside campaign ${campaign.code} (${campaign.startsOn} to ${campaign.endsOn}).`,
        );
      }
    } else if (!station.automatic) {
      problem("station", `Station ${stationCode} is sampled in campaigns: upload its samples with campaign=<code>.`);
    }
  }
  if (problems.length > 0) return problems;
  return {
    line,
    stationId: station!.id,
    parameterId: parameter!.id,
    takenAt: takenAt as number,
    value,
    belowDetection: flag === "true" || flag === "1",
    campaignId: campaign?.id ?? null,
  };
}

/**
 * The keys seen so far in a file: a (station, parameter, time) given twice in one file is a bad
 * row, whatever its value, since which of the two is meant cannot be told. Kept per (station,
 * parameter) as numbers, a few tens of bytes per row.
 */
export class SeenKeys {
  private readonly lines = new Map<number, Map<number, number>>();

  /** The line that gave this key before, or undefined (and the key is remembered). */
  seen(row: SampleRow): number | undefined {
    const pair = row.stationId * 1_000_003 + row.parameterId;
    let times = this.lines.get(pair);
    if (!times) this.lines.set(pair, (times = new Map<number, number>()));
    const earlier = times.get(row.takenAt);
    if (earlier === undefined) times.set(row.takenAt, row.line);
    return earlier;
  }
}
