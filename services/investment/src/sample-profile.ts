import { INDUSTRIAL_PARK_CODE_LIST, type SampleDataLoader } from "@hpig/domain-kit";
import {
  amount,
  type Builder,
  capAt,
  cell,
  FIRST_YEAR,
  type SampleContext,
  sampleDataLoader,
  type SampleFigure,
  type SampleProfile,
  type SampleSeries,
  settle,
  sumOf,
  TOTAL,
  yearly,
  YEARS,
} from "@hpig/sample-data";

import { IndustrialPark, IndustrialParkKind } from "./industrial-park/industrial-park.entity";
import { loadSampleProjects } from "./sample-projects";

/** The parks' area (ha), leasable industrial land (ha) and leased land from the first year (or 2011) to 2020. */
interface ParkProfile {
  area: number;
  leasable: number;
  occupied: readonly [number, number];
  expansion?: { year: number; area: number; leasable: number; comment: string };
}

const PARKS: Record<string, ParkProfile> = {
  NOMURA: { area: 153, leasable: 121.6, occupied: [121.6, 121.6] },
  DO_SON: { area: 150, leasable: 104, occupied: [58, 88] },
  DINH_VU: { area: 541, leasable: 397, occupied: [232, 361] },
  TRANG_DUE: {
    area: 398.7,
    leasable: 286,
    occupied: [82, 452],
    // The one deliberate outlier of the sample: a real jump, flagged as it should be.
    expansion: {
      year: 2016,
      area: 687,
      leasable: 481,
      comment:
        "KCN Tràng Duệ được điều chỉnh mở rộng quy hoạch (giai đoạn 2, thu hút các dự án LG): số liệu đúng, không phải lỗi nhập.",
    },
  },
  NAM_CAU_KIEN: { area: 263.5, leasable: 188, occupied: [38, 151] },
  VSIP_HAI_PHONG: { area: 507, leasable: 363, occupied: [12, 290] },
  NAM_DINH_VU: { area: 1329, leasable: 926, occupied: [0, 185] },
  MP_DINH_VU: { area: 164, leasable: 115.5, occupied: [0, 78] },
  AN_DUONG: { area: 195.3, leasable: 139, occupied: [0, 116] },
  BEN_RUNG: { area: 471, leasable: 330, occupied: [0, 18] },
};

/** Occupied / leasable × 100, in tenths of a percent (both areas in tenths of a hectare). */
function occupancy(
  occupied: ReadonlyMap<string, SampleFigure>,
  leasable: ReadonlyMap<string, SampleFigure>,
): Map<string, SampleFigure> {
  return new Map(
    [...occupied].map(([period, figure]) => {
      const land = leasable.get(period)!;
      const rate = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 1000) / whole));
      return [
        period,
        {
          official: rate(figure.official, land.official),
          estimate: rate(figure.estimate, land.estimate),
          comment: null,
        },
      ];
    }),
  );
}

interface ParkFigures {
  area: Map<string, SampleFigure>;
  leasable: Map<string, SampleFigure>;
  occupied: Map<string, SampleFigure>;
  rate: Map<string, SampleFigure>;
}

/** Each park's four figures, from the year it was established. */
function parks(context: SampleContext): Map<string, ParkFigures> {
  const result = new Map<string, ParkFigures>();
  for (const entry of context.codeLists.get("INDUSTRIAL_PARK")?.entries ?? []) {
    const first = Math.max(FIRST_YEAR, entry.validFrom ?? FIRST_YEAR);
    const years = YEARS.filter((year) => year >= first);
    const profile = PARKS[entry.code] ?? { area: 200, leasable: 140, occupied: [0, 70] };
    const plan = (base: number, expanded: number | undefined) =>
      new Map(
        years.map((year) => [
          String(year),
          profile.expansion && year >= profile.expansion.year ? (expanded ?? base) : base,
        ]),
      );
    const breaks = profile.expansion
      ? new Map([[String(profile.expansion.year), profile.expansion.comment]])
      : undefined;
    const fixed = (targets: Map<string, number>) =>
      settle(targets, { scale: 10, rng: context.rng("PARK", entry.code, "area"), spread: "none", min: 0, breaks });
    const area = fixed(plan(profile.area, profile.expansion?.area));
    const leasable = fixed(plan(profile.leasable, profile.expansion?.leasable));
    capAt(leasable, area);

    const rng = context.rng("PARK_OCCUPIED_AREA_HA", entry.code, "path");
    const [from, to] = profile.occupied;
    const steps = Math.max(1, years.length - 1);
    const occupiedPath = years.map((_, i) =>
      i === 0 || from === to
        ? from + ((to - from) * i) / steps
        : from + ((to - from) * (i + 0.3 * (2 * rng.next() - 1))) / steps,
    );
    const occupied = settle(yearly(occupiedPath), {
      scale: 10,
      rng: context.rng("PARK_OCCUPIED_AREA_HA", entry.code, "estimate"),
      spread: from === to ? "none" : { relative: 0.03 },
      min: 0,
    });
    capAt(occupied, leasable);
    result.set(entry.code, { area, leasable, occupied, rate: occupancy(occupied, leasable) });
  }
  return result;
}

/** The parks' figures and, first, the city's total: the parks' areas summed, the rate of the sums. */
const parkIndicator =
  (field: keyof ParkFigures): Builder =>
  (context) => {
    const all = [...parks(context)];
    const sum = (of: keyof ParkFigures) => sumOf(all.map(([, figures]) => cell(TOTAL, figures[of])));
    const total = field === "rate" ? occupancy(sum("occupied"), sum("leasable")) : sum(field);
    return {
      scale: 10,
      cells: [cell(TOTAL, total), ...all.map(([park, figures]) => cell({ INDUSTRIAL_PARK: park }, figures[field]))],
    };
  };

function projectsAttracted(context: SampleContext): SampleSeries {
  const code = "INDUSTRIAL_PROJECTS_ATTRACTED";
  const origins: Record<string, readonly number[]> = {
    DOMESTIC: [38, 29, 36, 38, 41, 47, 55, 63, 66, 54],
    FOREIGN: [31, 27, 37, 40, 43, 49, 60, 74, 83, 62],
  };
  const cells = Object.entries(origins).map(([origin, values]) =>
    cell(
      { ORIGIN: origin },
      settle(yearly(values), {
        scale: 1,
        rng: context.rng(code, origin, "estimate"),
        spread: { relative: 0.06 },
        min: 0,
      }),
    ),
  );
  return { scale: 1, cells: [cell(TOTAL, sumOf(cells)), ...cells] };
}

/**
 * How the investment domain's sample figures look (2011–2020), by indicator: loaded by npm start on the
 * embedded database (marked sample: true), never in production.
 */
export const investmentSampleProfile: SampleProfile = {
  // Ban quản lý Khu kinh tế.
  PARK_AREA_HA: parkIndicator("area"),
  PARK_LEASABLE_AREA_HA: parkIndicator("leasable"),
  PARK_OCCUPIED_AREA_HA: parkIndicator("occupied"),
  PARK_OCCUPANCY_RATE: parkIndicator("rate"),

  // Sở Kế hoạch và Đầu tư.
  INDUSTRIAL_PROJECTS_ATTRACTED: projectsAttracted,
  INDUSTRIAL_CAPITAL_DOMESTIC: amount([7850, 5930, 6720, 8150, 9480, 12300, 15900, 21400, 19800, 17600], 10, 0.05),
  INDUSTRIAL_CAPITAL_FOREIGN: amount([720, 490, 860, 1120, 1380, 1920, 2460, 3050, 2710, 1980], 10, 0.05),
};

/** Where each park is and who runs it, for its sample record (the names come from the code list). */
const PARK_PLACES: Record<string, { location: string; operator: string | null }> = {
  NOMURA: { location: "huyện An Dương", operator: "Công ty TNHH Phát triển Nomura - Hải Phòng" },
  DO_SON: { location: "quận Đồ Sơn", operator: null },
  DINH_VU: { location: "quận Hải An", operator: "Công ty Cổ phần Khu công nghiệp Đình Vũ (DEEP C)" },
  TRANG_DUE: { location: "huyện An Dương", operator: null },
  NAM_CAU_KIEN: { location: "huyện Thủy Nguyên", operator: null },
  VSIP_HAI_PHONG: { location: "huyện Thủy Nguyên", operator: "Công ty TNHH VSIP Hải Phòng" },
  NAM_DINH_VU: { location: "quận Hải An", operator: null },
  MP_DINH_VU: { location: "quận Hải An", operator: null },
  AN_DUONG: { location: "huyện An Dương", operator: null },
  BEN_RUNG: { location: "huyện Thủy Nguyên", operator: null },
};

/**
 * The parks' sample records: one per code of the INDUSTRIAL_PARK code list, with the areas its
 * figures start from, marked sample: true. Written only into an empty table.
 */
export function sampleIndustrialParks(): IndustrialPark[] {
  return INDUSTRIAL_PARK_CODE_LIST.entries.map((entry) => {
    const profile: Pick<ParkProfile, "area" | "leasable" | "expansion"> = PARKS[entry.code] ?? {
      area: 200,
      leasable: 140,
    };
    const place = PARK_PLACES[entry.code] ?? { location: "Hải Phòng", operator: null };
    return Object.assign(new IndustrialPark(), {
      code: entry.code,
      name: entry.name,
      kind: IndustrialParkKind.KCN,
      location: place.location,
      totalAreaHa: profile.expansion?.area ?? profile.area,
      leasableAreaHa: profile.expansion?.leasable ?? profile.leasable,
      operator: place.operator,
      openedYear: entry.validFrom ?? null,
      sample: true,
    });
  });
}

const loadFigures = sampleDataLoader(investmentSampleProfile);

/**
 * Loads the sample reports, figures, parks and projects (imported lazily by subgraph.ts, only when
 * asked); the projects follow the figures (sample-projects.ts), with a few deliberate differences.
 */
export const loadSample: SampleDataLoader = async (db, domain, logger, catalogue) => {
  await loadFigures(db, domain, logger, catalogue);
  const parks = db.getRepository(IndustrialPark);
  if ((await parks.count()) === 0) await parks.save(sampleIndustrialParks());
  const projects = await loadSampleProjects(db);
  if (projects > 0) logger.info({ projects }, "sample investment projects loaded (marked sample: true)");
};
