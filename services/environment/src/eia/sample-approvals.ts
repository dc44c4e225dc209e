import { INDUSTRIAL_PARK_CODE_LIST } from "@hpig/domain-kit";
import { runInTransaction } from "@hpig/kit";
import { type Rng, rngFor, YEARS } from "@hpig/sample-data";
import type { DataSource } from "typeorm";

import { ApprovalKind, ApprovalRecord, ApprovalRevision, ApprovingBody } from "./environmental-approval.entity";
import { checkApproval } from "./environmental-approval.service";

/** How many decisions of each kind a sample year holds: a few dozen. */
const PER_YEAR: Record<ApprovalKind, readonly [number, number]> = {
  [ApprovalKind.EIA]: [24, 40],
  [ApprovalKind.COMMITMENT]: [30, 55],
};

/** Who decides, by kind, with how often, and how the decision's number is written. */
const DECIDERS: Record<ApprovalKind, ReadonlyArray<{ body: ApprovingBody; weight: number; suffix: string }>> = {
  [ApprovalKind.EIA]: [
    { body: ApprovingBody.UBND_TP, weight: 6, suffix: "QĐ-UBND" },
    { body: ApprovingBody.BQLKKT, weight: 3, suffix: "QĐ-BQL" },
    { body: ApprovingBody.BTNMT, weight: 1, suffix: "QĐ-BTNMT" },
  ],
  [ApprovalKind.COMMITMENT]: [
    { body: ApprovingBody.STNMT, weight: 4, suffix: "GXN-STNMT" },
    { body: ApprovingBody.BQLKKT, weight: 3, suffix: "GXN-BQL" },
    { body: ApprovingBody.UBND_QH, weight: 3, suffix: "GXN-UBND" },
  ],
};

const WORKS = [
  "Nhà máy sản xuất linh kiện điện tử",
  "Nhà máy sản xuất sợi và dệt may",
  "Nhà máy chế biến thủy sản đông lạnh",
  "Nhà máy sản xuất bao bì nhựa",
  "Xưởng cơ khí chế tạo kết cấu thép",
  "Nhà máy sản xuất giày da xuất khẩu",
  "Kho bãi và dịch vụ logistics",
  "Nhà máy sản xuất vật liệu xây dựng không nung",
  "Nhà máy lắp ráp thiết bị điện gia dụng",
  "Nhà máy sản xuất phụ tùng ô tô, xe máy",
  "Cơ sở đóng và sửa chữa tàu thủy",
  "Nhà máy chế biến thức ăn chăn nuôi",
];

const NAMES = ["Hải Long", "Minh Phát", "Đông Hải", "Tân Cảng", "Sao Mai", "Việt Nhật", "Hoàng Gia", "Thái Bình Dương"];
const FORMS = ["Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV"];
const DISTRICTS = [
  "huyện An Dương",
  "huyện Thủy Nguyên",
  "quận Hải An",
  "huyện An Lão",
  "huyện Tiên Lãng",
  "quận Kiến An",
];

function weighted<T extends { weight: number }>(rng: Rng, items: readonly T[]): T {
  let left = rng.next() * items.reduce((sum, item) => sum + item.weight, 0);
  return items.find((item) => (left -= item.weight) < 0) ?? items[items.length - 1];
}

function dayOf(year: number, rng: Rng): string {
  return new Date(Date.UTC(year, 0, 1 + rng.int(0, 364))).toISOString().slice(0, 10);
}

/**
 * A sample year's decisions of one kind, by date, each numbered after the one before of its issuer.
 * About one EIA in twelve is a project's second approval that year (re-approved after a change),
 * so the year's count of projects is below its count of decisions; none is linked to an
 * investment project (the investment domain's sample ids are its own).
 */
function sampleYear(kind: ApprovalKind, year: number) {
  const rng = rngFor(`ENV_APPROVALS_${kind}`, String(year), "records");
  const parks = INDUSTRIAL_PARK_CODE_LIST.entries.filter((entry) => (entry.validFrom ?? year) <= year);
  const dates = Array.from({ length: rng.int(...PER_YEAR[kind]) }, () => dayOf(year, rng)).sort();
  const numbers = new Map<string, number>();
  const projects: Array<{ name: string; investor: string; park: string | null }> = [];
  return dates.map((decidedOn) => {
    const again = kind === ApprovalKind.EIA && projects.length > 3 && rng.chance(1 / 12);
    const park = rng.chance(0.55) ? rng.pick(parks) : null;
    const project = again
      ? rng.pick(projects)
      : {
          name: `${rng.pick(WORKS)} ${park ? `tại ${park.name}` : `tại ${rng.pick(DISTRICTS)}`}`,
          investor: `${rng.pick(FORMS)} ${rng.pick(NAMES)} ${rng.int(1, 99)}`,
          park: park?.code ?? null,
        };
    if (!again) projects.push(project);
    const decider = weighted(rng, DECIDERS[kind]);
    const number = (numbers.get(decider.suffix) ?? rng.int(10, 200)) + rng.int(3, 60);
    numbers.set(decider.suffix, number);
    return {
      projectName: project.name,
      investor: project.investor,
      investmentProjectId: null,
      decisionNumber: `${number}/${decider.suffix}`,
      decidedOn,
      approvingBody: decider.body,
      park: project.park,
    };
  });
}

/** Loads the sample approvals 2011–2020 into an empty table, marked sample, each the first revision but one a year. */
export async function loadSampleApprovals(db: DataSource): Promise<void> {
  if ((await db.getRepository(ApprovalRecord).count()) > 0) return;
  const records: ApprovalRecord[] = [];
  const revisions: ApprovalRevision[] = [];
  for (const kind of [ApprovalKind.EIA, ApprovalKind.COMMITMENT]) {
    for (const year of YEARS) {
      const decisions = sampleYear(kind, year);
      // One decision a year was first typed with the investor misspelt, then corrected.
      const corrected = rngFor(`ENV_APPROVALS_${kind}`, String(year), "correction").int(0, decisions.length - 1);
      decisions.forEach((input, index) => {
        const id = records.length + 1;
        // The generator writes what the rules accept: checked as a real record would be.
        const check = (investor: string) =>
          checkApproval(kind, { ...input, investor }, new Date(Date.UTC(year + 1, 0, 1)));
        const facts = check(input.investor);
        const recordedAt = new Date(Date.parse(`${input.decidedOn}T02:00:00Z`) + 3 * 86_400_000).toISOString();
        const revision = (number: number, changes: Partial<ApprovalRevision>) =>
          Object.assign(new ApprovalRevision(), {
            approvalId: id,
            revision: number,
            kind,
            ...facts,
            correctionReason: null,
            recordedBy: "Dữ liệu mẫu (Sở TN&MT)",
            recordedAt,
            sample: true,
            ...changes,
          });
        if (index === corrected) {
          revisions.push(revision(1, check(input.investor.replace(/^Công ty /u, "Cty "))));
          revisions.push(
            revision(2, {
              correctionReason: "[Dữ liệu mẫu] Sửa tên chủ đầu tư theo quyết định.",
              recordedAt: new Date(Date.parse(recordedAt) + 7 * 86_400_000).toISOString(),
            }),
          );
        } else revisions.push(revision(1, {}));
        records.push(
          Object.assign(new ApprovalRecord(), {
            id,
            kind,
            revision: index === corrected ? 2 : 1,
            decisionYear: year,
            decisionNumber: facts.decisionNumber,
          }),
        );
      });
    }
  }
  await runInTransaction(db, async (manager) => {
    for (let start = 0; start < records.length; start += 200) {
      await manager.insert(ApprovalRecord, records.slice(start, start + 200));
    }
    for (let start = 0; start < revisions.length; start += 200) {
      await manager.insert(ApprovalRevision, revisions.slice(start, start + 200));
    }
  });
}
