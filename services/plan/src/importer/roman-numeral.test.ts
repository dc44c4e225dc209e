import { romanNumeralValue } from "./roman-numeral";

describe("romanNumeralValue", () => {
  it.each([
    ["I", 1],
    ["IV", 4],
    ["VIII", 8],
    ["IX", 9],
    ["XIV", 14],
  ])("reads %s as %d", (numeral, value) => {
    expect(romanNumeralValue(numeral)).toBe(value);
  });

  it.each(["", "IIII", "VX", "1", "iv", "TT"])("rejects %j", (text) => {
    expect(romanNumeralValue(text)).toBeNull();
  });
});
