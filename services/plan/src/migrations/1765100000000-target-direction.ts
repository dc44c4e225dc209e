import { type MigrationInterface, type QueryRunner, TableColumn } from "typeorm";

import { readTargetDirection } from "../importer/target-direction";

/**
 * Which side of its band meets each target (`target.direction`). The rows already imported get the
 * direction the importer now gives them, read from their stored clause (`source_text`) by the same
 * pure function, so a populated registry needs no re-import for it. Only the direction is filled
 * in: min and max stay as stored (they may be the standing office's), so a clause written
 * "khoảng" keeps its unwidened band until the next import widens it. A clause the importer would
 * now refuse (contradictory words) keeps the column's default, AT_LEAST, the paragraph's "Phấn đấu
 * đạt"; the next import names it.
 */
export class TargetDirection1765100000000 implements MigrationInterface {
  name = "TargetDirection1765100000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      "target",
      new TableColumn({ name: "direction", type: "varchar", length: "16", default: "'AT_LEAST'" }),
    );
    const rows = (await queryRunner.query("SELECT code, source_text FROM target")) as Array<{
      code: string;
      source_text: string;
    }>;
    for (const row of rows) {
      const reading = readTargetDirection(row.source_text);
      if ("problem" in reading || reading.direction === "AT_LEAST") continue;
      await queryRunner.query("UPDATE target SET direction = ? WHERE code = ?", [reading.direction, row.code]);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn("target", "direction");
  }
}
