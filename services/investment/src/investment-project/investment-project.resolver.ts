import { domainNamespaces, type ReportingContext, VSIC2_CODE_LIST } from "@hpig/domain-kit";
import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";

import { IndustrialPark } from "../industrial-park/industrial-park.entity";
import { DOMESTIC_COUNTRY, InvestmentProject, InvestmentProjectAdjustment } from "./investment-project.entity";
import { InvestmentProjectFilter, InvestmentProjectInput } from "./investment-project.input";
import { recordInvestmentProject, terminateInvestmentProject } from "./investment-project.service";
import { investmentLoaders } from "./project-loaders";
import { PAGE_LIMIT, selectProjectPage } from "./project-page";
import { InvestmentProjectConnection, ParkOccupancy } from "./project-page.types";

const { Queries, Mutations } = domainNamespaces("INVESTMENT");

/** `investment { projects, project }`: the projects, paged and filtered. */
@Resolver(() => Queries)
export class InvestmentProjectQueries {
  @FieldResolver(() => InvestmentProjectConnection, {
    description: `The investment projects KHĐT and BQLKKT keep, newest licence first (then by certificate number), filtered; pages of \`first\` (1–${PAGE_LIMIT}) after a cursor.`,
  })
  projects(
    @Ctx() { db }: ReportingContext,
    @Arg("filter", () => InvestmentProjectFilter, { nullable: true, description: "Which projects; all when left out." })
    filter?: InvestmentProjectFilter | null,
    @Arg("first", () => Int, { defaultValue: 50, description: `How many (1–${PAGE_LIMIT}).` }) first?: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page." })
    after?: string | null,
  ): Promise<InvestmentProjectConnection> {
    return selectProjectPage(db, filter ?? {}, first ?? 50, after ?? null);
  }

  @FieldResolver(() => InvestmentProject, { nullable: true, description: "One project by its id; null when unknown." })
  project(
    @Arg("id", () => ID, { description: "The project's id." }) id: string,
    @Ctx() context: ReportingContext,
  ): Promise<InvestmentProject | null> {
    return id.length > 36 ? Promise.resolve(null) : investmentLoaders(context).project.load(id);
  }
}

/** `mutation { investment { recordInvestmentProject, terminateInvestmentProject } }`, for KHĐT's and BQLKKT's editors. */
@Resolver(() => Mutations)
export class InvestmentProjectMutations {
  @FieldResolver(() => InvestmentProject, {
    nullable: true,
    description:
      "Adds a project (a new certificate number) or adjusts a recorded one (its changes kept as an adjustment, with the decision, which a change requires); the same record again changes nothing. By an editor of KHDT or BQLKKT (FORBIDDEN otherwise); audited (entityType InvestmentProject).",
  })
  recordInvestmentProject(
    @Arg("input", () => InvestmentProjectInput, { description: "The project's record." }) input: InvestmentProjectInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<InvestmentProject> {
    return recordInvestmentProject(db, input, now, { principal, requestId });
  }

  @FieldResolver(() => InvestmentProject, {
    nullable: true,
    description:
      "Terminates a project from a day (kept as its last adjustment; its land stops counting as leased), by an editor of KHDT or BQLKKT (FORBIDDEN otherwise); audited. NOT_FOUND for an unknown id.",
  })
  terminateInvestmentProject(
    @Arg("id", () => ID, { description: "The project's id." }) id: string,
    @Arg("terminatedOn", () => String, { description: "The day it ends, YYYY-MM-DD, not after today." })
    terminatedOn: string,
    @Arg("decision", () => String, { description: "The decision's number (1–64 characters)." }) decision: string,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<InvestmentProject> {
    return terminateInvestmentProject(db, { id, terminatedOn, decision }, now, { principal, requestId });
  }
}

const SECTOR_NAMES = new Map(VSIC2_CODE_LIST.entries.map((entry) => [entry.code, entry.name]));

/** A project's fields that are links or computed. */
@Resolver(() => InvestmentProject)
export class InvestmentProjectResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the investor is foreign (country other than "VN").' })
  foreign(@Root() project: InvestmentProject): boolean {
    return project.country !== DOMESTIC_COUNTRY;
  }

  @FieldResolver(() => String, { description: "The sector's name in the VSIC2 list." })
  sectorName(@Root() project: InvestmentProject): string {
    return SECTOR_NAMES.get(project.sector) ?? project.sector;
  }

  @FieldResolver(() => IndustrialPark, {
    nullable: true,
    description: "The industrial park it is in; null outside any park.",
  })
  park(@Root() project: InvestmentProject, @Ctx() context: ReportingContext): Promise<IndustrialPark | null> | null {
    return project.parkCode === null ? null : investmentLoaders(context).park.load(project.parkCode);
  }

  @FieldResolver(() => [InvestmentProjectAdjustment], {
    description: "Its adjustments, oldest first (the licence itself is the certificate's date); terminations included.",
  })
  adjustments(
    @Root() project: InvestmentProject,
    @Ctx() context: ReportingContext,
  ): Promise<InvestmentProjectAdjustment[]> {
    return investmentLoaders(context).adjustmentsByProject.load(project.id);
  }
}

/** `IndustrialPark.projects` and `.occupancy`, batched over every park of a request. */
@Resolver(() => IndustrialPark)
export class IndustrialParkProjectsResolver {
  @FieldResolver(() => [InvestmentProject], {
    description: "The investment projects in the park, newest licence first, terminated ones included.",
  })
  projects(@Root() park: IndustrialPark, @Ctx() context: ReportingContext): Promise<InvestmentProject[]> {
    return investmentLoaders(context).projectsByPark.load(park.code);
  }

  @FieldResolver(() => ParkOccupancy, {
    description:
      "Its land leased now: the leased area of its projects that are not terminated, against its land for lease.",
  })
  async occupancy(@Root() park: IndustrialPark, @Ctx() context: ReportingContext): Promise<ParkOccupancy> {
    const lease = await investmentLoaders(context).leaseByPark.load(park.code);
    const leasedAreaHa = Number((lease?.leasedAreaHa ?? 0).toFixed(2));
    return Object.assign(new ParkOccupancy(), {
      leasedAreaHa,
      leasableAreaHa: park.leasableAreaHa,
      ratePercent: park.leasableAreaHa > 0 ? Number(((leasedAreaHa * 100) / park.leasableAreaHa).toFixed(1)) : null,
      projectCount: lease?.projectCount ?? 0,
    });
  }
}

/** A project referenced by its id (environment's EIA records); null for an unknown id. */
export const investmentProjectReference = {
  InvestmentProject: {
    __resolveReference: (reference: Record<string, unknown>, context: ReportingContext) =>
      investmentLoaders(context).project.load(String(reference["id"])),
  },
};
