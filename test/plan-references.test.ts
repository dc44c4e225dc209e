import { TEST_DATABASE_KIND } from "@hpig/kit/testing";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Agency { code name }
    ... on ProgramGroup { code groupNumber: number }
    ... on IndustryTarget { code min }
    ... on Plan { number }
    ... on IndustryTask { code title }
    ... on LabourTask { code title }
  }
}`;

describe(`the plan subgraph's entity references (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { subgraphs: [] });
  });
  afterAll(() => federation?.stop());

  it("resolves every entity it owns from a representation, in one batch", async () => {
    const result = await federation.subgraphQuery<{ _entities: Array<Record<string, unknown> | null> }>(
      "plan",
      ENTITIES,
      {
        representations: [
          { __typename: "Agency", code: "LDTBXH" },
          { __typename: "Agency", code: "CT" },
          { __typename: "ProgramGroup", code: "IV" },
          { __typename: "IndustryTarget", code: "IIP_GROWTH_2016_2020" },
          { __typename: "Plan", number: "3438/KH-UBND" },
          { __typename: "IndustryTask", code: "II.2" },
          { __typename: "LabourTask", code: "V.3" },
          { __typename: "LabourTask", code: "II.2" },
          { __typename: "Agency", code: "NOPE" },
        ],
      },
    );

    expect(dataOf(result)._entities).toEqual([
      { __typename: "Agency", code: "LDTBXH", name: "Sở Lao động, Thương binh và Xã hội" },
      { __typename: "Agency", code: "CT", name: "Sở Công Thương" },
      { __typename: "ProgramGroup", code: "IV", groupNumber: 4 },
      { __typename: "IndustryTarget", code: "IIP_GROWTH_2016_2020", min: 14 },
      { __typename: "Plan", number: "3438/KH-UBND" },
      { __typename: "IndustryTask", code: "II.2", title: expect.stringContaining("Tiếp tục rà soát") },
      {
        __typename: "LabourTask",
        code: "V.3",
        title: "Hình thành thị trường lao động có quản lý đáp ứng yêu cầu về lao động cho phát triển công nghiệp",
      },
      // II.2 is an industry task: asking for it as a labour task finds nothing.
      null,
      null,
    ]);
    // One statement per entity type's loader (agency, group, target, plan, task), not one per representation.
    expect(result.extensions?.["sqlStatements"]).toBeLessThanOrEqual(5);
  });
});
