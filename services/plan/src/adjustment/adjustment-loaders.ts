import { groupedLoader } from "@hpig/kit";
import { type DataSource, In } from "typeorm";

import { AdjustmentProposalRecord } from "./adjustment-proposal.entity";

/** Per-request loaders of adjustment proposals. */
export function createAdjustmentLoaders(db: DataSource) {
  const proposals = db.getRepository(AdjustmentProposalRecord);
  return {
    /** The proposals about each task, the one that created it included, oldest first. */
    proposalsByTask: groupedLoader(
      (codes: readonly string[]) =>
        proposals.find({
          where: [{ taskCode: In([...codes]) }, { createdTaskCode: In([...codes]) }],
          order: { id: "ASC" },
        }),
      (p) => p.taskCode ?? p.createdTaskCode ?? "",
    ),
  };
}
