import type { Principal } from "@hpig/kit";

import { cacheKeyOf, callerScope, canonicalJson } from "./cache-key";

const EDITOR: Principal = { subject: "a", name: "Nguyễn Văn An", agency: "LDTBXH", roles: ["editor"] };
const BASE = {
  schemaId: "s1",
  query: "{ tasks { code } }",
  operationName: null,
  variables: {},
  principal: EDITOR,
  date: "2026-12-03",
};

describe("canonicalJson", () => {
  it("sorts the keys of every object, keeps the order of arrays and drops undefined members", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}',
    );
  });
});

describe("callerScope", () => {
  it("is the roles, sorted, and the agency", () => {
    expect(callerScope({ ...EDITOR, roles: ["viewer", "editor"] })).toBe("editor,viewer|LDTBXH");
    expect(callerScope({ subject: "c", name: "Ban chỉ đạo", agency: null, roles: ["committee"] })).toBe("committee|");
  });
});

describe("cacheKeyOf", () => {
  it("is the same for the same variables in another order and for another person of the same roles and agency", () => {
    expect(cacheKeyOf({ ...BASE, variables: { a: 1, b: 2 } })).toBe(cacheKeyOf({ ...BASE, variables: { b: 2, a: 1 } }));
    expect(cacheKeyOf({ ...BASE, variables: null })).toBe(cacheKeyOf(BASE));
    expect(cacheKeyOf({ ...BASE, principal: { ...EDITOR, subject: "b", name: "Lê Thị Hoa" } })).toBe(cacheKeyOf(BASE));
  });

  it("differs with the query, the operation, the variables, the roles, the agency, the date and the schema", () => {
    const others = [
      { ...BASE, query: "{ tasks { code title } }" },
      { ...BASE, operationName: "Tasks" },
      { ...BASE, variables: { year: 2016 } },
      { ...BASE, principal: { ...EDITOR, roles: ["viewer" as const] } },
      { ...BASE, principal: { ...EDITOR, agency: "KHDT" } },
      { ...BASE, date: "2026-12-04" },
      { ...BASE, schemaId: "s2" },
    ].map(cacheKeyOf);

    expect(new Set([cacheKeyOf(BASE), ...others]).size).toBe(8);
  });
});
