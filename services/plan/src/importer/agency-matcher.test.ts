import { AGENCY_CATALOGUE, AgencyRecord } from "../agency/agency-catalogue";
import { createAgencyMatcher } from "./agency-matcher";
import { taskPlace } from "./document-place";
import { PlanDocumentError } from "./plan-document";

const matcher = createAgencyMatcher();
const place = taskPlace("VII.4", 293);

function codesOf(cell: string): string[] {
  return matcher.matchCell(cell, place).agencies.map((agency) => agency.agencyCode);
}

describe("createAgencyMatcher", () => {
  it.each([
    ["UBND các quận, huyện", ["UBND_QH"]],
    ["UBND các quận huyện", ["UBND_QH"]],
    ["UBND các huyện", ["UBND_QH"]],
    ["Các Sở: KHĐT, TNMT, TC, CT, LĐ-TB và XH, Ban quản lý KKT", ["KHDT", "TNMT", "TC", "CT", "LDTBXH", "BQLKKT"]],
    ["Các Sở; KHĐT, TC", ["KHDT", "TC"]],
    ["Các Sở: CT; TC, KHĐT", ["CT", "TC", "KHDT"]],
    ["Các Sở, Ngành: TC, UBND các huyện", ["TC", "UBND_QH"]],
    ["Các Sở: KHĐT, TC, TNMT, XD, KHCN; Ban QLKKT", ["KHDT", "TC", "TNMT", "XD", "KHCN", "BQLKKT"]],
    ["Sở CT, UBND các quận, huyện, Ban quản lý KKT, Cảnh sát môi trường", ["CT", "UBND_QH", "BQLKKT", "CSMT"]],
    ["Sở KHĐT, TC và các Sở, Ngành, đơn vị liên quan", ["KHDT", "TC"]],
    ["LĐLĐ thành phố và các đơn vị liên quan", ["LDLD"]],
    ["Các Sở, Ngành liên quan", []],
    ["Các Sở: Y tế, NNPTNT, KHĐT, UBND các quận, huyện", ["YT", "NNPTNT", "KHDT", "UBND_QH"]],
    ["Các Sở: Ngoại vụ, CT, TC, Ban quản lý KTT", ["NGOAIVU", "CT", "TC", "BQLKKT"]],
    ["Bản quản lý Khu kinh tế Hải Phòng", ["BQLKKT"]],
    ["Các Sở: TC, KHĐT, Cty TNHH MTV điện lực HP, UBND các quận huyện", ["TC", "KHDT", "DIENLUC", "UBND_QH"]],
    [
      "Các Sở: TC, CT, XD, TNMT, Ban QLKKT, các doanh nghiệp kinh doanh hạ tầng KKT, KCN, CCN",
      ["TC", "CT", "XD", "TNMT", "BQLKKT", "DN_HATANG"],
    ],
    ["- Sở Công Thương\n\n- Ban quản lý KKT", ["CT", "BQLKKT"]],
    ["Sở: TC, GDĐT", ["TC", "GDDT"]],
  ])("reads %j as %j", (cell, expected) => {
    const codes = codesOf(cell);

    expect(codes).toEqual(expected);
  });

  it("prefers the longest spelling: Cục Thuế thành phố is one mention, not Cục Thuế plus leftover text", () => {
    const match = matcher.matchCell("Các Sở: KHĐT, CT, Ban quản lý KKT, Cục Thuế thành phố", place);

    expect(match.agencies.at(-1)).toEqual({ agencyCode: "CUCTHUE", asWritten: "Cục Thuế thành phố" });
  });

  it("returns each agency as written, keeping commas and 'và' inside a name", () => {
    const match = matcher.matchCell("UBND các quận, huyện, LĐ-TB và XH", place);

    expect(match.agencies).toEqual([
      { agencyCode: "UBND_QH", asWritten: "UBND các quận, huyện" },
      { agencyCode: "LDTBXH", asWritten: "LĐ-TB và XH" },
    ]);
  });

  it("reports vague phrases as written, with their 'và', and not as agencies", () => {
    const match = matcher.matchCell("Các Sở: XD, TC, KHĐT, UBND các quận, huyện và các đơn vị liên quan", place);

    expect(match.vaguePhrases).toEqual(["và các đơn vị liên quan"]);
    expect(match.agencies.map((agency) => agency.agencyCode)).toEqual(["XD", "TC", "KHDT", "UBND_QH"]);
  });

  it("matches either tone-mark placement, case and spacing", () => {
    const match = matcher.matchCell("Sở Văn hoá, Thể thao và Du lịch;  Uỷ ban nhân dân các quận,\nhuyện", place);

    expect(match.agencies).toEqual([
      { agencyCode: "VHTTDL", asWritten: "Sở Văn hoá, Thể thao và Du lịch" },
      { agencyCode: "UBND_QH", asWritten: "Uỷ ban nhân dân các quận,\nhuyện" },
    ]);
  });

  it("fails on an unknown name, quoting the name and the whole cell with the task", () => {
    const act = () => matcher.matchCell("Sở CT, Sở Foo", place);

    expect(act).toThrow(PlanDocumentError);
    expect(act).toThrow('line 293: task VII.4: cannot map agency "Sở Foo" in "Sở CT, Sở Foo"');
  });

  it("does not read an abbreviation out of a longer word", () => {
    const act = () => matcher.matchCell("Các Sở: CTy Foo", place);

    expect(act).toThrow('cannot map agency "CTy Foo"');
  });

  it("keeps the first of a repeated agency and warns", () => {
    const match = matcher.matchCell("Các Sở: CT, TC, Sở Công Thương", place);

    expect(match.agencies.map((agency) => agency.asWritten)).toEqual(["CT", "TC"]);
    expect(match.warnings).toEqual([
      { where: "VII.4", message: expect.stringContaining('CT is named twice in one cell ("CT", "Sở Công Thương")') },
    ]);
  });

  it("refuses a catalogue in which one spelling names two agencies", () => {
    const clash: AgencyRecord[] = [...AGENCY_CATALOGUE, { ...AGENCY_CATALOGUE[0], code: "CT2", aliases: ["ct"] }];

    expect(() => createAgencyMatcher(clash)).toThrow('agency catalogue: "ct" is ambiguous (agency CT and agency CT2)');
  });
});
