import { FieldResolver, Resolver, Root } from "type-graphql";

import { AuditActor, AuditEntry } from "./audit-entry.entity";

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => AuditActor, { description: "Who made the change, as their token said." })
  actor(@Root() entry: AuditEntry): AuditActor {
    return Object.assign(new AuditActor(), {
      subject: entry.actorSubject,
      name: entry.actorName,
      agency: entry.actorAgency,
      roles: entry.actorRoles,
    });
  }
}
