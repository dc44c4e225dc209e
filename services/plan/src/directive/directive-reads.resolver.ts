import { clock, ErrorCode, UserInputError, vietnamDate } from "@hpig/kit";
import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { Agency } from "../agency/agency.entity";
import type { PlanContext } from "../context";
import { Task } from "../task/task.entity";
import { unknownCode } from "../unknown-code";
import { Directive, DirectiveAddresseeState, DirectiveResponse } from "./directive";
import { IssuedDirective } from "./directive.entity";
import { DirectiveFilter } from "./directive.input";
import { directiveViews } from "./directive-loaders";
import { directivesKnownOn } from "./directives";

const AS_OF =
  "The date to judge them on (Viet Nam time; today when left out): directives issued later are left out, answers recorded later do not count.";

@Resolver()
export class DirectiveQueryResolver {
  @Query(() => [Directive], {
    description:
      "The committee's directives in the order they were issued, each with its addressees' answers and its status on asOf; optionally filtered (e.g. every OVERDUE directive to an agency).",
  })
  async directives(
    @Ctx() { db, loaders }: PlanContext,
    @Arg("filter", () => DirectiveFilter, { nullable: true, description: "Which directives; all when left out." })
    filter?: DirectiveFilter | null,
  ): Promise<Directive[]> {
    if (filter?.agency && !(await loaders.agency.load(filter.agency))) {
      throw unknownCode("agency", filter.agency, "filter.agency");
    }
    if (filter?.task && !(await loaders.task.load(filter.task))) {
      throw unknownCode("task", filter.task, "filter.task");
    }
    if (filter?.issuedFrom && filter.issuedTo && filter.issuedFrom > filter.issuedTo) {
      throw new UserInputError(
        `issuedFrom ${filter.issuedFrom} is after issuedTo ${filter.issuedTo}`,
        ErrorCode.BadUserInput,
        { field: "filter.issuedFrom" },
      );
    }
    return directivesKnownOn(db.manager, filter?.asOf ?? vietnamDate(clock.now()), {
      taskCode: filter?.task ?? null,
      agencyCode: filter?.agency ?? null,
      issuedFrom: filter?.issuedFrom ?? null,
      issuedTo: filter?.issuedTo ?? null,
      status: filter?.status ?? null,
    });
  }
}

@Resolver(() => Task)
export class TaskDirectivesResolver {
  @FieldResolver(() => [Directive], {
    description:
      "The committee's directives about this task, in the order they were issued, each addressed to the task's leads when it was issued, with their answers and status on asOf.",
  })
  async directives(
    @Root() task: Task,
    @Ctx() { loaders }: PlanContext,
    @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Directive[]> {
    return directiveViews(loaders, await loaders.directivesByTask.load(task.code), asOf ?? vietnamDate(clock.now()));
  }
}

@Resolver(() => Agency)
export class AgencyDirectivesResolver {
  @FieldResolver(() => [Directive], {
    description:
      "The directives addressed to this agency (about tasks it led when they were issued, or given to it), in the order they were issued, with their status on asOf.",
  })
  async directives(
    @Root() agency: Agency,
    @Ctx() { loaders }: PlanContext,
    @Arg("open", () => Boolean, {
      nullable: true,
      description:
        "true: only those this agency has not answered yet (by asOf); false: only those it has answered; left out: all.",
    })
    open?: boolean | null,
    @Arg("asOf", () => GraphQLLocalDate, { nullable: true, description: AS_OF }) asOf?: string | null,
  ): Promise<Directive[]> {
    const addressed = await loaders.addressedToAgency.load(agency.code);
    const rows = await loaders.directive.loadMany(addressed.map((a) => a.directiveId));
    const views = await directiveViews(
      loaders,
      rows.filter((row): row is IssuedDirective => row !== null && !(row instanceof Error)),
      asOf ?? vietnamDate(clock.now()),
    );
    if (open === null || open === undefined) return views;
    return views.filter((view) => {
      const answered = view.addressees.some((a) => a.agencyCode === agency.code && a.responded);
      return open ? !answered : answered;
    });
  }
}

/** The links of a directive to the registry as it is now (the codes beside them keep what was recorded). */
@Resolver(() => Directive)
export class DirectiveLinksResolver {
  @FieldResolver(() => Task, { nullable: true, description: "The task it is about, as the registry has it now." })
  task(@Root() directive: Directive, @Ctx() { loaders }: PlanContext): Promise<Task | null> | null {
    return directive.taskCode ? loaders.task.load(directive.taskCode) : null;
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: "The agency it is given to (null for one about a task).",
  })
  agency(@Root() directive: Directive, @Ctx() { loaders }: PlanContext): Promise<Agency | null> | null {
    return directive.agencyCode ? loaders.agency.load(directive.agencyCode) : null;
  }
}

@Resolver(() => DirectiveAddresseeState)
export class DirectiveAddresseeResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The addressed agency." })
  agency(@Root() addressee: DirectiveAddresseeState, @Ctx() { loaders }: PlanContext): Promise<Agency | null> {
    return loaders.agency.load(addressee.agencyCode);
  }
}

@Resolver(() => DirectiveResponse)
export class DirectiveResponseResolver {
  @FieldResolver(() => Agency, { nullable: true, description: "The agency that answered." })
  agency(@Root() response: DirectiveResponse, @Ctx() { loaders }: PlanContext): Promise<Agency | null> {
    return loaders.agency.load(response.agencyCode);
  }
}
