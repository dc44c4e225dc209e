import type { TargetDirection as KitTargetDirection, TargetMeasure as KitTargetMeasure } from "@hpig/kit";
/** What the importer reads out of a plan document, before anything touches a database. */
import type { RequiredFigures } from "@hpig/kit";

export type AssignmentRole = "LEAD" | "COORDINATING";

/** One agency named in a task row, with the exact text that named it. */
export interface ParsedAssignment {
  agencyCode: string;
  role: AssignmentRole;
  /** The agency as written in the row, e.g. "LĐ-TB và XH", "Ban quản lý KTT". */
  asWritten: string;
  /** For a row with several leads (III.2), the sub-item of the content this lead is responsible for. */
  scope: string | null;
}

export interface ParsedTask {
  /** Group numeral, dot, number: "IV.2". */
  code: string;
  number: number;
  /** The row's content as written; sub-item paragraphs are joined with "\n". */
  title: string;
  /** The lead cell as written. */
  leadText: string;
  leads: ParsedAssignment[];
  coordinators: ParsedAssignment[];
  /** The coordination cell as written, vague phrases ("và các đơn vị liên quan") included. */
  coordinationNote: string;
  /** The period cell as written: "2012-2015" or "2013". */
  periodText: string;
  startYear: number;
  endYear: number;
  /** 1-based line of the row's first cell in the document, for error messages. */
  line: number;
}

export interface ParsedGroup {
  /** Roman numeral: "I" … "IX". */
  code: string;
  number: number;
  title: string;
  tasks: ParsedTask[];
}

/** The kit's enums as the importer writes them ("SHARE", "AT_LEAST"), one list of values for both subgraphs. */
export type TargetMeasure = `${KitTargetMeasure}`;
export type TargetDirection = `${KitTargetDirection}`;

/** A numeric target of section I: a band [min, max] for an indicator over a year or a range of years. */
export interface ParsedTarget {
  /** Stable code: indicator code and years, e.g. "IIP_GROWTH_2011_2015", "INDUSTRY_GDP_SHARE_2015". */
  code: string;
  indicatorCode: string;
  /** The indicator as the document names it, e.g. "Chỉ số phát triển sản xuất công nghiệp (IIP)". */
  description: string;
  measure: TargetMeasure;
  fromYear: number;
  toYear: number;
  /**
   * The band judged: the numbers as written, or for "khoảng" (about) widened by half a unit of the
   * last digit written ("khoảng 12,7%" → 12.65–12.75), so the judgement never needs the wording.
   */
  min: number;
  max: number;
  /** Which side of the band meets the target, from the clause's wording (see direction-lexicon.ts). */
  direction: TargetDirection;
  /** "%" for shares, "%/năm" for average annual growth. */
  unit: string;
  /** The clause of the document the target was read from. */
  sourceText: string;
}

/** One unit of the appendix and what it must send every December. */
export interface ParsedReportingRequirement {
  position: number;
  agencyCode: string;
  unitAsWritten: string;
  /** The information cell as written. */
  content: string;
  /** The cell split into its items ("- …" paragraphs), or the whole cell as one item. */
  items: string[];
  /** Which figures the row asks for, read from its wording. */
  requiredFigures: RequiredFigures;
}

export interface ImportWarning {
  /** Task code or document part the warning is about. */
  where: string;
  message: string;
}

export interface ParsedPlan {
  /** "3438/KH-UBND". */
  number: string;
  /** ISO date, "2012-06-08". */
  issuedOn: string;
  /** The heading under "KẾ HOẠCH", as written. */
  title: string;
  /** The last year the title names ("… định hướng đến năm 2020" → 2020): the plan's horizon. */
  horizonYear: number;
  signedBy: string | null;
  groups: ParsedGroup[];
  targets: ParsedTarget[];
  reportingRequirements: ParsedReportingRequirement[];
  /** Oddities kept as written but worth a look, e.g. a lead agency also listed as coordinating (VII.1). */
  warnings: ImportWarning[];
}

/** A document the importer cannot read faithfully; the message names the task or line and the text. */
export class PlanDocumentError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "PlanDocumentError";
  }
}
