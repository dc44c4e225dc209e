import { RequiredFigures } from "@hpig/kit";

import { partPlace } from "./document-place";
import { PlanDocumentError } from "./plan-document";
import { readRequiredFigures } from "./required-figures";

const place = partPlace("appendix row 1", 444);
const ROW_1 =
  "Chỉ số phát triển sản xuất công nghiệp, doanh thu thuần, nguồn vốn, giá trị tài sản cố định và đầu tư dài hạn, nộp ngân sách, số lao động bình quân, thu nhập bình quân của doanh nghiệp công nghiệp theo số chính thức của năm trước và ước thực hiện năm báo cáo.";

describe("readRequiredFigures", () => {
  it("reads row 1's wording as last year's official figure and this year's estimate", () => {
    expect(readRequiredFigures(ROW_1, place)).toBe(RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE);
  });

  it.each([
    ["upper case and a line break", "THEO SỐ CHÍNH THỨC CỦA NĂM TRƯỚC\nVÀ ƯỚC THỰC HIỆN NĂM BÁO CÁO"],
    ["decomposed accents (NFD)", ROW_1.normalize("NFD")],
    ["without “của”", "Số dự án, theo số chính thức năm trước và ước thực hiện của năm báo cáo."],
  ])("reads the same wording with %s", (_variant, text) => {
    expect(readRequiredFigures(text, place)).toBe(RequiredFigures.PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE);
  });

  it.each([
    [
      "row 2 (Cục Thuế)",
      "Tình hình nộp ngân sách của các doanh nghiệp công nghiệp trên địa bàn (chia theo phân ngành công nghiệp cấp 2).",
    ],
    ["row 4 (Ban quản lý KKT)", "Diện tích, tỷ lệ % được lấp đầy tại các khu công nghiệp."],
    [
      "row 8 (Sở TN&MT), several items",
      "- Công tác cấp đất cho các dự án công nghiệp;\n- Công tác quan trắc môi trường ở các khu, cụm công nghiệp.",
    ],
    ["an estimate alone", "Số lao động được đào tạo, ước thực hiện năm báo cáo."],
  ])("reads %s, which names no earlier year, as the reporting year's figure", (_row, text) => {
    expect(readRequiredFigures(text, place)).toBe(RequiredFigures.REPORTING_YEAR_FIGURE);
  });

  it("refuses the official figure of the year before without the estimate, naming the row", () => {
    const act = () => readRequiredFigures("Doanh thu thuần theo số chính thức của năm trước.", place);

    expect(act).toThrow(PlanDocumentError);
    expect(act).toThrow(
      'line 444: appendix row 1: asks for the previous year\'s official figure ("số chính thức của năm trước") without the reporting year\'s estimate ("ước thực hiện năm báo cáo"); the importer knows the two together or neither',
    );
  });
});
