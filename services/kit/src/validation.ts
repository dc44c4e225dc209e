import { validate, type ValidationError } from "class-validator";
import type { ValidatorFn } from "type-graphql";

import { ErrorCode, UserInputError } from "./errors";

/** One broken rule of an input, by property path ("summary", "items.2.value"). */
export interface InputProblem {
  field: string;
  message: string;
}

function problemsOf(errors: ValidationError[], prefix = ""): InputProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(error.children ?? [], `${field}.`)];
  });
}

/**
 * Validates input objects with their class-validator rules and refuses bad ones with a clear
 * message, naming each field, without echoing the submitted values back (type-graphql's default
 * error repeats the whole input, which for a 10 000-character text is most of the response).
 */
export const validateArgument: ValidatorFn = async (value) => {
  const items = (Array.isArray(value) ? value : [value]).filter((item) => item !== null && typeof item === "object");
  const problems: InputProblem[] = [];
  for (const item of items) {
    const errors = await validate(item as object, {
      skipMissingProperties: true,
      forbidUnknownValues: false,
      validationError: { target: false, value: false },
    });
    problems.push(...problemsOf(errors));
  }
  if (problems.length > 0) {
    throw new UserInputError(problems.map((p) => p.message).join("; "), ErrorCode.BadUserInput, {
      field: problems[0].field,
      problems,
    });
  }
};
