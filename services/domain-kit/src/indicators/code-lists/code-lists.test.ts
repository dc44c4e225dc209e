import { CODE_LISTS, codeList } from ".";

/** The VSIC 2018 level-2 codes of sections B (05–09), C (10–33), D (35) and E (36–39). */
const OFFICIAL_VSIC2_B_TO_E = [
  ...["05", "06", "07", "08", "09"],
  ...Array.from({ length: 24 }, (_, index) => String(10 + index)),
  "35",
  ...["36", "37", "38", "39"],
];

describe("code lists", () => {
  it("have unique list codes, each found by codeList", () => {
    const codes = CODE_LISTS.map((list) => list.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const list of CODE_LISTS) {
      expect(codeList(list.code)).toBe(list);
    }
    expect(codeList("NO_SUCH_LIST")).toBeUndefined();
  });

  describe.each(CODE_LISTS.map((list) => [list.code, list] as const))("%s", (_, list) => {
    it("has names, a source and entries", () => {
      expect(list.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(list.name.trim()).not.toBe("");
      expect(list.nameEn.trim()).not.toBe("");
      expect(list.source.trim()).not.toBe("");
      expect(list.entries.length).toBeGreaterThan(0);
    });

    it("has unique ASCII codes", () => {
      const codes = list.entries.map((entry) => entry.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) {
        expect(code).toMatch(/^[A-Z0-9]+(_[A-Z0-9]+)*$/);
      }
    });

    it("names every entry in Vietnamese and English", () => {
      for (const entry of list.entries) {
        expect(entry.name.trim()).not.toBe("");
        expect(entry.nameEn.trim()).not.toBe("");
        expect(entry.name).toBe(entry.name.trim());
        expect(entry.nameEn).toBe(entry.nameEn.trim());
      }
    });
  });

  it("VSIC2 has exactly the official level-2 codes of sections B to E, in order", () => {
    expect(codeList("VSIC2")?.entries.map((entry) => entry.code)).toEqual(OFFICIAL_VSIC2_B_TO_E);
    expect(OFFICIAL_VSIC2_B_TO_E).toHaveLength(34);
  });

  it("VSIC2 names industries as the glossary does", () => {
    const names = new Map(codeList("VSIC2")?.entries.map((entry) => [entry.code, entry]));
    expect(names.get("10")?.name).toBe("Sản xuất, chế biến thực phẩm");
    expect(names.get("24")).toEqual({ code: "24", name: "Sản xuất kim loại", nameEn: "Manufacture of basic metals" });
    expect(names.get("30")?.name).toBe("Sản xuất phương tiện vận tải khác");
  });

  it("INDUSTRIAL_AREA has every industrial park under the same code, and clusters besides", () => {
    const parks = codeList("INDUSTRIAL_PARK")?.entries ?? [];
    const areas = codeList("INDUSTRIAL_AREA")?.entries ?? [];
    expect(parks.length).toBeGreaterThan(0);
    for (const park of parks) {
      expect(areas).toContainEqual(park);
    }
    expect(areas.some((area) => area.code.startsWith("CCN_"))).toBe(true);
  });

  it("ORIGIN is domestic or foreign", () => {
    expect(codeList("ORIGIN")?.entries.map((entry) => entry.code)).toEqual(["DOMESTIC", "FOREIGN"]);
  });

  it("says the compiled lists must be confirmed by their agencies", () => {
    expect(codeList("INDUSTRIAL_PARK")?.source).toMatch(/BQLKKT/);
    expect(codeList("INDUSTRIAL_AREA")?.source).toMatch(/xác nhận/);
    expect(codeList("COMMODITY")?.source).toMatch(/Hải quan/);
  });
});
