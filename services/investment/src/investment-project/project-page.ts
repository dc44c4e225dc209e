import { ErrorCode, UserInputError } from "@hpig/kit";
import type { DataSource } from "typeorm";

import { DOMESTIC_COUNTRY, InvestmentProject } from "./investment-project.entity";
import type { InvestmentProjectFilter } from "./investment-project.input";
import type { InvestmentProjectConnection } from "./project-page.types";

/** The most projects one page holds. */
export const PAGE_LIMIT = 200;

function refuse(field: string, message: string): never {
  throw new UserInputError(`${field} ${message}`, ErrorCode.BadUserInput, { field });
}

/** A cursor: the last project's place in the order (licence date, certificate number), opaque to callers. */
function cursorOf(project: InvestmentProject): string {
  return Buffer.from(JSON.stringify([project.certificateDate, project.certificateNumber])).toString("base64url");
}

function readCursor(cursor: string): [string, string] {
  try {
    const place: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(place) && place.length === 2 && place.every((part) => typeof part === "string")) {
      return [place[0], place[1]];
    }
  } catch {
    // Not JSON: refused below.
  }
  return refuse("after", "is not a cursor of this list: pass a page's endCursor.");
}

/**
 * A page of projects, newest licence first, with how many match in all: two statements (the page
 * and the count), keyset-paged so a page costs the same wherever it is.
 */
export async function selectProjectPage(
  db: DataSource,
  filter: InvestmentProjectFilter,
  first: number,
  after: string | null,
): Promise<InvestmentProjectConnection> {
  if (!Number.isInteger(first) || first < 1 || first > PAGE_LIMIT) refuse("first", `must be from 1 to ${PAGE_LIMIT}.`);
  if (after !== null && after.length > 400) refuse("after", "is not a cursor of this list: pass a page's endCursor.");
  const query = db.getRepository(InvestmentProject).createQueryBuilder("project");
  if (filter.park !== null && filter.park !== undefined) {
    query.andWhere("project.parkCode = :park", { park: filter.park.slice(0, 64) });
  }
  if (filter.sector !== null && filter.sector !== undefined) {
    query.andWhere("project.sector = :sector", { sector: filter.sector.slice(0, 64) });
  }
  if (filter.foreign !== null && filter.foreign !== undefined) {
    query.andWhere(filter.foreign ? "project.country <> :domestic" : "project.country = :domestic", {
      domestic: DOMESTIC_COUNTRY,
    });
  }
  if (filter.licensedIn !== null && filter.licensedIn !== undefined) {
    const year = filter.licensedIn;
    if (year < 1990 || year > 2100) refuse("filter.licensedIn", "must be a year from 1990 to 2100.");
    query.andWhere("project.certificateDate BETWEEN :from AND :to", { from: `${year}-01-01`, to: `${year}-12-31` });
  }
  const totalCount = await query.clone().getCount();
  if (after !== null) {
    const [date, number] = readCursor(after);
    query.andWhere(
      "(project.certificateDate < :date OR (project.certificateDate = :date AND project.certificateNumber < :number))",
      { date, number },
    );
  }
  const rows = await query
    .orderBy("project.certificateDate", "DESC")
    .addOrderBy("project.certificateNumber", "DESC")
    .limit(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: cursorOf(node) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
