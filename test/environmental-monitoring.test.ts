import { Readable } from "node:stream";

import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { TokenClaims } from "@hpig/tools";

import { AUDIT_ENTRY_FIELDS, type AuditEntryView } from "./testkit/audit";
import { NO_CACHE } from "./testkit/cache";
import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { sqlStatementsOf } from "./testkit/progress";

// Environmental monitoring (issue 12): TNMT's stations, QCVN limits and samples, the samples upload
// through the gateway, and the series and exceedances computed in SQL, checked against values
// computed here from the rows this test uploads.

const TNMT_EDITOR: TokenClaims = { subject: "t:tnmt", agency: "TNMT", roles: ["editor"], name: "Trần Văn Quan Trắc" };
const REFUSED: Array<[string, TokenClaims]> = [
  ["a viewer of TNMT", { subject: "t:tnmt-viewer", agency: "TNMT", roles: ["viewer"], name: "Lê Thị Xem" }],
  ["an editor of KHDT", { subject: "t:khdt", agency: "KHDT", roles: ["editor"], name: "Phạm Văn Khác" }],
  ["the committee", { subject: "t:committee", roles: ["committee"], name: "Ban chỉ đạo" }],
];

const HOUR = 3600;
/** From 2013-12-20 00:00 UTC: 1,300 hours, across 2014-01-01, when QCVN 05:2013 raised O3's limit from 180 to 200. */
const FIRST = Date.UTC(2013, 11, 20) / 1000;
const HOURS = 1_300;
/** 00:00 of 2014-01-01 in Viet Nam, in seconds since 1970 UTC: QCVN 05:2013/BTNMT in force. */
const QCVN_05_2013 = Date.UTC(2014, 0, 1) / 1000 - 7 * HOUR;
/** The regulations' 1-hour limits (µg/m³), as the test knows them, not as the code under test stores them. */
const LIMIT: Record<string, (time: number) => number> = {
  AIR_O3: (time) => (time < QCVN_05_2013 ? 180 : 200),
  AIR_SO2: () => 350,
};

interface Row {
  station: string;
  parameter: string;
  time: number;
  value: number;
  belowDetection: boolean;
}

/** Deterministic values: mostly under the limit, one in nine over it; every 50th hour below detection. */
function hourlyRows(station: string, parameter: string, base: number, seed: number): Row[] {
  return Array.from({ length: HOURS }, (_, hour) => {
    const swing = ((hour * 7919 + seed * 104_729) % 1000) / 1000;
    const over = (hour + seed) % 9 === 0;
    const belowDetection = hour % 50 === 25;
    const value = belowDetection ? 5 : Math.round(base * (over ? 1.05 + swing : 0.3 + 0.6 * swing) * 1000) / 1000;
    return { station, parameter, time: FIRST + hour * HOUR, value, belowDetection };
  });
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();
/** The same instant written in Viet Nam time, as a station logger may. */
const vietnamTime = (seconds: number) => `${new Date((seconds + 7 * HOUR) * 1000).toISOString().slice(0, 19)}+07:00`;

function csv(rows: readonly Row[], header = "station,parameter,time,value,belowDetection"): string {
  return [
    header,
    ...rows.map(
      (row, index) =>
        `${row.station},${row.parameter},${index % 2 ? iso(row.time) : vietnamTime(row.time)},${row.value},${row.belowDetection ? "true" : ""}`,
    ),
  ].join("\n");
}

/** 1 when a value breaks its limit: above the maximum, unless below detection. */
const exceeds = (row: Row) => (!row.belowDetection && row.value > LIMIT[row.parameter](row.time) ? 1 : 0);

interface Bucket {
  time: string;
  value: number;
  max: number;
  count: number;
  exceeds: number;
}

/** The expected buckets, computed here: UTC hours, days or calendar months. */
function buckets(rows: readonly Row[], bucketOf: (time: number) => number): Bucket[] {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const key = bucketOf(row.time);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, members]) => ({
      time: iso(start),
      value: members.reduce((sum, row) => sum + row.value, 0) / members.length,
      max: Math.max(...members.map((row) => row.value)),
      count: members.length,
      exceeds: members.reduce((sum, row) => sum + exceeds(row), 0),
    }));
}
const utcDay = (time: number) => time - (time % 86_400);
const utcMonth = (time: number) => {
  const date = new Date(time * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000;
};

const SERIES = `query ($code: String!, $parameter: String!, $from: DateTimeISO!, $to: DateTimeISO!, $aggregate: MonitoringAggregate) {
  environment { station(code: $code) { code samples(parameter: $parameter, from: $from, to: $to, aggregate: $aggregate) { time value max count exceeds belowDetection } } }
}`;
const STATION = `mutation ($input: MonitoringStationInput!) { environment { recordMonitoringStation(input: $input) { code medium automatic } } }`;
const CAMPAIGN = `mutation ($input: MonitoringCampaignInput!) { environment { recordMonitoringCampaign(input: $input) { code startsOn endsOn stations { code } } } }`;

describe(`environmental monitoring: stations, limits, the samples upload and aggregates (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let uploadUrl: string;
  let editor: Record<string, string>;
  const rows = [
    ...hourlyRows("TEST_AIR_1", "AIR_O3", 175, 1),
    ...hourlyRows("TEST_AIR_1", "AIR_SO2", 300, 2),
    ...hourlyRows("TEST_AIR_2", "AIR_O3", 170, 3),
    ...hourlyRows("TEST_AIR_2", "AIR_SO2", 250, 4),
  ];

  const upload = async (body: string, query = "", headers = editor) => {
    const response = await fetch(`${uploadUrl}${query}`, {
      method: "POST",
      headers: { "content-type": "text/csv", ...headers },
      // Streamed, as a large file is: the gateway passes it on as it arrives.
      body: Readable.toWeb(Readable.from(body.match(/[\s\S]{1,65536}/g) ?? [])),
      duplex: "half",
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const stored = async (sql: string, parameters: unknown[] = []) => {
    const db = await federation.openDatabase("environment");
    try {
      return await db.query<Array<Record<string, unknown>>>(sql, parameters);
    } finally {
      await db.destroy();
    }
  };
  const sampleCount = async () => Number((await stored("SELECT COUNT(*) AS n FROM monitoring_sample"))[0]["n"]);
  const uploadsAudited = async () =>
    dataOf(
      await federation.query<{ environment: { auditTrail: AuditEntryView[] } }>(
        `{ environment { auditTrail(filter: { entityType: "MonitoringSampleUpload" }) { ${AUDIT_ENTRY_FIELDS} } } }`,
        undefined,
        NO_CACHE,
      ),
    ).environment.auditTrail;
  const series = async (code: string, parameter: string, from: number, to: number, aggregate: string | null) =>
    dataOf(
      await federation.query<{
        environment: { station: { samples: Array<Bucket & { belowDetection: boolean | null }> } };
      }>(SERIES, { code, parameter, from: iso(from), to: iso(to), aggregate }),
    ).environment.station.samples;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: ["investment", "environment"] });
    uploadUrl = new URL("/records/environment/samples/upload", federation.gatewayUrl).toString();
    editor = await federation.as(TNMT_EDITOR);
    const station = (code: string, medium: string, automatic: boolean, park: string | null, area: string | null) =>
      federation.query(
        STATION,
        {
          input: {
            code,
            name: `Trạm thử ${code}`,
            medium,
            latitude: 20.85,
            longitude: 106.7,
            address: "Hải Phòng",
            park,
            area,
            automatic,
          },
        },
        editor,
      );
    for (const result of [
      await station("TEST_AIR_1", "AIR", true, "DINH_VU", "DINH_VU"),
      await station("TEST_AIR_2", "AIR", true, null, "CCN_VINH_NIEM"),
      await station("TEST_WW_1", "WASTEWATER", false, "NOMURA", "NOMURA"),
      await federation.query(
        CAMPAIGN,
        {
          input: {
            code: "TEST-2015-Q2",
            name: "Đợt quan trắc thử",
            startsOn: "2015-05-10",
            endsOn: "2015-05-14",
            stations: ["TEST_WW_1"],
          },
        },
        editor,
      ),
    ]) {
      dataOf(result);
    }
  });
  afterAll(() => federation?.stop());

  it("refuses a file with bad rows, listing each (line, column, message), and writes nothing", async () => {
    const good = rows.slice(0, 3);
    const file = [
      csv(good),
      "NO_SUCH_STATION,AIR_O3,2014-01-05T00:00:00Z,12,",
      "TEST_AIR_1,WW_COD,2014-01-05T01:00:00Z,12,",
      "TEST_AIR_1,AIR_O3,2014-01-05T02:00:00,12,",
      'TEST_AIR_1,AIR_O3,2014-01-05T03:00:00Z,"1,5",',
      "TEST_AIR_1,AIR_O3,2999-01-05T03:00:00Z,1,maybe",
      `${good[0].station},${good[0].parameter},${iso(good[0].time)},1,`,
      "TEST_WW_1,WW_COD,2014-01-05T04:00:00Z,80,",
      "TEST_AIR_1,AIR_O3",
    ].join("\n");

    const refused = await upload(file);

    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: "INVALID_ROWS", rows: 11, problemCount: 9 });
    const problems = refused.body["problems"] as Array<{ line: number; column: string | null; message: string }>;
    expect(problems.map((problem) => [problem.line, problem.column])).toEqual([
      [5, "station"],
      [6, "parameter"],
      [7, "time"],
      [8, "value"],
      [9, "time"],
      [9, "belowDetection"],
      [10, null],
      [11, "station"],
      [12, null],
    ]);
    expect(problems[6].message).toMatch(/Line 2 has the same station, parameter and time/);
    expect(problems[7].message).toMatch(/campaign=<code>/);
    expect(await sampleCount()).toBe(0);
    expect(await uploadsAudited()).toEqual([]);
  });

  it.each(REFUSED)("refuses an upload by %s (403), and writes nothing", async (_who, claims) => {
    const refused = await upload(csv(rows.slice(0, 10)), "", await federation.as(claims));

    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: "FORBIDDEN" });
    expect(refused.body["message"]).toMatch(/Only an editor of TNMT/);
    expect(await sampleCount()).toBe(0);
  });

  it("refuses an anonymous upload (401)", async () => {
    const refused = await upload(csv(rows.slice(0, 10)), "", {});

    expect(refused.status).toBe(401);
    expect(await sampleCount()).toBe(0);
  });

  it("refuses a file that is not the samples CSV (400), and a dryRun that is not true or false", async () => {
    expect(await upload("station;parameter;time;value\nA;B;C;D")).toMatchObject({
      status: 400,
      body: { error: "INVALID_CSV" },
    });
    expect(await upload("")).toMatchObject({ status: 400, body: { error: "INVALID_CSV" } });
    expect(await upload(csv(rows.slice(0, 2)), "?dryRun=yes")).toMatchObject({
      status: 400,
      body: { error: "BAD_USER_INPUT" },
    });
    expect(await upload(csv(rows.slice(0, 2)), "?campaign=NOPE")).toMatchObject({ status: 400 });
    expect(await sampleCount()).toBe(0);
  });

  it("counts a dry run of a file larger than one batch without writing it", async () => {
    const dry = await upload(csv(rows), "?dryRun=true");

    expect(dry).toEqual({
      status: 200,
      body: {
        dryRun: true,
        rows: rows.length,
        created: rows.length,
        unchanged: 0,
        revised: 0,
        batches: 2,
        batchSize: 5000,
        stations: ["TEST_AIR_1", "TEST_AIR_2"],
      },
    });
    expect(await sampleCount()).toBe(0);
  });

  it("writes the file in batches with one audit entry, and the same file again changes nothing", async () => {
    const first = await upload(csv(rows));
    const again = await upload(csv(rows));

    expect(first.body).toMatchObject({ dryRun: false, rows: rows.length, created: rows.length, batches: 2 });
    expect(again.body).toMatchObject({ rows: rows.length, created: 0, unchanged: rows.length, revised: 0 });
    expect(await sampleCount()).toBe(rows.length);
    const trail = await uploadsAudited();
    expect(trail.map((entry) => [entry.action, entry.actor.agency, entry.after])).toEqual([
      [
        "monitoringSamples.upload",
        "TNMT",
        { rows: rows.length, campaign: null, batchesWritten: 2, created: rows.length, revised: 0, unchanged: 0 },
      ],
    ]);
  });

  it("gives the values as taken, and UTC hour, day and month buckets, as computed from the rows", async () => {
    const from = FIRST + 100 * HOUR;
    const to = FIRST + 1_100 * HOUR;
    for (const [code, parameter] of [
      ["TEST_AIR_1", "AIR_O3"],
      ["TEST_AIR_2", "AIR_SO2"],
    ]) {
      const mine = rows.filter(
        (row) => row.station === code && row.parameter === parameter && row.time >= from && row.time < to,
      );
      const close = (actual: Bucket[], expected: Bucket[]) => {
        expect(actual.map(({ time, max, count, exceeds }) => ({ time, max, count, exceeds }))).toEqual(
          expected.map(({ time, max, count, exceeds }) => ({ time, max, count, exceeds })),
        );
        actual.forEach((bucket, index) => expect(bucket.value).toBeCloseTo(expected[index].value, 6));
      };

      const raw = await series(code, parameter, from, to, null);
      expect(raw.map((value) => [value.time, value.value, value.exceeds, value.belowDetection])).toEqual(
        mine.map((row) => [iso(row.time), row.value, exceeds(row), row.belowDetection]),
      );
      close(
        await series(code, parameter, from, to, "HOUR"),
        buckets(mine, (time) => time - (time % HOUR)),
      );
      close(await series(code, parameter, from, to, "DAY"), buckets(mine, utcDay));
      close(await series(code, parameter, from, to, "MONTH"), buckets(mine, utcMonth));
    }
  });

  it("judges each value by the limit in force when it was taken (O3: 180 µg/m³ before 2014-01-01 in Viet Nam, 200 after)", async () => {
    const o3 = rows.filter((row) => row.station === "TEST_AIR_1" && row.parameter === "AIR_O3");
    const between = o3.filter((row) => !row.belowDetection && row.value > 180 && row.value <= 200);
    expect(between.some((row) => row.time < QCVN_05_2013)).toBe(true);
    expect(between.some((row) => row.time >= QCVN_05_2013)).toBe(true);

    const values = await series("TEST_AIR_1", "AIR_O3", FIRST, FIRST + 300 * 24 * HOUR, null);

    const byTime = new Map(values.map((value) => [value.time, value.exceeds]));
    for (const row of between)
      expect([iso(row.time), byTime.get(iso(row.time))]).toEqual([iso(row.time), row.time < QCVN_05_2013 ? 1 : 0]);
    const limits = dataOf(
      await federation.query<{
        environment: { parameters: Array<{ code: string; limits: Array<Record<string, unknown>> }> };
      }>(`{ environment { parameters(medium: AIR) { code unit limits { validFrom min max standard source } } } }`),
    ).environment.parameters.find((parameter) => parameter.code === "AIR_O3")!.limits;
    expect(limits.map((limit) => [limit.validFrom, limit.max, limit.standard])).toEqual([
      ["2010-01-01", 180, "QCVN 05:2009/BTNMT"],
      ["2014-01-01", 200, "QCVN 05:2013/BTNMT"],
    ]);
  });

  it("lists each station's exceedances in a period, by parameter, as counted from the rows", async () => {
    const from = FIRST;
    const to = FIRST + HOURS * HOUR;
    const result = dataOf(
      await federation.query<{
        environment: {
          stations: Array<{
            code: string;
            park: { code: string } | null;
            exceedances: Array<{
              parameter: { code: string };
              samples: number;
              exceeding: number;
              max: number;
              firstExceedingAt: string;
            }>;
          }>;
        };
      }>(
        `query ($from: DateTimeISO!, $to: DateTimeISO!) { environment { stations(medium: AIR) { code park { code } exceedances(from: $from, to: $to) { parameter { code } samples exceeding max firstExceedingAt } } } }`,
        { from: iso(from), to: iso(to) },
      ),
    ).environment.stations;

    expect(result.map((station) => [station.code, station.park?.code ?? null])).toEqual([
      ["TEST_AIR_1", "DINH_VU"],
      ["TEST_AIR_2", null],
    ]);
    for (const station of result) {
      const expected = ["AIR_O3", "AIR_SO2"]
        .map((parameter) => {
          const mine = rows.filter((row) => row.station === station.code && row.parameter === parameter);
          const over = mine.filter((row) => exceeds(row) === 1);
          return {
            parameter: { code: parameter },
            samples: mine.length,
            exceeding: over.length,
            max: Math.max(...mine.map((row) => row.value)),
            firstExceedingAt: over.length > 0 ? iso(over[0].time) : null,
          };
        })
        .filter((row) => row.exceeding > 0)
        .sort((a, b) => a.parameter.code.localeCompare(b.parameter.code));
      expect([...station.exceedances].sort((a, b) => a.parameter.code.localeCompare(b.parameter.code))).toEqual(
        expected,
      );
    }
  });

  it("reads a list of stations with their samples and exceedances in as many statements as one station", async () => {
    const query = (filter: string) =>
      federation.query(
        `{ environment { stations${filter} { code park { code } samples(parameter: "AIR_O3", from: "${iso(FIRST)}", to: "${iso(FIRST + 40 * 86_400)}", aggregate: DAY) { time value count exceeds max }
           exceedances(from: "${iso(FIRST)}", to: "${iso(FIRST + 40 * 86_400)}") { parameter { code limits { max } } exceeding } } } }`,
        undefined,
        NO_CACHE,
      );

    const one = await query('(area: "DINH_VU")');
    const all = await query("");

    expect(dataOf(one).environment).toMatchObject({ stations: [{ code: "TEST_AIR_1" }] });
    expect((dataOf(all).environment as { stations: unknown[] }).stations).toHaveLength(3);
    expect(sqlStatementsOf(all)["environment"]).toBe(sqlStatementsOf(one)["environment"]);
    // Stations, parameters, the series, the exceedances, the limits: one statement each.
    expect(sqlStatementsOf(all)["environment"]).toBeLessThanOrEqual(5);
  });

  it("replaces a corrected value, keeping the one it replaces as a revision, and audits the upload", async () => {
    const corrected = { ...rows[10], value: rows[10].value + 1 };

    const result = await upload(csv([corrected, rows[11]]));

    expect(result.body).toMatchObject({ rows: 2, created: 0, unchanged: 1, revised: 1 });
    const [current] = await stored(
      "SELECT s.value FROM monitoring_sample s JOIN monitoring_station st ON st.id = s.station_id WHERE st.code = ? AND s.taken_at = ? AND s.parameter_id = (SELECT id FROM monitoring_parameter WHERE code = ?)",
      [corrected.station, corrected.time, corrected.parameter],
    );
    expect(Number(current["value"])).toBe(corrected.value);
    const revisions = await stored("SELECT value, taken_at FROM monitoring_sample_revision");
    expect(revisions.map((row) => [Number(row["value"]), Number(row["taken_at"])])).toEqual([
      [rows[10].value, rows[10].time],
    ]);
    expect((await uploadsAudited())[0].after).toMatchObject({ rows: 2, created: 0, revised: 1, unchanged: 1 });
  });

  it("takes a campaign's samples with campaign=<code>, for its stations and within its dates only", async () => {
    const taken = Date.UTC(2015, 4, 11, 2) / 1000;
    const file = [
      "station,parameter,time,value",
      `TEST_WW_1,WW_COD,${iso(taken)},180`,
      `TEST_WW_1,WW_PH,${iso(taken)},7.1`,
    ].join("\n");
    const outside = ["station,parameter,time,value", `TEST_WW_1,WW_COD,${iso(taken + 10 * 86_400)},180`].join("\n");

    const refused = await upload(outside, "?campaign=TEST-2015-Q2");
    const accepted = await upload(file, "?campaign=TEST-2015-Q2");

    expect(refused.status).toBe(422);
    expect((refused.body["problems"] as Array<{ column: string }>)[0]).toMatchObject({ line: 2, column: "time" });
    expect(accepted.body).toMatchObject({ created: 2 });
    const campaigns = dataOf(
      await federation.query<{
        environment: { campaigns: Array<{ code: string; stations: Array<{ code: string }> }> };
      }>("{ environment { campaigns(year: 2015) { code stations { code } } } }"),
    ).environment.campaigns;
    expect(campaigns).toEqual([{ code: "TEST-2015-Q2", stations: [{ code: "TEST_WW_1" }] }]);
  });

  it("refuses stations and campaigns from anyone but TNMT's editors, and bad input naming the field", async () => {
    const input = {
      code: "TEST_X",
      name: "Trạm X",
      medium: "AIR",
      latitude: 20.85,
      longitude: 106.7,
      address: "Hải Phòng",
      automatic: true,
    };
    for (const [, claims] of REFUSED) {
      const refused = await federation.query(STATION, { input }, await federation.as(claims));
      expect(refused.errors?.map((error) => error.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    }
    const badInput = async (
      change: Record<string, unknown>,
      mutation = STATION,
      base: Record<string, unknown> = input,
    ) =>
      (await federation.query(mutation, { input: { ...base, ...change } }, editor)).errors?.map((error) => [
        error.extensions?.["code"],
        (error.extensions?.["details"] as { field?: string } | undefined)?.field,
      ]);
    expect(await badInput({ latitude: 48.8 })).toEqual([["BAD_USER_INPUT", "latitude"]]);
    expect(await badInput({ code: "bad code" })).toEqual([["BAD_USER_INPUT", "code"]]);
    expect(await badInput({ park: "NOWHERE" })).toEqual([["BAD_USER_INPUT", "park"]]);
    expect(await badInput({ name: " " })).toEqual([["BAD_USER_INPUT", "name"]]);
    const campaign = {
      code: "TEST-X",
      name: "Đợt X",
      startsOn: "2016-05-10",
      endsOn: "2016-05-12",
      stations: ["TEST_WW_1"],
    };
    expect(await badInput({ endsOn: "2016-05-01" }, CAMPAIGN, campaign)).toEqual([["BAD_USER_INPUT", "endsOn"]]);
    expect(await badInput({ stations: ["TEST_AIR_1"] }, CAMPAIGN, campaign)).toEqual([["BAD_USER_INPUT", "stations"]]);
    expect(await badInput({ stations: [] }, CAMPAIGN, campaign)).toEqual([["BAD_USER_INPUT", "stations"]]);
    const stations = dataOf(
      await federation.query<{ environment: { stations: Array<{ code: string }> } }>(
        "{ environment { stations { code } } }",
      ),
    );
    expect(stations.environment.stations.map((station) => station.code)).toEqual([
      "TEST_AIR_1",
      "TEST_AIR_2",
      "TEST_WW_1",
    ]);
  });

  it("refuses a series of an unknown parameter, an empty period and one too long for its aggregate", async () => {
    const codes = async (parameter: string, from: number, to: number, aggregate: string | null) =>
      (
        await federation.query(SERIES, { code: "TEST_AIR_1", parameter, from: iso(from), to: iso(to), aggregate })
      ).errors?.map((error) => [
        error.extensions?.["code"],
        (error.extensions?.["details"] as { field?: string } | undefined)?.field,
      ]);

    expect(await codes("AIR_XYZ", FIRST, FIRST + HOUR, null)).toEqual([["BAD_USER_INPUT", "parameter"]]);
    expect(await codes("AIR_O3", FIRST, FIRST, "DAY")).toEqual([["BAD_USER_INPUT", "to"]]);
    expect(await codes("AIR_O3", FIRST, FIRST + 400 * 86_400, "HOUR")).toEqual([["BAD_USER_INPUT", "to"]]);
  });
});
