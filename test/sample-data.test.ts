import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { type TestFederation, startTestFederation } from "./testkit/federation";
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
});
