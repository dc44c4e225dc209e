import { parsePlanDocument } from "@hpig/plan/importer";

/**
 * The real plan document with `copies` extra rows per single-lead task, appended to each
 * group in the document's own table format: a bigger registry for "does it scale" tests.
 */
export function enlargePlanDocument(text: string, copies: number): string {
  const plan = parsePlanDocument(text);
  const lines = text.split("\n");
  const groupStarts = plan.groups.slice(1).map((group) => lines.indexOf(`\t${group.code}`));
  const tableEnd = lines.findIndex((line) => line.startsWith("III. TỔ CHỨC THỰC HIỆN"));
  const insertAt = [...groupStarts, tableEnd];
  if (insertAt.some((index) => index < 0)) throw new Error("document layout not recognised");

  // Insert from the bottom so earlier indexes stay valid.
  for (let g = plan.groups.length - 1; g >= 0; g--) {
    const group = plan.groups[g];
    const simple = group.tasks.filter(
      (t) => ![t.title, t.leadText, t.coordinationNote].some((cell) => cell.includes("\n")),
    );
    const rows: string[] = [];
    let number = group.tasks.length;
    for (let k = 1; k <= copies; k++) {
      for (const task of simple) {
        number += 1;
        rows.push(
          `\t${number}`,
          `\t${task.title} (bản sao ${k})`,
          `\t${task.leadText}`,
          `\t${task.coordinationNote}`,
          `\t${task.periodText}`,
          "",
        );
      }
    }
    lines.splice(insertAt[g], 0, ...rows);
  }
  return lines.join("\n");
}

/** The document with its section I target paragraph holding `clauses` alone (e.g. one target instead of nine). */
export function withTargetParagraph(text: string, clauses: string): string {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.startsWith("- Phấn đấu đạt mục tiêu"));
  if (index < 0) throw new Error("no target paragraph");
  lines[index] = `- Phấn đấu đạt mục tiêu: ${clauses}`;
  return lines.join("\n");
}

/** The document with its horizon ("định hướng đến năm 2020" in the title) moved to `year`: a plan still running today. */
export function withHorizon(text: string, year: number): string {
  const lines = text.split("\n");
  const index = lines.findIndex((line) => line.includes("ĐỊNH HƯỚNG ĐẾN NĂM 2020"));
  if (index < 0) throw new Error("no horizon in the title");
  lines[index] = lines[index].replace("ĐỊNH HƯỚNG ĐẾN NĂM 2020", `ĐỊNH HƯỚNG ĐẾN NĂM ${year}`);
  return lines.join("\n");
}
