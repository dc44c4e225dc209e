import type { CodeList } from "../indicator-definition";

/**
 * Vocational training levels: sơ cấp, trung cấp, cao đẳng and continuing (short) training, as the
 * Law on Vocational Education (74/2014/QH13) names them; before 2015 the Law on Vocational
 * Training (76/2006/QH11) had sơ cấp nghề, trung cấp nghề, cao đẳng nghề and dạy nghề dưới 3
 * tháng, which map to the same four codes.
 */
export const TRAINING_LEVEL_CODE_LIST: CodeList = {
  code: "TRAINING_LEVEL",
  name: "Trình độ đào tạo nghề nghiệp",
  nameEn: "Vocational training level",
  source:
    "Luật Giáo dục nghề nghiệp số 74/2014/QH13 (trình độ sơ cấp, trung cấp, cao đẳng; đào tạo thường xuyên); trước năm 2015 tương ứng với các trình độ của Luật Dạy nghề số 76/2006/QH11. / Levels of the Law on Vocational Education 2014; before 2015 the matching levels of the Law on Vocational Training 2006.",
  entries: [
    { code: "SO_CAP", name: "Sơ cấp", nameEn: "Elementary (sơ cấp)" },
    { code: "TRUNG_CAP", name: "Trung cấp", nameEn: "Intermediate (trung cấp)" },
    { code: "CAO_DANG", name: "Cao đẳng", nameEn: "College (cao đẳng)" },
    {
      code: "THUONG_XUYEN",
      name: "Đào tạo thường xuyên, dưới 3 tháng",
      nameEn: "Continuing and short training, under 3 months",
    },
  ],
};
