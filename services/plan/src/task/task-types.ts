import { Directive, ObjectType } from "type-graphql";
import { Domain, taskTypeName } from "../domain/domain";
import { Task } from "./task.entity";

/**
 * One concrete entity type per domain. Plan resolves the registry fields of all of them;
 * each domain subgraph declares its own type with the same key and adds what it owns.
 */
function createTaskType(domain: Domain) {
  @ObjectType(taskTypeName(domain), {
    implements: Task,
    description: `A task whose progress the ${domain.toLowerCase()} domain reports (its first lead agency belongs to that domain).`,
  })
  @Directive('@key(fields: "code")')
  class DomainTask extends Task {}
  return DomainTask;
}

export const TASK_TYPES = Object.values(Domain).map(createTaskType);
