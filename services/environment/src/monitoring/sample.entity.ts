import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

/** BIGINT comes back from the drivers as a string or a number; a time is a number of seconds. */
export const seconds = { to: (value: number) => value, from: (value: string | number) => Number(value) };

/**
 * One value of one parameter at one station at one time: the hot table (millions of rows from the
 * automatic stations). Its primary key (station, parameter, time) is also the order every read
 * wants, so a station's parameter over a period is one range of it (clustered on both databases:
 * InnoDB's primary key, SQLite WITHOUT ROWID). Times are whole seconds since 1970 UTC, so hour and
 * day buckets are integer arithmetic, the same on SQLite and MariaDB. No foreign keys: the upload
 * checks stations and parameters, and a foreign key on parameter_id would cost InnoDB an index.
 */
@Entity({ name: "monitoring_sample", withoutRowid: true })
@Index("IDX_monitoring_sample_campaign", ["campaignId"])
export class MonitoringSample {
  @PrimaryColumn({ name: "station_id", type: "integer" })
  stationId!: number;

  @PrimaryColumn({ name: "parameter_id", type: "integer" })
  parameterId!: number;

  @PrimaryColumn({ name: "taken_at", type: "bigint", transformer: seconds })
  takenAt!: number;

  @Column({ type: "double" })
  value!: number;

  /** The value is the detection limit, and the true value below it. */
  @Column({ name: "below_detection", type: "boolean" })
  belowDetection!: boolean;

  /** The campaign it was taken in; null for an automatic station's value. */
  @Column({ name: "campaign_id", type: "integer", nullable: true })
  campaignId!: number | null;
}

/**
 * A value an upload replaced (a correction of an automatic station's data): the record of fact is
 * kept, with when and in which request it was replaced.
 */
@Entity("monitoring_sample_revision")
@Index("IDX_monitoring_sample_revision_key", ["stationId", "parameterId", "takenAt"])
export class MonitoringSampleRevision {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "station_id", type: "integer" })
  stationId!: number;

  @Column({ name: "parameter_id", type: "integer" })
  parameterId!: number;

  @Column({ name: "taken_at", type: "bigint", transformer: seconds })
  takenAt!: number;

  @Column({ type: "double" })
  value!: number;

  @Column({ name: "below_detection", type: "boolean" })
  belowDetection!: boolean;

  @Column({ name: "campaign_id", type: "integer", nullable: true })
  campaignId!: number | null;

  /** When the upload that replaced it was committed (ISO, UTC). */
  @Column({ name: "replaced_at", type: "varchar", length: 32 })
  replacedAt!: string;

  @Column({ name: "replaced_in_request", type: "varchar", length: 128 })
  replacedInRequest!: string;
}
