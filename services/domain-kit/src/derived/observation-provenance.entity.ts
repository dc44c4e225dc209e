import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Where a figure computed from records came from: kept with the observation revision it was
 * submitted as (one row per revision so derived), written in the submission's transaction.
 */
@Entity("observation_provenance")
export class ObservationProvenance {
  @PrimaryColumn({ name: "observation_id", type: "integer" })
  observationId!: number;

  @Column({ name: "record_type", type: "varchar", length: 64 })
  recordType!: string;

  @Column({ name: "record_count", type: "integer" })
  recordCount!: number;

  @Column({ type: "varchar", length: 1000 })
  method!: string;
}

/** One record a derived figure was computed from (its entity's key), by observation revision. */
@Entity("observation_provenance_record")
export class ObservationProvenanceRecord {
  @PrimaryColumn({ name: "observation_id", type: "integer" })
  observationId!: number;

  @PrimaryColumn({ name: "record_key", type: "varchar", length: 64 })
  recordKey!: string;
}
