/**
 * One indicator of the committee's catalogue: what a reporting unit must send (the plan's
 * appendix), or a quantity section I's targets are set on. Values and their definitions live in
 * the domain subgraph of the reporting agency.
 */
export interface IndicatorRecord {
  /** Stable code shared with the domain's definition, e.g. "IIP", "BUDGET_PAYMENTS". */
  code: string;
  /** Vietnamese name, e.g. "Chỉ số phát triển sản xuất công nghiệp (IIP)". */
  name: string;
  nameEn: string;
  /** The reporting agency's code, e.g. "THONGKE". */
  agency: string;
  /**
   * The appendix item it answers: the row (ReportingRequirement.position, 1–9) and the 0-based
   * index of the item in that row's items; null for a section I quantity the appendix does not list.
   */
  requirement: { position: number; item: number } | null;
}
