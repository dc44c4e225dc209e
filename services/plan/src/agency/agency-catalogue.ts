import { domainOfAgency } from "@hpig/kit";

import type { Domain } from "../domain/domain";
import { AgencyKind } from "./agency-kind";

/** One agency the plan names: its code, names, and every spelling the city's documents use for it. */
export interface AgencyRecord {
  code: string;
  name: string;
  nameEn: string;
  kind: AgencyKind;
  /** The domain subgraph that reports for it (from the domain manifest); null for agencies that only coordinate. */
  domain: Domain | null;
  /** Spellings as written in plan documents (matched case-insensitively, whitespace-normalised). */
  aliases: string[];
}

/** The agencies the plan names, without their domain. */
const AGENCIES: readonly Omit<AgencyRecord, "domain">[] = [
  {
    code: "CT",
    name: "Sở Công Thương",
    nameEn: "Department of Industry and Trade",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["CT", "Sở Công Thương"],
  },
  {
    code: "KHDT",
    name: "Sở Kế hoạch và Đầu tư",
    nameEn: "Department of Planning and Investment",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["KHĐT", "Sở Kế hoạch và Đầu tư"],
  },
  {
    code: "TC",
    name: "Sở Tài chính",
    nameEn: "Department of Finance",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["TC", "Sở Tài chính"],
  },
  {
    code: "TNMT",
    name: "Sở Tài nguyên và Môi trường",
    nameEn: "Department of Natural Resources and Environment",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["TNMT", "Sở Tài nguyên và Môi trường"],
  },
  {
    code: "XD",
    name: "Sở Xây dựng",
    nameEn: "Department of Construction",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["XD", "Sở Xây dựng"],
  },
  {
    code: "KHCN",
    name: "Sở Khoa học và Công nghệ",
    nameEn: "Department of Science and Technology",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["KHCN", "Sở Khoa học và Công nghệ"],
  },
  {
    code: "LDTBXH",
    name: "Sở Lao động, Thương binh và Xã hội",
    nameEn: "Department of Labour, Invalids and Social Affairs",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["LĐTBXH", "LĐ-TB và XH", "Sở Lao động, Thương binh và Xã hội"],
  },
  {
    code: "GDDT",
    name: "Sở Giáo dục và Đào tạo",
    nameEn: "Department of Education and Training",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["GDĐT", "Sở Giáo dục và Đào tạo"],
  },
  {
    code: "TTTT",
    name: "Sở Thông tin và Truyền thông",
    nameEn: "Department of Information and Communications",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["TTTT", "Sở Thông tin và Truyền thông"],
  },
  {
    code: "GTVT",
    name: "Sở Giao thông vận tải",
    nameEn: "Department of Transport",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["GTVT", "Sở Giao thông vận tải"],
  },
  {
    code: "YT",
    name: "Sở Y tế",
    nameEn: "Department of Health",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["Y tế", "Sở Y tế"],
  },
  {
    code: "NNPTNT",
    name: "Sở Nông nghiệp và Phát triển nông thôn",
    nameEn: "Department of Agriculture and Rural Development",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
  },
  {
    code: "VHTTDL",
    name: "Sở Văn hóa, Thể thao và Du lịch",
    nameEn: "Department of Culture, Sports and Tourism",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
  },
  {
    code: "NGOAIVU",
    name: "Sở Ngoại vụ",
    nameEn: "Department of Foreign Affairs",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["Ngoại vụ", "Sở Ngoại vụ"],
  },
  {
    code: "NOIVU",
    name: "Sở Nội vụ",
    nameEn: "Department of Home Affairs",
    kind: AgencyKind.DEPARTMENT,
    aliases: ["Nội vụ", "Sở Nội vụ"],
  },
  {
    code: "BQLKKT",
    name: "Ban quản lý Khu kinh tế Hải Phòng",
    nameEn: "Hải Phòng Economic Zone Authority",
    kind: AgencyKind.AUTHORITY,
    aliases: [
      "Ban quản lý KKT",
      "Ban QLKKT",
      "Ban QL KKT",
      "BQL KKT",
      "BQLKKT",
      "Ban quản lý Khu kinh tế",
      "Ban quản lý Khu kinh tế Hải Phòng",
      // Slips in Plan 3438: "KTT" for "KKT" (task II.1), "Bản" for "Ban" (appendix, unit 4).
      "Ban quản lý KTT",
      "Bản quản lý Khu kinh tế Hải Phòng",
    ],
  },
  {
    code: "CUCTHUE",
    name: "Cục Thuế thành phố Hải Phòng",
    nameEn: "City Tax Department",
    kind: AgencyKind.CENTRAL_BRANCH,
    aliases: ["Cục Thuế", "Cục Thuế thành phố", "Cục Thuế thành phố Hải Phòng"],
  },
  {
    code: "HAIQUAN",
    name: "Cục Hải quan Hải Phòng",
    nameEn: "Hải Phòng Customs Department",
    kind: AgencyKind.CENTRAL_BRANCH,
    aliases: ["Cục Hải quan", "Hải quan", "Cục Hải quan Hải Phòng"],
  },
  {
    code: "THONGKE",
    name: "Cục Thống kê Hải Phòng",
    nameEn: "City Statistics Office",
    kind: AgencyKind.CENTRAL_BRANCH,
    aliases: ["Cục Thống kê", "Cục Thống kê Hải Phòng"],
  },
  {
    code: "NHNN",
    name: "Ngân hàng Nhà nước Việt Nam, Chi nhánh Hải Phòng",
    nameEn: "State Bank of Vietnam, Hải Phòng branch",
    kind: AgencyKind.CENTRAL_BRANCH,
    aliases: ["Ngân hàng Nhà nước CN HP", "Ngân hàng Nhà nước chi nhánh Hải Phòng"],
  },
  {
    code: "LDLD",
    name: "Liên đoàn Lao động thành phố",
    nameEn: "City Labour Federation",
    kind: AgencyKind.ORGANISATION,
    aliases: ["Liên đoàn LĐTP", "LĐLĐ thành phố", "Liên đoàn Lao động thành phố"],
  },
  {
    code: "LMHTX",
    name: "Liên minh Hợp tác xã thành phố",
    nameEn: "City Cooperative Alliance",
    kind: AgencyKind.ORGANISATION,
    aliases: ["Liên minh HTX", "Liên minh Hợp tác xã thành phố"],
  },
  {
    code: "DIENLUC",
    name: "Công ty TNHH MTV Điện lực Hải Phòng",
    nameEn: "Hải Phòng Power Company",
    kind: AgencyKind.ENTERPRISE,
    aliases: ["Cty TNHH MTV điện lực HP", "Công ty TNHH MTV Điện lực Hải Phòng"],
  },
  {
    code: "CSMT",
    name: "Phòng Cảnh sát môi trường",
    nameEn: "Environmental Police",
    kind: AgencyKind.POLICE,
    aliases: ["Cảnh sát môi trường", "Phòng Cảnh sát môi trường"],
  },
  {
    code: "UBND_QH",
    name: "Ủy ban nhân dân các quận, huyện",
    nameEn: "District People's Committees",
    kind: AgencyKind.GROUP,
    aliases: ["UBND các quận, huyện", "UBND các quận huyện", "UBND các huyện", "Ủy ban nhân dân các quận, huyện"],
  },
  {
    code: "DN_HATANG",
    name: "Các doanh nghiệp kinh doanh hạ tầng khu kinh tế, khu công nghiệp, cụm công nghiệp",
    nameEn: "Infrastructure developers of economic zones, industrial parks and clusters",
    kind: AgencyKind.GROUP,
    aliases: ["các doanh nghiệp kinh doanh hạ tầng KKT, KCN, CCN"],
  },
];

/**
 * The agency registry. Aliases cover every spelling in Plan 3438/KH-UBND, including its slips
 * ("Ban quản lý KTT", "Bản quản lý"); the importer fails, naming the task, on any other. Which
 * domain reports for an agency is the domain manifest's (services/domains.json).
 */
export const AGENCY_CATALOGUE: readonly AgencyRecord[] = AGENCIES.map((agency) => ({
  ...agency,
  domain: domainOfAgency(agency.code),
}));
