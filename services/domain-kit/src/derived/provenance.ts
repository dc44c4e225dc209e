import { type DataSource, In } from "typeorm";

import { ObservationProvenance, ObservationProvenanceRecord } from "./observation-provenance.entity";

/** A figure's provenance as the API gives it: what it was derived from, and how. */
export interface ProvenanceView {
  observationId: number;
  recordType: string;
  recordCount: number;
  method: string;
  recordKeys: string[];
}

/** The provenance of these observation revisions (none for a figure given by hand), in two statements. */
export async function selectProvenance(db: DataSource, observationIds: readonly number[]): Promise<ProvenanceView[]> {
  const rows = await db.getRepository(ObservationProvenance).findBy({ observationId: In([...observationIds]) });
  if (rows.length === 0) return [];
  const records = await db.getRepository(ObservationProvenanceRecord).find({
    where: { observationId: In(rows.map((row) => row.observationId)) },
    order: { recordKey: "ASC" },
  });
  const keys = new Map<number, string[]>(rows.map((row) => [row.observationId, []]));
  for (const record of records) keys.get(record.observationId)?.push(record.recordKey);
  return rows.map((row) => ({ ...row, recordKeys: keys.get(row.observationId) ?? [] }));
}
