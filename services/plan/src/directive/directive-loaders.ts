import { endOfVietnamDay, groupedLoader, keyedLoader } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import type { Directive } from "./directive";
import { DirectiveAddressee, DirectiveResponseRecord, IssuedDirective } from "./directive.entity";
import { directiveAsOf } from "./directive-state";

/** Per-request loaders of directives: the directives of many tasks or agencies cost the same few statements as one's. */
export function createDirectiveLoaders(db: DataSource) {
  const directives = db.getRepository(IssuedDirective);
  const addressees = db.getRepository(DirectiveAddressee);
  const responses = db.getRepository(DirectiveResponseRecord);
  return {
    directive: keyedLoader(
      (ids: readonly number[]) => directives.findBy({ id: In([...ids]) }),
      (d) => d.id,
    ),
    directivesByTask: groupedLoader(
      (codes: readonly string[]) => directives.find({ where: { taskCode: In([...codes]) }, order: { id: "ASC" } }),
      (d) => d.taskCode ?? "",
    ),
    /** Whom each directive is addressed to, in order. */
    directiveAddressees: groupedLoader(
      (ids: readonly number[]) =>
        addressees.find({ where: { directiveId: In([...ids]) }, order: { directiveId: "ASC", position: "ASC" } }),
      (a) => a.directiveId,
    ),
    /** The directives addressed to each agency. */
    addressedToAgency: groupedLoader(
      (codes: readonly string[]) =>
        addressees.find({ where: { agencyCode: In([...codes]) }, order: { directiveId: "ASC" } }),
      (a) => a.agencyCode,
    ),
    /** Every answer to each directive, oldest first. */
    directiveResponses: groupedLoader(
      (ids: readonly number[]) =>
        responses.find({ where: { directiveId: In([...ids]) }, order: { respondedAt: "ASC", id: "ASC" } }),
      (r) => r.directiveId,
    ),
  };
}

type DirectiveLoaders = ReturnType<typeof createDirectiveLoaders>;

/** The directives among `rows` issued by the end of `asOf`, each as the graph shows it on that date, through the loaders. */
export async function directiveViews(
  loaders: DirectiveLoaders,
  rows: readonly IssuedDirective[],
  asOf: string,
): Promise<Directive[]> {
  const cutoff = endOfVietnamDay(asOf);
  const issued = rows.filter((row) => row.issuedAt < cutoff);
  return Promise.all(
    issued.map(async (row) => {
      const [addressed, answers] = await Promise.all([
        loaders.directiveAddressees.load(row.id),
        loaders.directiveResponses.load(row.id),
      ]);
      return directiveAsOf(
        row,
        addressed.map((a) => a.agencyCode),
        answers,
        asOf,
      );
    }),
  );
}
