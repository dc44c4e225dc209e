import { parseCodes, parseLeads } from "./proposal-input";

describe("the lead agencies typed in the proposal form", () => {
  it("reads one code a line, with a scope after a colon, in order, skipping blank lines", () => {
    expect(parseLeads("LDTBXH: đào tạo nghề\n\n  KHDT : vốn đầu tư \nGDDT")).toEqual([
      { agencyCode: "LDTBXH", scope: "đào tạo nghề" },
      { agencyCode: "KHDT", scope: "vốn đầu tư" },
      { agencyCode: "GDDT" },
    ]);
  });

  it("gives no leads for an empty field, so none are sent", () => {
    expect(parseLeads(" \n ")).toEqual([]);
  });

  it("reads coordinating agencies separated by commas or spaces", () => {
    expect(parseCodes("GDDT, KHDT  TC,")).toEqual(["GDDT", "KHDT", "TC"]);
  });
});
