import { TaskStatus } from "@hpig/kit";
import { GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

export enum TaskGrouping {
  GROUP = "GROUP",
  LEAD_AGENCY = "LEAD_AGENCY",
  DOMAIN = "DOMAIN",
}

registerEnumType(TaskGrouping, {
  name: "TaskGrouping",
  description: "How taskSummary splits the tasks into buckets.",
  valuesConfig: {
    GROUP: { description: "By program group, I to IX, every group listed (a group without tasks counts 0)." },
    LEAD_AGENCY: {
      description:
        "By lead agency, the agencies that lead at least one of the tasks, in registry order. A task with two leads (III.2) counts in both buckets, and once in the total.",
    },
    DOMAIN: { description: "By the domain that owns the task, every domain listed." },
  },
});

@ObjectType({ description: "How many tasks have one status." })
export class StatusCount {
  @Field(() => TaskStatus, { description: "The status." })
  status!: TaskStatus;

  @Field(() => Int, { description: "How many tasks have it." })
  count!: number;
}

@ObjectType({ description: "The tasks of one bucket (a group, a lead agency or a domain) by status." })
export class TaskSummaryBucket {
  @Field(() => ID, { description: 'The group numeral ("IV"), agency code ("LDTBXH") or domain ("LABOUR").' })
  key!: string;

  @Field(() => String, { description: "What the key names: the group's title, the agency's name, the domain." })
  label!: string;

  @Field(() => Int, { description: "Tasks in the bucket." })
  total!: number;

  @Field(() => [StatusCount], {
    description: "Tasks in the bucket by status: every status, in enum order, 0 included.",
  })
  byStatus!: StatusCount[];
}

@ObjectType({
  description:
    "The plan's tasks counted by status as of a date: the same status each task's own `status(asOf:)` gives, counted in the plan subgraph from its read model of the domains' reports.",
})
export class TaskSummary {
  @Field(() => GraphQLLocalDate, { description: "The date the statuses are judged at." })
  asOf!: string;

  @Field(() => Int, { description: "Tasks counted." })
  total!: number;

  @Field(() => [StatusCount], { description: "Tasks by status: every status, in enum order, 0 included." })
  byStatus!: StatusCount[];

  @Field(() => [TaskSummaryBucket], { description: "The same counts split by `groupBy`; empty without it." })
  buckets!: TaskSummaryBucket[];
}
