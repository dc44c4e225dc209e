import { ErrorCode, UserInputError } from "@hpig/kit";

/** The registry's codes a request may name, and where a caller finds the valid ones. */
const KINDS = {
  agency: { what: "agency code", list: "agencies" },
  task: { what: "task code", list: "tasks" },
  group: { what: "program group", list: "programGroups" },
} as const;

/** An unknown code is a mistake worth saying (NOT_FOUND, naming the field), never an empty answer. */
export function unknownCode(kind: keyof typeof KINDS, code: string, field: string): UserInputError {
  const { what, list } = KINDS[kind];
  return new UserInputError(`Unknown ${what} "${code}"; see ${list} for the codes.`, ErrorCode.NotFound, { field });
}
