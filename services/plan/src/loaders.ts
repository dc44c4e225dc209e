import { groupedLoader, keyedLoader } from "@hpig/kit";
import { type DataSource, In } from "typeorm";
import { Agency } from "./agency/agency.entity";
import { Plan } from "./plan/plan.entity";
import { ProgramGroup } from "./program-group/program-group.entity";
import { Target } from "./target/target.entity";
import { TaskAssignment } from "./task/task-assignment.entity";
import { Task } from "./task/task.entity";

/** Per-request batch loaders: every list and entity reference of the plan subgraph goes through one of these. */
export function createPlanLoaders(db: DataSource) {
  const agencies = db.getRepository(Agency);
  const groups = db.getRepository(ProgramGroup);
  const tasks = db.getRepository(Task);
  const assignments = db.getRepository(TaskAssignment);
  const plans = db.getRepository(Plan);
  const targets = db.getRepository(Target);
  return {
    plan: keyedLoader(
      (numbers: readonly string[]) => plans.findBy({ number: In([...numbers]) }),
      (p) => p.number,
    ),
    target: keyedLoader(
      (codes: readonly string[]) => targets.findBy({ code: In([...codes]) }),
      (t) => t.code,
    ),
    agency: keyedLoader(
      (codes: readonly string[]) => agencies.findBy({ code: In([...codes]) }),
      (a) => a.code,
    ),
    programGroup: keyedLoader(
      (codes: readonly string[]) => groups.findBy({ code: In([...codes]) }),
      (g) => g.code,
    ),
    task: keyedLoader(
      (codes: readonly string[]) => tasks.findBy({ code: In([...codes]) }),
      (t) => t.code,
    ),
    tasksByGroup: groupedLoader(
      (codes: readonly string[]) => tasks.find({ where: { groupCode: In([...codes]) }, order: { position: "ASC" } }),
      (t) => t.groupCode,
    ),
    assignmentsByTask: groupedLoader(
      (codes: readonly string[]) =>
        assignments.find({ where: { taskCode: In([...codes]) }, order: { role: "DESC", position: "ASC" } }),
      (a) => a.taskCode,
    ),
    assignmentsByAgency: groupedLoader(
      (codes: readonly string[]) =>
        assignments.find({ where: { agencyCode: In([...codes]) }, order: { taskCode: "ASC" } }),
      (a) => a.agencyCode,
    ),
  };
}

export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
