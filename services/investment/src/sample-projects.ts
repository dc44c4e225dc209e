import { breakdownKey, INDUSTRIAL_PARK_CODE_LIST, Observation } from "@hpig/domain-kit";
import { runInTransaction } from "@hpig/kit";
import { FIRST_YEAR, LAST_YEAR, type Rng, rngFor, YEARS } from "@hpig/sample-data";
import { type DataSource, In } from "typeorm";

import {
  DOMESTIC_COUNTRY,
  InvestmentProject,
  InvestmentProjectAdjustment,
  ProjectStatus,
} from "./investment-project/investment-project.entity";

/** A yearly figure as recorded (its latest revision), by indicator, year and cell; undefined when none. */
export type FigureOf = (indicator: string, year: number, cell?: Record<string, string>) => number | undefined;

/** Đồng per US dollar by year, for the other currency of a certificate (rounded central rates). */
const VND_PER_USD: Record<number, number> = {
  2011: 20_800,
  2012: 20_850,
  2013: 21_000,
  2014: 21_250,
  2015: 21_900,
  2016: 22_200,
  2017: 22_450,
  2018: 22_800,
  2019: 23_150,
  2020: 23_150,
};
const rateOf = (year: number) => VND_PER_USD[year] ?? 20_000;

const SECTORS = ["10", "13", "14", "15", "20", "22", "23", "24", "25", "26", "27", "28", "29", "30", "32", "33", "35"];
const PRODUCTS: Record<string, string> = {
  "10": "chế biến thực phẩm",
  "13": "sợi và vải",
  "14": "may mặc",
  "15": "giày dép",
  "20": "hóa chất",
  "22": "sản phẩm nhựa",
  "23": "vật liệu xây dựng",
  "24": "thép",
  "25": "kết cấu kim loại",
  "26": "linh kiện điện tử",
  "27": "thiết bị điện",
  "28": "máy móc",
  "29": "phụ tùng ô tô",
  "30": "tàu thủy",
  "32": "đồ chơi và dụng cụ thể thao",
  "33": "sửa chữa máy móc",
  "35": "điện năng",
};
const FOREIGN = ["JP", "KR", "CN", "TW", "SG", "US", "DE", "TH", "HK"];
const DOMESTIC_NAMES = [
  "Thành Đạt",
  "Hải Âu",
  "Bạch Đằng",
  "Cát Bi",
  "Đông Hải",
  "Minh Phát",
  "Hoàng Long",
  "An Phú",
  "Tiến Thành",
  "Việt Hưng",
];
const FOREIGN_NAMES = ["Sakura", "Hanil", "Pacific", "Golden Sun", "Lion", "Orient", "Nordic", "Siam", "Harbour"];

/**
 * The cells where the records and the hand-submitted figures deliberately differ, so that
 * derivedFigures shows something: two foreign projects licensed on 30–31 December 2016 after the
 * figure was sent, a domestic project of 2018 whose capital was raised in 2019, and a project in
 * Đình Vũ terminated in 2019.
 */
export const SAMPLE_DIFFERENCES = {
  lateForeignProjects: { year: 2016, count: 2 },
  raisedCapital: { year: 2018, byVnd: 150_000_000_000, adjustedOn: "2019-05-14" },
  terminated: { year: 2019, park: "DINH_VU", on: "2019-09-20" },
};

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** `total` (whole units) in `parts` positive-ish shares, summing exactly to it. */
function split(total: number, parts: number, rng: Rng): number[] {
  if (parts <= 0) return [];
  const weights = Array.from({ length: parts }, () => 0.3 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((weight) => Math.floor((total * weight) / sum));
  shares[0] += total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

function shuffled<T>(items: T[], rng: Rng): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

function dateIn(year: number, rng: Rng, last = "12-28"): string {
  const month = rng.int(1, Number(last.slice(0, 2)));
  const day = rng.int(1, 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The sample projects, generated from the sample figures (2011–2020) so that counts, capital and
 * parks' leased land agree with them, except for SAMPLE_DIFFERENCES; projects licensed before 2011
 * hold the parks' land leased by 2011. Deterministic: the same figures give the same projects.
 */
export function sampleInvestmentProjects(figureOf: FigureOf): {
  projects: InvestmentProject[];
  adjustments: InvestmentProjectAdjustment[];
} {
  const rng = rngFor("INVESTMENT_PROJECT", null, "projects");
  const projects: InvestmentProject[] = [];
  const adjustments: InvestmentProjectAdjustment[] = [];
  const sequence = new Map<number, number>();
  const project = (year: number, domestic: boolean, date: string): InvestmentProject => {
    const seq = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, seq);
    const sector = rng.pick(SECTORS);
    const country = domestic ? DOMESTIC_COUNTRY : rng.pick(FOREIGN);
    const investor = domestic
      ? `Công ty Cổ phần ${rng.pick(DOMESTIC_NAMES)} ${rng.int(1, 9)}`
      : `${rng.pick(FOREIGN_NAMES)} ${country} Co., Ltd.`;
    const made = Object.assign(new InvestmentProject(), {
      id: uuid(rng),
      certificateNumber: `HP-${year}-${String(seq).padStart(4, "0")}`,
      certificateDate: date,
      name: `Nhà máy ${PRODUCTS[sector]} ${investor.split(" ").slice(-2).join(" ")}`.slice(0, 255),
      investor,
      country,
      sector,
      parkCode: null,
      capitalVnd: 0,
      capitalUsd: 0,
      leasedAreaHa: 0,
      status: year <= LAST_YEAR - 2 && rng.chance(0.7) ? ProjectStatus.IN_OPERATION : ProjectStatus.LICENSED,
      terminatedOn: null,
      sample: true,
    });
    projects.push(made);
    return made;
  };
  /** Capital in tenths of the indicator's unit (0.1 tỷ đồng, 0.1 triệu USD), shared among the projects. */
  const fund = (of: InvestmentProject[], total: number | undefined, domestic: boolean, year: number) => {
    split(Math.round((total ?? of.length * 50) * 10), of.length, rng).forEach((tenths, index) => {
      const target = of[index];
      if (domestic) {
        target.capitalVnd = tenths * 100_000_000;
        target.capitalUsd = Math.round((target.capitalVnd * 100) / rateOf(year)) / 100;
      } else {
        target.capitalUsd = tenths * 100_000;
        target.capitalVnd = target.capitalUsd * rateOf(year);
      }
    });
  };
  const lease = (of: InvestmentProject[], park: string, hundredths: number) =>
    split(hundredths, of.length, rng).forEach((share, index) => {
      Object.assign(of[index], { parkCode: park, leasedAreaHa: share / 100 });
    });

  const parks = INDUSTRIAL_PARK_CODE_LIST.entries;
  const occupied = (park: string, year: number) =>
    figureOf("PARK_OCCUPIED_AREA_HA", year, { INDUSTRIAL_PARK: park }) ?? 0;
  // The land leased by 2011 in the older parks: projects licensed from the park's opening to 2010.
  for (const park of parks.filter((entry) => (entry.validFrom ?? FIRST_YEAR) < FIRST_YEAR)) {
    const leased = Math.round(occupied(park.code, FIRST_YEAR) * 100);
    if (leased <= 0) continue;
    const count = rng.int(2, 4);
    const early = Array.from({ length: count }, () => {
      const year = rng.int(park.validFrom ?? 2005, FIRST_YEAR - 1);
      return project(year, rng.chance(0.3), dateIn(year, rng));
    });
    fund(
      early.filter((p) => p.country === DOMESTIC_COUNTRY),
      early.length * 60,
      true,
      FIRST_YEAR - 1,
    );
    fund(
      early.filter((p) => p.country !== DOMESTIC_COUNTRY),
      early.length * 8,
      false,
      FIRST_YEAR - 1,
    );
    lease(early, park.code, leased);
  }

  for (const year of YEARS) {
    const late = SAMPLE_DIFFERENCES.lateForeignProjects;
    const domesticCount = figureOf("INDUSTRIAL_PROJECTS_ATTRACTED", year, { ORIGIN: "DOMESTIC" }) ?? 0;
    const foreignCount = figureOf("INDUSTRIAL_PROJECTS_ATTRACTED", year, { ORIGIN: "FOREIGN" }) ?? 0;
    const domestic = Array.from({ length: domesticCount }, () => project(year, true, dateIn(year, rng)));
    const foreign = Array.from({ length: foreignCount }, () => project(year, false, dateIn(year, rng)));
    fund(domestic, figureOf("INDUSTRIAL_CAPITAL_DOMESTIC", year), true, year);
    fund(foreign, figureOf("INDUSTRIAL_CAPITAL_FOREIGN", year), false, year);
    if (year === late.year) {
      const extra = Array.from({ length: late.count }, (_, index) => project(year, false, `${year}-12-${30 + index}`));
      fund(extra, 35, false, year);
    }
    // Each park's land leased during the year goes to one to three of the year's projects.
    const free = shuffled([...domestic, ...foreign], rng);
    for (const park of parks.filter((entry) => (entry.validFrom ?? 0) <= year)) {
      // Land leased by 2011 in the older parks belongs to the projects before 2011 (above).
      const before =
        year === FIRST_YEAR
          ? (park.validFrom ?? 0) < FIRST_YEAR
            ? occupied(park.code, year)
            : 0
          : occupied(park.code, year - 1);
      const added = Math.round((occupied(park.code, year) - before) * 100);
      if (added <= 0 || free.length === 0) continue;
      lease(free.splice(0, Math.min(free.length, rng.int(1, 3))), park.code, added);
    }
  }

  const raised = SAMPLE_DIFFERENCES.raisedCapital;
  const target = projects.find(
    (p) => p.certificateDate.startsWith(String(raised.year)) && p.country === DOMESTIC_COUNTRY,
  );
  if (target) {
    const before = target.capitalVnd;
    target.capitalVnd += raised.byVnd;
    target.capitalUsd = Math.round((target.capitalVnd * 100) / rateOf(raised.year + 1)) / 100;
    target.status = ProjectStatus.ADJUSTED;
    adjustments.push(adjustment(target, 1, raised.adjustedOn, "capitalVnd", String(before), String(target.capitalVnd)));
  }
  const ended = SAMPLE_DIFFERENCES.terminated;
  const closing = projects.find(
    (p) => p.parkCode === ended.park && p.certificateDate < `${ended.year}-01-01` && p !== target,
  );
  if (closing) {
    adjustments.push(adjustment(closing, 1, ended.on, "status", closing.status, ProjectStatus.TERMINATED));
    Object.assign(closing, { status: ProjectStatus.TERMINATED, terminatedOn: ended.on });
  }
  return { projects, adjustments };
}

function adjustment(
  project: InvestmentProject,
  sequence: number,
  adjustedOn: string,
  field: string,
  before: string,
  after: string,
): InvestmentProjectAdjustment {
  return Object.assign(new InvestmentProjectAdjustment(), {
    projectId: project.id,
    sequence,
    adjustedOn,
    decision: `${project.certificateNumber}/ĐC${sequence}`,
    changes: [{ field, before, after }],
    recordedAt: `${adjustedOn}T03:00:00.000Z`,
    recordedBy: "[Dữ liệu mẫu]",
  });
}

const FIGURES = [
  "INDUSTRIAL_PROJECTS_ATTRACTED",
  "INDUSTRIAL_CAPITAL_DOMESTIC",
  "INDUSTRIAL_CAPITAL_FOREIGN",
  "PARK_OCCUPIED_AREA_HA",
];

/** Loads the sample projects into an empty table, from the sample figures recorded just before. */
export async function loadSampleProjects(db: DataSource): Promise<number> {
  if ((await db.getRepository(InvestmentProject).count()) > 0) return 0;
  const rows = await db.getRepository(Observation).find({
    where: { indicatorCode: In(FIGURES) },
    order: { recordedAt: "ASC", id: "ASC" },
  });
  const latest = new Map(rows.map((row) => [`${row.indicatorCode}|${row.period}|${row.breakdownKey}`, row.value]));
  const { projects, adjustments } = sampleInvestmentProjects((indicator, year, cell = {}) =>
    latest.get(`${indicator}|${year}|${breakdownKey(cell)}`),
  );
  await runInTransaction(db, async (manager) => {
    await manager.getRepository(InvestmentProject).save(projects, { chunk: 200 });
    await manager.getRepository(InvestmentProjectAdjustment).save(adjustments);
  });
  return projects.length;
}
