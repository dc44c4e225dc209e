import { readFileSync } from "node:fs";
import { join } from "node:path";

import { parseTargets } from "./parse-targets";
import { PlanDocumentError } from "./plan-document";

const documentText = readFileSync(join(__dirname, "..", "..", "data", "ke-hoach-3438-KH-UBND-2012.txt"), "utf8");
/** Section I of the real document, heading included; it starts on line 5. */
const sectionI = documentText.slice(documentText.indexOf("\nI. ") + 1, documentText.indexOf("\nII. "));
const SECTION_I_LINE = 5;

describe("parseTargets on Plan 3438/KH-UBND", () => {
  it("reads the nine targets of section I with their years, bands and units", () => {
    const targets = parseTargets(sectionI, 2020, SECTION_I_LINE);

    expect(
      targets.map(({ code, indicatorCode, measure, fromYear, toYear, min, max, unit }) => ({
        code,
        indicatorCode,
        measure,
        fromYear,
        toYear,
        min,
        max,
        unit,
      })),
    ).toEqual([
      {
        code: "INDUSTRY_CONSTRUCTION_GDP_SHARE_2015",
        indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_SHARE",
        measure: "SHARE",
        fromYear: 2015,
        toYear: 2015,
        min: 37,
        max: 37,
        unit: "%",
      },
      {
        code: "INDUSTRY_GDP_SHARE_2015",
        indicatorCode: "INDUSTRY_GDP_SHARE",
        measure: "SHARE",
        fromYear: 2015,
        toYear: 2015,
        min: 31,
        max: 32,
        unit: "%",
      },
      {
        code: "INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015",
        indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
        measure: "AVERAGE_ANNUAL_GROWTH",
        fromYear: 2011,
        toYear: 2015,
        min: 12.7,
        max: 13.7,
        unit: "%/năm",
      },
      {
        code: "INDUSTRY_CONSTRUCTION_GDP_SHARE_2020",
        indicatorCode: "INDUSTRY_CONSTRUCTION_GDP_SHARE",
        measure: "SHARE",
        fromYear: 2020,
        toYear: 2020,
        min: 36,
        max: 36,
        unit: "%",
      },
      {
        code: "INDUSTRY_GDP_SHARE_2020",
        indicatorCode: "INDUSTRY_GDP_SHARE",
        measure: "SHARE",
        fromYear: 2020,
        toYear: 2020,
        min: 30,
        max: 31,
        unit: "%",
      },
      {
        code: "IIP_GROWTH_2011_2015",
        indicatorCode: "IIP_GROWTH",
        measure: "AVERAGE_ANNUAL_GROWTH",
        fromYear: 2011,
        toYear: 2015,
        min: 13.5,
        max: 14.5,
        unit: "%/năm",
      },
      {
        code: "IIP_GROWTH_2016_2020",
        indicatorCode: "IIP_GROWTH",
        measure: "AVERAGE_ANNUAL_GROWTH",
        fromYear: 2016,
        toYear: 2020,
        min: 14,
        max: 15,
        unit: "%/năm",
      },
      {
        code: "HIGH_TECH_OUTPUT_SHARE_2015",
        indicatorCode: "HIGH_TECH_OUTPUT_SHARE",
        measure: "SHARE",
        fromYear: 2015,
        toYear: 2015,
        min: 30,
        max: 30,
        unit: "%",
      },
      {
        code: "MANUFACTURING_OUTPUT_SHARE_2015",
        indicatorCode: "MANUFACTURING_OUTPUT_SHARE",
        measure: "SHARE",
        fromYear: 2015,
        toYear: 2015,
        min: 35,
        max: 35,
        unit: "%",
      },
    ]);
  });

  it("describes each target by its indicator phrase and the clause it was read from, as written", () => {
    const targets = parseTargets(sectionI, 2020, SECTION_I_LINE);

    expect(targets.map(({ description, sourceText }) => [description, sourceText])).toEqual([
      [
        "Tỷ trọng công nghiệp - xây dựng trong GDP",
        "Tỷ trọng công nghiệp - xây dựng trong GDP của thành phố đến năm 2015 chiếm 37%",
      ],
      ["GDP công nghiệp", "trong đó GDP công nghiệp chiếm 31 - 32%"],
      [
        "tốc độ tăng trưởng bình quân GDP ngành công nghiệp - xây dựng",
        "tốc độ tăng trưởng bình quân GDP ngành công nghiệp - xây dựng đạt 12,7-13,7%/năm",
      ],
      [
        "tỷ trọng công nghiệp - xây dựng trong GDP",
        "phấn đấu đến năm 2020, tỷ trọng công nghiệp - xây dựng trong GDP thành phố chiếm 36%",
      ],
      ["GDP công nghiệp", "trong đó GDP công nghiệp chiếm 30 - 31%"],
      [
        "Chỉ số phát triển sản xuất công nghiệp (IIP)",
        "Chỉ số phát triển sản xuất công nghiệp (IIP) tăng bình quân 13,5 - 14,5%/năm giai đoạn 2011-2015",
      ],
      ["Chỉ số phát triển sản xuất công nghiệp (IIP)", "từ sau năm 2015 tăng bình quân 14 - 15%/năm"],
      [
        "tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp",
        "phấn đấu đến năm 2015, tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp đạt 30%",
      ],
      [
        "tỷ lệ sản phẩm công nghiệp chế tạo trong tổng giá trị sản xuất công nghiệp",
        "tỷ lệ sản phẩm công nghiệp chế tạo trong tổng giá trị sản xuất công nghiệp đạt 35%",
      ],
    ]);
  });

  it("reads each target's direction from the words of its clause", () => {
    const targets = parseTargets(sectionI, 2020, SECTION_I_LINE);

    expect(Object.fromEntries(targets.map((target) => [target.code, target.direction]))).toEqual({
      // "chiếm 37%": one value of a structure to reach.
      INDUSTRY_CONSTRUCTION_GDP_SHARE_2015: "AT_LEAST",
      // "chiếm 31 - 32%": both bounds of the structure.
      INDUSTRY_GDP_SHARE_2015: "WITHIN_BAND",
      // "đạt 12,7-13,7%/năm" ("tăng" of "tốc độ tăng trưởng" is the indicator's name).
      INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015: "AT_LEAST",
      INDUSTRY_CONSTRUCTION_GDP_SHARE_2020: "AT_LEAST",
      INDUSTRY_GDP_SHARE_2020: "WITHIN_BAND",
      // "tăng bình quân".
      IIP_GROWTH_2011_2015: "AT_LEAST",
      IIP_GROWTH_2016_2020: "AT_LEAST",
      // "đạt 30%", "đạt 35%".
      HIGH_TECH_OUTPUT_SHARE_2015: "AT_LEAST",
      MANUFACTURING_OUTPUT_SHARE_2015: "AT_LEAST",
    });
  });

  it("fails on a clause whose words contradict each other, naming the clause and its line", () => {
    const changed = sectionI.replace(
      "chế tạo trong tổng giá trị sản xuất công nghiệp đạt 35%",
      "chế tạo trong tổng giá trị sản xuất công nghiệp đạt tối thiểu không quá 35%",
    );

    const act = () => parseTargets(changed, 2020, SECTION_I_LINE);

    expect(act).toThrow(PlanDocumentError);
    expect(act).toThrow(
      'line 9: section I: its words contradict each other: "tối thiểu" says AT_LEAST, "không quá" says AT_MOST in "tỷ lệ sản phẩm công nghiệp chế tạo trong tổng giá trị sản xuất công nghiệp đạt tối thiểu không quá 35%"',
    );
  });

  it("runs 'từ sau năm 2015' to the plan horizon it is given", () => {
    const targets = parseTargets(sectionI, 2025, SECTION_I_LINE);

    expect(targets.find((target) => target.fromYear === 2016)?.code).toBe("IIP_GROWTH_2016_2025");
  });

  it("fails on a clause naming an unknown indicator, even after a known one in the same sentence", () => {
    const changed = sectionI.replace("tỷ lệ sản phẩm công nghiệp chế tạo", "tỷ lệ sản phẩm xuất khẩu");

    const act = () => parseTargets(changed, 2020, SECTION_I_LINE);

    expect(act).toThrow(PlanDocumentError);
    expect(act).toThrow(
      'line 9: section I: no known indicator for the target in "tỷ lệ sản phẩm xuất khẩu trong tổng giá trị sản xuất công nghiệp đạt 35%"',
    );
  });

  it("fails on a sentence opening with an unknown indicator", () => {
    const changed = sectionI.replace("Chỉ số phát triển sản xuất công nghiệp (IIP)", "Chỉ số giá tiêu dùng (CPI)");

    const act = () => parseTargets(changed, 2020, SECTION_I_LINE);

    expect(act).toThrow(
      'no known indicator for the target in "Chỉ số giá tiêu dùng (CPI) tăng bình quân 13,5 - 14,5%/năm giai đoạn 2011-2015"',
    );
  });

  it("fails when section I has no target paragraph", () => {
    const act = () => parseTargets("I. MỤC ĐÍCH, YÊU CẦU:\n1. Mục đích:", 2020, SECTION_I_LINE);

    expect(act).toThrow('line 5: section I: no paragraph starting "- Phấn đấu đạt mục tiêu"');
  });
});

describe("parseTargets on other wordings", () => {
  it("gives an average growth 'đến năm Y' just year Y when the paragraph names no period ending then", () => {
    const section =
      "- Phấn đấu đạt mục tiêu: đến năm 2015, tốc độ tăng trưởng bình quân GDP ngành công nghiệp - xây dựng đạt 12%/năm.";

    const [target] = parseTargets(section, 2020);

    expect(target).toMatchObject({
      code: "INDUSTRY_CONSTRUCTION_GDP_GROWTH_2015",
      fromYear: 2015,
      toYear: 2015,
      min: 12,
      max: 12,
    });
  });

  it("reads 'từ năm X đến năm Y' as one period", () => {
    const section =
      "- Phấn đấu đạt mục tiêu: Chỉ số phát triển sản xuất công nghiệp tăng bình quân 14%/năm từ năm 2016 đến năm 2020.";

    const [target] = parseTargets(section, 2020);

    expect(target).toMatchObject({
      code: "IIP_GROWTH_2016_2020",
      description: "Chỉ số phát triển sản xuất công nghiệp",
    });
  });

  it("judges 'khoảng' as a band of half a unit of the last digit written on either side", () => {
    const section =
      "- Phấn đấu đạt mục tiêu: đến năm 2015, tỷ trọng công nghiệp - xây dựng trong GDP chiếm khoảng 37%, tốc độ tăng trưởng bình quân GDP ngành công nghiệp - xây dựng đạt khoảng 12,7%/năm giai đoạn 2011-2015.";

    const targets = parseTargets(section, 2020);

    expect(targets.map(({ code, direction, min, max }) => ({ code, direction, min, max }))).toEqual([
      { code: "INDUSTRY_CONSTRUCTION_GDP_SHARE_2015", direction: "WITHIN_BAND", min: 36.5, max: 37.5 },
      { code: "INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015", direction: "WITHIN_BAND", min: 12.65, max: 12.75 },
    ]);
  });

  it("reads AT_MOST from 'giảm … xuống' and 'không quá'", () => {
    const section =
      "- Phấn đấu đạt mục tiêu: đến năm 2015 giảm tỷ trọng công nghiệp - xây dựng trong GDP xuống 30%, GDP công nghiệp không quá 25%.";

    const targets = parseTargets(section, 2020);

    expect(targets.map(({ code, direction, min, max }) => ({ code, direction, min, max }))).toEqual([
      { code: "INDUSTRY_CONSTRUCTION_GDP_SHARE_2015", direction: "AT_MOST", min: 30, max: 30 },
      { code: "INDUSTRY_GDP_SHARE_2015", direction: "AT_MOST", min: 25, max: 25 },
    ]);
  });

  it("fails on a reduction by an amount ('giảm' without 'xuống'), naming the clause", () => {
    const section = "- Phấn đấu đạt mục tiêu: đến năm 2015 GDP công nghiệp giảm 5%.";

    const act = () => parseTargets(section, 2020);

    expect(act).toThrow(
      'section I: "giảm" without "xuống" is a reduction by an amount, not a level the figures can be judged against in "đến năm 2015 GDP công nghiệp giảm 5%"',
    );
  });

  it("fails on a share given as a yearly growth", () => {
    const section = "- Phấn đấu đạt mục tiêu: đến năm 2015 GDP công nghiệp tăng 5%/năm.";

    const act = () => parseTargets(section, 2020);

    expect(act).toThrow(
      'INDUSTRY_GDP_SHARE is measured as SHARE but "đến năm 2015 GDP công nghiệp tăng 5%/năm" gives AVERAGE_ANNUAL_GROWTH',
    );
  });

  it("fails on a band written upside down", () => {
    const section = "- Phấn đấu đạt mục tiêu: đến năm 2015 GDP công nghiệp chiếm 32 - 31%.";

    const act = () => parseTargets(section, 2020);

    expect(act).toThrow(
      'the band\'s upper bound is below its lower bound in "đến năm 2015 GDP công nghiệp chiếm 32 - 31%"',
    );
  });

  it("fails on a target with no year", () => {
    const section = "- Phấn đấu đạt mục tiêu: GDP công nghiệp chiếm 31%.";

    const act = () => parseTargets(section, 2020);

    expect(act).toThrow('no year for the target in "GDP công nghiệp chiếm 31%"');
  });
});
