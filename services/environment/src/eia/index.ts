import { approvalDerivers } from "./approval-derivers";
import { ApprovalRecord, ApprovalRevision } from "./environmental-approval.entity";
import {
  ApprovalFieldsResolver,
  ApprovalMutations,
  ApprovalPageResolver,
  ApprovalQueries,
} from "./environmental-approval.resolver";

/** TNMT's records of EIA approvals and commitment registrations, and the appendix figures they give. */
export const approvalRecords = {
  entities: [ApprovalRecord, ApprovalRevision],
  resolvers: [ApprovalQueries, ApprovalPageResolver, ApprovalFieldsResolver, ApprovalMutations],
  derivedFigures: approvalDerivers,
} as const;
