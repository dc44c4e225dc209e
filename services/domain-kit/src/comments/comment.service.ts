import { type AuditWriter, recordAudit, runInTransaction, UserInputError } from "@hpig/kit";
import type { DataSource } from "typeorm";

import { AuditSubjectType } from "../audit/audit-history";
import { fitRecord } from "../audit/audit-payload";
import { ownedTask } from "../progress/progress.service";
import { commentingAgencyFor, reporterOf } from "../rights/rights";
import { type CommentOnTaskInput, MAX_COMMENT_LENGTH } from "./comment.input";
import { TaskComment } from "./task-comment.entity";

/**
 * Records a comment on a task this domain owns, by an editor of one of its lead or coordinating
 * agencies, with its audit entry, in one transaction. A comment changes no status.
 */
export async function recordTaskComment(
  db: DataSource,
  domain: string,
  input: CommentOnTaskInput,
  now: Date,
  writer: AuditWriter,
): Promise<TaskComment> {
  return runInTransaction(db, async (manager) => {
    const task = await ownedTask(manager, domain, input.taskCode);
    const agency = commentingAgencyFor(writer.principal, task);
    if (input.text.trim() === "" || input.text.length > MAX_COMMENT_LENGTH) {
      throw new UserInputError(`text must be 1–${MAX_COMMENT_LENGTH} characters and not blank.`, "BAD_USER_INPUT", {
        field: "text",
      });
    }
    const comment = await manager.getRepository(TaskComment).save(
      Object.assign(new TaskComment(), {
        taskCode: task.code,
        agencyCode: agency,
        authorSubject: writer.principal!.subject,
        authorName: reporterOf(writer.principal),
        text: input.text,
        createdAt: now.toISOString(),
      }),
    );
    await recordAudit(
      manager,
      writer,
      {
        action: "task.comment",
        entityType: "TaskComment",
        entityKey: `${comment.taskCode}/${comment.id}`,
        before: null,
        after: fitRecord(comment),
        subjects: [{ type: AuditSubjectType.Task, key: comment.taskCode }],
      },
      now,
    );
    return comment;
  });
}
