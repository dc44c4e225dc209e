import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { Workbook } from "exceljs";
import type { DataSource } from "typeorm";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { sqlStatementsOf } from "./testkit/progress";

// Investment projects (issue 12 part 1) through the gateway: reads, paging, parks, rights, audit, import.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const KHDT = { subject: "t:khdt", agency: "KHDT", roles: ["editor" as const], name: "Trần Thị B" };
const BQLKKT = { subject: "t:bqlkkt", agency: "BQLKKT", roles: ["editor" as const], name: "Nguyễn Văn A" };
const REFUSED: Array<[string, Parameters<TestFederation["as"]>[0]]> = [
  ["an editor of LDTBXH", { subject: "t:ld", agency: "LDTBXH", roles: ["editor" as const], name: "Hà" }],
  ["a viewer of KHDT", { subject: "t:v", agency: "KHDT", roles: ["viewer" as const], name: "Lê" }],
  ["the committee", { subject: "t:c", roles: ["committee" as const], name: "Ban chỉ đạo" }],
  ["the standing office", { subject: "t:so", agency: "CT", roles: ["standing-office" as const], name: "Bình" }],
];

const PAGE = `query ($filter: InvestmentProjectFilter, $first: Int, $after: String) { investment {
  projects(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id certificateNumber } } pageInfo { hasNextPage endCursor } }
} }`;
const RECORD = `mutation ($input: InvestmentProjectInput!) { investment { recordInvestmentProject(input: $input) {
  id certificateNumber status capitalUsd foreign park { code } adjustments { sequence decision changes { field before after } }
} } }`;
const TERMINATE = `mutation ($id: ID!, $on: String!) { investment { terminateInvestmentProject(id: $id, terminatedOn: $on, decision: "15/QĐ-BQL") {
  status terminatedOn adjustments { changes { field after } }
} } }`;

const NEW_PROJECT = {
  certificateNumber: "TEST-0001",
  certificateDate: "2017-03-15",
  name: "Nhà máy linh kiện thử nghiệm",
  investor: "Công ty TNHH Thử Nghiệm",
  country: "JP",
  sector: "26",
  park: "DINH_VU",
  capitalVnd: 225_000_000_000,
  capitalUsd: 10_000_000,
  leasedAreaHa: 4.5,
};

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; certificateNumber: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe(`investment projects (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let db: DataSource;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: ["industry", "investment", "labour"],
      sampleData: true,
    });
    db = await federation.openDatabase("investment");
  });
  afterAll(async () => {
    await db?.destroy();
    await federation?.stop();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await db.query<Array<{ n: string | number }>>(sql, params))[0].n);
  /** Every row count a write could change. */
  const state = async () => ({
    projects: await count("SELECT COUNT(*) AS n FROM investment_project"),
    adjustments: await count("SELECT COUNT(*) AS n FROM investment_project_adjustment"),
    audit: await count("SELECT COUNT(*) AS n FROM audit_entry"),
    fingerprint: await db.query("SELECT id, status, capital_usd, leased_area_ha FROM investment_project ORDER BY id"),
  });
  const page = async (variables: Record<string, unknown>) =>
    dataOf(await federation.query<{ investment: { projects: Page } }>(PAGE, variables, NO_CACHE)).investment.projects;
  const record = async (input: Record<string, unknown>, claims: Parameters<TestFederation["as"]>[0] = KHDT) =>
    federation.query<{ investment: { recordInvestmentProject: Record<string, unknown> | null } }>(
      RECORD,
      { input },
      await federation.as(claims),
    );

  it("pages through every project, newest licence first, as SQL orders them", async () => {
    const expected = (
      await db.query<Array<{ id: string }>>(
        "SELECT id FROM investment_project ORDER BY certificate_date DESC, certificate_number DESC",
      )
    ).map((row) => row.id);
    const seen: string[] = [];
    let after: string | null = null;
    const totals = new Set<number>();
    for (;;) {
      const result: Page = await page({ first: 150, after });
      totals.add(result.totalCount);
      seen.push(...result.edges.map((edge) => edge.node.id));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }

    expect(expected.length).toBeGreaterThan(300);
    expect([...totals]).toEqual([expected.length]);
    expect(seen).toEqual(expected);
  });

  it.each([
    ["park", { park: "DINH_VU" }, "park_code = 'DINH_VU'"],
    ["foreign", { foreign: true }, "country <> 'VN'"],
    ["domestic", { foreign: false }, "country = 'VN'"],
    ["sector", { sector: "26" }, "sector = '26'"],
    ["licensed in 2016", { licensedIn: 2016 }, "certificate_date BETWEEN '2016-01-01' AND '2016-12-31'"],
    [
      "all four",
      { park: "VSIP_HAI_PHONG", foreign: true, licensedIn: 2018, sector: "26" },
      "park_code = 'VSIP_HAI_PHONG' AND country <> 'VN' AND certificate_date LIKE '2018-%' AND sector = '26'",
    ],
  ])("filters by %s, counting as SQL does", async (_name, filter, where) => {
    const result = await page({ filter, first: 200 });

    expect(result.totalCount).toBe(await count(`SELECT COUNT(*) AS n FROM investment_project WHERE ${where}`));
    expect(result.edges.length).toBe(Math.min(200, result.totalCount));
  });

  it("gives each park its projects and occupancy (not terminated) as SQL sums them, in a fixed number of statements", async () => {
    const query = (fields: string) =>
      federation.query<{ investment: { industrialParks: Array<Record<string, unknown>> } }>(
        `{ investment { industrialParks { code leasableAreaHa ${fields} } } }`,
        undefined,
        NO_CACHE,
      );

    const plain = await query("");
    const full = await query(
      "projects { id park { code } } occupancy { leasedAreaHa leasableAreaHa ratePercent projectCount }",
    );

    // One statement each for the projects, their parks and the leases, however many parks.
    expect(sqlStatementsOf(full)["investment"]).toBe(sqlStatementsOf(plain)["investment"] + 3);
    const leases = new Map(
      (
        await db.query<Array<{ park: string; area: string | number; n: string | number }>>(
          "SELECT park_code AS park, SUM(leased_area_ha) AS area, COUNT(*) AS n FROM investment_project WHERE park_code IS NOT NULL AND status <> 'TERMINATED' GROUP BY park_code",
        )
      ).map((row) => [row.park, { area: Number(row.area), n: Number(row.n) }]),
    );
    for (const park of dataOf(full).investment.industrialParks as Array<{
      code: string;
      leasableAreaHa: number;
      projects: Array<{ id: string; park: { code: string } }>;
      occupancy: { leasedAreaHa: number; projectCount: number; ratePercent: number };
    }>) {
      const lease = leases.get(park.code) ?? { area: 0, n: 0 };
      expect({ park: park.code, leased: park.occupancy.leasedAreaHa, n: park.occupancy.projectCount }).toEqual({
        park: park.code,
        leased: Number(lease.area.toFixed(2)),
        n: lease.n,
      });
      expect(park.occupancy.ratePercent).toBeCloseTo((lease.area * 100) / park.leasableAreaHa, 1);
      expect(park.projects.length).toBe(
        await count("SELECT COUNT(*) AS n FROM investment_project WHERE park_code = ?", [park.code]),
      );
      expect(park.projects.every((project) => project.park.code === park.code)).toBe(true);
    }
  });

  it("reads a project by id with its park and adjustments, and as an entity by reference", async () => {
    const [adjusted] = await db.query<Array<{ project_id: string }>>(
      "SELECT project_id FROM investment_project_adjustment ORDER BY id LIMIT 1",
    );
    const { investment } = dataOf(
      await federation.query<{
        investment: { project: { id: string; adjustments: Array<{ sequence: number; changes: unknown[] }> } };
      }>(
        `{ investment { project(id: "${adjusted.project_id}") { id certificateNumber foreign sectorName park { code } adjustments { sequence decision changes { field before after } } } } }`,
      ),
    );
    const entity = dataOf(
      await federation.subgraphQuery<{ _entities: Array<{ id: string } | null> }>(
        "investment",
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on InvestmentProject { id } } }`,
        {
          r: [
            { __typename: "InvestmentProject", id: adjusted.project_id },
            { __typename: "InvestmentProject", id: "nope" },
          ],
        },
      ),
    );

    expect(investment.project.id).toBe(adjusted.project_id);
    expect(investment.project.adjustments[0]).toMatchObject({ sequence: 1 });
    expect(entity._entities).toEqual([{ id: adjusted.project_id }, null]);
  });

  it.each(REFUSED)("refuses %s every write with FORBIDDEN and changes nothing", async (_who, claims) => {
    const before = await state();
    const [any] = await db.query<Array<{ id: string }>>("SELECT id FROM investment_project LIMIT 1");

    const recorded = await record(NEW_PROJECT, claims);
    const terminated = await federation.query(TERMINATE, { id: any.id, on: "2020-01-02" }, await federation.as(claims));

    expect(recorded.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    expect(terminated.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    expect(await state()).toEqual(before);
  });

  it("lets KHDT record a project and BQLKKT adjust it (the change kept, never overwritten) and terminate it, each audited", async () => {
    const created = dataOf(await record(NEW_PROJECT)).investment.recordInvestmentProject!;
    const same = dataOf(await record(NEW_PROJECT)).investment.recordInvestmentProject!;
    const unexplained = await record({ ...NEW_PROJECT, capitalUsd: 12_500_000 }, BQLKKT);
    const adjusted = dataOf(
      await record(
        { ...NEW_PROJECT, capitalUsd: 12_500_000, adjustment: { adjustedOn: "2019-06-01", decision: "ĐC-01/BQL" } },
        BQLKKT,
      ),
    ).investment.recordInvestmentProject!;
    const occupancy = async () =>
      dataOf(
        await federation.query<{
          investment: { industrialParks: Array<{ code: string; occupancy: { leasedAreaHa: number } }> };
        }>("{ investment { industrialParks { code occupancy { leasedAreaHa } } } }", undefined, NO_CACHE),
      ).investment.industrialParks.find((park) => park.code === "DINH_VU")!.occupancy.leasedAreaHa;
    const leasedBefore = await occupancy();
    const ended = dataOf(
      await federation.query<{ investment: { terminateInvestmentProject: Record<string, unknown> } }>(
        TERMINATE,
        { id: created["id"], on: "2020-02-01" },
        await federation.as(BQLKKT),
      ),
    ).investment.terminateInvestmentProject;
    const again = await federation.query(
      TERMINATE,
      { id: created["id"], on: "2020-02-02" },
      await federation.as(BQLKKT),
    );

    expect(created).toMatchObject({ status: "LICENSED", foreign: true, park: { code: "DINH_VU" }, adjustments: [] });
    expect(same).toEqual(created);
    expect(
      unexplained.errors?.map((error) => [
        error.extensions?.["code"],
        (error.extensions?.["details"] as { field: string }).field,
      ]),
    ).toEqual([["BAD_USER_INPUT", "adjustment"]]);
    expect(adjusted).toMatchObject({
      id: created["id"],
      status: "ADJUSTED",
      capitalUsd: 12_500_000,
      adjustments: [
        {
          sequence: 1,
          decision: "ĐC-01/BQL",
          changes: [
            { field: "capitalUsd", before: "10000000", after: "12500000" },
            { field: "status", before: "LICENSED", after: "ADJUSTED" },
          ],
        },
      ],
    });
    expect(ended).toMatchObject({ status: "TERMINATED", terminatedOn: "2020-02-01" });
    expect((ended["adjustments"] as unknown[]).length).toBe(2);
    expect(again.errors?.map((error) => error.extensions?.["code"])).toEqual(["BAD_USER_INPUT"]);
    expect(await occupancy()).toBeCloseTo(leasedBefore - 4.5, 2);
    const trail = dataOf(
      await federation.query<{
        investment: { auditTrail: Array<{ action: string; entityKey: string; actor: { agency: string } }> };
      }>(
        `{ investment { auditTrail(filter: { entityType: "InvestmentProject" }) { action entityKey actor { agency } } } }`,
        undefined,
        NO_CACHE,
      ),
    ).investment.auditTrail;
    expect(
      trail.filter((entry) => entry.entityKey === created["id"]).map((entry) => [entry.action, entry.actor.agency]),
    ).toEqual([
      ["investmentProject.terminate", "BQLKKT"],
      ["investmentProject.adjust", "BQLKKT"],
      ["investmentProject.create", "KHDT"],
    ]);
  });

  it.each([
    ["a country that is none", { country: "ZZ" }, "country"],
    ["an unknown sector", { sector: "99" }, "sector"],
    ["an unknown park", { park: "NOWHERE" }, "park"],
    ["negative capital", { capitalVnd: -1 }, "capitalVnd"],
    ["fractional đồng", { capitalVnd: 1.5 }, "capitalVnd"],
    ["leased land outside a park", { park: null, leasedAreaHa: 2 }, "leasedAreaHa"],
    ["a date in the future", { certificateDate: "2999-01-01" }, "certificateDate"],
    ["a date that is none", { certificateDate: "2017-02-30" }, "certificateDate"],
    ["a huge name", { name: "x".repeat(100_000) }, "name"],
    ["a certificate number with markup", { certificateNumber: "<script>" }, "certificateNumber"],
    ["termination through the record", { status: "TERMINATED" }, "status"],
  ])("refuses %s with BAD_USER_INPUT naming the field, and changes nothing", async (_case, change, field) => {
    const before = await state();

    const refused = await record({ ...NEW_PROJECT, certificateNumber: "TEST-BAD", ...change });

    expect(
      refused.errors?.map((error) => [
        error.extensions?.["code"],
        (error.extensions?.["details"] as { field: string }).field,
      ]),
    ).toEqual([["BAD_USER_INPUT", field]]);
    expect(await state()).toEqual(before);
  });

  it.each([
    ["first 0", { first: 0 }, "first"],
    ["first 10 000", { first: 10_000 }, "first"],
    ["a forged cursor", { after: "bm90IGEgY3Vyc29y" }, "after"],
    ["a year out of range", { filter: { licensedIn: 3000 } }, "filter.licensedIn"],
  ])("refuses a page with %s", async (_case, variables, field) => {
    const refused = await federation.query(PAGE, variables, NO_CACHE);

    expect(
      refused.errors?.map((error) => [
        error.extensions?.["code"],
        (error.extensions?.["details"] as { field: string }).field,
      ]),
    ).toEqual([["BAD_USER_INPUT", field]]);
  });

  describe("spreadsheet import through the gateway", () => {
    const base = () => `${federation.gateways[0].url}/records/investment/projects`;
    const upload = async (
      body: Buffer | string,
      query: string,
      claims: Parameters<TestFederation["as"]>[0] = BQLKKT,
      type = "text/csv",
    ) => {
      const response = await fetch(`${base()}/upload?${query}`, {
        method: "POST",
        headers: { ...(await federation.as(claims)), "content-type": type },
        body,
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    const HEADER =
      "certificate_number,certificate_date,name,investor,country,sector,park,capital_vnd,capital_usd,leased_area_ha,status,adjusted_on,decision";
    const ROWS = [
      "IMP-001,2018-04-02,Nhà máy bao bì An Dương,Công ty CP Bao bì Hải Phòng,VN,22,AN_DUONG,120000000000,5263157.89,3.2,,,",
      'IMP-002,12/07/2019,"Nhà máy điện tử, giai đoạn 1",Daehan Electronics Co.,KR,26,VSIP_HAI_PHONG,1157500000000,50000000,12.75,IN_OPERATION,,',
      "IMP-003,2020-01-20,Xưởng sửa chữa tàu,Công ty TNHH Cơ khí Biển,VN,33,,30000000000,1296000,0,,,",
    ];
    const csv = (rows: string[]) => `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;

    it("serves the template as a workbook whose first sheet has the columns", async () => {
      const response = await fetch(`${base()}/template`, { headers: await federation.as(REFUSED[1][1]) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(XLSX);
      const workbook = new Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(HEADER.split(","));
    });

    it("refuses bad rows with their row and column and writes nothing; a dry run writes nothing; then records once, idempotently, with one audit entry", async () => {
      const before = await state();

      const bad = await upload(
        csv([ROWS[0], "IMP-002,2019-07-12,X,Y,XX,26,VSIP_HAI_PHONG,abc,1,0,,,", ROWS[0]]),
        "dryRun=false",
      );
      const forbidden = await upload(csv(ROWS), "dryRun=false", REFUSED[1][1]);
      const dry = await upload(csv(ROWS), "dryRun=true");
      const afterRefusals = await state();
      const first = await upload(csv(ROWS), "dryRun=false");
      const second = await upload(csv(ROWS), "dryRun=false");
      const after = await state();

      expect(bad.status).toBe(422);
      expect((bad.body["problems"] as Array<{ row: number; column: string }>).map((p) => [p.row, p.column])).toEqual([
        [3, "country"],
        [3, "capital_vnd"],
        [4, "certificate_number"],
      ]);
      expect(forbidden.status).toBe(403);
      expect(dry).toEqual({ status: 200, body: { dryRun: true, rows: 3, created: 3, adjusted: 0, unchanged: 0 } });
      expect(afterRefusals).toEqual(before);
      expect(first).toEqual({ status: 200, body: { dryRun: false, rows: 3, created: 3, adjusted: 0, unchanged: 0 } });
      expect(second).toEqual({ status: 200, body: { dryRun: false, rows: 3, created: 0, adjusted: 0, unchanged: 3 } });
      expect(after.projects).toBe(before.projects + 3);
      expect(after.audit).toBe(before.audit + 1);
      const stored = await db.query<Array<{ certificate_date: string; park_code: string | null; status: string }>>(
        "SELECT certificate_date, park_code, status FROM investment_project WHERE certificate_number = 'IMP-002'",
      );
      expect(stored).toEqual([{ certificate_date: "2019-07-12", park_code: "VSIP_HAI_PHONG", status: "IN_OPERATION" }]);
    });

    it("adjusts a recorded project from a changed row that carries its decision, and refuses one that does not", async () => {
      const changed = ROWS[0].replace("120000000000,5263157.89,3.2,,,", "150000000000,6578947.37,3.2,,,");
      const before = await state();

      const refused = await upload(csv([changed]), "dryRun=false");
      const accepted = await upload(csv([changed.replace(/,,,$/, ",,2020-03-01,ĐC-IMP-001")]), "dryRun=false");

      expect(refused.status).toBe(422);
      expect((refused.body["problems"] as Array<{ column: string }>)[0].column).toBe("adjustment");
      expect(accepted).toEqual({
        status: 200,
        body: { dryRun: false, rows: 1, created: 0, adjusted: 1, unchanged: 0 },
      });
      expect((await state()).adjustments).toBe(before.adjustments + 1);
    });

    it.each([
      ["an unknown column", () => upload(`certificate_number,colour\r\nX,red\r\n`, ""), 400],
      ["an empty body", () => upload("", ""), 400],
      ["a JSON body", () => upload("{}", "", BQLKKT, "application/json"), 415],
      ["dryRun=maybe", () => upload(csv(ROWS), "dryRun=maybe"), 400],
      ["a broken workbook", () => upload(Buffer.from("PK\u0003\u0004garbage"), "", BQLKKT, XLSX), 400],
    ])("refuses %s and changes nothing", async (_case, send, status) => {
      const before = await state();

      const refused = await send();

      expect(refused.status).toBe(status);
      expect(typeof refused.body["message"]).toBe("string");
      expect(await state()).toEqual(before);
    });
  });
});
