import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";

interface SampleTask {
  code: string;
  status: string;
  latestReport: { sample: boolean; summary: string; reporter: string } | null;
  implementationPlan: { sample: boolean } | null;
}

describe(`the sample data npm start loads (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { sampleData: true });
  });
  afterAll(() => federation?.stop());

  it("gives every domain a living dashboard, every row marked as sample", async () => {
    const result = await federation.query<{ tasks: SampleTask[] }>(`{
      tasks {
        code
        status(asOf: "2021-01-01")
        latestReport(asOf: "2021-01-01") { sample summary reporter }
        implementationPlan { sample }
      }
    }`);

    const tasks = dataOf(result).tasks;
    const statuses = new Set(tasks.map((task) => task.status));
    expect(statuses).toEqual(new Set(["COMPLETED_ON_TIME", "COMPLETED_LATE", "OVERDUE", "NOT_REPORTED"]));
    const reported = tasks.filter((task) => task.latestReport);
    expect(reported.length).toBeGreaterThan(45);
    for (const task of reported) {
      expect(task.latestReport).toMatchObject({ sample: true, summary: expect.stringMatching(/^\[Dữ liệu mẫu\] /) });
      expect(task.latestReport!.reporter).toMatch(/^Dữ liệu mẫu/);
    }
    expect(tasks.filter((task) => task.implementationPlan).every((task) => task.implementationPlan!.sample)).toBe(true);
  });

  it("shows tasks under way in the middle of the plan", async () => {
    const result = await federation.query<{ tasks: Array<{ status: string }> }>(
      `{ tasks { status(asOf: "2014-06-30") } }`,
    );

    const inProgress = dataOf(result).tasks.filter((task) => task.status === "IN_PROGRESS");
    expect(inProgress.length).toBeGreaterThan(30);
  });

  it("assesses the targets against the sample actuals for a year they cover", async () => {
    const result = await federation.query<{
      plan: {
        targets: Array<{
          code: string;
          min: number;
          max: number;
          indicator: { series: Array<{ value: number }> };
          assessment: { status: string; actual: number | null } | null;
        }>;
      };
    }>(`{ plan { targets {
      code min max
      indicator { series(from: "2013", to: "2013", periodType: YEAR, breakdown: []) { value } }
      assessment(year: 2013) { status actual }
    } } }`);

    const targets = dataOf(result).plan.targets;
    const covering = targets.filter((target) => target.assessment !== null).map((target) => target.code);
    expect(covering).toEqual(["INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015", "IIP_GROWTH_2011_2015"]);
    for (const target of targets.filter((t) => t.assessment)) {
      const actual = target.indicator.series[0].value;
      const expected = actual < target.min ? "BELOW" : actual > target.max ? "ABOVE" : "WITHIN";
      expect(target.assessment).toEqual({ status: expected, actual });
    }
  });

  it("keeps the December estimate beside the official figure that replaced it", async () => {
    const query = (asOf: string) =>
      federation.query<{ indicator: { series: Array<{ value: number; status: string; revision: number }> } }>(`{
        indicator(code: "IIP_GROWTH") { series(from: "2014", to: "2014", periodType: YEAR, asOf: "${asOf}") { value status revision } }
      }`);

    const known2015 = dataOf(await query("2015-06-30")).indicator.series;
    const knownNow = dataOf(await query("2030-01-01")).indicator.series;

    expect(known2015).toEqual([{ value: expect.any(Number), status: "ESTIMATE", revision: 1 }]);
    expect(knownNow).toEqual([{ value: expect.any(Number), status: "OFFICIAL", revision: 2 }]);
    expect(knownNow[0].value).not.toBe(known2015[0].value);
  });

  it("shows who sent the December figures on time, late, in part or not at all", async () => {
    const cycle = async (year: number) =>
      new Map(
        dataOf(
          await federation.query<{
            reportingCycle: { obligations: Array<{ agencyCode: string; submission: { status: string } }> };
          }>(
            `query ($year: Int!) { reportingCycle(year: $year) { obligations { agencyCode submission { status } } } }`,
            { year },
          ),
        ).reportingCycle.obligations.map((o) => [o.agencyCode, o.submission.status]),
      );

    const of2014 = await cycle(2014);
    const of2017 = await cycle(2017);

    expect([of2014.get("THONGKE"), of2014.get("CUCTHUE"), of2014.get("LDTBXH")]).toEqual([
      "COMPLETE_ON_TIME",
      "COMPLETE_LATE",
      "PARTIAL",
    ]);
    expect([of2017.get("BQLKKT"), of2017.get("NNPTNT")]).toEqual(["COMPLETE_LATE", "NOT_RECEIVED"]);
  });

  it("holds sample monitoring records: stations, a campaign every quarter 2011–2020, four weeks of hourly values", async () => {
    const { environment } = dataOf(
      await federation.query<{
        environment: {
          stations: Array<{ code: string; sample: boolean; automatic: boolean }>;
          campaigns: Array<{ startsOn: string; sample: boolean; stations: Array<{ code: string }> }>;
          station: { samples: Array<{ count: number }> };
        };
      }>(`{ environment {
        stations { code sample automatic }
        campaigns { startsOn sample stations { code } }
        station(code: "TD_NT_DINH_VU") { samples(parameter: "WW_COD", from: "2020-10-01T00:00:00Z", to: "2021-01-01T00:00:00Z", aggregate: DAY) { count } }
      } }`),
    );

    expect(environment.stations.every((station) => station.sample)).toBe(true);
    expect(environment.stations.filter((station) => station.automatic).map((station) => station.code)).toEqual([
      "TD_NT_DINH_VU",
    ]);
    const years = environment.campaigns.map((campaign) => Number(campaign.startsOn.slice(0, 4)));
    expect(years).toEqual([...Array(10).keys()].flatMap((index) => Array<number>(4).fill(2011 + index)));
    expect(environment.campaigns.every((campaign) => campaign.sample && campaign.stations.length > 0)).toBe(true);
    expect(environment.station.samples.map((day) => day.count)).toEqual(Array<number>(28).fill(24));
  });
});
