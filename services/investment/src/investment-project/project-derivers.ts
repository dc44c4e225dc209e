import {
  type DerivedCell,
  type FigureDeriver,
  INDUSTRIAL_PARK_CODE_LIST,
  type ReportingContext,
} from "@hpig/domain-kit";
import type { EntityManager } from "typeorm";

import { DOMESTIC_COUNTRY, InvestmentProject } from "./investment-project.entity";
import { investmentLoaders } from "./project-loaders";

const RECORD_TYPE = "InvestmentProject";

/** The provenance of these figures lists the projects themselves, loaded in one statement per request. */
const records = {
  type: InvestmentProject,
  load: (keys: readonly string[], context: ReportingContext) => investmentLoaders(context).project.loadMany(keys),
};

/** The projects licensed in a year (certificate date within it), in certificate order. */
function licensedIn(manager: EntityManager, year: number) {
  return manager
    .getRepository(InvestmentProject)
    .createQueryBuilder("project")
    .select(["project.id", "project.country", "project.capitalVnd", "project.capitalUsd"])
    .where("project.certificateDate BETWEEN :from AND :to", { from: `${year}-01-01`, to: `${year}-12-31` })
    .orderBy("project.certificateNumber", "ASC")
    .getMany();
}

const isDomestic = (project: InvestmentProject) => project.country === DOMESTIC_COUNTRY;

/** Sums money exactly in whole units (đồng, cents) before scaling to the indicator's unit. */
function sumCell(
  projects: InvestmentProject[],
  amount: (project: InvestmentProject) => number,
  per: number,
): DerivedCell {
  const total = projects.reduce((sum, project) => sum + Math.round(amount(project)), 0);
  return { breakdown: {}, value: total / per, recordKeys: projects.map((project) => project.id) };
}

/**
 * The investment domain's figures derived from its projects (appendix rows 4–5): what is counted
 * is said in each method, and the same in the provenance of a submitted figure.
 */
export const projectDerivers: readonly FigureDeriver[] = [
  {
    indicatorCode: "INDUSTRIAL_PROJECTS_ATTRACTED",
    recordType: RECORD_TYPE,
    recordName: "dự án",
    method:
      'Số dự án có ngày cấp giấy chứng nhận đăng ký đầu tư lần đầu trong năm (kể cả dự án đã chấm dứt sau đó), theo nguồn vốn: trong nước (quốc gia nhà đầu tư "VN") và nước ngoài; tổng là tổng hai nhóm. / Projects first licensed (certificate date) in the year, terminated ones included, by origin: domestic (investor country "VN") and foreign; the total is both.',
    records,
    derive: async (manager, year) => {
      const projects = await licensedIn(manager, year);
      const cell = (breakdown: DerivedCell["breakdown"], of: InvestmentProject[]): DerivedCell => ({
        breakdown,
        value: of.length,
        recordKeys: of.map((project) => project.id),
      });
      return [
        cell({}, projects),
        cell({ ORIGIN: "DOMESTIC" }, projects.filter(isDomestic)),
        cell(
          { ORIGIN: "FOREIGN" },
          projects.filter((project) => !isDomestic(project)),
        ),
      ];
    },
  },
  {
    indicatorCode: "INDUSTRIAL_CAPITAL_DOMESTIC",
    recordType: RECORD_TYPE,
    recordName: "dự án trong nước",
    method:
      'Tổng vốn đăng ký bằng đồng (theo giấy chứng nhận hiện hành, sau các lần điều chỉnh) của các dự án nhà đầu tư trong nước ("VN") cấp phép lần đầu trong năm, kể cả dự án đã chấm dứt; đơn vị tỷ đồng. / The registered capital in đồng (as currently certified, after adjustments) of domestic projects first licensed in the year, terminated ones included, in billions of đồng.',
    records,
    derive: async (manager, year) => [
      sumCell((await licensedIn(manager, year)).filter(isDomestic), (project) => project.capitalVnd, 1e9),
    ],
  },
  {
    indicatorCode: "INDUSTRIAL_CAPITAL_FOREIGN",
    recordType: RECORD_TYPE,
    recordName: "dự án nước ngoài",
    method:
      "Tổng vốn đăng ký bằng đô la Mỹ (theo giấy chứng nhận hiện hành, sau các lần điều chỉnh) của các dự án nhà đầu tư nước ngoài cấp phép lần đầu trong năm, kể cả dự án đã chấm dứt; đơn vị triệu USD. / The registered capital in US dollars (as currently certified, after adjustments) of foreign projects first licensed in the year, terminated ones included, in millions of USD.",
    records,
    derive: async (manager, year) => [
      sumCell(
        (await licensedIn(manager, year)).filter((project) => !isDomestic(project)),
        (project) => project.capitalUsd * 100,
        1e8,
      ),
    ],
  },
  {
    indicatorCode: "PARK_OCCUPIED_AREA_HA",
    recordType: RECORD_TYPE,
    recordName: "dự án trong khu công nghiệp",
    method:
      "Diện tích đất đã cho thuê của mỗi khu công nghiệp (danh mục INDUSTRIAL_PARK, đã thành lập trong năm) vào ngày 31/12: tổng diện tích thuê hiện ghi của các dự án trong khu được cấp phép đến ngày đó và chưa chấm dứt vào ngày đó; tổng là tổng các khu. / Each park's leased land on 31 December (parks of the INDUSTRIAL_PARK list established by then): the leased area, as now recorded, of its projects licensed by that day and not terminated by it; the total is the parks' sum.",
    records,
    derive: async (manager, year) => {
      const end = `${year}-12-31`;
      const parks = INDUSTRIAL_PARK_CODE_LIST.entries.filter((entry) => (entry.validFrom ?? 0) <= year);
      const projects = await manager
        .getRepository(InvestmentProject)
        .createQueryBuilder("project")
        .select(["project.id", "project.parkCode", "project.leasedAreaHa"])
        .where("project.parkCode IS NOT NULL AND project.certificateDate <= :end", { end })
        .andWhere("(project.terminatedOn IS NULL OR project.terminatedOn > :end)", { end })
        .orderBy("project.certificateNumber", "ASC")
        .getMany();
      // Hundredths of a hectare are whole numbers: the sums are exact.
      const cells = parks.map(({ code }): DerivedCell => {
        const inPark = projects.filter((project) => project.parkCode === code);
        return {
          breakdown: { INDUSTRIAL_PARK: code },
          value: inPark.reduce((sum, project) => sum + Math.round(project.leasedAreaHa * 100), 0) / 100,
          recordKeys: inPark.map((project) => project.id),
        };
      });
      const total: DerivedCell = {
        breakdown: {},
        value: Math.round(cells.reduce((sum, cell) => sum + cell.value * 100, 0)) / 100,
        recordKeys: cells.flatMap((cell) => cell.recordKeys),
      };
      return [total, ...cells];
    },
  },
];
