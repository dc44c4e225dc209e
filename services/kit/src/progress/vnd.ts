import type { ValueTransformer } from "typeorm";

/** Amounts in VND are whole numbers up to 2^53; BIGINT comes back from MySQL as a string. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
