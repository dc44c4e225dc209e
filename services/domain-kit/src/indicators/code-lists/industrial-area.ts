import type { CodeList, CodeListEntry } from "../indicator-definition";
import { INDUSTRIAL_PARK_ENTRIES } from "./industrial-park";

/**
 * Industrial clusters (cụm công nghiệp), managed by Sở Công Thương and the districts, where
 * environmental monitoring campaigns are held; a plausible set by district, to be confirmed.
 */
const INDUSTRIAL_CLUSTER_ENTRIES: readonly CodeListEntry[] = [
  { code: "CCN_VINH_NIEM", name: "CCN Vĩnh Niệm (quận Lê Chân)", nameEn: "Vinh Niem Industrial Cluster (Le Chan)" },
  { code: "CCN_AN_DONG", name: "CCN An Đồng (huyện An Dương)", nameEn: "An Dong Industrial Cluster (An Duong)" },
  { code: "CCN_QUAN_TRU", name: "CCN Quán Trữ (quận Kiến An)", nameEn: "Quan Tru Industrial Cluster (Kien An)" },
  { code: "CCN_DONG_HOA", name: "CCN Đồng Hòa (quận Kiến An)", nameEn: "Dong Hoa Industrial Cluster (Kien An)" },
  { code: "CCN_TAN_LIEN", name: "CCN Tân Liên (huyện Vĩnh Bảo)", nameEn: "Tan Lien Industrial Cluster (Vinh Bao)" },
  {
    code: "CCN_KIEN_THIET",
    name: "CCN Kiến Thiết (huyện Tiên Lãng)",
    nameEn: "Kien Thiet Industrial Cluster (Tien Lang)",
  },
];

/**
 * Where the environment department monitors: the industrial parks (same codes as
 * INDUSTRIAL_PARK), the industrial clusters, and, for the appendix's "khu vực sản xuất công
 * nghiệp có nguy cơ ô nhiễm cao", the high-risk production areas outside both.
 */
export const INDUSTRIAL_AREA_CODE_LIST: CodeList = {
  code: "INDUSTRIAL_AREA",
  name: "Khu, cụm công nghiệp và khu vực sản xuất công nghiệp",
  nameEn: "Industrial park, cluster or production area",
  source:
    "Lập cho hệ thống này: các khu công nghiệp như danh mục INDUSTRIAL_PARK (do Ban quản lý Khu kinh tế Hải Phòng xác nhận) và một số cụm công nghiệp theo quận, huyện (do Sở Công Thương và Sở Tài nguyên và Môi trường xác nhận, bổ sung). / Compiled for this system: the parks of INDUSTRIAL_PARK (to be confirmed by BQLKKT) and a provisional set of industrial clusters by district (to be confirmed and completed by the Department of Industry and Trade and the Department of Natural Resources and Environment).",
  entries: [
    ...INDUSTRIAL_PARK_ENTRIES,
    ...INDUSTRIAL_CLUSTER_ENTRIES,
    {
      code: "OTHER_HIGH_RISK_AREA",
      name: "Khu vực sản xuất công nghiệp khác có nguy cơ ô nhiễm cao (ngoài khu, cụm công nghiệp)",
      nameEn: "Other industrial production areas at high risk of pollution (outside parks and clusters)",
    },
  ],
};
