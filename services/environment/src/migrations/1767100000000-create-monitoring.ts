import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";

type Limit = readonly [min: number | null, max: number | null];

/** A regulation version: its code, the day it came into force (Viet Nam) and the source text. */
interface Regulation {
  standard: string;
  validFrom: string;
  source: string;
}

/** The regulations in force for each medium, oldest first (the column applied in Hải Phòng's monitoring). */
const REGULATIONS: Record<string, readonly Regulation[]> = {
  AIR: [
    {
      standard: "QCVN 05:2009/BTNMT",
      validFrom: "2010-01-01",
      source: "Bảng 1, giá trị trung bình 1 giờ (PM10: 24 giờ); ban hành kèm Thông tư 16/2009/TT-BTNMT",
    },
    {
      standard: "QCVN 05:2013/BTNMT",
      validFrom: "2014-01-01",
      source: "Bảng 1, giá trị trung bình 1 giờ (PM10, PM2,5: 24 giờ); ban hành kèm Thông tư 32/2013/TT-BTNMT",
    },
  ],
  SURFACE_WATER: [
    {
      standard: "QCVN 08:2008/BTNMT",
      validFrom: "2009-01-01",
      source: "Bảng 1, cột B1 (tưới tiêu, thủy lợi); ban hành kèm Quyết định 16/2008/QĐ-BTNMT",
    },
    {
      standard: "QCVN 08-MT:2015/BTNMT",
      validFrom: "2016-02-15",
      source: "Bảng 1, cột B1 (tưới tiêu, thủy lợi); ban hành kèm Thông tư 65/2015/TT-BTNMT",
    },
  ],
  WASTEWATER: [
    {
      standard: "QCVN 24:2009/BTNMT",
      validFrom: "2010-01-01",
      source: "Bảng 1, cột B (xả vào nguồn nước không dùng cho sinh hoạt), Kq = Kf = 1; Thông tư 25/2009/TT-BTNMT",
    },
    {
      standard: "QCVN 40:2011/BTNMT",
      validFrom: "2012-02-15",
      source: "Bảng 1, cột B (xả vào nguồn nước không dùng cho sinh hoạt), Kq = Kf = 1; Thông tư 47/2011/TT-BTNMT",
    },
  ],
  GROUNDWATER: [
    {
      standard: "QCVN 09:2008/BTNMT",
      validFrom: "2009-01-01",
      source: "Bảng 1; ban hành kèm Quyết định 16/2008/QĐ-BTNMT",
    },
    {
      standard: "QCVN 09-MT:2015/BTNMT",
      validFrom: "2016-02-15",
      source: "Bảng 1; ban hành kèm Thông tư 66/2015/TT-BTNMT",
    },
  ],
};

/** code, name, unit, medium, and its limit under each regulation of its medium (null: none in it). */
const PARAMETERS: ReadonlyArray<readonly [string, string, string, string, ReadonlyArray<Limit | null>]> = [
  [
    "AIR_SO2",
    "Lưu huỳnh đioxit (SO2)",
    "µg/m³",
    "AIR",
    [
      [null, 350],
      [null, 350],
    ],
  ],
  [
    "AIR_NO2",
    "Nitơ đioxit (NO2)",
    "µg/m³",
    "AIR",
    [
      [null, 200],
      [null, 200],
    ],
  ],
  [
    "AIR_CO",
    "Cacbon monoxit (CO)",
    "µg/m³",
    "AIR",
    [
      [null, 30000],
      [null, 30000],
    ],
  ],
  [
    "AIR_O3",
    "Ôzôn (O3)",
    "µg/m³",
    "AIR",
    [
      [null, 180],
      [null, 200],
    ],
  ],
  [
    "AIR_TSP",
    "Tổng bụi lơ lửng (TSP)",
    "µg/m³",
    "AIR",
    [
      [null, 300],
      [null, 300],
    ],
  ],
  [
    "AIR_PM10",
    "Bụi PM10",
    "µg/m³",
    "AIR",
    [
      [null, 150],
      [null, 150],
    ],
  ],
  ["AIR_PM25", "Bụi PM2,5", "µg/m³", "AIR", [null, [null, 50]]],
  ["AIR_TEMP", "Nhiệt độ không khí", "°C", "AIR", [null, null]],
  [
    "SW_PH",
    "pH",
    "-",
    "SURFACE_WATER",
    [
      [5.5, 9],
      [5.5, 9],
    ],
  ],
  [
    "SW_DO",
    "Ôxy hòa tan (DO)",
    "mg/l",
    "SURFACE_WATER",
    [
      [4, null],
      [4, null],
    ],
  ],
  [
    "SW_TSS",
    "Tổng chất rắn lơ lửng (TSS)",
    "mg/l",
    "SURFACE_WATER",
    [
      [null, 50],
      [null, 50],
    ],
  ],
  [
    "SW_COD",
    "Nhu cầu ôxy hóa học (COD)",
    "mg/l",
    "SURFACE_WATER",
    [
      [null, 30],
      [null, 30],
    ],
  ],
  [
    "SW_BOD5",
    "Nhu cầu ôxy sinh hóa (BOD5, 20 °C)",
    "mg/l",
    "SURFACE_WATER",
    [
      [null, 15],
      [null, 15],
    ],
  ],
  [
    "SW_NH4",
    "Amoni (NH4+ tính theo N)",
    "mg/l",
    "SURFACE_WATER",
    [
      [null, 0.5],
      [null, 0.9],
    ],
  ],
  [
    "SW_PO4",
    "Phosphat (PO4 3- tính theo P)",
    "mg/l",
    "SURFACE_WATER",
    [
      [null, 0.3],
      [null, 0.3],
    ],
  ],
  [
    "SW_COLIFORM",
    "Coliform",
    "MPN/100ml",
    "SURFACE_WATER",
    [
      [null, 7500],
      [null, 7500],
    ],
  ],
  [
    "WW_TEMP",
    "Nhiệt độ",
    "°C",
    "WASTEWATER",
    [
      [null, 40],
      [null, 40],
    ],
  ],
  [
    "WW_PH",
    "pH",
    "-",
    "WASTEWATER",
    [
      [5.5, 9],
      [5.5, 9],
    ],
  ],
  [
    "WW_COD",
    "Nhu cầu ôxy hóa học (COD)",
    "mg/l",
    "WASTEWATER",
    [
      [null, 100],
      [null, 150],
    ],
  ],
  [
    "WW_BOD5",
    "Nhu cầu ôxy sinh hóa (BOD5, 20 °C)",
    "mg/l",
    "WASTEWATER",
    [
      [null, 50],
      [null, 50],
    ],
  ],
  [
    "WW_TSS",
    "Chất rắn lơ lửng (TSS)",
    "mg/l",
    "WASTEWATER",
    [
      [null, 100],
      [null, 100],
    ],
  ],
  [
    "WW_NH4",
    "Amoni (NH4+ tính theo N)",
    "mg/l",
    "WASTEWATER",
    [
      [null, 10],
      [null, 10],
    ],
  ],
  [
    "WW_TN",
    "Tổng nitơ",
    "mg/l",
    "WASTEWATER",
    [
      [null, 30],
      [null, 40],
    ],
  ],
  [
    "WW_TP",
    "Tổng phốt pho",
    "mg/l",
    "WASTEWATER",
    [
      [null, 6],
      [null, 6],
    ],
  ],
  [
    "GW_PH",
    "pH",
    "-",
    "GROUNDWATER",
    [
      [5.5, 8.5],
      [5.5, 8.5],
    ],
  ],
  [
    "GW_HARDNESS",
    "Độ cứng tổng số (tính theo CaCO3)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 500],
      [null, 500],
    ],
  ],
  [
    "GW_TDS",
    "Tổng chất rắn hòa tan (TDS)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 1500],
      [null, 1500],
    ],
  ],
  [
    "GW_NH4",
    "Amoni (NH4+ tính theo N)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 0.1],
      [null, 1],
    ],
  ],
  [
    "GW_NO3",
    "Nitrat (NO3- tính theo N)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 15],
      [null, 15],
    ],
  ],
  [
    "GW_FE",
    "Sắt (Fe)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 5],
      [null, 5],
    ],
  ],
  [
    "GW_MN",
    "Mangan (Mn)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 0.5],
      [null, 0.5],
    ],
  ],
  [
    "GW_AS",
    "Asen (As)",
    "mg/l",
    "GROUNDWATER",
    [
      [null, 0.05],
      [null, 0.05],
    ],
  ],
];

/** 00:00 of a Viet Nam day (UTC+7, no daylight saving) in seconds since 1970 UTC. */
function vietnamMidnight(day: string): number {
  const [year, month, date] = day.split("-").map(Number);
  return Date.UTC(year, month - 1, date) / 1000 - 7 * 3600;
}

const id = { type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" } as const;

/**
 * Environmental monitoring: stations, parameters and their QCVN limits (reference data, inserted
 * here: the national regulations and the columns Hải Phòng applies), campaigns, and samples.
 */
export class CreateMonitoring1767100000000 implements MigrationInterface {
  name = "CreateMonitoring1767100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "monitoring_station",
        columns: [
          { name: "id", ...id },
          { name: "code", type: "varchar", length: "32" },
          { name: "name", type: "varchar", length: "255" },
          { name: "medium", type: "varchar", length: "16" },
          { name: "latitude", type: "double" },
          { name: "longitude", type: "double" },
          { name: "address", type: "varchar", length: "255" },
          { name: "park_code", type: "varchar", length: "32", isNullable: true },
          { name: "area_code", type: "varchar", length: "64", isNullable: true },
          { name: "automatic", type: "boolean" },
          { name: "sample", type: "boolean" },
        ],
        indices: [{ columnNames: ["code"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "monitoring_parameter",
        columns: [
          { name: "id", ...id },
          { name: "code", type: "varchar", length: "32" },
          { name: "name", type: "varchar", length: "255" },
          { name: "unit", type: "varchar", length: "32" },
          { name: "medium", type: "varchar", length: "16" },
          { name: "position", type: "integer" },
        ],
        indices: [{ columnNames: ["code"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "monitoring_limit",
        columns: [
          { name: "id", ...id },
          { name: "parameter_id", type: "integer" },
          { name: "valid_from", type: "varchar", length: "10" },
          { name: "in_force_from", type: "bigint" },
          { name: "min_value", type: "double", isNullable: true },
          { name: "max_value", type: "double", isNullable: true },
          { name: "standard", type: "varchar", length: "64" },
          { name: "source", type: "varchar", length: "500" },
        ],
        indices: [{ columnNames: ["parameter_id", "valid_from"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "monitoring_campaign",
        columns: [
          { name: "id", ...id },
          { name: "code", type: "varchar", length: "32" },
          { name: "name", type: "varchar", length: "255" },
          { name: "starts_on", type: "varchar", length: "10" },
          { name: "ends_on", type: "varchar", length: "10" },
          { name: "sample", type: "boolean" },
        ],
        indices: [{ columnNames: ["code"], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "monitoring_campaign_station",
        columns: [
          { name: "campaign_id", type: "integer", isPrimary: true },
          { name: "station_id", type: "integer", isPrimary: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "monitoring_sample",
        // Clustered on its key in SQLite too: no rowid table beside a key index.
        withoutRowid: true,
        columns: [
          { name: "station_id", type: "integer", isPrimary: true },
          { name: "parameter_id", type: "integer", isPrimary: true },
          { name: "taken_at", type: "bigint", isPrimary: true },
          { name: "value", type: "double" },
          { name: "below_detection", type: "boolean" },
          { name: "campaign_id", type: "integer", isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      "monitoring_sample",
      new TableIndex({ name: "IDX_monitoring_sample_campaign", columnNames: ["campaign_id"] }),
    );
    await queryRunner.createTable(
      new Table({
        name: "monitoring_sample_revision",
        columns: [
          { name: "id", ...id },
          { name: "station_id", type: "integer" },
          { name: "parameter_id", type: "integer" },
          { name: "taken_at", type: "bigint" },
          { name: "value", type: "double" },
          { name: "below_detection", type: "boolean" },
          { name: "campaign_id", type: "integer", isNullable: true },
          { name: "replaced_at", type: "varchar", length: "32" },
          { name: "replaced_in_request", type: "varchar", length: "128" },
        ],
        indices: [
          { name: "IDX_monitoring_sample_revision_key", columnNames: ["station_id", "parameter_id", "taken_at"] },
        ],
      }),
    );

    for (const [position, [code, name, unit, medium]] of PARAMETERS.entries()) {
      await queryRunner.query(
        "INSERT INTO monitoring_parameter (code, name, unit, medium, position) VALUES (?, ?, ?, ?, ?)",
        [code, name, unit, medium, position + 1],
      );
    }
    const ids = new Map(
      (
        (await queryRunner.query("SELECT id, code FROM monitoring_parameter")) as Array<{ id: number; code: string }>
      ).map((row) => [row.code, Number(row.id)]),
    );
    for (const [code, , , medium, limits] of PARAMETERS) {
      for (const [index, limit] of limits.entries()) {
        if (!limit) continue;
        const regulation = REGULATIONS[medium][index];
        await queryRunner.query(
          "INSERT INTO monitoring_limit (parameter_id, valid_from, in_force_from, min_value, max_value, standard, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
          [
            ids.get(code),
            regulation.validFrom,
            vietnamMidnight(regulation.validFrom),
            limit[0],
            limit[1],
            regulation.standard,
            regulation.source,
          ],
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      "monitoring_sample_revision",
      "monitoring_sample",
      "monitoring_campaign_station",
      "monitoring_campaign",
      "monitoring_limit",
      "monitoring_parameter",
      "monitoring_station",
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
