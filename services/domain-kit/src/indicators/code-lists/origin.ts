import type { CodeList } from "../indicator-definition";

/** Where an investment's capital comes from: domestic investors or foreign (FDI). */
export const ORIGIN_CODE_LIST: CodeList = {
  code: "ORIGIN",
  name: "Nguồn vốn đầu tư",
  nameEn: "Origin of investment",
  source:
    "Phân tổ theo nhà đầu tư trong nước / nhà đầu tư nước ngoài (Luật Đầu tư); lập cho hệ thống này. / Domestic or foreign investor, as the Law on Investment distinguishes them; compiled for this system.",
  entries: [
    { code: "DOMESTIC", name: "Trong nước", nameEn: "Domestic" },
    { code: "FOREIGN", name: "Nước ngoài (FDI)", nameEn: "Foreign (FDI)" },
  ],
};
