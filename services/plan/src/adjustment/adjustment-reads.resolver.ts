import { loadPresent } from "@hpig/kit";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { ProgramGroup } from "../program-group/program-group.entity";
import { Task } from "../task/task.entity";
import { unknownCode } from "../unknown-code";
import { AdjustmentProposalFilter } from "./adjustment.input";
import {
  AdjustmentProposal,
  adjustmentProposalOf,
  ProposedLead,
  ProposedTaskChanges,
  TaskSnapshot,
} from "./adjustment-proposal";
import { AdjustmentKind, AdjustmentProposalRecord } from "./adjustment-proposal.entity";

@Resolver()
export class AdjustmentProposalQueryResolver {
  @Query(() => [AdjustmentProposal], {
    description:
      "Adjustment proposals of the lead agencies, oldest first, with the decisions on them; optionally filtered.",
  })
  async adjustmentProposals(
    @Ctx() { db, loaders }: PlanContext,
    @Arg("filter", () => AdjustmentProposalFilter, {
      nullable: true,
      description: "Which proposals; all when left out.",
    })
    filter?: AdjustmentProposalFilter | null,
  ): Promise<AdjustmentProposal[]> {
    if (filter?.agency && !(await loaders.agency.load(filter.agency))) {
      throw unknownCode("agency", filter.agency, "filter.agency");
    }
    if (filter?.task && !(await loaders.task.load(filter.task))) {
      throw unknownCode("task", filter.task, "filter.task");
    }
    const query = db.getRepository(AdjustmentProposalRecord).createQueryBuilder("p").orderBy("p.id", "ASC");
    if (filter?.state) query.andWhere("p.state = :state", { state: filter.state });
    if (filter?.agency) query.andWhere("p.proposerAgency = :agency", { agency: filter.agency });
    if (filter?.task) query.andWhere("(p.taskCode = :task OR p.createdTaskCode = :task)", { task: filter.task });
    return (await query.getMany()).map(adjustmentProposalOf);
  }
}

@Resolver(() => Task)
export class TaskAdjustmentProposalsResolver {
  @FieldResolver(() => [AdjustmentProposal], {
    description:
      "The adjustment proposals about this task, oldest first (for a task created by a decision, the proposal that created it), with the decisions on them.",
  })
  async adjustmentProposals(@Root() task: Task, @Ctx() { loaders }: PlanContext): Promise<AdjustmentProposal[]> {
    return (await loaders.proposalsByTask.load(task.code)).map(adjustmentProposalOf);
  }
}

/** The links of a proposal to the registry as it is now. */
@Resolver(() => AdjustmentProposal)
export class AdjustmentProposalLinksResolver {
  @FieldResolver(() => Task, {
    nullable: true,
    description:
      "The task it is about, as the registry has it now: the task to change, or the task created by its approval.",
  })
  task(@Root() proposal: AdjustmentProposal, @Ctx() { loaders }: PlanContext): Promise<Task | null> | null {
    return proposal.taskCode ? loaders.task.load(proposal.taskCode) : null;
  }

  @FieldResolver(() => Task, {
    nullable: true,
    description: "For an approved proposal of a new task, the task it created; null otherwise.",
  })
  createdTask(@Root() proposal: AdjustmentProposal, @Ctx() { loaders }: PlanContext): Promise<Task | null> | null {
    return proposal.kind === AdjustmentKind.NEW_TASK && proposal.taskCode ? loaders.task.load(proposal.taskCode) : null;
  }

  @FieldResolver(() => ProgramGroup, { nullable: true, description: "The program group of the task." })
  group(@Root() proposal: AdjustmentProposal, @Ctx() { loaders }: PlanContext): Promise<ProgramGroup | null> {
    return loaders.programGroup.load(proposal.groupCode);
  }

  @FieldResolver(() => Agency, { nullable: true, description: "The agency it was proposed for." })
  proposingAgency(@Root() proposal: AdjustmentProposal, @Ctx() { loaders }: PlanContext): Promise<Agency | null> {
    return loaders.agency.load(proposal.proposingAgencyCode);
  }
}

@Resolver(() => ProposedLead)
export class ProposedLeadResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The lead agency." })
  agency(@Root() lead: ProposedLead, @Ctx() { loaders }: PlanContext): Promise<Agency | null> {
    return loaders.agency.load(lead.agencyCode);
  }
}

@Resolver(() => TaskSnapshot)
export class TaskSnapshotResolver {
  @FieldResolver(() => [Agency], { description: "Its coordinating agencies, in order." })
  coordinatingAgencies(@Root() snapshot: TaskSnapshot, @Ctx() { loaders }: PlanContext): Promise<Agency[]> {
    return loadPresent(loaders.agency, snapshot.coordinatingAgencyCodes);
  }
}

@Resolver(() => ProposedTaskChanges)
export class ProposedTaskChangesResolver {
  @FieldResolver(() => [Agency], { nullable: true, description: "The new coordinating agencies, in order." })
  coordinatingAgencies(
    @Root() changes: ProposedTaskChanges,
    @Ctx() { loaders }: PlanContext,
  ): Promise<Agency[]> | null {
    return changes.coordinatingAgencyCodes ? loadPresent(loaders.agency, changes.coordinatingAgencyCodes) : null;
  }
}
