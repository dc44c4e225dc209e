/**
 * How the nine reporting units of the plan's appendix behaved in the generated December cycles
 * (2012–2020): a fixed script per unit, so the reporting-rate views (`submission` of a
 * ReportingObligation) show the statuses a committee meets in practice.
 */

/** The first December cycle (the plan was issued in June 2012) and the last one the sample covers. */
export const FIRST_CYCLE = 2012;
export const LAST_CYCLE = 2020;

export enum CycleBehaviour {
  /** Everything sent in December of the reporting year. */
  ON_TIME = "O",
  /** Everything sent, in January or February of the next year. */
  LATE = "L",
  /**
   * Sent in December, but a few indicators or cells are left out, with their previous-year official
   * figure; the year's figure of those cells never comes, not even as next year's official one.
   */
  PARTIAL = "P",
  /** Nothing sent for the year, then or later: no official figure for the year before, no figure for the year itself. */
  SKIP = "S",
}

export interface SampleUnit {
  code: string;
  /** As it signs its reports: "Cục Thống kê Hải Phòng". */
  name: string;
  /** One letter per cycle year FIRST_CYCLE…LAST_CYCLE (see CycleBehaviour). */
  script: string;
  /** The December days (first, last) the unit usually sends on. */
  decemberWindow: readonly [number, number];
}

/**
 * The script. For Cục Thống kê, whose appendix row asks for the previous year's official figures,
 * a cycle after a skipped or partial year comes out PARTIAL even when sent on time (those official
 * figures never arrive); every other unit owes the reporting year's figures only.
 */
const UNITS: readonly SampleUnit[] = [
  //                                                              2012…2020
  { code: "THONGKE", name: "Cục Thống kê Hải Phòng", script: "OOOOOOOOO", decemberWindow: [16, 28] },
  { code: "CUCTHUE", name: "Cục Thuế thành phố Hải Phòng", script: "OOLOOOOPO", decemberWindow: [12, 30] },
  { code: "HAIQUAN", name: "Cục Hải quan Hải Phòng", script: "OOOOLOOOO", decemberWindow: [10, 26] },
  { code: "BQLKKT", name: "Ban quản lý Khu kinh tế Hải Phòng", script: "OOOOOLOOP", decemberWindow: [14, 30] },
  { code: "KHDT", name: "Sở Kế hoạch và Đầu tư", script: "LOOOOOLOO", decemberWindow: [15, 31] },
  { code: "LDTBXH", name: "Sở Lao động, Thương binh và Xã hội", script: "OOPOLOOOL", decemberWindow: [12, 31] },
  { code: "KHCN", name: "Sở Khoa học và Công nghệ", script: "OLOOPOOLO", decemberWindow: [10, 29] },
  { code: "TNMT", name: "Sở Tài nguyên và Môi trường", script: "POOLOOOOO", decemberWindow: [11, 30] },
  { code: "NNPTNT", name: "Sở Nông nghiệp và Phát triển nông thôn", script: "OOLOOSOOO", decemberWindow: [15, 31] },
];

const BY_CODE = new Map(UNITS.map((unit) => [unit.code, unit]));

/** The unit's script; a unit the appendix does not name sends everything on time. */
export function sampleUnit(code: string): SampleUnit {
  return (
    BY_CODE.get(code) ?? {
      code,
      name: code,
      script: "O".repeat(LAST_CYCLE - FIRST_CYCLE + 1),
      decemberWindow: [12, 28],
    }
  );
}

export function behaviourIn(unit: SampleUnit, year: number): CycleBehaviour {
  return (unit.script[year - FIRST_CYCLE] ?? CycleBehaviour.ON_TIME) as CycleBehaviour;
}
