import { useQuery } from "urql";

import { graphql } from "../gql";

const PlanYearsQuery = graphql(`
  query PlanYears {
    plan {
      number
      issuedOn
      horizonYear
    }
  }
`);

/** The plan's first and last years (2012–2020 for 3438/KH-UBND), asked once and cached. */
export function usePlanYears(): { firstYear: number; horizonYear: number } | null {
  const [{ data }] = useQuery({ query: PlanYearsQuery, requestPolicy: "cache-first" });
  const plan = data?.plan;
  return plan ? { firstYear: Number(plan.issuedOn.slice(0, 4)), horizonYear: plan.horizonYear } : null;
}

/** A year within the plan's years. */
export function clampYear(year: number, years: { firstYear: number; horizonYear: number }): number {
  return Math.min(Math.max(year, years.firstYear), years.horizonYear);
}
