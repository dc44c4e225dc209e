import { CombinedError } from "@urql/core";
import { GraphQLError } from "graphql";

import { isUnauthenticated, otherErrors, refusalOf, unavailableDomains } from "./errors";

const outage = (serviceName: string) =>
  new GraphQLError(`Subgraph "${serviceName}" is unreachable (ECONNREFUSED)`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName },
  });

describe("reading the API's errors", () => {
  it("names the domains that did not answer, as the graph's Domain values", () => {
    const error = new CombinedError({ graphQLErrors: [outage("labour"), outage("industry"), outage("labour")] });

    expect([...unavailableDomains(error)].sort()).toEqual(["INDUSTRY", "LABOUR"]);
    expect(otherErrors(error)).toEqual([]);
    expect(unavailableDomains(undefined).size).toBe(0);
  });

  it("passes a refused write's message and code on as the API wrote them", () => {
    const refusal = new GraphQLError("Only an editor of LDTBXH may report task V.1; you are a viewer of LDTBXH.", {
      extensions: { code: "FORBIDDEN" },
    });
    const error = new CombinedError({ graphQLErrors: [refusal] });

    expect(refusalOf(error)).toEqual({
      message: "Only an editor of LDTBXH may report task V.1; you are a viewer of LDTBXH.",
      code: "FORBIDDEN",
    });
    expect(otherErrors(error)).toEqual([refusal.message]);
  });

  it("knows a refused token, by status or by code", () => {
    const byCode = new CombinedError({
      graphQLErrors: [new GraphQLError("Sign in", { extensions: { code: "UNAUTHENTICATED" } })],
    });
    const byStatus = new CombinedError({ networkError: new Error("Unauthorized"), response: { status: 401 } });

    expect(isUnauthenticated(byCode)).toBe(true);
    expect(isUnauthenticated(byStatus)).toBe(true);
    expect(isUnauthenticated(new CombinedError({ graphQLErrors: [outage("plan")] }))).toBe(false);
  });
});
