import { matchesAt, normaliseKey, sourceOf, toSearchKey } from "./text-key";

describe("normaliseKey", () => {
  it.each([
    ["Sở Văn hoá", "Sở Văn hóa"],
    ["thuỷ sản", "thủy sản"],
    ["khoẻ", "khỏe"],
    ["Uỷ ban", "ủy ban"],
    ["LĐTBXH", "lđtbxh"],
    ["Cục  Thuế\n thành phố", "cục thuế thành phố"],
  ])("gives %j and %j the same key", (newer, older) => {
    const keys = [normaliseKey(newer), normaliseKey(older)];

    expect(keys[0]).toBe(keys[1]);
  });

  it("moves the tone mark only in open syllables, leaving 'hoàn' and 'hóa' distinct", () => {
    const keys = ["hoàn", "hòan", "hóa"].map(normaliseKey);

    expect(keys).toEqual(["hoàn", "hòan", "hóa"]);
  });

  it("reads decomposed (NFD) text like composed text", () => {
    const key = normaliseKey("Sở Y tế".normalize("NFD"));

    expect(key).toBe("sở y tế");
  });
});

describe("sourceOf", () => {
  it("quotes the source behind a key range, as written", () => {
    const searchKey = toSearchKey("Các Sở:  Văn hoá,\nCT");
    const start = searchKey.key.indexOf("văn");

    const quoted = sourceOf(searchKey, start, start + "văn hóa".length);

    expect(quoted).toBe("Văn hoá");
  });
});

describe("matchesAt", () => {
  it("matches whole words only", () => {
    const key = normaliseKey("CTy, CT");

    expect([matchesAt(key, "ct", 0), matchesAt(key, "ct", 5)]).toEqual([false, true]);
  });
});
