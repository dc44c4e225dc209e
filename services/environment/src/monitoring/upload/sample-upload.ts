import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

import type { AuditWriter } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { MonitoringCampaign, MonitoringCampaignStation } from "../campaign.entity";
import { MonitoringParameter } from "../parameter.entity";
import { MonitoringStation } from "../station.entity";
import { CsvLineError, csvLines } from "./csv-lines";
import { BATCH_SIZE, type BatchCounts, countBatch, type UploadAudit, writeBatch } from "./sample-batches";
import {
  type Column,
  readHeader,
  readRow,
  type RowProblem,
  type SampleRow,
  SeenKeys,
  type UploadCatalogue,
} from "./sample-rows";

/** Problems listed in a refusal; the count says how many there were in all. */
const MAX_LISTED_PROBLEMS = 1_000;

/** A refusal of the whole request (no file, an unknown campaign, a bad header), with its HTTP status. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface UploadOptions {
  dryRun: boolean;
  /** The campaign every row was sampled in; none for automatic stations' values. */
  campaignCode: string | null;
  now: Date;
  writer: AuditWriter;
}

/** What an upload did (or, dry, would do). */
export interface UploadReport {
  dryRun: boolean;
  rows: number;
  created: number;
  unchanged: number;
  revised: number;
  /** Batches of BATCH_SIZE rows, each written in its own transaction. */
  batches: number;
  batchSize: number;
  stations: string[];
}

/** Every bad row (the first MAX_LISTED_PROBLEMS listed): nothing was written. */
export interface UploadProblems {
  error: "INVALID_ROWS";
  message: string;
  rows: number;
  problemCount: number;
  problems: RowProblem[];
}

export type UploadOutcome = { status: 200; body: UploadReport } | { status: 422; body: UploadProblems };

async function loadCatalogue(db: DataSource, campaignCode: string | null, now: Date): Promise<UploadCatalogue> {
  const [stations, parameters] = await Promise.all([
    db.getRepository(MonitoringStation).find(),
    db.getRepository(MonitoringParameter).find(),
  ]);
  let campaign: UploadCatalogue["campaign"] = null;
  if (campaignCode !== null) {
    const found = await db.getRepository(MonitoringCampaign).findOneBy({ code: campaignCode });
    if (!found) throw new UploadRefusal(400, "BAD_USER_INPUT", `No campaign "${campaignCode}".`);
    const links = await db.getRepository(MonitoringCampaignStation).findBy({ campaignId: In([found.id]) });
    campaign = { ...found, stationIds: new Set(links.map((link) => link.stationId)) };
  }
  return {
    stations: new Map(stations.map((station) => [station.code, station])),
    parameters: new Map(parameters.map((parameter) => [parameter.code, parameter])),
    campaign,
    now,
  };
}

/**
 * Reads the file once, as it arrives, checking every row and copying the bytes to `copy`: the
 * header's columns, the rows' count and the stations named, and every problem.
 */
async function checkFile(body: Readable, copy: string, catalogue: UploadCatalogue) {
  const out = createWriteStream(copy);
  const tee = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (out.write(chunk)) done(null, chunk);
      else out.once("drain", () => done(null, chunk));
    },
    flush(done) {
      out.end(done);
    },
  });
  let columns: Column[] | undefined;
  let rows = 0;
  let problemCount = 0;
  const problems: RowProblem[] = [];
  const stations = new Set<string>();
  const seen = new SeenKeys();
  // Kept aside: the pipeline may reject with its own AbortError when the reading stops on it.
  let refusal: UploadRefusal | undefined;
  const report = (found: RowProblem[]) => {
    problemCount += found.length;
    problems.push(...found.slice(0, Math.max(0, MAX_LISTED_PROBLEMS - problems.length)));
  };
  try {
    await pipeline(body, tee, async (chunks: AsyncIterable<Buffer>) => {
      try {
        for await (const { line, cells: record } of csvLines(chunks)) {
          if (!columns) {
            const header = readHeader(record);
            if ("problem" in header) throw (refusal = new UploadRefusal(400, "INVALID_CSV", header.problem));
            columns = header.columns;
            continue;
          }
          rows += 1;
          const row = readRow(line, record, columns, catalogue);
          if (Array.isArray(row)) {
            report(row);
            continue;
          }
          const earlier = seen.seen(row);
          if (earlier !== undefined) {
            report([
              { line: row.line, column: null, message: `Line ${earlier} has the same station, parameter and time.` },
            ]);
          }
          stations.add(record[columns.indexOf("station")].trim());
        }
      } catch (error) {
        if (error instanceof CsvLineError) {
          refusal = new UploadRefusal(400, "INVALID_CSV", `The file is not a readable CSV: ${error.message}`);
        }
        throw error;
      }
    });
  } catch (error) {
    if (refusal) throw refusal;
    throw error;
  } finally {
    out.destroy();
  }
  if (!columns)
    throw new UploadRefusal(
      400,
      "INVALID_CSV",
      "The file is empty: send station,parameter,time,value[,belowDetection] and the rows.",
    );
  return { columns, rows, problemCount, problems, stations: [...stations].sort() };
}

/**
 * Uploads automatic stations' (or one campaign's) samples from a CSV stream, in two readings:
 * the first checks every row as the body arrives (and keeps a copy of it in a temporary file, so
 * the body is never held in memory), and refuses the whole file, writing nothing, if any row is
 * bad; the second reads the copy and writes it in batches of BATCH_SIZE rows, one transaction
 * each. A dry run stops after counting what the batches would do.
 */
export async function uploadSamples(db: DataSource, body: Readable, options: UploadOptions): Promise<UploadOutcome> {
  const catalogue = await loadCatalogue(db, options.campaignCode, options.now);
  const dir = await mkdtemp(join(tmpdir(), "hpig-samples-"));
  const copy = join(dir, "upload.csv");
  try {
    const checked = await checkFile(body, copy, catalogue);
    if (checked.problemCount > 0) {
      return {
        status: 422,
        body: {
          error: "INVALID_ROWS",
          message: `${checked.problemCount} problem${checked.problemCount === 1 ? "" : "s"} in ${checked.rows} rows: nothing was written. Correct them and send the file again.`,
          rows: checked.rows,
          problemCount: checked.problemCount,
          problems: checked.problems,
        },
      };
    }
    const totals: BatchCounts = { created: 0, unchanged: 0, revised: 0 };
    let batches = 0;
    const audit: UploadAudit = {
      writer: options.writer,
      now: options.now,
      entityKey: options.writer.requestId,
      stations: checked.stations,
      after: (batch) => ({
        rows: checked.rows,
        campaign: options.campaignCode,
        batchesWritten: batches + 1,
        created: totals.created + batch.created,
        revised: totals.revised + batch.revised,
        unchanged: totals.unchanged + batch.unchanged,
      }),
    };
    const flush = async (rows: SampleRow[]) => {
      const counts = options.dryRun ? await countBatch(db, rows) : await writeBatch(db, rows, audit);
      totals.created += counts.created;
      totals.unchanged += counts.unchanged;
      totals.revised += counts.revised;
      batches += 1;
    };
    let batch: SampleRow[] = [];
    let header = true;
    await pipeline(createReadStream(copy), async (chunks: AsyncIterable<Buffer>) => {
      for await (const { line, cells } of csvLines(chunks)) {
        if (header) {
          header = false;
          continue;
        }
        // Checked in the first reading: every row is good.
        batch.push(readRow(line, cells, checked.columns, catalogue) as SampleRow);
        if (batch.length === BATCH_SIZE) {
          await flush(batch);
          batch = [];
        }
      }
    });
    if (batch.length > 0) await flush(batch);
    return {
      status: 200,
      body: {
        dryRun: options.dryRun,
        rows: checked.rows,
        ...totals,
        batches,
        batchSize: BATCH_SIZE,
        stations: checked.stations,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
