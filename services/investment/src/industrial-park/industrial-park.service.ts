import { type AuditWriter, ForbiddenError, isEditorOf, recordAudit, runInTransaction, UserInputError } from "@hpig/kit";
import type { DataSource } from "typeorm";

import { IndustrialPark } from "./industrial-park.entity";
import type { IndustrialParkInput } from "./industrial-park.input";

/** The agency that keeps the parks' records: the Economic Zone Authority. */
export const PARK_KEEPER = "BQLKKT";

function check(input: IndustrialParkInput, now: Date): void {
  const problem = (field: string, message: string) => {
    throw new UserInputError(`${field} ${message}`, "BAD_USER_INPUT", { field });
  };
  if (!/^[A-Z0-9_]{2,32}$/.test(input.code)) problem("code", "must be 2–32 upper-case letters, digits or _.");
  for (const field of ["name", "location"] as const) {
    if (input[field].trim() === "" || input[field].length > 255)
      problem(field, "must be 1–255 characters and not blank.");
  }
  if ((input.operator?.length ?? 0) > 255) problem("operator", "must be at most 255 characters.");
  if (!(input.totalAreaHa > 0) || input.totalAreaHa >= 1e10) problem("totalAreaHa", "must be above 0 hectares.");
  if (!(input.leasableAreaHa >= 0) || input.leasableAreaHa > input.totalAreaHa) {
    problem("leasableAreaHa", "must be from 0 to the park's total area.");
  }
  const year = input.openedYear;
  if (year !== null && year !== undefined && (year < 1990 || year > now.getUTCFullYear())) {
    problem("openedYear", `must be from 1990 to ${now.getUTCFullYear()}.`);
  }
}

/**
 * Adds or updates a park's record, by an editor of BQLKKT only, with its audit entry (before and
 * after), in one transaction. A refused record writes nothing.
 */
export async function recordIndustrialPark(
  db: DataSource,
  input: IndustrialParkInput,
  now: Date,
  writer: AuditWriter,
): Promise<IndustrialPark> {
  if (!isEditorOf(writer.principal, PARK_KEEPER)) {
    throw new ForbiddenError(`Only an editor of ${PARK_KEEPER} keeps the industrial parks' records.`, {
      agencies: [PARK_KEEPER],
    });
  }
  check(input, now);
  return runInTransaction(db, async (manager) => {
    const parks = manager.getRepository(IndustrialPark);
    const before = await parks.findOneBy({ code: input.code });
    const park = await parks.save(
      Object.assign(new IndustrialPark(), {
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        location: input.location.trim(),
        totalAreaHa: input.totalAreaHa,
        leasableAreaHa: input.leasableAreaHa,
        operator: input.operator?.trim() || null,
        openedYear: input.openedYear ?? null,
        sample: false,
      }),
    );
    await recordAudit(
      manager,
      writer,
      {
        action: before ? "industrialPark.update" : "industrialPark.create",
        entityType: "IndustrialPark",
        entityKey: park.code,
        before: before ? { ...before } : null,
        after: { ...park },
        subjects: [],
      },
      now,
    );
    return park;
  });
}
