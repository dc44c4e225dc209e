import { domainNamespaces, IndustrialParkReference, type ReportingContext } from "@hpig/domain-kit";
import { Arg, Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root } from "type-graphql";

import {
  approvalCount,
  type ApprovalFilter,
  approvalLoaders,
  approvalPage,
  checkPageSize,
  checkYear,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from "./approval-queries";
import { ApprovalKind, ApprovalRevision } from "./environmental-approval.entity";
import { ApprovalInput } from "./environmental-approval.input";
import { checkPark, correctApproval, recordApproval } from "./environmental-approval.service";
import { InvestmentProjectReference } from "./investment-project.reference";

const { Queries, Mutations } = domainNamespaces("ENVIRONMENT");

/** One page of a list of approvals. */
@ObjectType("EnvironmentalApprovalPage", {
  description: "A page of EIA approvals or commitment registrations, by decision date; nextCursor leads to the next.",
})
export class ApprovalPage {
  @Field(() => [ApprovalRevision], {
    description: "The approvals of this page, as they stand (their current revisions).",
  })
  items!: ApprovalRevision[];

  @Field(() => String, {
    nullable: true,
    description: "Pass as `after` for the next page; null on the last page.",
  })
  nextCursor!: string | null;

  /** The list's filter, for its count. */
  filter!: ApprovalFilter;
}

/** The list arguments both lists share. */
const FIRST = {
  nullable: true,
  defaultValue: DEFAULT_PAGE_SIZE,
  description: `How many approvals per page, 1–${MAX_PAGE_SIZE}.`,
} as const;
const AFTER = { nullable: true, description: "The nextCursor of the page before; left out, the first page." } as const;
const YEAR = { description: "The year the decisions were made in (the decision date's year)." } as const;

async function page(
  { db, now }: ReportingContext,
  filter: ApprovalFilter,
  first: number,
  after: string | null | undefined,
): Promise<ApprovalPage> {
  checkYear(filter.year, now);
  checkPageSize(first);
  return Object.assign(new ApprovalPage(), { ...(await approvalPage(db, filter, first, after ?? null)), filter });
}

/** `environment { eiaApprovals commitmentRegistrations }`: TNMT's records, a year at a time, paged. */
@Resolver(() => Queries)
export class ApprovalQueries {
  @FieldResolver(() => ApprovalPage, {
    description:
      "The EIA reports approved in a year (phê duyệt báo cáo ĐTM), optionally of projects in one industrial park, as they stand after any correction.",
  })
  eiaApprovals(
    @Ctx() context: ReportingContext,
    @Arg("year", () => Int, YEAR) year: number,
    @Arg("park", () => ID, {
      nullable: true,
      description: "Only projects in this park (its INDUSTRIAL_PARK code); an unknown code is BAD_USER_INPUT.",
    })
    park: string | null | undefined,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after: string | null | undefined,
  ): Promise<ApprovalPage> {
    return page(context, { kind: ApprovalKind.EIA, year, park: checkPark(park) }, first, after);
  }

  @FieldResolver(() => ApprovalPage, {
    description:
      "The environmental commitments (or protection plans) whose registration was confirmed in a year, as they stand after any correction.",
  })
  commitmentRegistrations(
    @Ctx() context: ReportingContext,
    @Arg("year", () => Int, YEAR) year: number,
    @Arg("first", () => Int, FIRST) first: number,
    @Arg("after", () => String, AFTER) after: string | null | undefined,
  ): Promise<ApprovalPage> {
    return page(context, { kind: ApprovalKind.COMMITMENT, year, park: null }, first, after);
  }
}

@Resolver(() => ApprovalPage)
export class ApprovalPageResolver {
  @FieldResolver(() => Int, { description: "How many approvals the list holds over all its pages." })
  totalCount(@Root() approvals: ApprovalPage, @Ctx() { db }: ReportingContext): Promise<number> {
    return approvalCount(db, approvals.filter);
  }
}

@Resolver(() => ApprovalRevision)
export class ApprovalFieldsResolver {
  @FieldResolver(() => IndustrialParkReference, {
    nullable: true,
    description:
      "The industrial park the project is in (its record is kept by the investment domain); null outside parks.",
  })
  park(@Root() approval: ApprovalRevision): IndustrialParkReference | null {
    return approval.parkCode ? Object.assign(new IndustrialParkReference(), { code: approval.parkCode }) : null;
  }

  @FieldResolver(() => InvestmentProjectReference, {
    nullable: true,
    description: "The project in the investment domain's records, when TNMT linked it; null otherwise.",
  })
  investmentProject(@Root() approval: ApprovalRevision): InvestmentProjectReference | null {
    return approval.investmentProjectId
      ? Object.assign(new InvestmentProjectReference(), { id: approval.investmentProjectId })
      : null;
  }

  @FieldResolver(() => [ApprovalRevision], {
    description: "Every revision of this approval, oldest first: the first record and each correction.",
  })
  revisions(@Root() approval: ApprovalRevision, @Ctx() context: ReportingContext): Promise<ApprovalRevision[]> {
    return approvalLoaders(context).revisions.load(approval.approvalId);
  }
}

const INPUT = { description: "The project, the decision and who made it." } as const;

/** `mutation { environment { … } }`: TNMT's editors record and correct approvals; every write audited. */
@Resolver(() => Mutations)
export class ApprovalMutations {
  @FieldResolver(() => ApprovalRevision, {
    nullable: true,
    description:
      "Records the approval of a project's EIA report, by an editor of TNMT (FORBIDDEN for anyone else); audited (entityType EnvironmentalApproval). A decision already recorded is DUPLICATE_DECISION.",
  })
  recordEiaApproval(
    @Arg("input", () => ApprovalInput, INPUT) input: ApprovalInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<ApprovalRevision> {
    return recordApproval(db, ApprovalKind.EIA, input, now, { principal, requestId });
  }

  @FieldResolver(() => ApprovalRevision, {
    nullable: true,
    description:
      "Records the confirmed registration of a project's environmental commitment (or protection plan), by an editor of TNMT (FORBIDDEN for anyone else); audited.",
  })
  recordCommitmentRegistration(
    @Arg("input", () => ApprovalInput, INPUT) input: ApprovalInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<ApprovalRevision> {
    return recordApproval(db, ApprovalKind.COMMITMENT, input, now, { principal, requestId });
  }

  @FieldResolver(() => ApprovalRevision, {
    nullable: true,
    description:
      "Corrects an approval or registration as its next revision (the earlier one stays readable), by an editor of TNMT; REVISION_CONFLICT unless expectedRevision is its current revision, NO_CHANGE when nothing differs. Audited.",
  })
  correctEnvironmentalApproval(
    @Arg("id", () => ID, { description: "The approval's id." }) id: string,
    @Arg("expectedRevision", () => Int, { description: "Its current revision, as last read." })
    expectedRevision: number,
    @Arg("reason", { description: "Why it is corrected (1–500 characters), kept with the revision." }) reason: string,
    @Arg("input", () => ApprovalInput, { description: "Every field of the approval as it should read." })
    input: ApprovalInput,
    @Ctx() { db, now, principal, requestId }: ReportingContext,
  ): Promise<ApprovalRevision> {
    return correctApproval(db, { id, expectedRevision, reason }, input, now, { principal, requestId });
  }
}
