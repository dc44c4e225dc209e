import "reflect-metadata";

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { runInTransaction } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { seedWriter } from "../audit/plan-audit";
import { Domain } from "../domain/domain";
import { importPlanDocument } from "../importer/import-plan";
import { planSubgraph } from "../subgraph";
import { Task } from "../task/task.entity";
import {
  type AgencyFacts,
  createTaskIn,
  newTaskTerms,
  readTaskTerms,
  sameTerms,
  type TaskTerms,
  termsAfter,
  writeTaskTermsIn,
} from "./task-terms";

const document = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");

const AGENCIES = new Map<string, AgencyFacts>(
  [
    { code: "CT", name: "Sở Công Thương", domain: Domain.INDUSTRY },
    { code: "BQLKKT", name: "Ban quản lý Khu kinh tế Hải Phòng", domain: Domain.INVESTMENT },
    { code: "THONGKE", name: "Cục Thống kê Hải Phòng", domain: Domain.INDUSTRY },
    { code: "LDTBXH", name: "Sở Lao động, Thương binh và Xã hội", domain: Domain.LABOUR },
    { code: "GDDT", name: "Sở Giáo dục và Đào tạo", domain: null },
    { code: "KHDT", name: "Sở Kế hoạch và Đầu tư", domain: Domain.INVESTMENT },
  ].map((agency) => [agency.code, agency]),
);

/** A task with two leads and a coordinator, as the importer would have written it. */
const TWO_LEADS: TaskTerms = {
  code: "III.2",
  groupCode: "III",
  number: 2,
  title: "Phát triển các khu, cụm công nghiệp",
  coordinationNote: "Các Sở: KHĐT, …",
  periodText: "2012-2015",
  startYear: 2012,
  endYear: 2015,
  domain: Domain.INDUSTRY,
  version: 3,
  leads: [
    { agencyCode: "CT", scope: "cụm công nghiệp", asWritten: "Sở CT" },
    { agencyCode: "BQLKKT", scope: "khu kinh tế, khu công nghiệp", asWritten: "Ban QLKKT" },
  ],
  coordinators: [{ agencyCode: "KHDT", asWritten: "KHĐT" }],
};

describe("termsAfter: a task's terms after a change (pure)", () => {
  it("changes the years and writes the period from them; what is left out stays", () => {
    const next = termsAfter(TWO_LEADS, { endYear: 2016 }, AGENCIES);

    expect(next).toEqual({ ...TWO_LEADS, endYear: 2016, periodText: "2012-2016" });
  });

  it("keeps a lead's wording and scope, writes a new agency with its name, and follows the first lead's domain", () => {
    const next = termsAfter(
      TWO_LEADS,
      {
        leads: [
          { agencyCode: "BQLKKT", scope: null },
          { agencyCode: "THONGKE", scope: "số liệu thống kê" },
        ],
      },
      AGENCIES,
    );

    expect(next.leads).toEqual([
      { agencyCode: "BQLKKT", scope: "khu kinh tế, khu công nghiệp", asWritten: "Ban QLKKT" },
      { agencyCode: "THONGKE", scope: "số liệu thống kê", asWritten: "Cục Thống kê Hải Phòng" },
    ]);
    expect(next.domain).toBe(Domain.INVESTMENT);
    expect(next.coordinators).toBe(TWO_LEADS.coordinators);
  });

  it("drops the scope when one lead remains, and moves an agency from coordinating to lead with its wording", () => {
    const next = termsAfter(
      TWO_LEADS,
      { leads: [{ agencyCode: "KHDT", scope: null }], coordinators: ["CT"] },
      AGENCIES,
    );

    expect(next.leads).toEqual([{ agencyCode: "KHDT", scope: null, asWritten: "KHĐT" }]);
    expect(next.coordinators).toEqual([{ agencyCode: "CT", asWritten: "Sở CT" }]);
    expect(next.domain).toBe(Domain.INVESTMENT);
  });

  it.each([
    ["an empty lead list", { leads: [] }, "BAD_USER_INPUT", /leadAgencies is empty/],
    [
      "a lead named twice",
      {
        leads: [
          { agencyCode: "CT", scope: null },
          { agencyCode: "CT", scope: null },
        ],
      },
      "BAD_USER_INPUT",
      /leadAgencies names CT twice/,
    ],
    ["a coordinator named twice", { coordinators: ["KHDT", "KHDT"] }, "BAD_USER_INPUT", /names KHDT twice/],
    ["an unknown agency", { coordinators: ["NOPE"] }, "NOT_FOUND", /Unknown agency code "NOPE"/],
    [
      "a lead that also coordinates",
      { coordinators: ["KHDT", "CT"] },
      "BAD_USER_INPUT",
      /CT would be both a lead and a coordinating agency/,
    ],
    [
      "a first lead of no domain",
      { leads: [{ agencyCode: "GDDT", scope: null }] },
      "LEAD_WITHOUT_DOMAIN",
      /GDDT reports in no domain/,
    ],
    ["a first year after the last", { startYear: 2016 }, "BAD_USER_INPUT", /startYear 2016 is after endYear 2015/],
  ])("refuses %s", (_name, change, code, message) => {
    let error: { extensions?: Record<string, unknown>; message: string } | undefined;
    try {
      termsAfter(TWO_LEADS, change, AGENCIES);
    } catch (caught) {
      error = caught as typeof error;
    }

    expect(error?.extensions?.["code"]).toBe(code);
    expect(error?.message).toMatch(message);
  });

  it("accepts an agency both lead and coordinating when the task already had it so (VII.1)", () => {
    const both = { ...TWO_LEADS, coordinators: [{ agencyCode: "CT", asWritten: "CT" }] };

    expect(termsAfter(both, { title: "Tiêu đề mới" }, AGENCIES).title).toBe("Tiêu đề mới");
  });

  it("tells a change that changes nothing", () => {
    expect(sameTerms(TWO_LEADS, termsAfter(TWO_LEADS, { endYear: 2015, title: TWO_LEADS.title }, AGENCIES))).toBe(true);
    expect(sameTerms(TWO_LEADS, termsAfter(TWO_LEADS, { endYear: 2016 }, AGENCIES))).toBe(false);
  });
});

describe("newTaskTerms: a new task's terms (pure)", () => {
  it("writes its agencies by name, its period, and a note naming its coordinators", () => {
    const terms = newTaskTerms(
      {
        groupCode: "V",
        title: "Đào tạo nghề cho lao động khu công nghiệp",
        coordinationNote: null,
        startYear: 2016,
        endYear: 2018,
        leads: [{ agencyCode: "LDTBXH", scope: null }],
        coordinators: ["GDDT", "BQLKKT"],
      },
      AGENCIES,
    );

    expect(terms).toEqual({
      groupCode: "V",
      title: "Đào tạo nghề cho lao động khu công nghiệp",
      coordinationNote: "Sở Giáo dục và Đào tạo, Ban quản lý Khu kinh tế Hải Phòng",
      periodText: "2016-2018",
      startYear: 2016,
      endYear: 2018,
      domain: Domain.LABOUR,
      leads: [{ agencyCode: "LDTBXH", scope: null, asWritten: "Sở Lao động, Thương binh và Xã hội" }],
      coordinators: [
        { agencyCode: "GDDT", asWritten: "Sở Giáo dục và Đào tạo" },
        { agencyCode: "BQLKKT", asWritten: "Ban quản lý Khu kinh tế Hải Phòng" },
      ],
    });
  });
});

describe(`writing a task's terms and creating a task in the registry (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const agencies = new Map<string, AgencyFacts>();

  beforeAll(async () => {
    ({ db, close } = await openTestDataSource(planSubgraph));
    await importPlanDocument(db, document, { writer: seedWriter() });
    for (const agency of await db.query("SELECT code, name, domain FROM agency")) agencies.set(agency.code, agency);
  });
  afterAll(async () => {
    await close?.();
  });

  const conflict = (version: number | null) => new Error(`conflict at ${version}`);

  it("writes changed terms and their assignments, numbered leads first, one version up", async () => {
    const before = (await readTaskTerms(db.manager, "IV.1"))!;
    const next = termsAfter(
      before,
      { endYear: 2016, leads: [{ agencyCode: "THONGKE", scope: null }], coordinators: ["CT", "KHDT"] },
      agencies,
    );

    const written = await runInTransaction(db, (manager) => writeTaskTermsIn(manager, next, before.version, conflict));

    expect(written.before).toEqual(before);
    expect(written.after).toEqual({ ...next, version: before.version + 1 });
    expect(
      await db.query(
        "SELECT agency_code, role, position, scope FROM task_assignment WHERE task_code = ? ORDER BY position",
        ["IV.1"],
      ),
    ).toEqual([
      { agency_code: "THONGKE", role: "LEAD", position: 1, scope: null },
      { agency_code: "CT", role: "COORDINATING", position: 2, scope: null },
      { agency_code: "KHDT", role: "COORDINATING", position: 3, scope: null },
    ]);
  });

  it("raises the version when only the assignments change, and refuses a stale one", async () => {
    const before = (await readTaskTerms(db.manager, "IV.3"))!;
    const next = termsAfter(before, { coordinators: [] }, agencies);

    const written = await runInTransaction(db, (manager) => writeTaskTermsIn(manager, next, before.version, conflict));
    const stale = runInTransaction(db, (manager) => writeTaskTermsIn(manager, next, before.version, conflict));

    expect(written.after.version).toBe(before.version + 1);
    expect(written.after.coordinators).toEqual([]);
    await expect(stale).rejects.toThrow(`conflict at ${before.version + 1}`);
  });

  it("creates a task with its group's next number after the group's last task, moving later tasks down", async () => {
    const positions = async () =>
      Object.fromEntries(
        (await db.getRepository(Task).find({ order: { position: "ASC" } })).map((t) => [t.code, t.position]),
      );
    const before = await positions();
    const terms = newTaskTerms(
      {
        groupCode: "V",
        title: "Nhiệm vụ mới của nhóm V",
        coordinationNote: null,
        startYear: 2016,
        endYear: 2017,
        leads: [{ agencyCode: "LDTBXH", scope: null }],
        coordinators: [],
      },
      agencies,
    );

    const created = await runInTransaction(db, (manager) => createTaskIn(manager, terms));
    const after = await positions();

    expect(created).toMatchObject({
      code: "V.5",
      number: 5,
      version: 1,
      domain: Domain.LABOUR,
      periodText: "2016-2017",
    });
    expect(after["V.5"]).toBe(before["V.4"] + 1);
    for (const [code, position] of Object.entries(before)) {
      expect(after[code]).toBe(position > before["V.4"] ? position + 1 : position);
    }
    expect(Object.keys(after)).toHaveLength(56);
  });
});
