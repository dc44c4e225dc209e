import type { ValueTransformer } from "typeorm";

/** DECIMAL comes back from MySQL as a string; figures, money and areas are numbers in the API. */
export const decimalAsNumber: ValueTransformer = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};
