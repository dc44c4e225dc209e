import { INDUSTRIAL_PARK_CODE_LIST } from "@hpig/domain-kit";
import {
  type AuditWriter,
  callerPhrase,
  ErrorCode,
  ForbiddenError,
  isEditorOf,
  isUniqueViolation,
  recordAudit,
  runInTransaction,
  UserInputError,
  vietnamDate,
} from "@hpig/kit";
import type { DataSource, EntityManager } from "typeorm";

import { ApprovalKind, ApprovalRecord, ApprovalRevision, ApprovingBody } from "./environmental-approval.entity";
import type { ApprovalInput } from "./environmental-approval.input";

/** The agency that keeps these records: Sở Tài nguyên và Môi trường. */
export const APPROVAL_KEEPER = "TNMT";

/** The first day a decision can carry: the first Law on Environmental Protection took effect in 1994. */
export const EARLIEST_DECISION = "1994-01-01";

/** Who may decide what: the competent bodies by kind (Luật BVMT 2005, Nghị định 29/2011 and 18/2015). */
export const COMPETENT_BODIES: Readonly<Record<ApprovalKind, readonly ApprovingBody[]>> = {
  [ApprovalKind.EIA]: [
    ApprovingBody.BTNMT,
    ApprovingBody.OTHER_MINISTRY,
    ApprovingBody.UBND_TP,
    ApprovingBody.STNMT,
    ApprovingBody.BQLKKT,
  ],
  [ApprovalKind.COMMITMENT]: [ApprovingBody.STNMT, ApprovingBody.BQLKKT, ApprovingBody.UBND_QH],
};

/**
 * A Vietnamese administrative document's number: its number, an optional year (normative
 * documents), then its kind and issuer in capitals joined by hyphens ("1234/QĐ-UBND",
 * "56/GXN-STNMT", "12/2015/QĐ-BQL").
 */
const DECISION_NUMBER = /^(\d{1,6})(?:\/(\d{4}))?\/[A-ZĐ]{1,10}(?:-[A-ZĐ0-9]{1,20}){0,3}$/u;

const PARK_CODES: ReadonlySet<string> = new Set(INDUSTRIAL_PARK_CODE_LIST.entries.map((entry) => entry.code));

/** Why an approval was refused, beside BAD_USER_INPUT; stable codes clients can switch on. */
export const ApprovalErrorCode = {
  InvalidDate: "INVALID_DATE",
  DuplicateDecision: "DUPLICATE_DECISION",
  RevisionConflict: "REVISION_CONFLICT",
  NoChange: "NO_CHANGE",
} as const;

function refuse(field: string, message: string, code: string = ErrorCode.BadUserInput): never {
  throw new UserInputError(`${field}: ${message}`, code, { field });
}

/** Text as stored: Unicode NFC (the same letters typed on any keyboard compare equal), trimmed. */
function clean(text: string): string {
  return text.normalize("NFC").trim();
}

function requireText(field: string, value: string, max: number): string {
  const text = clean(value);
  if (text === "" || text.length > max) refuse(field, `must be 1–${max} characters and not blank.`);
  return text;
}

/** What an approval says, checked: every field cleaned, every rule of its kind applied. */
export type ApprovalFacts = Pick<
  ApprovalRevision,
  | "projectName"
  | "investor"
  | "investmentProjectId"
  | "projectKey"
  | "decisionNumber"
  | "decidedOn"
  | "approvingBody"
  | "parkCode"
>;

/** The project an approval is about, for counting projects: its investment project, else its name and investor. */
function projectKeyOf(name: string, investor: string, investmentProjectId: string | null): string {
  const fold = (text: string) => text.toLocaleLowerCase("vi").replace(/\s+/gu, " ");
  return investmentProjectId ? `InvestmentProject:${investmentProjectId}` : `${fold(name)}|${fold(investor)}`;
}

export function checkApproval(kind: ApprovalKind, input: ApprovalInput, now: Date): ApprovalFacts {
  const projectName = requireText("projectName", input.projectName, 500);
  const investor = requireText("investor", input.investor, 255);
  const investmentProjectId = input.investmentProjectId?.trim() || null;
  if (investmentProjectId !== null && !/^\S{1,64}$/u.test(investmentProjectId)) {
    refuse("investmentProjectId", "must be 1–64 characters without spaces.");
  }
  const decisionNumber = clean(input.decisionNumber);
  const numbered = DECISION_NUMBER.exec(decisionNumber);
  if (!numbered || decisionNumber.length > 64) {
    refuse(
      "decisionNumber",
      `"${decisionNumber.slice(0, 64)}" is not a decision number: write it as "1234/QĐ-UBND" (number, optional year, kind and issuer in capitals).`,
    );
  }
  const today = vietnamDate(now);
  if (input.decidedOn > today || input.decidedOn < EARLIEST_DECISION) {
    refuse("decidedOn", `must be from ${EARLIEST_DECISION} to today (${today}).`, ApprovalErrorCode.InvalidDate);
  }
  if (numbered[2] !== undefined && numbered[2] !== input.decidedOn.slice(0, 4)) {
    refuse("decisionNumber", `its year ${numbered[2]} differs from the year of decidedOn (${input.decidedOn}).`);
  }
  if (!COMPETENT_BODIES[kind].includes(input.approvingBody)) {
    const what = kind === ApprovalKind.EIA ? "an EIA approval" : "a commitment registration";
    refuse(
      "approvingBody",
      `${input.approvingBody} does not decide ${what}; one of ${COMPETENT_BODIES[kind].join(", ")} does.`,
    );
  }
  const parkCode = checkPark(input.park);
  return {
    projectName,
    investor,
    investmentProjectId,
    projectKey: projectKeyOf(projectName, investor, investmentProjectId),
    decisionNumber,
    decidedOn: input.decidedOn,
    approvingBody: input.approvingBody,
    parkCode,
  };
}

/** A park, of a record or a filter: a code of the INDUSTRIAL_PARK code list, or none. */
export function checkPark(park: string | null | undefined): string | null {
  const code = park?.trim() || null;
  if (code !== null && !PARK_CODES.has(code)) {
    refuse("park", `"${code.slice(0, 32)}" is no code of the INDUSTRIAL_PARK code list.`);
  }
  return code;
}

/** Only TNMT's editors write these records; who may write is checked before the input. */
function checkRights(writer: AuditWriter): void {
  if (!isEditorOf(writer.principal, APPROVAL_KEEPER)) {
    throw new ForbiddenError(
      `Only an editor of ${APPROVAL_KEEPER} may record EIA approvals and commitment registrations; ${callerPhrase(writer.principal)}.`,
      { needs: { role: "editor", agencies: [APPROVAL_KEEPER] } },
    );
  }
}

/** Refuses a decision another approval of the same kind already records (same number in the same year). */
async function checkUnique(manager: EntityManager, kind: ApprovalKind, facts: ApprovalFacts, self: number | null) {
  const other = await manager.getRepository(ApprovalRecord).findOneBy({
    kind,
    decisionYear: Number(facts.decidedOn.slice(0, 4)),
    decisionNumber: facts.decisionNumber,
  });
  if (other && other.id !== self) duplicate(facts, `approval ${other.id}`);
}

function duplicate(facts: ApprovalFacts, which: string): never {
  refuse(
    "decisionNumber",
    `decision ${facts.decisionNumber} of ${facts.decidedOn.slice(0, 4)} is recorded already (${which}); correct that record instead.`,
    ApprovalErrorCode.DuplicateDecision,
  );
}

const ACTIONS: Record<ApprovalKind, string> = {
  [ApprovalKind.EIA]: "eiaApproval",
  [ApprovalKind.COMMITMENT]: "commitmentRegistration",
};

async function audit(
  manager: EntityManager,
  writer: AuditWriter,
  action: string,
  before: ApprovalRevision | null,
  after: ApprovalRevision,
  now: Date,
) {
  const key = String(after.approvalId);
  await recordAudit(
    manager,
    writer,
    {
      action: `${ACTIONS[after.kind]}.${action}`,
      entityType: "EnvironmentalApproval",
      entityKey: key,
      before: before ? { ...before } : null,
      after: { ...after },
      subjects: [{ type: "EnvironmentalApproval", key }],
    },
    now,
  );
}

function revisionRow(
  approvalId: number,
  revision: number,
  kind: ApprovalKind,
  facts: ApprovalFacts,
  correctionReason: string | null,
  writer: AuditWriter,
  now: Date,
): ApprovalRevision {
  return Object.assign(new ApprovalRevision(), {
    approvalId,
    revision,
    kind,
    ...facts,
    correctionReason,
    recordedBy: writer.principal!.name,
    recordedAt: now.toISOString(),
    sample: false,
  });
}

/** Records a new EIA approval or commitment registration, by an editor of TNMT, audited, in one transaction. */
export async function recordApproval(
  db: DataSource,
  kind: ApprovalKind,
  input: ApprovalInput,
  now: Date,
  writer: AuditWriter,
): Promise<ApprovalRevision> {
  checkRights(writer);
  const facts = checkApproval(kind, input, now);
  return runInTransaction(db, async (manager) => {
    await checkUnique(manager, kind, facts, null);
    let record: ApprovalRecord;
    try {
      record = await manager.getRepository(ApprovalRecord).save(
        Object.assign(new ApprovalRecord(), {
          kind,
          revision: 1,
          decisionYear: Number(facts.decidedOn.slice(0, 4)),
          decisionNumber: facts.decisionNumber,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) duplicate(facts, "by a write that came first");
      throw error;
    }
    const saved = await manager.save(revisionRow(record.id, 1, kind, facts, null, writer, now));
    await audit(manager, writer, "record", null, saved, now);
    return saved;
  });
}

export interface Correction {
  id: string;
  expectedRevision: number;
  reason: string;
}

/**
 * Corrects an approval as its next revision, by an editor of TNMT: only against its current
 * revision (REVISION_CONFLICT otherwise, also when a concurrent correction won), with a reason;
 * the earlier revision stays as it was. Audited in the same transaction.
 */
export async function correctApproval(
  db: DataSource,
  correction: Correction,
  input: ApprovalInput,
  now: Date,
  writer: AuditWriter,
): Promise<ApprovalRevision> {
  checkRights(writer);
  const reason = requireText("reason", correction.reason, 500);
  const id = /^\d{1,9}$/u.test(correction.id) ? Number(correction.id) : 0;
  return runInTransaction(db, async (manager) => {
    const record = await manager.getRepository(ApprovalRecord).findOneBy({ id });
    if (!record) refuse("id", `there is no approval ${correction.id.slice(0, 20)}.`, ErrorCode.NotFound);
    const facts = checkApproval(record.kind, input, now);
    if (correction.expectedRevision !== record.revision) {
      refuse(
        "expectedRevision",
        `approval ${id} is at revision ${record.revision}; send expectedRevision: ${record.revision} to correct it (you sent ${correction.expectedRevision}).`,
        ApprovalErrorCode.RevisionConflict,
      );
    }
    const current = await manager
      .getRepository(ApprovalRevision)
      .findOneByOrFail({ approvalId: id, revision: record.revision });
    if ((Object.keys(facts) as Array<keyof ApprovalFacts>).every((field) => facts[field] === current[field])) {
      refuse("input", `the correction would leave approval ${id} as it is.`, ApprovalErrorCode.NoChange);
    }
    await checkUnique(manager, record.kind, facts, id);
    const next = record.revision + 1;
    let moved: number | undefined;
    try {
      // Moves on only from the revision read: of two concurrent corrections, the second moves nothing.
      const result = await manager
        .createQueryBuilder()
        .update(ApprovalRecord)
        .set({
          revision: next,
          decisionYear: Number(facts.decidedOn.slice(0, 4)),
          decisionNumber: facts.decisionNumber,
        })
        .where("id = :id AND revision = :revision", { id, revision: record.revision })
        .execute();
      moved = result.affected;
    } catch (error) {
      if (isUniqueViolation(error)) duplicate(facts, "by a write that came first");
      throw error;
    }
    if (moved === 0) {
      refuse(
        "expectedRevision",
        `approval ${id} was corrected by someone else meanwhile; reload and try again.`,
        ApprovalErrorCode.RevisionConflict,
      );
    }
    const saved = await manager.save(revisionRow(id, next, record.kind, facts, reason, writer, now));
    await audit(manager, writer, "correct", current, saved, now);
    return saved;
  });
}
