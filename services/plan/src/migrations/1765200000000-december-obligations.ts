import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";

/**
 * The December obligation as the appendix words it: which figures each appendix row asks for
 * (`reporting_requirement.required_figures`), and why a deadline departs from December
 * (`reporting_deadline.reason`). A registry imported before gets the row's figures from its stored
 * text, by the phrase the importer reads ("số chính thức của năm trước", the previous year's
 * official figure: row 1 of Plan 3438); every other row owes the reporting year's figure. Earlier
 * deadlines keep no reason.
 */
export class DecemberObligations1765200000000 implements MigrationInterface {
  name = "DecemberObligations1765200000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      "reporting_requirement",
      new TableColumn({
        name: "required_figures",
        type: "varchar",
        length: "64",
        default: "'REPORTING_YEAR_FIGURE'",
      }),
    );
    await queryRunner.query(
      "UPDATE reporting_requirement SET required_figures = 'PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE' WHERE (content LIKE ? OR content LIKE ?) AND content LIKE ?",
      ["%số chính thức của năm trước%", "%số chính thức năm trước%", "%ước thực hiện%năm báo cáo%"],
    );
    await queryRunner.addColumn(
      "reporting_deadline",
      new TableColumn({ name: "reason", type: "varchar", length: "500", isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("reporting_deadline", "reason");
    await queryRunner.dropColumn("reporting_requirement", "required_figures");
  }
}
