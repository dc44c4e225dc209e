import type { EntityManager } from "typeorm";

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
  /** How, in a sentence for the reader of the figure (Vietnamese first, then English). */
  method: string;
  /** Every cell of the year's figure, read in the caller's transaction. */
  derive(manager: EntityManager, year: number): Promise<DerivedCell[]>;
}
