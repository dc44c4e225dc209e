import { FieldResolver, Resolver, Root } from "type-graphql";

import { Agency, agencyReference } from "../agency/agency.reference";
import { TaskComment } from "./task-comment.entity";

@Resolver(() => TaskComment)
export class TaskCommentResolver {
  @FieldResolver(() => Agency, { description: "The lead or coordinating agency the author commented for." })
  agency(@Root() comment: TaskComment): Agency {
    return agencyReference(comment.agencyCode);
  }
}
