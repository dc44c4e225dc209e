import type { ReportingContext } from "@hpig/domain-kit";
import { groupedLoader, keyedLoader } from "@hpig/kit";
import { type DataSource, In, Not } from "typeorm";

import { IndustrialPark } from "../industrial-park/industrial-park.entity";
import { InvestmentProject, InvestmentProjectAdjustment, ProjectStatus } from "./investment-project.entity";

/** A park's leased land: the projects not terminated, and their leased area summed in SQL. */
export interface ParkLease {
  parkCode: string;
  projectCount: number;
  leasedAreaHa: number;
}

/** The investment domain's own loaders of a request: one statement per batch, whatever the number of keys. */
function createInvestmentLoaders(db: DataSource) {
  return {
    park: keyedLoader(
      (codes: readonly string[]) => db.getRepository(IndustrialPark).findBy({ code: In([...codes]) }),
      (park) => park.code,
    ),
    project: keyedLoader(
      (ids: readonly string[]) => db.getRepository(InvestmentProject).findBy({ id: In([...ids]) }),
      (project) => project.id,
    ),
    /** Each park's projects, newest licence first. */
    projectsByPark: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(InvestmentProject).find({
          where: { parkCode: In([...codes]) },
          order: { certificateDate: "DESC", certificateNumber: "DESC" },
        }),
      (project) => project.parkCode!,
    ),
    adjustmentsByProject: groupedLoader(
      (ids: readonly string[]) =>
        db.getRepository(InvestmentProjectAdjustment).find({
          where: { projectId: In([...ids]) },
          order: { sequence: "ASC" },
        }),
      (adjustment) => adjustment.projectId,
    ),
    leaseByPark: keyedLoader(
      async (codes: readonly string[]) =>
        (
          await db
            .getRepository(InvestmentProject)
            .createQueryBuilder("project")
            .select("project.parkCode", "parkCode")
            .addSelect("COUNT(*)", "projectCount")
            .addSelect("COALESCE(SUM(project.leasedAreaHa), 0)", "leasedAreaHa")
            .where({ parkCode: In([...codes]), status: Not(ProjectStatus.TERMINATED) })
            .groupBy("project.parkCode")
            .getRawMany<{ parkCode: string; projectCount: number | string; leasedAreaHa: number | string }>()
        ).map((row) => ({
          parkCode: row.parkCode,
          projectCount: Number(row.projectCount),
          leasedAreaHa: Number(row.leasedAreaHa),
        })),
      (lease: ParkLease) => lease.parkCode,
    ),
  };
}

/** Kept beside the request's shared loaders (one object per request), since the domain kit knows nothing of projects. */
const byRequest = new WeakMap<ReportingContext["loaders"], ReturnType<typeof createInvestmentLoaders>>();

export function investmentLoaders({ db, loaders }: ReportingContext) {
  let own = byRequest.get(loaders);
  if (!own) {
    own = createInvestmentLoaders(db);
    byRequest.set(loaders, own);
  }
  return own;
}
