import { VSIC2_CODE_LIST } from "@hpig/domain-kit";

import { type InvestmentProject, ProjectStatus } from "./investment-project.entity";
import type { InvestmentProjectInput } from "./investment-project.input";

/** The agencies whose editors keep the projects: KHĐT (licences outside the parks) and BQLKKT (inside). */
export const PROJECT_KEEPERS = ["KHDT", "BQLKKT"] as const;

/** A field of a project's record that is wrong, named as the input names it. */
export interface ProjectProblem {
  field: string;
  message: string;
}

const SECTORS = new Set(VSIC2_CODE_LIST.entries.map((entry) => entry.code));
const REGIONS = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** Codes ISO 3166 leaves to users (AA, QM–QZ, XA–XZ but Kosovo's XK, ZZ) and groupings ICU names (EU, EZ, UN). */
const NOT_COUNTRIES = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|EU|EZ|UN)$/;

/** Whether a code is an ISO 3166-1 alpha-2 country (ICU knows its name, and it is no user-assigned code). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.test(code) && REGIONS.of(code) !== code;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Statuses a record may set; termination has its own mutation. */
const RECORDABLE = new Set<string>([ProjectStatus.LICENSED, ProjectStatus.ADJUSTED, ProjectStatus.IN_OPERATION]);

/**
 * Every problem of a project's record on its own and against the recorded parks (`parks`): the
 * same rules for the mutation and for each row of an import. `today` is Viet Nam's date.
 */
export function projectProblems(
  input: InvestmentProjectInput,
  today: string,
  parks: ReadonlySet<string>,
): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (!/^[A-Za-z0-9][A-Za-z0-9./_-]{0,63}$/.test(input.certificateNumber)) {
    problem("certificateNumber", "must be 1–64 letters, digits and . / - _, starting with a letter or digit.");
  }
  if (!isIsoDate(input.certificateDate) || input.certificateDate < "1990-01-01" || input.certificateDate > today) {
    problem("certificateDate", `must be a date YYYY-MM-DD from 1990-01-01 to ${today}.`);
  }
  for (const field of ["name", "investor"] as const) {
    if (input[field].trim() === "" || input[field].length > 255) problem(field, "must be 1–255 characters, not blank.");
  }
  if (!isCountryCode(input.country)) problem("country", 'must be an ISO 3166-1 alpha-2 country code, e.g. "VN", "JP".');
  if (!SECTORS.has(input.sector)) problem("sector", `"${input.sector.slice(0, 16)}" is not a code of the VSIC2 list.`);
  const park = input.park ?? null;
  if (park !== null && !parks.has(park)) problem("park", `"${park.slice(0, 32)}" is not a recorded industrial park.`);
  if (!Number.isSafeInteger(input.capitalVnd) || input.capitalVnd < 0 || input.capitalVnd >= 1e18) {
    problem("capitalVnd", "must be a whole number of đồng, 0 or more.");
  }
  if (!(input.capitalUsd >= 0 && input.capitalUsd < 1e13) || !hasDecimals(input.capitalUsd, 2)) {
    problem("capitalUsd", "must be 0 or more US dollars, to the cent.");
  }
  if (!(input.leasedAreaHa >= 0 && input.leasedAreaHa < 1e7) || !hasDecimals(input.leasedAreaHa, 2)) {
    problem("leasedAreaHa", "must be 0 or more hectares, to 0.01.");
  } else if (park === null && input.leasedAreaHa > 0) {
    problem("leasedAreaHa", "must be 0 for a project outside any park.");
  }
  if (input.status && !RECORDABLE.has(input.status)) {
    problem(
      "status",
      "must be LICENSED, ADJUSTED or IN_OPERATION: terminate a project with terminateInvestmentProject.",
    );
  }
  const adjustment = input.adjustment;
  if (adjustment) {
    if (
      !isIsoDate(adjustment.adjustedOn) ||
      adjustment.adjustedOn < input.certificateDate ||
      adjustment.adjustedOn > today
    ) {
      problem("adjustment.adjustedOn", `must be a date YYYY-MM-DD from the certificate's date to ${today}.`);
    }
    if (!/^\S.{0,63}$/s.test(adjustment.decision) || adjustment.decision.trim() === "") {
      problem("adjustment.decision", "must be 1–64 characters, not blank.");
    }
  }
  return problems;
}

function hasDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** A project's fields as an adjustment compares them, in the API's names, as text. */
export function comparableFields(project: Omit<InvestmentProject, "id" | "sample">): Record<string, string | null> {
  return {
    certificateDate: project.certificateDate,
    name: project.name,
    investor: project.investor,
    country: project.country,
    sector: project.sector,
    park: project.parkCode,
    capitalVnd: String(project.capitalVnd),
    capitalUsd: String(project.capitalUsd),
    leasedAreaHa: String(project.leasedAreaHa),
    status: project.status,
  };
}
