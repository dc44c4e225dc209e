import type { CodeList, CodeListEntry } from "../indicator-definition";

/**
 * The industrial parks (khu công nghiệp) in Hải Phòng that the Economic Zone Authority manages and
 * reports area and occupancy for: those established from 1994 to about 2020. Parks established
 * later (Tiên Thanh 2022; Tràng Duệ 3, Nomura 2, Tân Trào, Nam Tràng Cát, … 2025) or still being
 * studied (Giang Biên, Cầu Cựu, …) are added when BQLKKT reports them. `validFrom` is the
 * approximate year of establishment (to be confirmed by BQLKKT): a park is not expected in
 * reports of earlier years.
 */
export const INDUSTRIAL_PARK_ENTRIES: readonly CodeListEntry[] = [
  {
    code: "NOMURA",
    name: "KCN Nomura - Hải Phòng",
    nameEn: "Nomura - Hai Phong Industrial Park (An Duong)",
    validFrom: 1994,
  },
  {
    code: "DO_SON",
    name: "KCN Đồ Sơn Hải Phòng",
    nameEn: "Do Son Hai Phong Industrial Park (Do Son)",
    validFrom: 1997,
  },
  {
    code: "DINH_VU",
    name: "KCN Đình Vũ (DEEP C)",
    nameEn: "Dinh Vu Industrial Zone, DEEP C (Hai An)",
    validFrom: 1997,
  },
  { code: "TRANG_DUE", name: "KCN Tràng Duệ", nameEn: "Trang Due Industrial Park (An Duong)", validFrom: 2007 },
  {
    code: "NAM_CAU_KIEN",
    name: "KCN Nam Cầu Kiền",
    nameEn: "Nam Cau Kien Industrial Park (Thuy Nguyen)",
    validFrom: 2008,
  },
  {
    code: "VSIP_HAI_PHONG",
    name: "KCN VSIP Hải Phòng",
    nameEn: "VSIP Hai Phong Industrial Park (Thuy Nguyen)",
    validFrom: 2010,
  },
  { code: "MP_DINH_VU", name: "KCN MP Đình Vũ", nameEn: "MP Dinh Vu Industrial Park (Hai An)", validFrom: 2014 },
  {
    code: "NAM_DINH_VU",
    name: "KCN Nam Đình Vũ (khu 1)",
    nameEn: "Nam Dinh Vu Industrial Park, zone 1 (Hai An)",
    validFrom: 2013,
  },
  { code: "AN_DUONG", name: "KCN An Dương", nameEn: "An Duong Industrial Park (An Duong)", validFrom: 2015 },
  { code: "BEN_RUNG", name: "KCN Bến Rừng", nameEn: "Ben Rung Industrial Park (Thuy Nguyen)", validFrom: 2019 },
];

export const INDUSTRIAL_PARK_CODE_LIST: CodeList = {
  code: "INDUSTRIAL_PARK",
  name: "Khu công nghiệp",
  nameEn: "Industrial park",
  source:
    "Lập cho hệ thống này từ thông tin công khai về các khu công nghiệp thuộc Ban quản lý Khu kinh tế Hải Phòng, thành lập đến khoảng năm 2020; danh mục, tên và mã phải được Ban quản lý Khu kinh tế Hải Phòng (BQLKKT) xác nhận. / Compiled for this system from public information on the parks managed by the Hải Phòng Economic Zone Authority, established up to about 2020; the list, names and codes must be confirmed by the Authority (BQLKKT).",
  entries: [...INDUSTRIAL_PARK_ENTRIES],
};
