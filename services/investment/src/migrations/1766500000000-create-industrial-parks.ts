import { type MigrationInterface, type QueryRunner, Table } from "typeorm";

/** The investment domain's own table: the industrial parks BQLKKT keeps. */
export class CreateIndustrialParks1766500000000 implements MigrationInterface {
  name = "CreateIndustrialParks1766500000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "industrial_park",
        columns: [
          { name: "code", type: "varchar", length: "32", isPrimary: true },
          { name: "name", type: "varchar", length: "255" },
          { name: "kind", type: "varchar", length: "8" },
          { name: "location", type: "varchar", length: "255" },
          { name: "total_area_ha", type: "decimal", precision: 12, scale: 2 },
          { name: "leasable_area_ha", type: "decimal", precision: 12, scale: 2 },
          { name: "operator", type: "varchar", length: "255", isNullable: true },
          { name: "opened_year", type: "integer", isNullable: true },
          { name: "sample", type: "boolean" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("industrial_park");
  }
}
