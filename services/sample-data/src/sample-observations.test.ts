import "reflect-metadata";

// The six domains' real definitions (devDependencies: production code in @hpig/domain-kit never
// imports a domain, the domains depend on it and hand their definitions to it at run time).
import { agricultureIndicators } from "@hpig/agriculture/indicators";
import { agricultureSampleProfile } from "@hpig/agriculture/sample-profile";
import {
  AssessmentStatus,
  assessTarget,
  breakdownKey,
  checkObservation,
  CODE_LISTS,
  ImplementationPlan,
  type IndicatorCatalogue,
  type IndicatorDefinition,
  IndicatorReference,
  obligationIndicators,
  obligationSubmission,
  Observation,
  ObservationPeriodType,
  ObservationStatus,
  outlierNote,
  parseObservationPeriod,
  ProgressReport,
  reportingMigrations,
  requiredCells,
  SubmissionStatus,
  TaskReference,
} from "@hpig/domain-kit";
import { environmentIndicators } from "@hpig/environment/indicators";
import { environmentSampleProfile } from "@hpig/environment/sample-profile";
import { industryIndicators } from "@hpig/industry/indicators";
import { industrySampleProfile } from "@hpig/industry/sample-profile";
import { investmentIndicators } from "@hpig/investment/indicators";
import { investmentSampleProfile } from "@hpig/investment/sample-profile";
import { createLogger, endOfVietnamDay, RequiredFigures, vietnamDate } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { labourIndicators } from "@hpig/labour/indicators";
import { labourSampleProfile } from "@hpig/labour/sample-profile";
import { INDICATOR_CATALOGUE } from "@hpig/plan/indicator/indicator-catalogue";
import { scienceIndicators } from "@hpig/science/indicators";
import { scienceSampleProfile } from "@hpig/science/sample-profile";
import type { DataSource } from "typeorm";

import { loadSampleData } from "./load-sample-data";
import { generateSampleObservations } from "./sample-observations";
import { behaviourIn, CycleBehaviour, FIRST_CYCLE, LAST_CYCLE, sampleUnit } from "./sample-observations-units";
import type { SampleProfile } from "./sample-profile-kit";

const DOMAINS: Record<string, readonly IndicatorDefinition[]> = {
  INDUSTRY: industryIndicators,
  INVESTMENT: investmentIndicators,
  LABOUR: labourIndicators,
  ENVIRONMENT: environmentIndicators,
  SCIENCE: scienceIndicators,
  AGRICULTURE: agricultureIndicators,
};
const definitions = Object.values(DOMAINS).flat();
const byCode = new Map(definitions.map((definition) => [definition.code, definition]));
const codeLists = new Map(CODE_LISTS.map((list) => [list.code, list]));
const catalogue: IndicatorCatalogue = { definitions: byCode, codeLists };

/**
 * What each appendix row asks for, as the importer reads the plan (row 1, Cục Thống kê: last
 * year's official figure and this year's estimate; every other row: this year's figure).
 */
function requiredFiguresOfRow(position: number): RequiredFigures {
  return position === 1
    ? RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE
    : RequiredFigures.REPORTING_YEAR_FIGURE;
}

/** The domains' copy of the plan's catalogue, as the registry sync writes it. */
function catalogueCopy(): IndicatorReference[] {
  return INDICATOR_CATALOGUE.map((record, index) =>
    Object.assign(new IndicatorReference(), {
      code: record.code,
      agencyCode: record.agency,
      position: index + 1,
      requirementPosition: record.requirement?.position ?? null,
      requiredFigures: record.requirement ? requiredFiguresOfRow(record.requirement.position) : null,
    }),
  );
}

const references = catalogueCopy();
const agencyOf = new Map(references.map((reference) => [reference.code, reference.agencyCode]));
const units = [...new Set(references.map((reference) => reference.agencyCode))];
/** The six domains' sample profiles, each from its own folder. */
const PROFILE: SampleProfile = {
  ...industrySampleProfile,
  ...investmentSampleProfile,
  ...labourSampleProfile,
  ...environmentSampleProfile,
  ...scienceSampleProfile,
  ...agricultureSampleProfile,
};
const rows = generateSampleObservations(definitions, references, CODE_LISTS, PROFILE);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** As the loaders read them back: by period end, then recording time, then id (insertion order). */
function asLoaded(list: Observation[]): Observation[] {
  return list
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        compare(a.row.periodEnd, b.row.periodEnd) || compare(a.row.recordedAt, b.row.recordedAt) || a.index - b.index,
    )
    .map(({ row }) => row);
}

function groupBy<T>(list: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of list) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const cellOf = (row: Observation) => `${row.indicatorCode}|${row.period}|${row.breakdownKey}`;
const byCell = groupBy(rows, cellOf);
const byIndicator = groupBy(rows, (row) => row.indicatorCode);

/** The latest figure of each cell as known at `instant` (recorded at or before it). */
function latestAt(indicatorCode: string, instant: string): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const row of asLoaded(byIndicator.get(indicatorCode) ?? [])) {
    if (row.recordedAt <= instant) latest.set(`${row.period}|${row.breakdownKey}`, row);
  }
  return latest;
}

function submission(unit: string, year: number) {
  const own = references.filter((reference) => reference.agencyCode === unit);
  return obligationSubmission({
    year,
    deadline: `${year}-12-31`,
    indicators: obligationIndicators(own, byCode),
    requiredFigures: own.find((reference) => reference.requiredFigures)!.requiredFigures!,
    codeLists,
    observations: asLoaded(rows.filter((row) => agencyOf.get(row.indicatorCode) === unit)),
  });
}

/** What each scripted behaviour gives (an on-time cycle: see below). */
const SCRIPTED: Partial<Record<CycleBehaviour, SubmissionStatus>> = {
  [CycleBehaviour.LATE]: SubmissionStatus.COMPLETE_LATE,
  [CycleBehaviour.PARTIAL]: SubmissionStatus.PARTIAL,
  [CycleBehaviour.SKIP]: SubmissionStatus.NOT_RECEIVED,
};
const ON_TIME_OR_PARTIAL = /^(COMPLETE_ON_TIME|PARTIAL)$/;

describe("generateSampleObservations on the six domains and the plan's catalogue", () => {
  it("covers every indicator the domains define and the catalogue lists, every required cell and the total", () => {
    const listed = definitions.filter((definition) => agencyOf.has(definition.code));
    expect(listed.length).toBe(definitions.length);
    expect(new Set(rows.map((row) => row.indicatorCode))).toEqual(new Set(listed.map((d) => d.code)));

    // Every year 2011–2020 of every required cell and the total has a yearly figure, but for what a
    // unit's script leaves out (a skipped year, a few cells of a partial report).
    const gaps: string[] = [];
    for (const definition of listed) {
      for (let year = 2011; year <= 2020; year++) {
        const cells = [{}, ...requiredCells(definition, codeLists, year)];
        for (const cell of cells) {
          const key = `${definition.code}|${year}|${breakdownKey(cell)}`;
          if (!byCell.has(key)) gaps.push(`${agencyOf.get(definition.code)} ${key}`);
        }
      }
    }
    const forgiven = (gap: string) => /[PS]/.test(sampleUnit(gap.split(" ")[0]).script);
    expect(gaps.filter((gap) => !forgiven(gap))).toEqual([]);
    // A partial report's cells stay missing for good (their official figure never follows).
    expect(gaps.length).toBeLessThanOrEqual(30);

    // A few breakdown cells beyond the required ones, and the IIP by quarter.
    expect(new Set(byIndicator.get("IIP")!.map((row) => row.breakdownKey)).size).toBeGreaterThanOrEqual(5);
    const quarters = byIndicator.get("IIP")!.filter((row) => row.period.includes("-Q") && row.breakdownKey === "");
    expect(new Set(quarters.map((row) => row.period)).size).toBeGreaterThanOrEqual(30);
  });

  it("is deterministic, and gives each domain exactly its share of the whole", () => {
    const again = generateSampleObservations(definitions, catalogueCopy(), CODE_LISTS, PROFILE);
    expect(again).toEqual(rows);
    expect(JSON.stringify(again)).toBe(JSON.stringify(rows));

    const reversed = generateSampleObservations(
      [...definitions].reverse(),
      catalogueCopy().reverse(),
      codeLists,
      PROFILE,
    );
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(rows));

    for (const [domain, own] of Object.entries(DOMAINS)) {
      const codes = new Set(own.map((definition) => definition.code));
      const alone = generateSampleObservations(own, catalogueCopy(), CODE_LISTS, PROFILE);
      expect({ domain, json: JSON.stringify(alone) }).toEqual({
        domain,
        json: JSON.stringify(rows.filter((row) => codes.has(row.indicatorCode))),
      });
    }
  });

  it("only gives figures of indicators both defined and listed", () => {
    const withoutIip = catalogueCopy().filter((reference) => reference.code !== "IIP");
    const generated = generateSampleObservations(industryIndicators, withoutIip, CODE_LISTS, PROFILE);
    expect(generated.some((row) => row.indicatorCode === "IIP")).toBe(false);
    expect(generated.some((row) => row.indicatorCode === "IIP_GROWTH")).toBe(true);
    expect(generateSampleObservations([], catalogueCopy(), CODE_LISTS, PROFILE)).toEqual([]);
  });

  it("passes every rule a submitted figure must pass, on the day it was recorded", () => {
    const problems: string[] = [];
    rows.forEach((row, index) => {
      const today = vietnamDate(new Date(row.recordedAt));
      const result = checkObservation(
        {
          indicatorCode: row.indicatorCode,
          period: row.period,
          breakdown: Object.entries(row.breakdown).map(([dimension, code]) => ({ dimension, code })),
          value: row.value,
        },
        index,
        catalogue,
        today,
      );
      if (Array.isArray(result)) problems.push(...result.map((problem) => `${cellOf(row)}: ${problem.message}`));
    });
    expect(problems).toEqual([]);
  });

  it("is shaped as recordObservations records a figure, and marked as sample", () => {
    const problems: string[] = [];
    const lastInstant = endOfVietnamDay("2021-03-31");
    for (const row of rows) {
      const fail = (message: string) => problems.push(`${cellOf(row)} r${row.revision}: ${message}`);
      const period = parseObservationPeriod(row.period);
      if (!period) {
        fail("not a period");
        continue;
      }
      if (row.periodType !== period.type || row.periodEnd !== period.end) fail("period type or end");
      if (row.breakdownKey !== breakdownKey(row.breakdown)) fail("breakdown key");
      if (period.year < 2011 || period.year > 2020) fail("outside 2011–2020");
      if (new Date(row.recordedAt).toISOString() !== row.recordedAt) fail(`recordedAt ${row.recordedAt}`);
      if (row.recordedAt >= lastInstant) fail("recorded after March 2021");
      const recordedOn = vietnamDate(new Date(row.recordedAt));
      if (period.start > recordedOn) fail("period begins after it was recorded");
      const hour = new Date(Date.parse(row.recordedAt) + 7 * 3_600_000).getUTCHours();
      if (hour < 8 || hour > 16) fail(`recorded at ${hour}:00 in Viet Nam`);
      if (row.status !== ObservationStatus.ESTIMATE && row.status !== ObservationStatus.OFFICIAL) fail(row.status);
      if (row.sample !== true) fail("not marked sample");
      if (row.id !== undefined) fail("id set");
      if (row.reporter !== `Dữ liệu mẫu — ${agencyOf.get(row.indicatorCode)}`) fail(`reporter ${row.reporter}`);
      if (!row.source?.startsWith("Dữ liệu mẫu: ")) fail(`source ${row.source}`);
      if (row.outlier !== (row.outlierNote !== null)) fail("outlier flag and note disagree");
      if (period.type === ObservationPeriodType.YEAR) {
        // December of the year (the estimate) or of the next (the official figure), or up to February after it when late.
        const sentIn = row.status === ObservationStatus.ESTIMATE ? period.year : period.year + 1;
        if (!(recordedOn >= `${sentIn}-12-01` && recordedOn <= `${sentIn + 1}-02-28`))
          fail(`recorded on ${recordedOn}`);
        if (period.year === 2011 && row.status !== ObservationStatus.OFFICIAL) fail("2011 is official only");
        if (period.year === 2020 && row.status !== ObservationStatus.ESTIMATE) fail("2020 has no official figure yet");
      }
    }
    expect(problems).toEqual([]);
    const officialSources = rows.filter(
      (row) =>
        row.status === ObservationStatus.OFFICIAL &&
        row.periodType === ObservationPeriodType.YEAR &&
        row.indicatorCode === "IIP",
    );
    // Some official yearly IIP figures at all, or the loop below checks nothing.
    expect(officialSources.length).toBeGreaterThan(0);
    for (const row of officialSources) {
      expect(row.source).toBe(`Dữ liệu mẫu: Niên giám thống kê Hải Phòng ${row.period}`);
    }
    expect(rows.find((row) => row.indicatorCode === "BUDGET_PAYMENTS")!.source).toBe(
      "Dữ liệu mẫu: báo cáo của Cục Thuế thành phố Hải Phòng",
    );
  });

  it("numbers revisions 1..n per cell, each recorded later, the estimate before the official figure", () => {
    for (const [cell, revisions] of byCell) {
      const ordered = [...revisions].sort((a, b) => a.revision - b.revision);
      expect({ cell, revisions: ordered.map((row) => row.revision) }).toEqual({
        cell,
        revisions: ordered.map((_, i) => i + 1),
      });
      for (let i = 1; i < ordered.length; i++) expect(ordered[i].recordedAt > ordered[i - 1].recordedAt).toBe(true);
      expect(ordered.map((row) => row.status)).toEqual(
        ordered.length === 2
          ? [ObservationStatus.ESTIMATE, ObservationStatus.OFFICIAL]
          : [expect.stringMatching(/^(ESTIMATE|OFFICIAL)$/)],
      );
    }
    // The official figure for the year before comes as a new revision of a cell with an estimate.
    const revised = rows.filter((row) => row.revision === 2);
    expect(revised.length).toBeGreaterThan(rows.length / 3);
    expect(revised.every((row) => row.status === ObservationStatus.OFFICIAL)).toBe(true);
  });

  it("comes in the order the database reads it back, so ids follow it", () => {
    for (const [code, list] of byIndicator) expect({ code, list: asLoaded(list) }).toEqual({ code, list });
    const positions = rows.map((row) => references.find((reference) => reference.code === row.indicatorCode)!.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("passes every cross-check at every point in time", () => {
    const problems: string[] = [];
    for (const definition of definitions) {
      for (const check of definition.crossChecks ?? []) {
        const checkAt = (instant: string) => {
          const low = latestAt(definition.code, instant);
          const high = latestAt(check.atMost, instant);
          for (const [cell, row] of low) {
            const limit = high.get(cell);
            if (limit && row.value > limit.value) {
              problems.push(`${instant} ${definition.code} ${cell} ${row.value} > ${check.atMost} ${limit.value}`);
            }
          }
        };
        const instants = new Set(
          [...(byIndicator.get(definition.code) ?? []), ...(byIndicator.get(check.atMost) ?? [])].map(
            (row) => row.recordedAt,
          ),
        );
        for (const instant of instants) checkAt(instant);
      }
    }
    expect(problems).toEqual([]);
  });

  it("flags a small share of outliers, as recordObservations would have flagged them when recorded", () => {
    const mismatches: string[] = [];
    for (const [code, list] of byIndicator) {
      for (const row of list) {
        const known = new Map<string, number>();
        for (const other of asLoaded(list)) {
          if (
            other.recordedAt < row.recordedAt &&
            other.breakdownKey === row.breakdownKey &&
            other.periodType === row.periodType &&
            other.period !== row.period
          ) {
            known.set(other.period, other.value);
          }
        }
        const note = outlierNote(row.value, [...known.values()]);
        if (note !== row.outlierNote) mismatches.push(`${code} ${row.period} ${row.breakdownKey}: ${row.outlierNote}`);
      }
    }
    expect(mismatches).toEqual([]);

    const flagged = rows.filter((row) => row.outlier);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length / rows.length).toBeLessThan(0.01);
    // The deliberate one: Tràng Duệ's expansion in 2016, flagged and explained.
    const expansion = flagged.filter(
      (row) => row.breakdownKey === "INDUSTRIAL_PARK=TRANG_DUE" && row.period === "2016",
    );
    expect(expansion.map((row) => `${row.indicatorCode} ${row.status}`).sort()).toEqual([
      "PARK_AREA_HA ESTIMATE",
      "PARK_AREA_HA OFFICIAL",
      "PARK_LEASABLE_AREA_HA ESTIMATE",
      "PARK_LEASABLE_AREA_HA OFFICIAL",
    ]);
    for (const row of expansion) expect(row.comment).toMatch(/mở rộng/);
    // Every other flag follows a gap a unit's script left in the series (a partial report, a skipped year).
    for (const row of flagged.filter((candidate) => !expansion.includes(candidate))) {
      expect({ row: cellOf(row), script: sampleUnit(agencyOf.get(row.indicatorCode)!).script }).toEqual({
        row: cellOf(row),
        script: expect.stringMatching(/[PS]/),
      });
    }
  });

  it("runs the December cycles as each unit's script says: mostly on time, some late, some partial, one skipped", () => {
    const counts: Partial<Record<SubmissionStatus, number>> = {};
    for (const unit of units) {
      for (let year = FIRST_CYCLE; year <= LAST_CYCLE; year++) {
        const { status } = submission(unit, year);
        counts[status] = (counts[status] ?? 0) + 1;
        // Sent on time, a cycle is complete on time, unless what came before it left a gap (a skipped
        // year's official figures) or requiredCells asks for a new park's figure of the year before.
        const expected = SCRIPTED[behaviourIn(sampleUnit(unit), year)];
        expect({ unit, year, status }).toEqual({
          unit,
          year,
          status: expected ?? expect.stringMatching(ON_TIME_OR_PARTIAL),
        });
      }
    }
    expect(units).toHaveLength(9);
    expect(counts[SubmissionStatus.COMPLETE_ON_TIME]).toBeGreaterThan((units.length * 9) / 2);
    expect(counts[SubmissionStatus.COMPLETE_LATE]).toBeGreaterThanOrEqual(5);
    expect(counts[SubmissionStatus.PARTIAL]).toBeGreaterThanOrEqual(3);
    expect(counts[SubmissionStatus.NOT_RECEIVED]).toBe(1);

    // The skipped year has no figure at all, and the year before it never got its official figure.
    const agriculture = rows.filter((row) => agencyOf.get(row.indicatorCode) === "NNPTNT");
    expect(agriculture.filter((row) => row.period === "2017")).toEqual([]);
    expect(agriculture.filter((row) => row.period === "2016").map((row) => row.status)).not.toContain(
      ObservationStatus.OFFICIAL,
    );
  });

  it("has the IIP growth below the 2011–2015 band in some years and within it in others, and the boom after", () => {
    const total = (code: string, year: number) =>
      asLoaded(byIndicator.get(code)!)
        .filter((row) => row.period === String(year) && row.breakdownKey === "")
        .at(-1) ?? null;
    const band = { min: 13.5, max: 14.5, fromYear: 2011, toYear: 2015 };
    const early = [2011, 2012, 2013, 2014, 2015].map((year) => assessTarget(band, year, total("IIP_GROWTH", year))!);
    expect(early.every((assessment) => assessment.observation?.status === ObservationStatus.OFFICIAL)).toBe(true);
    const statuses = early.map((assessment) => assessment.status);
    expect(statuses).toContain(AssessmentStatus.BELOW);
    expect(statuses).toContain(AssessmentStatus.WITHIN);
    for (const assessment of early) expect(assessment.actual! >= 9 && assessment.actual! <= 16).toBe(true);
    for (let year = 2016; year <= 2020; year++) {
      const growth = total("IIP_GROWTH", year)!.value;
      expect(growth >= 14 && growth <= 20).toBe(true);
    }
    // The index agrees with the growth rate, figure by figure.
    for (const growth of byIndicator.get("IIP_GROWTH")!) {
      const index = rows.find(
        (row) =>
          row.indicatorCode === "IIP" && cellOf(row) === `IIP|${growth.period}|` && row.revision === growth.revision,
      );
      expect({ period: growth.period, index: index?.value }).toEqual({
        period: growth.period,
        index: Math.round((100 + growth.value) * 10) / 10,
      });
      expect(index?.recordedAt).toBe(growth.recordedAt);
    }
  });

  it("keeps the figures plausible and consistent with one another", () => {
    const latest = (code: string, period: string, cell = "") =>
      asLoaded(byIndicator.get(code)!)
        .filter((row) => row.period === period && row.breakdownKey === cell)
        .at(-1);
    // Parks: area ≥ leasable ≥ occupied, the rate their ratio, each park from the year it was established.
    const parks = codeLists.get("INDUSTRIAL_PARK")!.entries;
    let parkFiguresChecked = 0;
    for (const park of parks) {
      const cell = `INDUSTRIAL_PARK=${park.code}`;
      for (const row of rows.filter((candidate) => candidate.breakdownKey === cell)) {
        expect(Number(row.period.slice(0, 4))).toBeGreaterThanOrEqual(park.validFrom ?? 2011);
      }
      for (let year = Math.max(2011, park.validFrom ?? 2011); year <= 2020; year++) {
        for (const status of [ObservationStatus.ESTIMATE, ObservationStatus.OFFICIAL]) {
          const figure = (code: string) =>
            rows.find((row) => cellOf(row) === `${code}|${year}|${cell}` && row.status === status)?.value;
          const [area, leasable, occupied, rate] = [
            "PARK_AREA_HA",
            "PARK_LEASABLE_AREA_HA",
            "PARK_OCCUPIED_AREA_HA",
            "PARK_OCCUPANCY_RATE",
          ].map(figure);
          if (area === undefined) continue;
          parkFiguresChecked++;
          expect(area).toBeGreaterThanOrEqual(leasable!);
          expect(leasable).toBeGreaterThanOrEqual(occupied!);
          expect(Math.abs(rate! - (occupied! / leasable!) * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
        }
      }
    }
    // The skips above must not skip every park year.
    expect(parkFiguresChecked).toBeGreaterThan(0);
    // Totals that add their cells up, where every cell came with them.
    let totalsChecked = 0;
    for (const code of [
      "BUDGET_PAYMENTS",
      "TRAINED_WORKERS",
      "INDUSTRIAL_PROJECTS_ATTRACTED",
      "ENV_MONITORING_SAMPLES",
    ]) {
      for (const [key, sent] of groupBy(byIndicator.get(code)!, (row) => `${row.period}|${row.status}`)) {
        const total = sent.find((row) => row.breakdownKey === "");
        const parts = sent.filter((row) => row.breakdownKey !== "");
        const period = key.split("|")[0];
        // The cells sent for the period, and the required ones, which a partial report may have left out for good.
        const cells = new Set([
          ...byIndicator
            .get(code)!
            .filter((row) => row.period === period && row.breakdownKey !== "")
            .map((row) => row.breakdownKey),
          ...(/^\d{4}$/.test(period)
            ? requiredCells(byCode.get(code)!, codeLists, Number(period)).map(breakdownKey)
            : []),
        ]);
        if (!total || parts.length < cells.size) continue;
        totalsChecked++;
        const sum = parts.reduce((acc, row) => acc + row.value, 0);
        expect({ code, key, total: total.value }).toEqual({ code, key, total: Math.round(sum * 10) / 10 });
      }
    }
    // Nor skip every total.
    expect(totalsChecked).toBeGreaterThan(0);
    for (let year = 2011; year <= 2020; year++) {
      const period = String(year);
      // Industry is part of industry and construction.
      expect(latest("INDUSTRY_GDP_SHARE", period)!.value).toBeLessThan(
        latest("INDUSTRY_CONSTRUCTION_GDP_SHARE", period)!.value,
      );
      for (const code of ["INDUSTRY_CONSTRUCTION_GDP_SHARE", "INDUSTRY_GDP_SHARE"]) {
        const share = latest(code, period)!.value;
        expect(
          share >= (code === "INDUSTRY_GDP_SHARE" ? 29 : 34) && share <= (code === "INDUSTRY_GDP_SHARE" ? 33 : 39),
        ).toBe(true);
      }
    }
    // The high-tech and manufacturing shares rise; money grows with the economy.
    for (const code of ["HIGH_TECH_OUTPUT_SHARE", "MANUFACTURING_OUTPUT_SHARE"]) {
      expect(latest(code, "2020")!.value - latest(code, "2011")!.value).toBeGreaterThan(8);
    }
    for (const code of ["NET_REVENUE", "CAPITAL", "EXPORT_VALUE", "BUDGET_PAYMENTS", "INDUSTRIAL_CAPITAL_FOREIGN"]) {
      expect(latest(code, "2019")!.value / latest(code, "2011")!.value).toBeGreaterThan(1.5);
    }
    // Estimates differ slightly from the official figures that replace them.
    const pairs = [...byCell.values()].filter((list) => list.length === 2);
    const differing = pairs.filter(([estimate, official]) => estimate.value !== official.value);
    expect(differing.length / pairs.length).toBeGreaterThan(0.6);
    for (const [estimate, official] of pairs) {
      const gap = Math.abs(estimate.value - official.value);
      expect(gap <= Math.max(1.5, 0.2 * Math.abs(official.value))).toBe(true);
    }
  });

  it("stays within the sizes a sample should have", () => {
    expect(rows.length).toBeGreaterThanOrEqual(3000);
    expect(rows.length).toBeLessThanOrEqual(15000);
    const perDomain: Record<string, number> = {};
    for (const [domain, own] of Object.entries(DOMAINS)) {
      const codes = new Set(own.map((definition) => definition.code));
      perDomain[domain] = rows.filter((row) => codes.has(row.indicatorCode)).length;
    }
    expect({ rows: rows.length, perDomain }).toEqual(PINNED_SIZES);
  });
});

describe(`loadSampleData with the domain's indicators (${TEST_DATABASE_KIND})`, () => {
  const entities = [TaskReference, IndicatorReference, ProgressReport, ImplementationPlan, Observation];
  const logger = createLogger("sample-observations-test", "silent");
  const investment: IndicatorCatalogue = {
    definitions: new Map(investmentIndicators.map((definition) => [definition.code, definition])),
    codeLists,
  };

  async function withDatabase(run: (db: DataSource) => Promise<void>) {
    const { db, close } = await openTestDataSource({
      name: "sample-observations",
      entities,
      migrations: reportingMigrations,
    });
    try {
      await db.getRepository(IndicatorReference).save(catalogueCopy());
      await run(db);
    } finally {
      await close();
    }
  }

  it("saves the domain's figures after the registry sync, as generated, in the order they are read back", async () => {
    await withDatabase(async (db) => {
      await loadSampleData(db, "INVESTMENT", logger, investment, PROFILE);
      const saved = await db.getRepository(Observation).find({ order: { id: "ASC" } });
      const expected = generateSampleObservations(investmentIndicators, catalogueCopy(), CODE_LISTS, PROFILE);
      expect(saved.length).toBe(expected.length);
      expect(saved.map(({ id: _id, ...row }) => row)).toEqual(expected.map((row) => ({ ...row })));

      // A second start changes nothing.
      await loadSampleData(db, "INVESTMENT", logger, investment, PROFILE);
      expect(await db.getRepository(Observation).count()).toBe(expected.length);
    });
  });

  it("never loads into a database that already holds figures", async () => {
    await withDatabase(async (db) => {
      const [real] = generateSampleObservations(investmentIndicators, catalogueCopy(), CODE_LISTS, PROFILE);
      await db.getRepository(Observation).save({ ...real, sample: false });
      await loadSampleData(db, "INVESTMENT", logger, investment, PROFILE);
      expect(await db.getRepository(Observation).count()).toBe(1);
      expect(await db.getRepository(ProgressReport).count()).toBe(0);
    });
  });
});

/**
 * What the current seeds give. The generator uses only integer steps and the four basic
 * operations (exactly rounded everywhere), so a change here means the generator, a domain's
 * definitions, a code list or the catalogue changed, not the machine.
 */
const PINNED_SIZES = {
  rows: 5028,
  perDomain: { INDUSTRY: 2986, INVESTMENT: 746, LABOUR: 213, ENVIRONMENT: 789, SCIENCE: 249, AGRICULTURE: 45 },
};
