import { readTargetDirection } from "./target-direction";

describe("readTargetDirection", () => {
  it.each([
    // Each word of the lexicon on a sentence of its own.
    ["đạt", "tỷ lệ sản phẩm công nghiệp chế tạo đạt 35%", "AT_LEAST"],
    ["trên", "tỷ lệ sản phẩm công nghiệp chế tạo trên 35%", "AT_LEAST"],
    ["tăng", "Chỉ số phát triển sản xuất công nghiệp tăng bình quân 14%/năm", "AT_LEAST"],
    ["ít nhất", "GDP công nghiệp chiếm ít nhất 31%", "AT_LEAST"],
    ["tối thiểu", "tỷ lệ sản phẩm công nghệ cao tối thiểu 30%", "AT_LEAST"],
    ["không dưới", "tỷ lệ sản phẩm công nghệ cao không dưới 30%", "AT_LEAST"],
    ["vượt", "tỷ lệ sản phẩm công nghệ cao vượt 30%", "AT_LEAST"],
    ["dưới", "tỷ lệ hàng tồn kho dưới 10%", "AT_MOST"],
    ["không quá", "tỷ lệ hàng tồn kho không quá 10%", "AT_MOST"],
    ["tối đa", "tỷ lệ hàng tồn kho tối đa 10%", "AT_MOST"],
    ["giảm … xuống", "giảm tỷ lệ hàng tồn kho xuống 10%", "AT_MOST"],
    ["giảm … xuống còn", "giảm tỷ lệ hàng tồn kho xuống còn 10%", "AT_MOST"],
    ["chiếm a single value", "tỷ trọng công nghiệp - xây dựng trong GDP chiếm 37%", "AT_LEAST"],
    ["chiếm a band", "GDP công nghiệp chiếm 31 - 32%", "WITHIN_BAND"],
    ["no word: the paragraph's Phấn đấu đạt", "đến năm 2015 tỷ lệ sản phẩm công nghệ cao 30%", "AT_LEAST"],
    ["no word, a band", "đến năm 2015 GDP công nghiệp 31 - 32%", "AT_LEAST"],
    ["a qualifier over the verb", "tỷ lệ hàng tồn kho đạt dưới 10%", "AT_MOST"],
    ["another qualifier over the verb", "GDP công nghiệp tăng không quá 5%/năm", "AT_MOST"],
    ["a qualifier over chiếm", "GDP công nghiệp chiếm trên 31 - 32%", "AT_LEAST"],
    ["in capitals", "Tỷ lệ hàng tồn kho KHÔNG QUÁ 10%", "AT_MOST"],
  ])("%s: %s → %s", (_name, clause, direction) => {
    expect(readTargetDirection(clause)).toMatchObject({ direction });
  });

  it.each([
    ["tăng inside the indicator's name", "tốc độ tăng trưởng bình quân GDP ngành công nghiệp - xây dựng 12%/năm"],
    ["tăng trưởng outside it", "GDP công nghiệp tăng trưởng 12%/năm"],
    ["trên địa bàn (in the area of)", "tỷ trọng công nghiệp trên địa bàn 37%"],
    ["trên tổng (out of the total)", "tỷ lệ sản phẩm xuất khẩu trên tổng giá trị sản xuất 37%"],
  ])("reads no direction from %s: the paragraph's AT_LEAST", (_name, clause) => {
    expect(readTargetDirection(clause)).toMatchObject({ direction: "AT_LEAST" });
  });

  it("keeps the band as written, except for khoảng", () => {
    expect(readTargetDirection("GDP công nghiệp chiếm 31 - 32%")).toEqual({
      direction: "WITHIN_BAND",
      min: 31,
      max: 32,
    });
    expect(readTargetDirection("tăng bình quân 12,7-13,7%/năm")).toEqual({
      direction: "AT_LEAST",
      min: 12.7,
      max: 13.7,
    });
  });

  it.each([
    // Half a unit of the last digit written, on each side.
    ["khoảng 37%", 36.5, 37.5],
    ["khoảng 12,7%/năm", 12.65, 12.75],
    ["đạt khoảng 12,75%", 12.745, 12.755],
    ["chiếm khoảng 31 - 32%", 30.5, 32.5],
    ["khoảng 0,5%", 0.45, 0.55],
  ])("widens %s to %s–%s, WITHIN_BAND", (clause, min, max) => {
    expect(readTargetDirection(`GDP công nghiệp ${clause}`)).toEqual({ direction: "WITHIN_BAND", min, max });
  });

  it.each([
    [
      "two qualifiers that disagree",
      "tỷ lệ hàng tồn kho tối thiểu không quá 10%",
      /"tối thiểu" says AT_LEAST, "không quá" says AT_MOST/,
    ],
    [
      "two verbs that disagree",
      "tăng năng suất và giảm tỷ lệ hàng tồn kho xuống 10%",
      /"tăng" says AT_LEAST, "giảm … xuống" says AT_MOST/,
    ],
    [
      "khoảng against another qualifier",
      "tỷ lệ hàng tồn kho trên khoảng 10%",
      /"trên" says AT_LEAST, "khoảng" says WITHIN_BAND/,
    ],
    ["giảm without xuống", "tỷ lệ hàng tồn kho giảm 10%", /"giảm" without "xuống" is a reduction by an amount/],
    ["khoảng with 3 decimals", "tỷ lệ hàng tồn kho khoảng 10,125%", /"khoảng" 10,125 cannot be widened/],
    ["no quantity", "tỷ lệ hàng tồn kho giảm mạnh", /no quantity/],
  ])("refuses %s", (_name, clause, problem) => {
    const reading = readTargetDirection(clause);

    expect(reading).toEqual({ problem: expect.stringMatching(problem) });
  });
});
