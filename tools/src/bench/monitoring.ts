import { Readable } from "node:stream";

import Database from "better-sqlite3";
import { createConnection, type RowDataPacket } from "mysql2/promise";

import type { BenchOperation } from "./operations";

/** The bench's data set: 10 automatic stations × 8 parameters × 3 years of hourly values (2,102,400 samples). */
const STATIONS = Array.from({ length: 10 }, (_, index) => ({
  code: `BENCH_${String(index + 1).padStart(2, "0")}`,
  medium: index < 5 ? "AIR" : "WASTEWATER",
}));
const PARAMETERS: Record<string, Array<[code: string, base: number]>> = {
  AIR: [
    ["AIR_SO2", 90],
    ["AIR_NO2", 70],
    ["AIR_CO", 6000],
    ["AIR_O3", 80],
    ["AIR_TSP", 160],
    ["AIR_PM10", 80],
    ["AIR_PM25", 35],
    ["AIR_TEMP", 24],
  ],
  WASTEWATER: [
    ["WW_TEMP", 30],
    ["WW_PH", 7.2],
    ["WW_COD", 90],
    ["WW_BOD5", 30],
    ["WW_TSS", 60],
    ["WW_NH4", 6],
    ["WW_TN", 22],
    ["WW_TP", 3],
  ],
};
const FIRST_HOUR = Date.UTC(2021, 0, 1) / 1000;
const HOURS = 3 * 365 * 24;
export const MONITORING_SAMPLES = STATIONS.length * 8 * HOURS;

/** mulberry32: the same values on every run. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One station's three years as CSV, generated as it is sent: a daily and a yearly cycle and noise, now and then a peak. */
function* stationCsv(index: number): Generator<string> {
  const station = STATIONS[index];
  const random = rng(0x5eed + index);
  yield "station,parameter,time,value\n";
  for (const [parameter, base] of PARAMETERS[station.medium]) {
    let lines = "";
    for (let hour = 0; hour < HOURS; hour++) {
      const daily = Math.sin((2 * Math.PI * hour) / 24);
      const yearly = Math.sin((2 * Math.PI * hour) / (365 * 24));
      const peak = random() < 0.02 ? 1.8 : 1;
      const value = base * (1 + 0.2 * daily + 0.15 * yearly + 0.25 * (random() - 0.5)) * peak;
      const time = new Date((FIRST_HOUR + hour * 3600) * 1000).toISOString().replace(".000", "");
      lines += `${station.code},${parameter},${time},${value.toFixed(3)}\n`;
      if (hour % 2000 === 1999) {
        yield lines;
        lines = "";
      }
    }
    yield lines;
  }
}

async function graphql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (!response.ok || body.errors)
    throw new Error(`monitoring bench: ${JSON.stringify(body.errors ?? response.status)}`);
}

export interface IngestionResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Records the stations (through the gateway, as TNMT's editor) and uploads each one's three years
 * through the gateway's upload route, one file per station, the CSV generated as it is sent:
 * the rate is rows over the wall time of the ten uploads.
 */
export async function loadMonitoringDataSet(gatewayUrl: string, editorToken: string): Promise<IngestionResult> {
  for (const [index, station] of STATIONS.entries()) {
    await graphql(
      gatewayUrl,
      editorToken,
      `
        mutation ($input: MonitoringStationInput!) {
          environment {
            recordMonitoringStation(input: $input) {
              code
            }
          }
        }
      `,
      {
        input: {
          ...station,
          name: `Trạm tự động thử tải ${index + 1}`,
          latitude: 20.8 + index / 100,
          longitude: 106.7 + index / 100,
          address: "Hải Phòng",
          automatic: true,
        },
      },
    );
  }
  const uploadUrl = new URL("/records/environment/samples/upload", gatewayUrl).toString();
  const started = performance.now();
  let rows = 0;
  for (const index of STATIONS.keys()) {
    const response = await fetch(uploadUrl, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: `Bearer ${editorToken}` },
      body: Readable.toWeb(Readable.from(stationCsv(index))) as ReadableStream,
      duplex: "half",
    });
    const answer = (await response.json()) as { created?: number };
    if (response.status !== 200)
      throw new Error(`monitoring upload ${index + 1}: ${response.status} ${JSON.stringify(answer)}`);
    rows += answer.created ?? 0;
    process.stderr.write(`monitoring: station ${index + 1}/${STATIONS.length} uploaded (${rows} samples)\n`);
  }
  const seconds = (performance.now() - started) / 1000;
  return { rows, seconds: Math.round(seconds * 10) / 10, rowsPerSecond: Math.round(rows / seconds) };
}

/** The environment database's size in bytes: the SQLite file and its write-ahead log, or InnoDB's data and indexes. */
export async function environmentDatabaseBytes(databaseUrl: string): Promise<number> {
  if (databaseUrl.startsWith("sqlite:")) {
    const file = databaseUrl.slice("sqlite:".length);
    const db = new Database(file);
    try {
      db.pragma("wal_checkpoint(TRUNCATE)");
      const pages = db.pragma("page_count", { simple: true }) as number;
      const pageSize = db.pragma("page_size", { simple: true }) as number;
      return pages * pageSize;
    } finally {
      db.close();
    }
  }
  const connection = await createConnection(databaseUrl);
  try {
    const [tables] = await connection.query<Array<{ name: string } & RowDataPacket>>(
      "SELECT table_name AS name FROM information_schema.TABLES WHERE table_schema = DATABASE()",
    );
    for (const { name } of tables) await connection.query(`ANALYZE TABLE \`${name}\``);
    const [rows] = await connection.query<Array<{ bytes: string } & RowDataPacket>>(
      "SELECT SUM(data_length + index_length) AS bytes FROM information_schema.TABLES WHERE table_schema = DATABASE()",
    );
    return Number(rows[0]?.bytes ?? 0);
  } finally {
    await connection.end();
  }
}

const SERIES = `query MonitoringSeries($station: String!, $parameter: String!, $from: DateTimeISO!, $to: DateTimeISO!, $aggregate: MonitoringAggregate) {
  environment { station(code: $station) { code samples(parameter: $parameter, from: $from, to: $to, aggregate: $aggregate) { time value max count exceeds } } }
}`;

/**
 * The i-th request's station, parameter and start: every request a different one (a different
 * cache key for the uncached runs), over the whole data set, the period inside the three years.
 */
function seriesVariables(index: number, days: number, aggregate: "DAY" | "HOUR") {
  const station = STATIONS[index % STATIONS.length];
  const parameters = PARAMETERS[station.medium];
  const parameter = parameters[Math.floor(index / STATIONS.length) % parameters.length][0];
  const startHour = (index * 7919) % (HOURS - days * 24);
  const from = (FIRST_HOUR + startHour * 3600) * 1000;
  return {
    station: station.code,
    parameter,
    from: new Date(from).toISOString(),
    to: new Date(from + days * 86_400_000).toISOString(),
    aggregate,
  };
}

export const MONITORING_OPERATIONS: BenchOperation[] = [
  {
    name: "monitoring: a year of daily aggregates",
    query: SERIES,
    variables: (index) => seriesVariables(index, 365, "DAY"),
  },
  {
    name: "monitoring: a month of hourly values",
    query: SERIES,
    variables: (index) => seriesVariables(index, 30, "HOUR"),
  },
];
