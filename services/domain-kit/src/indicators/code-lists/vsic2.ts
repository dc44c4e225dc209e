import type { CodeList } from "../indicator-definition";

/**
 * VSIC 2018 level-2 industries of the industry sections: B mining and quarrying (05–09),
 * C manufacturing (10–33), D electricity, gas, steam and air conditioning supply (35), E water
 * supply, sewerage, waste management and remediation (36–39). Vietnamese names as Quyết định
 * 27/2018/QĐ-TTg writes them; English names from ISIC Rev. 4, on which VSIC 2018 is built (the
 * level-2 codes of B–E are the same as in VSIC 2007, in force when Plan 3438 was issued).
 */
export const VSIC2_CODE_LIST: CodeList = {
  code: "VSIC2",
  name: "Ngành công nghiệp cấp 2 (VSIC 2018)",
  nameEn: "Industry, VSIC 2018 level 2",
  source:
    "Hệ thống ngành kinh tế Việt Nam VSIC 2018 (Quyết định 27/2018/QĐ-TTg ngày 06/7/2018), ngành cấp 2 thuộc các ngành cấp 1 B, C, D, E; tên tiếng Anh theo ISIC Rev.4 (Liên hợp quốc).",
  entries: [
    // B — Khai khoáng / Mining and quarrying
    { code: "05", name: "Khai thác than cứng và than non", nameEn: "Mining of coal and lignite" },
    {
      code: "06",
      name: "Khai thác dầu thô và khí đốt tự nhiên",
      nameEn: "Extraction of crude petroleum and natural gas",
    },
    { code: "07", name: "Khai thác quặng kim loại", nameEn: "Mining of metal ores" },
    { code: "08", name: "Khai khoáng khác", nameEn: "Other mining and quarrying" },
    { code: "09", name: "Hoạt động dịch vụ hỗ trợ khai khoáng", nameEn: "Mining support service activities" },
    // C — Công nghiệp chế biến, chế tạo / Manufacturing
    { code: "10", name: "Sản xuất, chế biến thực phẩm", nameEn: "Manufacture of food products" },
    { code: "11", name: "Sản xuất đồ uống", nameEn: "Manufacture of beverages" },
    { code: "12", name: "Sản xuất sản phẩm thuốc lá", nameEn: "Manufacture of tobacco products" },
    { code: "13", name: "Dệt", nameEn: "Manufacture of textiles" },
    { code: "14", name: "Sản xuất trang phục", nameEn: "Manufacture of wearing apparel" },
    {
      code: "15",
      name: "Sản xuất da và các sản phẩm có liên quan",
      nameEn: "Manufacture of leather and related products",
    },
    {
      code: "16",
      name: "Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn, ghế); sản xuất sản phẩm từ rơm, rạ và vật liệu tết bện",
      nameEn:
        "Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials",
    },
    { code: "17", name: "Sản xuất giấy và sản phẩm từ giấy", nameEn: "Manufacture of paper and paper products" },
    { code: "18", name: "In, sao chép bản ghi các loại", nameEn: "Printing and reproduction of recorded media" },
    {
      code: "19",
      name: "Sản xuất than cốc, sản phẩm dầu mỏ tinh chế",
      nameEn: "Manufacture of coke and refined petroleum products",
    },
    {
      code: "20",
      name: "Sản xuất hoá chất và sản phẩm hoá chất",
      nameEn: "Manufacture of chemicals and chemical products",
    },
    {
      code: "21",
      name: "Sản xuất thuốc, hoá dược và dược liệu",
      nameEn: "Manufacture of basic pharmaceutical products and pharmaceutical preparations",
    },
    {
      code: "22",
      name: "Sản xuất sản phẩm từ cao su và plastic",
      nameEn: "Manufacture of rubber and plastics products",
    },
    {
      code: "23",
      name: "Sản xuất sản phẩm từ khoáng phi kim loại khác",
      nameEn: "Manufacture of other non-metallic mineral products",
    },
    { code: "24", name: "Sản xuất kim loại", nameEn: "Manufacture of basic metals" },
    {
      code: "25",
      name: "Sản xuất sản phẩm từ kim loại đúc sẵn (trừ máy móc, thiết bị)",
      nameEn: "Manufacture of fabricated metal products, except machinery and equipment",
    },
    {
      code: "26",
      name: "Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học",
      nameEn: "Manufacture of computer, electronic and optical products",
    },
    { code: "27", name: "Sản xuất thiết bị điện", nameEn: "Manufacture of electrical equipment" },
    {
      code: "28",
      name: "Sản xuất máy móc, thiết bị chưa được phân vào đâu",
      nameEn: "Manufacture of machinery and equipment n.e.c.",
    },
    { code: "29", name: "Sản xuất xe có động cơ", nameEn: "Manufacture of motor vehicles, trailers and semi-trailers" },
    { code: "30", name: "Sản xuất phương tiện vận tải khác", nameEn: "Manufacture of other transport equipment" },
    { code: "31", name: "Sản xuất giường, tủ, bàn, ghế", nameEn: "Manufacture of furniture" },
    { code: "32", name: "Công nghiệp chế biến, chế tạo khác", nameEn: "Other manufacturing" },
    {
      code: "33",
      name: "Sửa chữa, bảo dưỡng và lắp đặt máy móc và thiết bị",
      nameEn: "Repair and installation of machinery and equipment",
    },
    // D — Sản xuất và phân phối điện, khí đốt, … / Electricity, gas, steam and air conditioning supply
    {
      code: "35",
      name: "Sản xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hoà không khí",
      nameEn: "Electricity, gas, steam and air conditioning supply",
    },
    // E — Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải / Water supply; sewerage, waste management and remediation
    { code: "36", name: "Khai thác, xử lý và cung cấp nước", nameEn: "Water collection, treatment and supply" },
    { code: "37", name: "Thoát nước và xử lý nước thải", nameEn: "Sewerage" },
    {
      code: "38",
      name: "Hoạt động thu gom, xử lý và tiêu huỷ rác thải; tái chế phế liệu",
      nameEn: "Waste collection, treatment and disposal activities; materials recovery",
    },
    {
      code: "39",
      name: "Xử lý ô nhiễm và hoạt động quản lý chất thải khác",
      nameEn: "Remediation activities and other waste management services",
    },
  ],
};
