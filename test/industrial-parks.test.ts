import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { sqlStatementsOf } from "./testkit/progress";

// Investment's own type: the industrial parks BQLKKT keeps, through the gateway.
const PARKS = `{ investment { industrialParks { code name kind location totalAreaHa leasableAreaHa operator openedYear sample } } }`;
const RECORD = `mutation ($input: IndustrialParkInput!) { investment { recordIndustrialPark(input: $input) {
  code name kind totalAreaHa leasableAreaHa openedYear sample
} } }`;
const TRAIL = `{ investment { auditTrail(filter: { entityType: "IndustrialPark" }) { action entityKey before after actor { name agency } } } }`;

const TIEN_THANH = {
  code: "TIEN_THANH",
  name: "KCN Tiên Thanh",
  kind: "KCN",
  location: "huyện Tiên Lãng",
  totalAreaHa: 450,
  leasableAreaHa: 312.5,
  operator: "Công ty Cổ phần Đầu tư Tiên Thanh",
  openedYear: 2022,
};

/** A year's figures of an indicator, each cell with the park it is (if any). */
const CELLS = (indicator: string, park = "industrialPark { code name leasableAreaHa }") =>
  `{ indicator(code: "${indicator}") { series(from: "2015", to: "2015") { breakdown { dimension code ${park} } } } }`;

interface Cell {
  dimension: string;
  code: string;
  industrialPark: { code: string; name: string; leasableAreaHa: number } | null;
}

interface Park {
  code: string;
  name: string;
  leasableAreaHa: number;
  totalAreaHa: number;
  sample: boolean;
}

describe(`industrial parks, investment's own type (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, {
      subgraphs: ["investment", "environment"],
      sampleData: true,
    });
  });
  afterAll(() => federation?.stop());

  const parks = async () =>
    dataOf(await federation.query<{ investment: { industrialParks: Park[] } }>(PARKS)).investment.industrialParks;
  const record = async (input: Record<string, unknown>, claims: Parameters<TestFederation["as"]>[0]) =>
    federation.query<{ investment: { recordIndustrialPark: Park | null } }>(
      RECORD,
      { input },
      await federation.as(claims),
    );

  it("lists the parks of the INDUSTRIAL_PARK code list, from the domain's sample profile", async () => {
    const listed = await parks();
    const codeList = dataOf(
      await federation.query<{ indicator: { dimensions: Array<{ codes: Array<{ code: string; name: string }> }> } }>(
        `{ indicator(code: "PARK_AREA_HA") { dimensions { codes { code name } } } }`,
      ),
    ).indicator.dimensions[0].codes;

    expect(listed.map((park) => [park.code, park.name])).toEqual(
      codeList.map((entry) => [entry.code, entry.name]).sort((a, b) => a[0].localeCompare(b[0])),
    );
    expect(listed.every((park) => park.sample && park.leasableAreaHa <= park.totalAreaHa)).toBe(true);
    expect(listed.find((park) => park.code === "TRANG_DUE")).toMatchObject({ totalAreaHa: 687, leasableAreaHa: 481 });
  });

  it("lets an editor of BQLKKT add and update a park, each write audited", async () => {
    const editor = { subject: "t:bqlkkt", agency: "BQLKKT", roles: ["editor" as const], name: "Nguyễn Văn A" };

    const added = await record(TIEN_THANH, editor);
    const updated = await record({ ...TIEN_THANH, leasableAreaHa: 320 }, editor);

    expect(dataOf(added).investment.recordIndustrialPark).toMatchObject({ code: "TIEN_THANH", sample: false });
    expect(dataOf(updated).investment.recordIndustrialPark).toMatchObject({ leasableAreaHa: 320 });
    expect((await parks()).find((park) => park.code === "TIEN_THANH")).toMatchObject({ leasableAreaHa: 320 });
    const trail = dataOf(
      await federation.query<{
        investment: { auditTrail: Array<{ action: string; entityKey: string; actor: unknown }> };
      }>(TRAIL),
    ).investment.auditTrail;
    expect(trail.map((entry) => [entry.action, entry.entityKey, entry.actor])).toEqual([
      ["industrialPark.update", "TIEN_THANH", { name: "Nguyễn Văn A", agency: "BQLKKT" }],
      ["industrialPark.create", "TIEN_THANH", { name: "Nguyễn Văn A", agency: "BQLKKT" }],
    ]);
  });

  it.each([
    ["an editor of KHDT", { subject: "t:khdt", agency: "KHDT", roles: ["editor" as const], name: "Trần Thị B" }],
    ["a viewer of BQLKKT", { subject: "t:viewer", agency: "BQLKKT", roles: ["viewer" as const], name: "Lê Văn C" }],
    ["the committee", { subject: "t:committee", roles: ["committee" as const], name: "Ban chỉ đạo" }],
  ])("refuses %s with FORBIDDEN and changes nothing", async (_who, claims) => {
    const before = await parks();

    const refused = await record({ ...TIEN_THANH, code: "NOMURA", name: "Đổi tên" }, claims);

    expect(refused.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    expect(refused.errors?.[0]?.extensions).not.toHaveProperty("clientSafe");
    expect(await parks()).toEqual(before);
  });

  it("refuses a leasable area above the total with BAD_USER_INPUT, naming the field", async () => {
    const refused = await record(
      { ...TIEN_THANH, leasableAreaHa: 500 },
      { subject: "t:bqlkkt", agency: "BQLKKT", roles: ["editor"], name: "Nguyễn Văn A" },
    );

    expect(refused.errors?.map((error) => [error.extensions?.["code"], error.extensions?.["details"]])).toEqual([
      ["BAD_USER_INPUT", { field: "leasableAreaHa" }],
    ]);
  });

  const cells = async (indicator: string) =>
    dataOf(
      await federation.query<{ indicator: { series: Array<{ breakdown: Cell[] }> } }>(CELLS(indicator)),
    ).indicator.series.flatMap((row) => row.breakdown);

  it("links a park cell of investment's figures to its park, and no other cell", async () => {
    const recorded = new Map((await parks()).map((park) => [park.code, park]));

    const parkCells = await cells("PARK_AREA_HA");
    const originCells = await cells("INDUSTRIAL_PROJECTS_ATTRACTED");

    expect(parkCells.length).toBeGreaterThan(0);
    for (const cell of parkCells) {
      const park = recorded.get(cell.code)!;
      expect(cell.industrialPark).toEqual({ code: cell.code, name: park.name, leasableAreaHa: park.leasableAreaHa });
    }
    expect(originCells.length).toBeGreaterThan(0);
    expect(originCells.every((cell) => cell.dimension === "ORIGIN" && cell.industrialPark === null)).toBe(true);
  });

  it("loads every linked park of a request in one SQL statement, however many park cells", async () => {
    // Computed now (not from the response cache), over every year: many cells, many parks.
    const statements = async (park: string) =>
      sqlStatementsOf(
        await federation.query(
          `{ indicator(code: "PARK_AREA_HA") { series { breakdown { code ${park} } } } }`,
          undefined,
          NO_CACHE,
        ),
      )["investment"];

    const without = await statements("");
    const linked = await statements("industrialPark { name leasableAreaHa }");

    expect(linked).toBe(without + 1);
  });

  it("links environment's monitored areas to investment's parks; a cluster without a park record gives null", async () => {
    const recorded = new Map((await parks()).map((park) => [park.code, park]));

    const areaCells = await cells("ENV_MONITORING_CAMPAIGNS");

    const linked = areaCells.filter((cell) => recorded.has(cell.code));
    const unlinked = areaCells.filter((cell) => !recorded.has(cell.code));
    expect(linked.map((cell) => cell.industrialPark)).toEqual(
      linked.map((cell) => ({
        code: cell.code,
        name: recorded.get(cell.code)!.name,
        leasableAreaHa: recorded.get(cell.code)!.leasableAreaHa,
      })),
    );
    expect(linked.map((cell) => cell.code)).toContain("TRANG_DUE");
    expect(unlinked.map((cell) => cell.code)).toContain("OTHER_HIGH_RISK_AREA");
    expect(unlinked.every((cell) => cell.dimension === "INDUSTRIAL_AREA" && cell.industrialPark === null)).toBe(true);
  });
});
