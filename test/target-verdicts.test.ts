import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { answeredWrites, dataOf } from "./testkit/http";
import { editorOf, vietnamToday } from "./testkit/progress";

/** The nine targets of Plan 3438/KH-UBND and the direction the importer reads from their wording. */
const DIRECTIONS = {
  INDUSTRY_CONSTRUCTION_GDP_SHARE_2015: "AT_LEAST",
  INDUSTRY_GDP_SHARE_2015: "WITHIN_BAND",
  INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015: "AT_LEAST",
  INDUSTRY_CONSTRUCTION_GDP_SHARE_2020: "AT_LEAST",
  INDUSTRY_GDP_SHARE_2020: "WITHIN_BAND",
  IIP_GROWTH_2011_2015: "AT_LEAST",
  IIP_GROWTH_2016_2020: "AT_LEAST",
  HIGH_TECH_OUTPUT_SHARE_2015: "AT_LEAST",
  MANUFACTURING_OUTPUT_SHARE_2015: "AT_LEAST",
};
const OUTCOMES = ["MET", "NOT_MET", "ON_TRACK", "AT_RISK", "NO_DATA"];

interface Verdict {
  outcome: string;
  measure: string;
  direction: string;
  value: number | null;
  requiredMin: number | null;
  requiredMax: number | null;
  yearsUsed: number[];
  observations: Array<{ period: string; value: number; status: string }>;
  missingYears: number[];
  explanation: string;
  explanationEn: string;
  asOf: string;
  basis: string;
}
interface TargetView {
  code: string;
  min: number;
  max: number;
  direction: string;
  verdict: Verdict | null;
}

const VERDICT_FIELDS = `outcome measure direction value requiredMin requiredMax yearsUsed
  observations { period value status } missingYears explanation explanationEn asOf basis`;
const TARGETS = `query ($asOf: LocalDate, $basis: FigureBasis!) { plan { targets {
  code min max direction verdict(asOf: $asOf, basis: $basis) { ${VERDICT_FIELDS} }
} } }`;
const UPDATE_TARGET = `mutation ($input: UpdateTargetInput!) { committee { updateTarget(input: $input) {
  code min max direction version
} } }`;
const SUBMIT = `mutation ($input: SubmitObservationsInput!) { industry { submitObservations(input: $input) { created } } }`;

/** (Π(1 + g/100))^(1/n) − 1 in percent, 2 decimals: the rule, restated here to check the sample-data answers. */
function compounded(rates: number[]): number {
  const product = rates.reduce((result, rate) => result * (1 + rate / 100), 1);
  return Math.round((product ** (1 / rates.length) - 1) * 10_000) / 100;
}

describe(`verdicts on the plan's targets, through the gateway (${TEST_DATABASE_KIND})`, () => {
  let sample: TestFederation | undefined;
  let own: TestFederation | undefined;

  beforeAll(async () => {
    const started = await Promise.allSettled([
      startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["industry"], sampleData: true }),
      startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["industry"] }),
    ]);
    [sample, own] = started.map((outcome) => (outcome.status === "fulfilled" ? outcome.value : undefined));
    const failure = started.find((outcome) => outcome.status === "rejected");
    if (failure) throw failure.reason;
  });
  afterAll(async () => {
    await Promise.all([sample?.stop(), own?.stop()]);
  });

  const targets = async (federation: TestFederation, variables: { asOf?: string; basis: string }) =>
    dataOf(await federation.query<{ plan: { targets: TargetView[] } }>(TARGETS, variables)).plan.targets;

  describe("on the sample data", () => {
    it.each([
      ["2015-12-31", "OFFICIAL"],
      ["2015-12-31", "ESTIMATE_ALLOWED"],
      ["2020-12-31", "OFFICIAL"],
      ["2020-12-31", "ESTIMATE_ALLOWED"],
      ["2023-06-30", "OFFICIAL"],
      ["2023-06-30", "ESTIMATE_ALLOWED"],
    ])(
      "answers for all nine targets as of %s with basis %s, each verdict consistent with its figures",
      async (asOf, basis) => {
        const all = await targets(sample!, { asOf, basis });

        expect(Object.fromEntries(all.map((t) => [t.code, t.direction]))).toEqual(DIRECTIONS);
        for (const target of all) {
          const verdict = target.verdict!;
          expect(verdict).toMatchObject({ asOf, basis, direction: target.direction });
          expect(OUTCOMES).toContain(verdict.outcome);
          expect(verdict.observations.map((o) => Number(o.period))).toEqual(verdict.yearsUsed);
          expect(verdict.yearsUsed.every((year) => year <= Number(asOf.slice(0, 4)))).toBe(true);
          if (basis === "OFFICIAL") expect(verdict.observations.every((o) => o.status === "OFFICIAL")).toBe(true);
          expect(verdict.requiredMin).toBe(target.direction === "AT_MOST" ? null : target.min);
          expect(verdict.requiredMax).toBe(target.direction === "AT_LEAST" ? null : target.max);
          expect(verdict.explanation).not.toBe("");
          expect(verdict.explanationEn).not.toBe("");
          expect(verdict.value === null).toBe(verdict.outcome === "NO_DATA");
          if (verdict.measure === "AVERAGE_ANNUAL_GROWTH" && verdict.outcome !== "NO_DATA") {
            expect(verdict.value).toBeCloseTo(compounded(verdict.observations.map((o) => o.value)), 2);
          }
        }
        const final = (t: TargetView) => ["MET", "NOT_MET"].includes(t.verdict!.outcome);
        const endingIn = (year: string) => all.filter((t) => t.code.endsWith(year));
        if (asOf === "2015-12-31") {
          // The period is over but the December report brings 2015's estimate, not its official figure.
          expect(endingIn("2015").every(final)).toBe(basis === "ESTIMATE_ALLOWED");
          if (basis === "OFFICIAL") {
            for (const target of endingIn("2015")) {
              expect(target.verdict).toMatchObject({
                missingYears: [2015],
                outcome: expect.stringMatching(/ON_TRACK|AT_RISK/),
              });
              expect(target.verdict!.explanation).toMatch(/Năm 2015: chưa có số liệu chính thức\.$/);
              expect(target.verdict!.explanationEn).toMatch(/2015: no official figure yet\.$/);
            }
          }
          expect(all.find((t) => t.code === "IIP_GROWTH_2016_2020")!.verdict).toMatchObject({ outcome: "NO_DATA" });
        }
        if (asOf === "2023-06-30") {
          expect(endingIn("2015").every(final)).toBe(true);
          // The sample's December cycles end in 2020: the 2020 official figures never came.
          expect(endingIn("2020").every(final)).toBe(basis === "ESTIMATE_ALLOWED");
          if (basis === "OFFICIAL")
            expect(endingIn("2020").every((t) => t.verdict!.missingYears.includes(2020))).toBe(true);
        }
      },
    );

    it("defaults to today in Viet Nam and to official figures", async () => {
      const all = await targets(sample!, { basis: "OFFICIAL" });
      const query = await sample!.query<{ plan: { targets: TargetView[] } }>(
        `{ plan { targets { code verdict { asOf basis outcome value } } } }`,
      );

      expect(all.every((t) => t.verdict!.asOf === vietnamToday())).toBe(true);
      expect(dataOf(query).plan.targets.map((t) => t.verdict)).toEqual(
        all.map(({ verdict }) => ({
          asOf: verdict!.asOf,
          basis: "OFFICIAL",
          outcome: verdict!.outcome,
          value: verdict!.value,
        })),
      );
    });
  });

  describe("on figures of our own, computed by hand", () => {
    /** Recorded today, so known at the end of today and not before. */
    const FIGURES = [
      // IIP growth 2011–2015: four official years and a 2015 estimate.
      ...[13, 15, 12, 14].map((value, i) => ({ indicatorCode: "IIP_GROWTH", period: String(2011 + i), value })),
      { indicatorCode: "IIP_GROWTH", period: "2015", value: 16, status: "ESTIMATE" },
      // IIP growth 2016–2020: every year official.
      ...[14, 15, 16, 13, 14].map((value, i) => ({ indicatorCode: "IIP_GROWTH", period: String(2016 + i), value })),
      // Industry and construction GDP growth: 2012 missing between 2011 and 2013.
      { indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_GROWTH", period: "2011", value: 12 },
      { indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_GROWTH", period: "2013", value: 13 },
      // High-tech share: 2013 and 2014, 2015 not in.
      { indicatorCode: "HIGH_TECH_OUTPUT_SHARE", period: "2013", value: 26 },
      { indicatorCode: "HIGH_TECH_OUTPUT_SHARE", period: "2014", value: 28.5 },
      { indicatorCode: "INDUSTRY_GDP_SHARE", period: "2015", value: 32.4 },
      { indicatorCode: "INDUSTRY_GDP_SHARE", period: "2020", value: 30.5 },
      { indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_SHARE", period: "2015", value: 36.8 },
      // Manufacturing share: only an estimate.
      { indicatorCode: "MANUFACTURING_OUTPUT_SHARE", period: "2015", value: 36, status: "ESTIMATE" },
    ].map((figure) => ({ status: "OFFICIAL", source: "Niên giám thống kê (kiểm thử)", ...figure }));

    const verdicts = async (variables: { asOf?: string; basis: string }) =>
      Object.fromEntries((await targets(own!, variables)).map((t) => [t.code, t.verdict!]));

    beforeAll(async () => {
      const result = await own!.query<{ industry: { submitObservations: { created: number } } }>(
        SUBMIT,
        { input: { observations: FIGURES } },
        await editorOf(own!, "THONGKE"),
      );
      expect(dataOf(result).industry.submitObservations.created).toBe(FIGURES.length);
    });

    it("judges each target with official figures as of today", async () => {
      const today = await verdicts({ basis: "OFFICIAL" });

      // (1.13 × 1.15 × 1.12 × 1.14)^(1/4) − 1 = 1.6592016^(1/4) − 1 = 13.4945 % → 13.49 < 13.5; 2015 awaited.
      expect(today["IIP_GROWTH_2011_2015"]).toMatchObject({
        outcome: "AT_RISK",
        value: 13.49,
        requiredMin: 13.5,
        requiredMax: null,
        yearsUsed: [2011, 2012, 2013, 2014],
        missingYears: [2015],
      });
      expect(today["IIP_GROWTH_2011_2015"].explanation).toBe(
        "Tăng bình quân 2011–2014 (bình quân nhân 4 năm đầu của giai đoạn 2011–2015, số liệu chính thức): 13,49%/năm, yêu cầu tối thiểu 13,5%/năm: có nguy cơ không đạt. Năm 2015: chưa có số liệu chính thức.",
      );
      // (1.14 × 1.15 × 1.16 × 1.13 × 1.14)^(1/5) − 1 = 1.959043032^(1/5) − 1 = 14.3955 % → 14.40 ≥ 14
      expect(today["IIP_GROWTH_2016_2020"]).toMatchObject({ outcome: "MET", value: 14.4, missingYears: [] });
      // 2012 missing before 2013: no average of fewer years.
      expect(today["INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015"]).toMatchObject({
        outcome: "NO_DATA",
        value: null,
        yearsUsed: [],
        missingYears: [2012, 2014, 2015],
      });
      expect(today["INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015"].explanationEn).toMatch(
        /^No official figure for 2012 /,
      );
      // 28.5 + (28.5 − 26) × (2015 − 2014) = 31 ≥ 30
      expect(today["HIGH_TECH_OUTPUT_SHARE_2015"]).toMatchObject({
        outcome: "ON_TRACK",
        value: 31,
        yearsUsed: [2013, 2014],
        missingYears: [2015],
      });
      // 32.4 above the band 31–32 ("chiếm 31 - 32%").
      expect(today["INDUSTRY_GDP_SHARE_2015"]).toMatchObject({
        outcome: "NOT_MET",
        value: 32.4,
        requiredMin: 31,
        requiredMax: 32,
      });
      // 30.5 within 30–31.
      expect(today["INDUSTRY_GDP_SHARE_2020"]).toMatchObject({ outcome: "MET", value: 30.5 });
      // 36.8 < 37 ("chiếm 37%": at least).
      expect(today["INDUSTRY_CONSTRUCTION_GDP_SHARE_2015"]).toMatchObject({ outcome: "NOT_MET", value: 36.8 });
      // No 2016–2020 figure: the latest up to 2020 is 2015's, 36.8 ≥ 36 already, while 2020 is awaited.
      expect(today["INDUSTRY_CONSTRUCTION_GDP_SHARE_2020"]).toMatchObject({
        outcome: "ON_TRACK",
        value: 36.8,
        yearsUsed: [2015],
        missingYears: [2020],
      });
      // Only an estimate: nothing official.
      expect(today["MANUFACTURING_OUTPUT_SHARE_2015"]).toMatchObject({ outcome: "NO_DATA", missingYears: [2015] });
    });

    it("uses the estimates when asked", async () => {
      const today = await verdicts({ basis: "ESTIMATE_ALLOWED" });

      // (1.13 × 1.15 × 1.12 × 1.14 × 1.16)^(1/5) − 1 = 1.924673856^(1/5) − 1 = 13.9912 % → 13.99 ≥ 13.5
      expect(today["IIP_GROWTH_2011_2015"]).toMatchObject({ outcome: "MET", value: 13.99, missingYears: [] });
      expect(today["IIP_GROWTH_2011_2015"].observations.at(-1)).toEqual({
        period: "2015",
        value: 16,
        status: "ESTIMATE",
      });
      // 36 ≥ 35, on the estimate.
      expect(today["MANUFACTURING_OUTPUT_SHARE_2015"]).toMatchObject({ outcome: "MET", value: 36, yearsUsed: [2015] });
    });

    it("knows nothing of figures recorded after the day asked about", async () => {
      const then = await verdicts({ asOf: "2020-12-31", basis: "ESTIMATE_ALLOWED" });

      expect(new Set(Object.values(then).map((verdict) => verdict.outcome))).toEqual(new Set(["NO_DATA"]));
    });

    it("lets the standing office change a direction through the gateway; the next verdict judges by it, and the change is audited", async () => {
      const standingOffice = await own!.as({
        subject: "test:so-binh",
        name: "Trần Thị Bình",
        agency: "CT",
        roles: ["standing-office"],
      });
      const committee = await own!.as({ subject: "test:bcd", name: "Thành viên Ban chỉ đạo", roles: ["committee"] });
      const input = { code: "INDUSTRY_GDP_SHARE_2015", expectedVersion: 1, direction: "AT_LEAST" };

      const refused = await own!.query(UPDATE_TARGET, { input }, committee);
      const unknown = await own!.query(UPDATE_TARGET, { input: { ...input, direction: "ABOVE" } }, standingOffice);
      const changed = await own!.query<{ committee: { updateTarget: unknown } }>(
        UPDATE_TARGET,
        { input },
        standingOffice,
      );
      const after = await verdicts({ basis: "OFFICIAL" });
      const trail = await own!.query<{ plan: { auditTrail: AuditEntryView[] } }>(
        `{ plan { auditTrail(filter: { entityType: "Target" }) { ${AUDIT_ENTRY_FIELDS} } } }`,
        {},
        standingOffice,
      );

      expect(refused.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
      expect(answeredWrites(refused, "committee")).toEqual({});
      expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
      expect(dataOf(changed).committee.updateTarget).toEqual({
        code: "INDUSTRY_GDP_SHARE_2015",
        min: 31,
        max: 32,
        direction: "AT_LEAST",
        version: 2,
      });
      // 32.4 ≥ 31: met, now that above the band is good.
      expect(after["INDUSTRY_GDP_SHARE_2015"]).toMatchObject({
        outcome: "MET",
        value: 32.4,
        direction: "AT_LEAST",
        requiredMin: 31,
        requiredMax: null,
      });
      const entries = dataOf(trail).plan.auditTrail;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        action: "target.update",
        entityKey: "INDUSTRY_GDP_SHARE_2015",
        actor: { subject: "test:so-binh", agency: "CT", roles: ["standing-office"] },
        before: { direction: "WITHIN_BAND", min: 31, max: 32, version: 1 },
        after: { direction: "AT_LEAST", min: 31, max: 32, version: 2 },
      });
    });
  });
});
