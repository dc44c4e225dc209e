import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";

/**
 * The same input type as the domains' auditTrail filter (services/reporting/src/domain/audit-trail.input.ts),
 * name, fields and descriptions, so the supergraph has one AuditTrailFilter whichever trail a client
 * reads. Plan's kinds of record are listed on plan { auditTrail }. (It belongs in the kit; until it is
 * there, change both together.)
 */
@InputType("AuditTrailFilter", {
  description: "Which changes of a domain's audit trail to list; every condition given must hold.",
})
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes made by someone of this agency, e.g. "LDTBXH".' })
  agency?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only changes of this kind of record: "ProgressReport", "ImplementationPlan", "Observation", "TaskComment".',
  })
  entityType?: string | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only changes made at or after this time." })
  from?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: "Only changes made before this time." })
  to?: Date | null;
}
