import type { RequiredFigures } from "@hpig/kit";
import { type EntityManager, In } from "typeorm";

import { Agency } from "../agency/agency.entity";
import type { Domain } from "../domain/domain";
import type { Plan } from "../plan/plan.entity";
import { ReportingRequirement } from "../reporting-requirement/reporting-requirement.entity";
import { ReportingDeadline } from "./reporting-deadline.entity";
import type { ReportingObligation } from "./reporting-obligation";
import { defaultDeadline, isReportingYear, type ReportingSettings, reportingYearsOf } from "./reporting-rules";

/** A unit of the appendix with its domain and the figures its row asks for. */
interface ReportingUnit {
  position: number;
  agencyCode: string;
  domain: Domain | null;
  requiredFigures: RequiredFigures;
}

export interface ObligationKey {
  agencyCode: string;
  year: number;
}

/** The loader key of an obligation: "THONGKE|2015". */
export function obligationKey({ agencyCode, year }: ObligationKey): string {
  return `${agencyCode}|${year}`;
}

/** The appendix units (all, or those of the given agencies) with their agencies' domains, in appendix order: one statement. */
async function readUnits(manager: EntityManager, agencyCodes?: readonly string[]): Promise<ReportingUnit[]> {
  const query = manager
    .getRepository(ReportingRequirement)
    .createQueryBuilder("requirement")
    .innerJoin(Agency, "agency", "agency.code = requirement.agencyCode")
    .select("requirement.position", "position")
    .addSelect("requirement.agencyCode", "agencyCode")
    .addSelect("agency.domain", "domain")
    .addSelect("requirement.requiredFigures", "requiredFigures")
    .orderBy("requirement.position", "ASC");
  if (agencyCodes) query.where("requirement.agencyCode IN (:...agencyCodes)", { agencyCodes: [...agencyCodes] });
  const rows = await query.getRawMany<Omit<ReportingUnit, "position"> & { position: number | string }>();
  return rows.map((row) => ({ ...row, position: Number(row.position) }));
}

function obligationOf(
  unit: ReportingUnit,
  year: number,
  set: ReportingDeadline | undefined,
  settings: ReportingSettings,
): ReportingObligation {
  if (!unit.domain) {
    // The importer refuses an appendix unit without a domain; a registry in this state was changed by hand.
    throw new Error(`reporting unit ${unit.agencyCode} (appendix row ${unit.position}) belongs to no domain`);
  }
  return {
    agencyCode: unit.agencyCode,
    year,
    deadline: set?.deadline ?? defaultDeadline(year, settings),
    deadlineSetBy: set?.setBy ?? null,
    deadlineSetAt: set?.setAt ?? null,
    deadlineReason: set?.reason ?? null,
    requiredFigures: unit.requiredFigures,
    domain: unit.domain,
    requirementPosition: unit.position,
  };
}

/** Every unit's obligation for one reporting year, in appendix order (two statements). */
export async function obligationsOfYear(
  manager: EntityManager,
  year: number,
  settings: ReportingSettings,
): Promise<ReportingObligation[]> {
  const units = await readUnits(manager);
  const deadlines = await manager.getRepository(ReportingDeadline).findBy({ year });
  const setFor = new Map(deadlines.map((row) => [row.agencyCode, row]));
  return units.map((unit) => obligationOf(unit, year, setFor.get(unit.agencyCode), settings));
}

/**
 * The obligations of many (unit, year) pairs in two statements, whatever their number; a pair
 * whose agency is no appendix unit, or whose year is outside the plan's reporting years, has none.
 */
export async function obligationsByKey(
  manager: EntityManager,
  plan: Plan | null,
  keys: readonly ObligationKey[],
  settings: ReportingSettings,
): Promise<ReportingObligation[]> {
  if (!plan) return [];
  const years = reportingYearsOf(plan);
  const wanted = keys.filter((key) => isReportingYear(key.year, years));
  if (wanted.length === 0) return [];
  const agencyCodes = [...new Set(wanted.map((key) => key.agencyCode))];
  const units = await readUnits(manager, agencyCodes);
  const deadlines = await manager
    .getRepository(ReportingDeadline)
    .findBy({ agencyCode: In(agencyCodes), year: In([...new Set(wanted.map((key) => key.year))]) });
  const unitOf = new Map(units.map((unit) => [unit.agencyCode, unit]));
  const setFor = new Map(deadlines.map((row) => [obligationKey(row), row]));
  return wanted.flatMap((key) => {
    const unit = unitOf.get(key.agencyCode);
    return unit ? [obligationOf(unit, key.year, setFor.get(obligationKey(key)), settings)] : [];
  });
}
