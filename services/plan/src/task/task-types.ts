import { createDomainTypes } from "../domain/domain-types";
import { Task } from "./task.entity";

/**
 * One concrete entity type per domain. Plan resolves the registry fields of all of them;
 * each domain subgraph declares its own type with the same key and adds what it owns.
 */
export const TASK_TYPES = createDomainTypes({
  kind: "Task",
  implements: Task,
  key: "code",
  describe: (domain) =>
    `A task whose progress the ${domain} domain reports (its first lead agency belongs to that domain).`,
});
