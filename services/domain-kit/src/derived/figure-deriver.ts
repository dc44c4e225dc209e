import type { EntityManager } from "typeorm";

import type { ReportingContext } from "../context";
import type { Breakdown } from "../indicators/breakdown";

/**
 * One cell of a figure computed from a domain's own records: its breakdown ({} for the total),
 * its value in the indicator's unit, and the records it was computed from.
 */
export interface DerivedCell {
  /** Dimension → code, as in a submitted figure; `{}` for the total. */
  breakdown: Breakdown;
  value: number;
  /** The keys of the records counted or summed (their entity's key field), so the figure can be explained. */
  recordKeys: readonly string[];
}

/**
 * The records a figure's provenance links to: their GraphQL type (one of the domain's own, listed in
 * its `types`) and how a request loads them by key (batched, e.g. through the domain's DataLoader).
 */
export interface DerivedRecords {
  /** The records' object type, e.g. the InvestmentProject class. */
  type: Function;
  /** The records of these keys, in order; null for a key whose record is gone. */
  load(keys: readonly string[], context: ReportingContext): Promise<ReadonlyArray<unknown>>;
}

/**
 * How a domain computes one appendix indicator's yearly figure from the records it keeps (investment
 * projects, EIA approvals, monitoring samples, …). The domain kit shows the computed figure beside the
 * one submitted by hand (`derivedFigures(year)`) and submits it on request (`submitDerivedFigures`)
 * through the same checks, revisions and audit as any submission, with its provenance.
 */
export interface FigureDeriver {
  /** The indicator computed, one of the domain's own. */
  indicatorCode: string;
  /** The type of the records it is computed from, as named in the schema ("InvestmentProject"). */
  recordType: string;
  /** The records in words, Vietnamese plural ("dự án"), for the figure's source: "tính từ 137 dự án". */
  recordName?: string;
  /** How, in a sentence for the reader of the figure (Vietnamese first, then English). */
  method: string;
  /** Every cell of the year's figure, read in the caller's transaction. */
  derive(manager: EntityManager, year: number): Promise<DerivedCell[]>;
  /**
   * The records themselves, so a submitted figure's `provenance` lists them (`…Provenance.records`);
   * left out, the provenance gives their keys only. Derivers of the same recordType share the first one's.
   */
  records?: DerivedRecords;
}
