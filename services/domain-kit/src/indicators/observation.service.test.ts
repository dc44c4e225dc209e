import "reflect-metadata";

import { AuditEntry, auditHistoryLoader, type AuditWriter, type Role } from "@hpig/kit";
import { openTestDataSource, TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";

import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { IndicatorReference } from "../registry/indicator-reference.entity";
import { type CodeList, type IndicatorDefinition, ObservationPeriodType, ValueType } from "./indicator-definition";
import { Observation } from "./observation.entity";
import type { ObservationInput, SubmitObservationsInput } from "./observation.input";
import { recordObservations as recordAs } from "./observation.service";
import { ObservationErrorCode, type ObservationProblem } from "./observation-errors";
import type { IndicatorCatalogue } from "./observation-rules";
import { ObservationStatus } from "./observation-status";

const PARKS: CodeList = {
  code: "INDUSTRIAL_PARK",
  name: "Khu công nghiệp",
  nameEn: "Industrial park",
  source: "test",
  entries: [
    { code: "NOMURA", name: "KCN Nomura - Hải Phòng", nameEn: "Nomura - Hai Phong IP" },
    { code: "DINH_VU", name: "KCN Đình Vũ", nameEn: "Dinh Vu IP" },
  ],
};

const DEFINITIONS: IndicatorDefinition[] = [
  {
    code: "IIP",
    unit: "%",
    valueType: ValueType.INDEX,
    periodTypes: [ObservationPeriodType.YEAR, ObservationPeriodType.MONTH],
    dimensions: [],
  },
  {
    code: "GROWTH",
    unit: "%",
    valueType: ValueType.PERCENT,
    periodTypes: [ObservationPeriodType.YEAR],
    dimensions: [],
    allowNegative: true,
  },
  { code: "SHARE", unit: "%", valueType: ValueType.PERCENT, periodTypes: [ObservationPeriodType.YEAR], dimensions: [] },
  {
    code: "PROJECTS",
    unit: "dự án",
    valueType: ValueType.COUNT,
    periodTypes: [ObservationPeriodType.YEAR],
    dimensions: [],
  },
  {
    code: "PARK_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [ObservationPeriodType.YEAR],
    dimensions: ["INDUSTRIAL_PARK"],
  },
  {
    code: "PARK_OCCUPIED_AREA_HA",
    unit: "ha",
    valueType: ValueType.AREA_HA,
    periodTypes: [ObservationPeriodType.YEAR],
    dimensions: ["INDUSTRIAL_PARK"],
    crossChecks: [{ atMost: "PARK_AREA_HA", reason: "occupied area cannot exceed the park's area" }],
  },
  {
    code: "PARK_OCCUPANCY_RATE",
    unit: "%",
    valueType: ValueType.PERCENT,
    periodTypes: [ObservationPeriodType.YEAR],
    dimensions: ["INDUSTRIAL_PARK"],
    max: 100,
  },
];

const catalogue: IndicatorCatalogue = {
  definitions: new Map(DEFINITIONS.map((d) => [d.code, d])),
  codeLists: new Map([[PARKS.code, PARKS]]),
};

const NOW = new Date("2016-03-01T03:00:00.000Z");

/** A signed-in caller in one request. */
function caller(roles: Role[], agency: string | null, name = `Cán bộ ${agency ?? roles[0]}`): AuditWriter {
  return {
    principal: { subject: `${agency ?? roles[0]}-1`.toLowerCase(), name, agency, roles },
    requestId: "req-test",
  };
}
const editorOf = (agency: string) => caller(["editor"], agency);

/**
 * Which unit reports which indicator (the domain's copy of the plan's catalogue). The rules below
 * are one unit's, THONGKE's, whose editor sends them; the rights use the real split, further down.
 */
const ONE_UNIT = DEFINITIONS.map((d, index) => ({ code: d.code, agencyCode: "THONGKE", position: index + 1 }));
const statistician = caller(["editor"], "THONGKE", "Phạm Thị Dung");

/** The service as THONGKE's editor calls it, unless another caller is given. */
const recordObservations = (
  db: DataSource,
  catalogue: IndicatorCatalogue,
  input: SubmitObservationsInput,
  now: Date,
  writer: AuditWriter = statistician,
) => recordAs(db, catalogue, input, now, writer);

function figure(
  input: Partial<ObservationInput> & Pick<ObservationInput, "indicatorCode" | "value">,
): ObservationInput {
  return {
    period: "2015",
    status: ObservationStatus.OFFICIAL,
    breakdown: null,
    source: null,
    comment: null,
    ...input,
  };
}

function submission(observations: ObservationInput[], dryRun = false): SubmitObservationsInput {
  return { observations, dryRun };
}

const park = (code: string) => [{ dimension: "INDUSTRIAL_PARK", code }];

describe(`recording figures (${TEST_DATABASE_KIND})`, () => {
  let db: DataSource;
  let close: () => Promise<void>;
  const rows = () => db.getRepository(Observation).find({ order: { id: "ASC" } });

  beforeEach(async () => {
    ({ db, close } = await openTestDataSource({
      name: "observations",
      entities: REPORTING_ENTITIES,
      migrations: reportingMigrations,
    }));
    await db.getRepository(IndicatorReference).insert(ONE_UNIT);
  });
  afterEach(async () => {
    await close?.();
  });

  it("records each figure as revision 1 of its cell, with its period and breakdown", async () => {
    const result = await recordObservations(
      db,
      catalogue,
      submission([
        figure({ indicatorCode: "IIP", value: 114.5 }),
        figure({ indicatorCode: "PARK_AREA_HA", value: 153, breakdown: park("NOMURA") }),
      ]),
      NOW,
    );

    expect(result).toMatchObject({ dryRun: false, received: 2, created: 2, revised: 0, unchanged: 0, warnings: [] });
    expect(
      (await rows()).map((r) => [
        r.indicatorCode,
        r.period,
        r.periodType,
        r.periodEnd,
        r.breakdownKey,
        r.value,
        r.revision,
      ]),
    ).toEqual([
      ["IIP", "2015", ObservationPeriodType.YEAR, "2015-12-31", "", 114.5, 1],
      ["PARK_AREA_HA", "2015", ObservationPeriodType.YEAR, "2015-12-31", "INDUSTRIAL_PARK=NOMURA", 153, 1],
    ]);
  });

  it("keeps the estimate when the official figure comes: a new revision, the old one untouched", async () => {
    await recordObservations(
      db,
      catalogue,
      submission([figure({ indicatorCode: "IIP", value: 113, status: ObservationStatus.ESTIMATE })]),
      NOW,
    );

    const result = await recordObservations(
      db,
      catalogue,
      submission([figure({ indicatorCode: "IIP", value: 114.5 })]),
      NOW,
    );

    expect(result).toMatchObject({ created: 0, revised: 1 });
    expect((await rows()).map((r) => [r.revision, r.value, r.status])).toEqual([
      [1, 113, ObservationStatus.ESTIMATE],
      [2, 114.5, ObservationStatus.OFFICIAL],
    ]);
  });

  it("records nothing when the same figures are sent again", async () => {
    const figures = [
      figure({ indicatorCode: "IIP", value: 114.5, source: "Niên giám 2015" }),
      figure({ indicatorCode: "PROJECTS", value: 12 }),
    ];
    await recordObservations(db, catalogue, submission(figures), NOW);
    const before = await rows();

    const again = await recordObservations(db, catalogue, submission(figures), NOW);

    expect(again).toMatchObject({ created: 0, revised: 0, unchanged: 2, observations: [] });
    expect(await rows()).toEqual(before);
  });

  it("writes nothing in a dry run, and says what it would do", async () => {
    const result = await recordObservations(
      db,
      catalogue,
      submission([figure({ indicatorCode: "IIP", value: 114.5 })], true),
      NOW,
    );

    expect(result).toMatchObject({ dryRun: true, created: 1 });
    expect(result.observations).toHaveLength(1);
    expect(await rows()).toEqual([]);
  });

  it.each<[string, ObservationInput, ObservationProblem["code"], string]>([
    [
      "an indicator of another domain",
      figure({ indicatorCode: "NET_REVENUE", value: 1 }),
      ObservationErrorCode.UnknownIndicator,
      "indicatorCode",
    ],
    [
      "a malformed period",
      figure({ indicatorCode: "IIP", value: 110, period: "2015-13" }),
      ObservationErrorCode.InvalidPeriod,
      "period",
    ],
    [
      "a quarter for a yearly and monthly indicator",
      figure({ indicatorCode: "IIP", value: 110, period: "2015-Q3" }),
      ObservationErrorCode.PeriodTypeNotAllowed,
      "period",
    ],
    [
      "a period that has not begun",
      figure({ indicatorCode: "IIP", value: 110, period: "2017" }),
      ObservationErrorCode.PeriodInFuture,
      "period",
    ],
    [
      "a dimension the indicator does not have",
      figure({ indicatorCode: "IIP", value: 110, breakdown: park("NOMURA") }),
      ObservationErrorCode.UnknownDimension,
      "breakdown.INDUSTRIAL_PARK",
    ],
    [
      "a code outside the code list",
      figure({ indicatorCode: "PARK_AREA_HA", value: 1, breakdown: park("ATLANTIS") }),
      ObservationErrorCode.UnknownCode,
      "breakdown.INDUSTRIAL_PARK",
    ],
    ["a share above 100%", figure({ indicatorCode: "SHARE", value: 100.5 }), ObservationErrorCode.OutOfRange, "value"],
    ["a negative share", figure({ indicatorCode: "SHARE", value: -1 }), ObservationErrorCode.OutOfRange, "value"],
    [
      "a growth rate below -100%",
      figure({ indicatorCode: "GROWTH", value: -101 }),
      ObservationErrorCode.OutOfRange,
      "value",
    ],
    [
      "an occupancy rate above 100%",
      figure({ indicatorCode: "PARK_OCCUPANCY_RATE", value: 101, breakdown: park("NOMURA") }),
      ObservationErrorCode.OutOfRange,
      "value",
    ],
    [
      "a fractional count",
      figure({ indicatorCode: "PROJECTS", value: 2.5 }),
      ObservationErrorCode.NotWholeNumber,
      "value",
    ],
    ["a negative count", figure({ indicatorCode: "PROJECTS", value: -3 }), ObservationErrorCode.OutOfRange, "value"],
    [
      "a negative area",
      figure({ indicatorCode: "PARK_AREA_HA", value: -3, breakdown: park("NOMURA") }),
      ObservationErrorCode.OutOfRange,
      "value",
    ],
    ["an index of zero", figure({ indicatorCode: "IIP", value: 0 }), ObservationErrorCode.OutOfRange, "value"],
  ])("refuses %s, naming the field, and records nothing", async (_case, bad, code, field) => {
    const good = figure({ indicatorCode: "PROJECTS", value: 4 });

    const attempt = recordObservations(db, catalogue, submission([good, bad]), NOW);

    await expect(attempt).rejects.toMatchObject({
      extensions: {
        code: "INVALID_OBSERVATIONS",
        details: { problems: [expect.objectContaining({ index: 1, code, field })] },
      },
    });
    expect(await rows()).toEqual([]);
  });

  it("refuses the same cell twice in one submission", async () => {
    const attempt = recordObservations(
      db,
      catalogue,
      submission([figure({ indicatorCode: "IIP", value: 110 }), figure({ indicatorCode: "IIP", value: 111 })]),
      NOW,
    );

    await expect(attempt).rejects.toMatchObject({
      extensions: {
        details: { problems: [expect.objectContaining({ index: 1, code: ObservationErrorCode.DuplicateCell })] },
      },
    });
  });

  it("lists every bad figure of a submission, not only the first", async () => {
    const attempt = recordObservations(
      db,
      catalogue,
      submission([
        figure({ indicatorCode: "SHARE", value: 120 }),
        figure({ indicatorCode: "PROJECTS", value: 3 }),
        figure({ indicatorCode: "PROJECTS", value: 1, period: "x" }),
      ]),
      NOW,
    );

    await expect(attempt).rejects.toMatchObject({
      message: expect.stringMatching(/^2 of 3 figures are invalid; nothing was recorded/),
      extensions: {
        details: { problems: [expect.objectContaining({ index: 0 }), expect.objectContaining({ index: 2 })] },
      },
    });
  });

  describe("occupied area is at most the park's area (a cross-field rule)", () => {
    it("refuses occupied area above the area sent with it", async () => {
      const attempt = recordObservations(
        db,
        catalogue,
        submission([
          figure({ indicatorCode: "PARK_AREA_HA", value: 150, breakdown: park("NOMURA") }),
          figure({ indicatorCode: "PARK_OCCUPIED_AREA_HA", value: 151, breakdown: park("NOMURA") }),
        ]),
        NOW,
      );

      await expect(attempt).rejects.toMatchObject({
        extensions: {
          details: { problems: [expect.objectContaining({ index: 1, code: ObservationErrorCode.CrossCheckFailed })] },
        },
      });
      expect(await rows()).toEqual([]);
    });

    it("refuses occupied area above the area recorded earlier, and a new area below the recorded occupied area", async () => {
      await recordObservations(
        db,
        catalogue,
        submission([
          figure({ indicatorCode: "PARK_AREA_HA", value: 150, breakdown: park("NOMURA") }),
          figure({ indicatorCode: "PARK_OCCUPIED_AREA_HA", value: 120, breakdown: park("NOMURA") }),
        ]),
        NOW,
      );
      const before = await rows();

      const occupied = recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "PARK_OCCUPIED_AREA_HA", value: 160, breakdown: park("NOMURA") })]),
        NOW,
      );
      const area = recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "PARK_AREA_HA", value: 100, breakdown: park("NOMURA") })]),
        NOW,
      );

      await expect(occupied).rejects.toMatchObject({
        extensions: {
          details: { problems: [expect.objectContaining({ code: ObservationErrorCode.CrossCheckFailed })] },
        },
      });
      await expect(area).rejects.toMatchObject({
        extensions: {
          details: { problems: [expect.objectContaining({ code: ObservationErrorCode.CrossCheckFailed })] },
        },
      });
      expect(await rows()).toEqual(before);
    });

    it("compares cell by cell: another park's area does not bound this park", async () => {
      const result = await recordObservations(
        db,
        catalogue,
        submission([
          figure({ indicatorCode: "PARK_AREA_HA", value: 150, breakdown: park("NOMURA") }),
          figure({ indicatorCode: "PARK_OCCUPIED_AREA_HA", value: 300, breakdown: park("DINH_VU") }),
        ]),
        NOW,
      );

      expect(result.created).toBe(2);
    });
  });

  describe("the outlier flag", () => {
    const history = ["2011", "2012", "2013", "2014"].map((period, i) =>
      figure({ indicatorCode: "PROJECTS", period, value: [10, 12, 11, 13][i] }),
    );

    it("flags a value far outside the series' history, records it all the same, and warns", async () => {
      await recordObservations(db, catalogue, submission(history), NOW);

      const result = await recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "PROJECTS", value: 40 })]),
        NOW,
      );

      expect(result.created).toBe(1);
      expect(result.warnings).toEqual([
        { index: 0, code: "OUTLIER", message: expect.stringContaining("PROJECTS 2015: 40 is far outside") },
      ]);
      const stored = (await rows()).at(-1)!;
      expect([stored.value, stored.outlier, stored.outlierNote]).toEqual([
        40,
        true,
        expect.stringContaining("4 periods, 10–13"),
      ]);
    });

    it("does not flag a value within reach of the history, nor anything with too little history", async () => {
      await recordObservations(db, catalogue, submission(history.slice(0, 2)), NOW);
      const early = await recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "PROJECTS", period: "2013", value: 90 })]),
        NOW,
      );
      await recordObservations(db, catalogue, submission([history[3]]), NOW);

      const normal = await recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "PROJECTS", value: 14 })]),
        NOW,
      );

      expect(early.warnings).toEqual([]);
      expect(normal.warnings).toEqual([]);
    });
  });

  const auditEntries = () => db.getRepository(AuditEntry).find({ order: { id: "ASC" } });

  describe("rights: only an editor of the unit that reports an indicator submits its figures", () => {
    /** The real split: THONGKE reports IIP, GROWTH and SHARE, KHDT projects, BQLKKT the parks. */
    const UNITS: Record<string, string> = {
      IIP: "THONGKE",
      GROWTH: "THONGKE",
      SHARE: "THONGKE",
      PROJECTS: "KHDT",
      PARK_AREA_HA: "BQLKKT",
      PARK_OCCUPIED_AREA_HA: "BQLKKT",
    };
    beforeEach(async () => {
      await db.getRepository(IndicatorReference).clear();
      await db
        .getRepository(IndicatorReference)
        .insert(Object.entries(UNITS).map(([code, agencyCode], index) => ({ code, agencyCode, position: index + 1 })));
    });
    const parkFigures = [
      figure({ indicatorCode: "PARK_AREA_HA", value: 150, breakdown: park("NOMURA") }),
      figure({ indicatorCode: "PARK_OCCUPIED_AREA_HA", value: 120, breakdown: park("NOMURA") }),
    ];

    it("records BQLKKT's editor's park figures with the editor as reporter", async () => {
      const result = await recordObservations(
        db,
        catalogue,
        submission(parkFigures),
        NOW,
        caller(["editor"], "BQLKKT", "Lê Văn Cường"),
      );

      expect(result.created).toBe(2);
      expect((await rows()).map((r) => r.reporter)).toEqual(["Lê Văn Cường", "Lê Văn Cường"]);
    });

    it.each<[string, AuditWriter, string]>([
      ["the committee", caller(["committee"], null), "you are a member of the committee"],
      ["the standing office", caller(["standing-office"], "CT"), "you are on the standing office"],
      ["a viewer of BQLKKT", caller(["viewer"], "BQLKKT"), "you are a viewer of BQLKKT"],
      ["a service", caller(["service"], null), "you are a service"],
      ["an editor of KHDT", editorOf("KHDT"), "you are an editor of KHDT"],
      ["no one signed in", { principal: null, requestId: "req-test" }, "you are not signed in"],
    ])(
      "refuses park figures from %s with FORBIDDEN, even in a dry run, and writes nothing",
      async (_who, writer, phrase) => {
        for (const dryRun of [false, true]) {
          const attempt = recordObservations(db, catalogue, submission(parkFigures, dryRun), NOW, writer);

          await expect(attempt).rejects.toMatchObject({
            message: `Only an editor of BQLKKT may submit figures of PARK_AREA_HA, PARK_OCCUPIED_AREA_HA; ${phrase}. Nothing was recorded.`,
            extensions: {
              code: "FORBIDDEN",
              details: {
                needs: { role: "editor", agencies: ["BQLKKT"] },
                indicators: [
                  { indicator: "PARK_AREA_HA", reportedBy: "BQLKKT" },
                  { indicator: "PARK_OCCUPIED_AREA_HA", reportedBy: "BQLKKT" },
                ],
              },
            },
          });
        }
        expect([await rows(), await auditEntries()]).toEqual([[], []]);
      },
    );

    it("refuses the whole submission when some figures are another unit's, listing only those", async () => {
      const attempt = recordObservations(
        db,
        catalogue,
        submission([
          ...parkFigures,
          figure({ indicatorCode: "IIP", value: 110 }),
          figure({ indicatorCode: "PROJECTS", value: 3 }),
        ]),
        NOW,
        editorOf("BQLKKT"),
      );

      await expect(attempt).rejects.toMatchObject({
        message:
          "Only an editor of the unit that reports an indicator may submit its figures: IIP (THONGKE), PROJECTS (KHDT); you are an editor of BQLKKT. Nothing was recorded.",
        extensions: {
          code: "FORBIDDEN",
          details: {
            needs: { agencies: ["THONGKE", "KHDT"] },
            indicators: [
              { indicator: "IIP", reportedBy: "THONGKE" },
              { indicator: "PROJECTS", reportedBy: "KHDT" },
            ],
          },
        },
      });
      expect([await rows(), await auditEntries()]).toEqual([[], []]);
    });

    it("refuses an indicator no unit reports in the domain's copy of the catalogue (not synced yet)", async () => {
      const attempt = recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "PARK_OCCUPANCY_RATE", value: 80, breakdown: park("NOMURA") })]),
        NOW,
        editorOf("BQLKKT"),
      );

      await expect(attempt).rejects.toMatchObject({
        extensions: {
          code: "FORBIDDEN",
          details: { indicators: [{ indicator: "PARK_OCCUPANCY_RATE", reportedBy: null }] },
        },
      });
    });

    it("leaves an indicator the domain does not define to the figure rules (UNKNOWN_INDICATOR)", async () => {
      const attempt = recordObservations(
        db,
        catalogue,
        submission([...parkFigures, figure({ indicatorCode: "NET_REVENUE", value: 1 })]),
        NOW,
        editorOf("BQLKKT"),
      );

      await expect(attempt).rejects.toMatchObject({
        extensions: {
          code: "INVALID_OBSERVATIONS",
          details: { problems: [expect.objectContaining({ index: 2, code: ObservationErrorCode.UnknownIndicator })] },
        },
      });
    });
  });

  describe("the audit trail of submissions", () => {
    const history = (...keys: string[]) => Promise.all(keys.map((key) => auditHistoryLoader(db).load(key)));

    it("records one entry per submission: the new revisions after, every indicator touched as a subject", async () => {
      await recordObservations(
        db,
        catalogue,
        submission([
          figure({ indicatorCode: "IIP", value: 114.5 }),
          figure({ indicatorCode: "PARK_AREA_HA", value: 153, breakdown: park("NOMURA") }),
          figure({ indicatorCode: "PARK_AREA_HA", value: 541, breakdown: park("DINH_VU") }),
        ]),
        NOW,
      );

      const entries = await auditEntries();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        at: NOW.toISOString(),
        actorName: "Phạm Thị Dung",
        actorAgency: "THONGKE",
        action: "observations.submit",
        entityType: "Observation",
        entityKey: "THONGKE/IIP,PARK_AREA_HA",
        before: null,
        requestId: "req-test",
      });
      // Written out rather than derived from the call's own result, so a wrong value or breakdown shows.
      const recorded = (indicatorCode: string, value: number, breakdown: Record<string, string>) => ({
        indicatorCode,
        period: "2015",
        breakdown,
        value,
        status: "OFFICIAL",
        source: null,
        comment: null,
        revision: 1,
        reporter: "Phạm Thị Dung",
        recordedAt: NOW.toISOString(),
      });
      expect(entries[0].after).toEqual({
        figures: [
          recorded("IIP", 114.5, {}),
          recorded("PARK_AREA_HA", 153, { INDUSTRIAL_PARK: "NOMURA" }),
          recorded("PARK_AREA_HA", 541, { INDUSTRIAL_PARK: "DINH_VU" }),
        ],
      });
      const [iip, parks, projects] = await history("Indicator|IIP", "Indicator|PARK_AREA_HA", "Indicator|PROJECTS");
      expect([iip.length, parks.length, projects.length]).toEqual([1, 1, 0]);
    });

    it("records the changed cells' previous revisions before and the new ones after, leaving unchanged cells out", async () => {
      await recordObservations(
        db,
        catalogue,
        submission([
          figure({ indicatorCode: "IIP", value: 113, status: ObservationStatus.ESTIMATE }),
          figure({ indicatorCode: "PROJECTS", value: 12 }),
        ]),
        NOW,
      );
      const later = new Date("2016-03-02T03:00:00.000Z");

      await recordObservations(
        db,
        catalogue,
        submission([figure({ indicatorCode: "IIP", value: 114.5 }), figure({ indicatorCode: "PROJECTS", value: 12 })]),
        later,
      );

      const entries = await auditEntries();
      const second = entries[1];
      expect(second).toMatchObject({
        entityKey: "THONGKE/IIP",
        before: {
          figures: [expect.objectContaining({ indicatorCode: "IIP", value: 113, status: "ESTIMATE", revision: 1 })],
        },
        after: {
          figures: [expect.objectContaining({ indicatorCode: "IIP", value: 114.5, status: "OFFICIAL", revision: 2 })],
        },
      });
      expect((second.after as { figures: unknown[] }).figures.length).toBe(1);
      // IIP changed twice; PROJECTS only in the first submission (the second sent it unchanged).
      const [iip, projects] = await history("Indicator|IIP", "Indicator|PROJECTS");
      expect(iip.map((row) => row.entry.id)).toEqual(entries.map((entry) => entry.id));
      expect(projects.map((row) => row.entry.id)).toEqual([entries[0].id]);
    });

    it("records nothing for a dry run, a submission that changes nothing, or a refused one", async () => {
      const figures = [figure({ indicatorCode: "IIP", value: 114.5 })];
      await recordObservations(db, catalogue, submission(figures), NOW);

      await recordObservations(db, catalogue, submission([figure({ indicatorCode: "IIP", value: 120 })], true), NOW);
      await recordObservations(db, catalogue, submission(figures), NOW);
      // Refused for the share above 100%, not for any other reason.
      await expect(
        recordObservations(db, catalogue, submission([figure({ indicatorCode: "SHARE", value: 120 })]), NOW),
      ).rejects.toMatchObject({
        extensions: {
          code: "INVALID_OBSERVATIONS",
          details: { problems: [expect.objectContaining({ index: 0, code: ObservationErrorCode.OutOfRange })] },
        },
      });

      expect(await auditEntries()).toHaveLength(1);
    });

    it("keeps a submission of 5 000 figures whole, and as many as fit in its audit entry with the count left out", async () => {
      const SITES: CodeList = {
        code: "SITE",
        name: "Cơ sở",
        nameEn: "Site",
        source: "test",
        entries: Array.from({ length: 500 }, (_, i) => ({ code: `S${i}`, name: `Cơ sở ${i}`, nameEn: `Site ${i}` })),
      };
      const big: IndicatorCatalogue = {
        definitions: new Map([
          ...catalogue.definitions,
          [
            "SITE_WORKERS",
            {
              code: "SITE_WORKERS",
              unit: "người",
              valueType: ValueType.COUNT,
              periodTypes: [ObservationPeriodType.YEAR],
              dimensions: ["SITE"],
            },
          ],
        ]),
        codeLists: new Map([...catalogue.codeLists, ["SITE", SITES]]),
      };
      await db.getRepository(IndicatorReference).insert({ code: "SITE_WORKERS", agencyCode: "THONGKE", position: 99 });
      const figures = SITES.entries.flatMap((site, i) =>
        Array.from({ length: 10 }, (_, y) =>
          figure({
            indicatorCode: "SITE_WORKERS",
            period: String(2006 + y),
            value: 100 + i,
            breakdown: [{ dimension: "SITE", code: site.code }],
            comment: "Số lao động bình quân trong năm của cơ sở, theo báo cáo của doanh nghiệp",
          }),
        ),
      );

      const result = await recordObservations(db, big, submission(figures), NOW);

      expect(result.created).toBe(5_000);
      expect(await db.getRepository(Observation).count()).toBe(5_000);
      const [entry] = await auditEntries();
      const after = entry.after as { figures: unknown[]; omitted: number };
      expect(after.figures.length + after.omitted).toBe(5_000);
      expect(after.omitted).toBeGreaterThan(0);
      expect(Buffer.byteLength(JSON.stringify(after))).toBeLessThanOrEqual(60_000);
    });
  });
});
