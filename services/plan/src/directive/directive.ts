import { AuditActor } from "@hpig/kit";
import { GraphQLDateTimeISO, GraphQLLocalDate } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";

/** Where a directive stands on a date. */
export enum DirectiveStatus {
  OPEN = "OPEN",
  OVERDUE = "OVERDUE",
  RESPONDED = "RESPONDED",
}

registerEnumType(DirectiveStatus, {
  name: "DirectiveStatus",
  description: "Where a directive stands on a date (Viet Nam time).",
  valuesConfig: {
    OPEN: { description: "Not every addressed agency has answered yet, and the due date has not passed." },
    OVERDUE: { description: "The due date has passed and not every addressed agency has answered." },
    RESPONDED: { description: "Every addressed agency has answered (late answers count; see late)." },
  },
});

/*
 * The GraphQL shape of a directive is plain data computed for one date (directiveAsOf): every field
 * but the links (task, agency) is a value, so a directive can be frozen as JSON into a submitted
 * report and served again unchanged.
 */

@ObjectType("DirectiveAddressee", {
  description: "One agency a directive is addressed to, and whether it has answered.",
})
export class DirectiveAddresseeState {
  @Field(() => ID, { description: 'The agency\'s code, e.g. "LDTBXH".' })
  agencyCode!: string;

  @Field(() => Boolean, { description: "True once the agency has answered (by the directive's asOf date)." })
  responded!: boolean;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "The Viet Nam date of its first answer; null without one.",
  })
  respondedOn!: string | null;

  @Field(() => Int, { description: "How many answers it has given (each answer is kept)." })
  responseCount!: number;

  @Field(() => Boolean, {
    description:
      "True when its first answer came after the due date, or, without an answer, when the due date has passed.",
  })
  late!: boolean;
}

@ObjectType("DirectiveResponse", { description: "One answer of an addressed agency to a directive, as recorded." })
export class DirectiveResponse {
  @Field(() => ID, { description: "The answer's identifier." })
  id!: string;

  @Field(() => ID, { description: "The agency it answers for: the responding editor's." })
  agencyCode!: string;

  @Field(() => String, { description: "What the agency answers: what it has done or will do." })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The agency\'s own document, e.g. "215/BC-SLĐTBXH"; null when none was named.',
  })
  documentRef!: string | null;

  @Field(() => GraphQLDateTimeISO, { description: "When it was recorded." })
  respondedAt!: string;

  @Field(() => GraphQLLocalDate, { description: "The Viet Nam date it was recorded." })
  respondedOn!: string;

  @Field(() => String, { description: "Who answered: the signed-in editor's name." })
  responder!: string;

  @Field(() => Boolean, { description: "True when it came after the directive's due date." })
  late!: boolean;
}

@ObjectType("Directive", {
  description:
    "A directive (chỉ đạo) of the steering committee to the departments and districts, about a task (addressed to the task's lead agencies when it was issued) or to one agency, with a due date, the answers known on a date and where it stands then.",
})
export class Directive {
  @Field(() => ID, { description: "The directive's identifier (respondToDirective takes it)." })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The code of the task it is about; null for a directive to an agency.",
  })
  taskCode!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The code of the agency it is given to; null for a directive about a task.",
  })
  agencyCode!: string | null;

  @Field(() => String, { description: "What the committee directs." })
  text!: string;

  @Field(() => GraphQLLocalDate, { description: "The Viet Nam date by which every addressed agency is to answer." })
  dueOn!: string;

  @Field(() => GraphQLDateTimeISO, { description: "When it was issued." })
  issuedAt!: string;

  @Field(() => GraphQLLocalDate, { description: "The Viet Nam date it was issued." })
  issuedOn!: string;

  @Field(() => AuditActor, {
    description: "Who issued it: the signed-in member of the committee or the standing office, with their roles.",
  })
  issuedBy!: AuditActor;

  @Field(() => GraphQLLocalDate, {
    description: "The date status, addressees and responses are given for (Viet Nam time; today unless asked).",
  })
  asOf!: string;

  @Field(() => DirectiveStatus, { description: "Where it stands on asOf." })
  status!: DirectiveStatus;

  @Field(() => [DirectiveAddresseeState], {
    description: "The agencies it is addressed to, in the order of the task's leads, each with its answers by asOf.",
  })
  addressees!: DirectiveAddresseeState[];

  @Field(() => [DirectiveResponse], { description: "The answers recorded by the end of asOf, oldest first." })
  responses!: DirectiveResponse[];
}
