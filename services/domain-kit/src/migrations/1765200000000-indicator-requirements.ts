import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";

/**
 * Which appendix row each indicator of the domain's copy of the catalogue answers, and the
 * figures that row asks for: the December obligation lists those indicators only, not the
 * section I quantities. A copy kept from an earlier run has the columns empty until the next sync
 * from plan (at start) fills them; until then a unit's obligation is answered as not yet synced.
 */
export class IndicatorRequirements1765200000000 implements MigrationInterface {
  name = "IndicatorRequirements1765200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns("indicator_reference", [
      new TableColumn({ name: "requirement_position", type: "integer", isNullable: true }),
      new TableColumn({ name: "required_figures", type: "varchar", length: "64", isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("indicator_reference", "required_figures");
    await queryRunner.dropColumn("indicator_reference", "requirement_position");
  }
}
