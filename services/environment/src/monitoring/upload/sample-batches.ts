import {
  AuditEntry,
  type AuditWriter,
  isUniqueViolation,
  placeholders,
  recordAudit,
  runInTransaction,
} from "@hpig/kit";
import type { DataSource, EntityManager } from "typeorm";

import type { SampleRow } from "./sample-rows";

/** Rows per transaction: big enough that a transaction's fixed cost is small, small enough to hold locks briefly. */
export const BATCH_SIZE = 5_000;

/** Rows per INSERT statement: 6 parameters each, well under both databases' limits. */
const ROWS_PER_INSERT = 500;

/** What a batch found: values new to the database, the same as stored, or different (a correction). */
export interface BatchCounts {
  created: number;
  unchanged: number;
  revised: number;
}

interface StoredSample {
  key: string;
  value: number;
  belowDetection: boolean;
  campaignId: number | null;
}

const keyOf = (stationId: number, parameterId: number, takenAt: number) => `${stationId}:${parameterId}:${takenAt}`;

/**
 * The stored samples a batch's rows may meet: one range of the primary key per (station,
 * parameter) in the batch, in one statement.
 */
async function storedSamples(
  db: DataSource | EntityManager,
  rows: readonly SampleRow[],
): Promise<Map<string, StoredSample>> {
  const ranges = new Map<string, { stationId: number; parameterId: number; from: number; to: number }>();
  for (const row of rows) {
    const pair = `${row.stationId}:${row.parameterId}`;
    const range = ranges.get(pair);
    if (!range)
      ranges.set(pair, { stationId: row.stationId, parameterId: row.parameterId, from: row.takenAt, to: row.takenAt });
    else {
      range.from = Math.min(range.from, row.takenAt);
      range.to = Math.max(range.to, row.takenAt);
    }
  }
  const stored = new Map<string, StoredSample>();
  const list = [...ranges.values()];
  // A few hundred ranges per statement at most (4 parameters each).
  for (let start = 0; start < list.length; start += 200) {
    const chunk = list.slice(start, start + 200);
    const found: Array<Record<string, unknown>> = await db.query(
      `SELECT station_id, parameter_id, taken_at, value, below_detection, campaign_id FROM monitoring_sample WHERE ${chunk
        .map(() => "(station_id = ? AND parameter_id = ? AND taken_at >= ? AND taken_at <= ?)")
        .join(" OR ")}`,
      chunk.flatMap((range) => [range.stationId, range.parameterId, range.from, range.to]),
    );
    for (const row of found) {
      const key = keyOf(Number(row["station_id"]), Number(row["parameter_id"]), Number(row["taken_at"]));
      stored.set(key, {
        key,
        value: Number(row["value"]),
        belowDetection: Number(row["below_detection"]) === 1,
        campaignId: row["campaign_id"] === null ? null : Number(row["campaign_id"]),
      });
    }
  }
  return stored;
}

/** Each row against what is stored: new, the same, or a different value for the same key. */
function compare(rows: readonly SampleRow[], stored: Map<string, StoredSample>) {
  const created: SampleRow[] = [];
  const revised: Array<{ row: SampleRow; before: StoredSample }> = [];
  let unchanged = 0;
  for (const row of rows) {
    const before = stored.get(keyOf(row.stationId, row.parameterId, row.takenAt));
    if (!before) created.push(row);
    else if (
      before.value === row.value &&
      before.belowDetection === row.belowDetection &&
      before.campaignId === row.campaignId
    ) {
      unchanged += 1;
    } else revised.push({ row, before });
  }
  return { created, revised, unchanged };
}

async function insertRows(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly unknown[]>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    await manager.query(
      `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${chunk.map(() => `(${placeholders(columns.length)})`).join(", ")}`,
      chunk.flat(),
    );
  }
}

/** The upload's one audit entry: written with its first batch that changes anything, its counts kept up to date after. */
export interface UploadAudit {
  writer: AuditWriter;
  now: Date;
  /** The audit record's key and subjects. */
  entityKey: string;
  stations: readonly string[];
  /** What the entry says once this batch is written (the running counts with it). */
  after: (batch: BatchCounts) => Record<string, unknown>;
  entryId?: number;
}

/**
 * A batch as a dry run sees it: counted against what is stored, nothing written.
 */
export async function countBatch(db: DataSource, rows: readonly SampleRow[]): Promise<BatchCounts> {
  const { created, revised, unchanged } = compare(rows, await storedSamples(db, rows));
  return { created: created.length, revised: revised.length, unchanged };
}

/**
 * Writes one batch in one transaction: new values inserted, corrected values replaced with the
 * one they replace kept as a revision, equal values left alone, and the upload's audit entry
 * written or brought up to date in the same transaction. A batch that changes nothing opens no
 * transaction. A concurrent upload that inserted one of the keys first makes the batch start over.
 */
export async function writeBatch(db: DataSource, rows: readonly SampleRow[], audit: UploadAudit): Promise<BatchCounts> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { counts, entryId } = await runInTransaction(db, async (manager) => {
        const { created, revised, unchanged } = compare(rows, await storedSamples(manager, rows));
        const counts = { created: created.length, revised: revised.length, unchanged };
        if (created.length === 0 && revised.length === 0) return { counts, entryId: audit.entryId };
        await insertRows(
          manager,
          "monitoring_sample",
          ["station_id", "parameter_id", "taken_at", "value", "below_detection", "campaign_id"],
          created.map((r) => [r.stationId, r.parameterId, r.takenAt, r.value, r.belowDetection ? 1 : 0, r.campaignId]),
        );
        const replacedAt = audit.now.toISOString();
        await insertRows(
          manager,
          "monitoring_sample_revision",
          [
            "station_id",
            "parameter_id",
            "taken_at",
            "value",
            "below_detection",
            "campaign_id",
            "replaced_at",
            "replaced_in_request",
          ],
          revised.map(({ row, before }) => [
            row.stationId,
            row.parameterId,
            row.takenAt,
            before.value,
            before.belowDetection ? 1 : 0,
            before.campaignId,
            replacedAt,
            audit.writer.requestId,
          ]),
        );
        for (const { row } of revised) {
          await manager.query(
            "UPDATE monitoring_sample SET value = ?, below_detection = ?, campaign_id = ? WHERE station_id = ? AND parameter_id = ? AND taken_at = ?",
            [row.value, row.belowDetection ? 1 : 0, row.campaignId, row.stationId, row.parameterId, row.takenAt],
          );
        }
        if (audit.entryId === undefined) {
          const entry = await recordAudit(
            manager,
            audit.writer,
            {
              action: "monitoringSamples.upload",
              entityType: "MonitoringSampleUpload",
              entityKey: audit.entityKey,
              before: null,
              after: audit.after(counts),
              subjects: audit.stations.map((code) => ({ type: "MonitoringStation", key: code })),
            },
            audit.now,
          );
          return { counts, entryId: entry.id };
        }
        await manager.getRepository(AuditEntry).update({ id: audit.entryId }, { after: audit.after(counts) });
        return { counts, entryId: audit.entryId };
      });
      // Known only once committed: a batch rolled back leaves no entry to update.
      audit.entryId = entryId;
      return counts;
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}
