import type { CodeList } from "../indicator-definition";

/**
 * The industrial commodity groups Cục Hải quan Hải Phòng reports exports and imports by, in the
 * style of Vietnam customs statistics ("mặt hàng chủ yếu"). The HS chapters or headings in the
 * English names say what each group covers. Groups that customs statistics measure only in value
 * (electronics, machinery, garments, footwear, …) have no tonnage.
 */
export const COMMODITY_CODE_LIST: CodeList = {
  code: "COMMODITY",
  name: "Nhóm mặt hàng công nghiệp xuất, nhập khẩu",
  nameEn: "Industrial commodity group (exports and imports)",
  source:
    "Lập cho hệ thống này theo cách phân nhóm mặt hàng chủ yếu trong thống kê hải quan (Tổng cục Hải quan); phạm vi mã HS ghi trong tên tiếng Anh là gần đúng. Cục Hải quan Hải Phòng cần xác nhận danh mục. / Compiled for this system after the main commodity groups of Vietnam customs statistics; HS ranges are indicative and must be confirmed by Hải Phòng Customs.",
  entries: [
    { code: "FOOTWEAR", name: "Giày dép các loại", nameEn: "Footwear (HS 64)" },
    { code: "TEXTILES_GARMENTS", name: "Hàng dệt, may", nameEn: "Textiles and garments (HS 61-63)" },
    {
      code: "FIBRES_YARNS",
      name: "Xơ, sợi dệt các loại",
      nameEn: "Textile fibres and yarns (HS 50-55, fibre and yarn headings)",
    },
    { code: "FABRICS", name: "Vải các loại", nameEn: "Fabrics (HS 50-60, woven and knitted fabric headings)" },
    {
      code: "TEXTILE_LEATHER_MATERIALS",
      name: "Nguyên phụ liệu dệt, may, da, giày",
      nameEn: "Textile, garment, leather and footwear materials and accessories (HS 41, 58, 64.06, 96.06-96.07)",
    },
    {
      code: "BAGS_HATS_UMBRELLAS",
      name: "Túi xách, ví, vali, mũ, ô dù",
      nameEn: "Bags, wallets, suitcases, hats and umbrellas (HS 42, 65, 66)",
    },
    {
      code: "COMPUTERS_ELECTRONICS",
      name: "Máy vi tính, sản phẩm điện tử và linh kiện",
      nameEn: "Computers, electronic products and components (HS 84.71, 84.73, 85 components)",
    },
    {
      code: "PHONES",
      name: "Điện thoại các loại và linh kiện",
      nameEn: "Telephones, mobile phones and parts (HS 85.17)",
    },
    {
      code: "CAMERAS",
      name: "Máy ảnh, máy quay phim và linh kiện",
      nameEn: "Cameras, video cameras and parts (HS 85.25, 90.06)",
    },
    {
      code: "MACHINERY_EQUIPMENT",
      name: "Máy móc, thiết bị, dụng cụ, phụ tùng khác",
      nameEn: "Other machinery, equipment, tools and parts (HS 84, 85, 90 not listed elsewhere)",
    },
    {
      code: "ELECTRIC_WIRES_CABLES",
      name: "Dây điện và dây cáp điện",
      nameEn: "Insulated electric wires and cables (HS 85.44)",
    },
    { code: "IRON_STEEL", name: "Sắt thép các loại", nameEn: "Iron and steel (HS 72)" },
    { code: "IRON_STEEL_PRODUCTS", name: "Sản phẩm từ sắt thép", nameEn: "Articles of iron or steel (HS 73)" },
    {
      code: "OTHER_BASE_METALS",
      name: "Kim loại thường khác và sản phẩm",
      nameEn: "Other base metals and articles thereof (HS 74-81)",
    },
    {
      code: "VEHICLES_PARTS",
      name: "Phương tiện vận tải và phụ tùng",
      nameEn: "Transport vehicles and parts, except ships (HS 86-88)",
    },
    { code: "SHIPS", name: "Tàu thuyền các loại", nameEn: "Ships, boats and floating structures (HS 89)" },
    { code: "PLASTICS_RAW", name: "Chất dẻo nguyên liệu", nameEn: "Plastics in primary forms (HS 39.01-39.14)" },
    { code: "PLASTIC_PRODUCTS", name: "Sản phẩm từ chất dẻo", nameEn: "Articles of plastics (HS 39.15-39.26)" },
    { code: "RUBBER_PRODUCTS", name: "Sản phẩm từ cao su", nameEn: "Articles of rubber (HS 40.05-40.17)" },
    { code: "CHEMICALS", name: "Hóa chất", nameEn: "Chemicals (HS 28-29)" },
    { code: "CHEMICAL_PRODUCTS", name: "Sản phẩm hóa chất", nameEn: "Chemical products (HS 32-38)" },
    { code: "FERTILISERS", name: "Phân bón các loại", nameEn: "Fertilisers (HS 31)" },
    { code: "CEMENT_CLINKER", name: "Xi măng, clanhke", nameEn: "Cement and clinker (HS 25.23)" },
    { code: "PAPER", name: "Giấy và các sản phẩm từ giấy", nameEn: "Paper and paper products (HS 48)" },
    {
      code: "WOOD_PRODUCTS",
      name: "Gỗ và sản phẩm gỗ",
      nameEn: "Wood and articles of wood, wooden furniture (HS 44, 94.03)",
    },
  ],
};
