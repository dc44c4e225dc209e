import "reflect-metadata";
import { TEST_DATABASE_KIND, type TestDatabase, createTestDatabase, openMigratedDataSource } from "@hpig/kit/testing";
import type { DataSource } from "typeorm";
import { REPORTING_ENTITIES } from "../entities";
import { reportingMigrations } from "../migrations";
import { type CodeList, type IndicatorDefinition, ObservationPeriodType, ValueType } from "./indicator-definition";
import { ObservationErrorCode, type ObservationProblem } from "./observation-errors";
import { Observation } from "./observation.entity";
import type { ObservationInput, SubmitObservationsInput } from "./observation.input";
import type { IndicatorCatalogue } from "./observation-rules";
import { recordObservations } from "./observation.service";
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
  } as ObservationInput;
}

function submission(observations: ObservationInput[], dryRun = false): SubmitObservationsInput {
  return { observations, reporter: "Cục Thống kê", dryRun } as SubmitObservationsInput;
}

const park = (code: string) => [{ dimension: "INDUSTRIAL_PARK", code }];

describe(`recording figures (${TEST_DATABASE_KIND})`, () => {
  let database: TestDatabase;
  let db: DataSource;
  const rows = () => db.getRepository(Observation).find({ order: { id: "ASC" } });

  beforeEach(async () => {
    database = await createTestDatabase(TEST_DATABASE_KIND, "observations");
    db = await openMigratedDataSource(
      {
        name: "observations",
        entities: REPORTING_ENTITIES,
        migrations: reportingMigrations,
      },
      database.url,
    );
  });
  afterEach(async () => {
    await db?.destroy();
    await database?.drop();
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
      figure({ indicatorCode: "PROJECTS", period, value: [10, 12, 11, 13][i]! }),
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
      await recordObservations(db, catalogue, submission([history[3]!]), NOW);

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
});
