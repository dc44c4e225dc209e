import { readFileSync } from "node:fs";
import { join } from "node:path";

import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { parsePlanDocument } from "@hpig/plan/importer";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";

const document = readFileSync(
  join(__dirname, "..", "services", "plan", "data", "ke-hoach-3438-KH-UBND-2012.txt"),
  "utf8",
);
const parsed = parsePlanDocument(document);
const parsedTasks = parsed.groups.flatMap((group) => group.tasks);

interface TaskView {
  __typename: string;
  code: string;
  title: string;
  group: { code: string };
  leadAgencies: Array<{ code: string; name: string }>;
  coordinatingAgencies: Array<{ code: string; name: string; nameEn: string }>;
  coordinationNote: string;
  periodText: string;
  startYear: number;
  endYear: number;
}

const TASK_FIELDS = `
  __typename code title group { code }
  leadAgencies { code name }
  coordinatingAgencies { code name nameEn }
  coordinationNote periodText startYear endYear`;

describe(`the plan registry through the gateway (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: [] });
  });
  afterAll(() => federation?.stop());

  it("serves all 55 tasks exactly as the document writes them, no type fragments needed", async () => {
    const { tasks } = dataOf(await federation.query<{ tasks: TaskView[] }>(`{ tasks { ${TASK_FIELDS} } }`));

    expect(tasks).toHaveLength(55);
    expect(tasks.map((t) => t.code)).toEqual(parsedTasks.map((t) => t.code));
    for (const [index, task] of tasks.entries()) {
      const expected = parsedTasks[index];
      expect(task.title).toBe(expected.title);
      expect(task.leadAgencies.map((a) => a.code)).toEqual(expected.leads.map((a) => a.agencyCode));
      expect(task.coordinatingAgencies.map((a) => a.code)).toEqual(expected.coordinators.map((a) => a.agencyCode));
      expect(task.coordinationNote).toBe(expected.coordinationNote);
      expect([task.periodText, task.startYear, task.endYear]).toEqual([
        expected.periodText,
        expected.startYear,
        expected.endYear,
      ]);
    }
  });

  it("starts every task and target of the seeded registry at version 1, with the seed as its history", async () => {
    const { tasks, plan } = dataOf(
      await federation.query<{
        tasks: Array<{ version: number; registryHistory: Array<{ action: string; actor: { subject: string } }> }>;
        plan: { targets: Array<{ version: number }> };
      }>(`{ tasks { version registryHistory { action actor { subject } } } plan { targets { version } } }`),
    );

    expect(new Set(tasks.map((t) => t.version))).toEqual(new Set([1]));
    expect(new Set(plan.targets.map((t) => t.version))).toEqual(new Set([1]));
    for (const task of tasks) {
      expect(task.registryHistory).toEqual([{ action: "plan.import", actor: { subject: "system:seed" } }]);
    }
  });

  it("returns each task as the concrete type of the domain that owns it", async () => {
    const { tasks } = dataOf(await federation.query<{ tasks: TaskView[] }>(`{ tasks { __typename code } }`));
    const typeOf = Object.fromEntries(tasks.map((t) => [t.code, t.__typename]));

    expect(typeOf["I.1"]).toBe("InvestmentTask");
    expect(typeOf["II.2"]).toBe("IndustryTask");
    expect(typeOf["III.2"]).toBe("IndustryTask");
    expect(typeOf["V.1"]).toBe("LabourTask");
    expect(typeOf["VII.2"]).toBe("EnvironmentTask");
    expect(typeOf["IV.10"]).toBe("ScienceTask");
    expect(typeOf["VIII.4"]).toBe("AgricultureTask");
    expect(new Set(Object.values(typeOf)).size).toBe(6);
  });

  it("has the program groups I–IX with 8, 2, 6, 10, 4, 5, 7, 5, 8 tasks", async () => {
    const { programGroups } = dataOf(
      await federation.query<{ programGroups: Array<{ code: string; title: string; tasks: Array<{ code: string }> }> }>(
        "{ programGroups { code title tasks { code } } }",
      ),
    );

    expect(programGroups.map((g) => g.code)).toEqual(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"]);
    expect(programGroups.map((g) => g.tasks.length)).toEqual([8, 2, 6, 10, 4, 5, 7, 5, 8]);
    expect(programGroups[7].title).toBe("CNH-HĐH nông nghiệp nông thôn");
  });

  it("gives task III.2 its two lead agencies, each with its sub-item", async () => {
    const { task } = dataOf(
      await federation.query<{
        task: {
          leadAgencies: Array<{ code: string }>;
          assignments: Array<{ role: string; scope: string | null; agency: { code: string } }>;
        };
      }>(`{ task(code: "III.2") { leadAgencies { code } assignments { role scope agency { code } } } }`),
    );

    expect(task.leadAgencies.map((a) => a.code)).toEqual(["CT", "BQLKKT"]);
    expect(task.assignments.filter((a) => a.role === "LEAD")).toEqual([
      { role: "LEAD", scope: "Phát triển các cụm công nghiệp", agency: { code: "CT" } },
      { role: "LEAD", scope: "Phát triển các khu kinh tế, khu công nghiệp", agency: { code: "BQLKKT" } },
    ]);
  });

  it("resolves every coordinating agency of every task to a registered agency", async () => {
    const { tasks } = dataOf(
      await federation.query<{ tasks: TaskView[] }>(`{ tasks { code coordinatingAgencies { code name nameEn } } }`),
    );
    const agencies = tasks.flatMap((t) => t.coordinatingAgencies);

    expect(agencies).toHaveLength(parsedTasks.reduce((sum, t) => sum + t.coordinators.length, 0));
    for (const agency of agencies) {
      expect(agency.code).toMatch(/^[A-Z_]+$/);
      expect(agency.name.length).toBeGreaterThan(0);
      expect(agency.nameEn.length).toBeGreaterThan(0);
    }
  });

  it("filters tasks by the year their period covers", async () => {
    const { tasks } = dataOf(
      await federation.query<{ tasks: TaskView[] }>(
        `{ tasks(filter: { activeInYear: 2016 }) { code startYear endYear } }`,
      ),
    );

    expect(tasks).toHaveLength(24);
    expect(tasks.map((t) => t.code)).toEqual(
      parsedTasks.filter((t) => t.startYear <= 2016 && t.endYear >= 2016).map((t) => t.code),
    );
    expect(tasks.every((t) => t.startYear <= 2016 && t.endYear >= 2016)).toBe(true);
  });

  it("filters by group, lead and coordinating agency, together", async () => {
    const result = await federation.query<{ lead: TaskView[]; both: TaskView[] }>(`{
      lead: tasks(filter: { leadAgency: "LDTBXH" }) { code }
      both: tasks(filter: { group: "VII", coordinatingAgency: "UBND_QH" }) { code }
    }`);

    expect(dataOf(result).lead.map((t) => t.code)).toEqual(["I.6", "V.1", "V.2", "V.3", "V.4", "IX.3"]);
    expect(dataOf(result).both.map((t) => t.code)).toEqual(["VII.1", "VII.4", "VII.7"]);
  });

  it("rejects a filter naming an unknown agency or an impossible year, with a code", async () => {
    const unknown = await federation.query(`{ tasks(filter: { leadAgency: "NOPE" }) { code } }`);
    const year = await federation.query(`{ tasks(filter: { activeInYear: 3000 }) { code } }`);

    expect(unknown.errors?.[0]?.message).toContain('Unknown agency code "NOPE"');
    expect(unknown.errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect(year.errors?.[0]?.extensions?.["code"]).toBe("BAD_USER_INPUT");
  });

  it("lists the 26 agencies, each with the tasks it leads and coordinates", async () => {
    const { agencies, agency } = dataOf(
      await federation.query<{
        agencies: Array<{ code: string }>;
        agency: {
          name: string;
          nameEn: string;
          domain: string;
          ledTasks: Array<{ code: string }>;
          coordinatedTasks: Array<{ code: string }>;
        };
      }>(`{
        agencies { code }
        agency(code: "BQLKKT") { name nameEn domain ledTasks { code } coordinatedTasks { code } }
      }`),
    );

    expect(agencies.map((a) => a.code)).toEqual([
      "CT",
      "KHDT",
      "TC",
      "TNMT",
      "XD",
      "KHCN",
      "LDTBXH",
      "GDDT",
      "TTTT",
      "GTVT",
      "YT",
      "NNPTNT",
      "VHTTDL",
      "NGOAIVU",
      "NOIVU",
      "BQLKKT",
      "CUCTHUE",
      "HAIQUAN",
      "THONGKE",
      "NHNN",
      "LDLD",
      "LMHTX",
      "DIENLUC",
      "CSMT",
      "UBND_QH",
      "DN_HATANG",
    ]);
    expect(agency).toMatchObject({
      name: "Ban quản lý Khu kinh tế Hải Phòng",
      nameEn: "Hải Phòng Economic Zone Authority",
      domain: "INVESTMENT",
    });
    expect(agency.ledTasks.map((t) => t.code)).toEqual(["III.2", "III.4"]);
    expect(agency.coordinatedTasks.map((t) => t.code)).toContain("II.1");
  });

  it("serves the plan with its number, date and the targets of section I", async () => {
    const { plan } = dataOf(
      await federation.query<{
        plan: {
          number: string;
          issuedOn: string;
          targets: Array<{ code: string; min: number; max: number; fromYear: number; toYear: number; unit: string }>;
          reportingRequirements: Array<{ agency: { code: string } }>;
        };
      }>(
        `{ plan { number issuedOn targets { code min max fromYear toYear unit } reportingRequirements { agency { code } } } }`,
      ),
    );

    expect(plan.number).toBe("3438/KH-UBND");
    expect(plan.issuedOn).toBe("2012-06-08");
    expect(plan.targets).toHaveLength(9);
    expect(plan.targets.find((t) => t.code === "IIP_GROWTH_2011_2015")).toEqual({
      code: "IIP_GROWTH_2011_2015",
      min: 13.5,
      max: 14.5,
      fromYear: 2011,
      toYear: 2015,
      unit: "%/năm",
    });
    expect(plan.reportingRequirements.map((r) => r.agency.code)).toEqual([
      "THONGKE",
      "CUCTHUE",
      "HAIQUAN",
      "BQLKKT",
      "KHDT",
      "LDTBXH",
      "KHCN",
      "TNMT",
      "NNPTNT",
    ]);
  });
});
