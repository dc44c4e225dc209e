import type { IndicatorRecord } from "./indicator-record";

/** The appendix item an indicator answers: row `position` (1–9), 0-based `item` of that row. */
function appendix(position: number, item: number): { position: number; item: number } {
  return { position, item };
}

/**
 * The committee's indicator catalogue for Plan 3438/KH-UBND: the quantities section I sets
 * targets on (requirement null; the codes of the importer's indicator lexicon), then, row by row,
 * what each of the appendix's nine reporting units sends every December (the previous year's
 * official figure and the reporting year's estimate). A row item naming several quantities gets
 * one indicator per quantity, all pointing at that item. Each indicator is defined (unit, value
 * type, periods, breakdowns, checks) by the domain of its agency, in services/<domain>/src/indicators.ts.
 */
export const INDICATOR_CATALOGUE: readonly IndicatorRecord[] = [
  // Section I: the targets' quantities, compiled by the City Statistics Office.
  {
    code: "INDUSTRY_CONSTRUCTION_GDP_SHARE",
    name: "Tỷ trọng công nghiệp - xây dựng trong GDP (GRDP) thành phố",
    nameEn: "Share of industry and construction in the city's GDP (GRDP)",
    agency: "THONGKE",
    requirement: null,
  },
  {
    code: "INDUSTRY_GDP_SHARE",
    name: "Tỷ trọng công nghiệp trong GDP (GRDP) thành phố",
    nameEn: "Share of industry in the city's GDP (GRDP)",
    agency: "THONGKE",
    requirement: null,
  },
  {
    code: "INDUSTRY_CONSTRUCTION_GDP_GROWTH",
    name: "Tốc độ tăng trưởng GDP (GRDP) ngành công nghiệp - xây dựng",
    nameEn: "Growth rate of industry and construction GDP (GRDP)",
    agency: "THONGKE",
    requirement: null,
  },
  {
    code: "IIP_GROWTH",
    name: "Tốc độ tăng chỉ số phát triển sản xuất công nghiệp (IIP)",
    nameEn: "Growth of the index of industrial production (IIP)",
    agency: "THONGKE",
    requirement: null,
  },
  {
    code: "HIGH_TECH_OUTPUT_SHARE",
    name: "Tỷ lệ giá trị sản phẩm công nghệ cao trong tổng giá trị sản xuất công nghiệp",
    nameEn: "Share of high-tech products in the gross output value of industry",
    agency: "THONGKE",
    requirement: null,
  },
  {
    code: "MANUFACTURING_OUTPUT_SHARE",
    name: "Tỷ lệ giá trị sản phẩm công nghiệp chế tạo trong tổng giá trị sản xuất công nghiệp",
    nameEn: "Share of manufactured products in the gross output value of industry",
    agency: "THONGKE",
    requirement: null,
  },

  // 1. Cục Thống kê: one item listing seven quantities of industrial enterprises.
  {
    code: "IIP",
    name: "Chỉ số phát triển sản xuất công nghiệp (IIP)",
    nameEn: "Index of industrial production (IIP)",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },
  {
    code: "NET_REVENUE",
    name: "Doanh thu thuần của doanh nghiệp công nghiệp",
    nameEn: "Net revenue of industrial enterprises",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },
  {
    code: "CAPITAL",
    name: "Nguồn vốn của doanh nghiệp công nghiệp",
    nameEn: "Total capital (liabilities and equity) of industrial enterprises",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },
  {
    code: "FIXED_ASSETS_LONG_TERM_INVESTMENT",
    name: "Giá trị tài sản cố định và đầu tư tài chính dài hạn của doanh nghiệp công nghiệp",
    nameEn: "Fixed assets and long-term investments of industrial enterprises",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },
  {
    code: "BUDGET_CONTRIBUTIONS",
    name: "Thuế và các khoản đã nộp ngân sách nhà nước của doanh nghiệp công nghiệp",
    nameEn: "Taxes and other payments to the state budget by industrial enterprises (enterprise statistics)",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },
  {
    code: "AVERAGE_WORKERS",
    name: "Số lao động bình quân của doanh nghiệp công nghiệp",
    nameEn: "Average number of workers of industrial enterprises",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },
  {
    code: "AVERAGE_INCOME",
    name: "Thu nhập bình quân một tháng của người lao động trong doanh nghiệp công nghiệp",
    nameEn: "Average monthly income per worker in industrial enterprises",
    agency: "THONGKE",
    requirement: appendix(1, 0),
  },

  // 2. Cục Thuế: budget payments by VSIC level 2.
  {
    code: "BUDGET_PAYMENTS",
    name: "Số nộp ngân sách nhà nước của doanh nghiệp công nghiệp trên địa bàn (theo ngành cấp 2)",
    nameEn: "State budget payments by industrial enterprises in the city (by VSIC level-2 industry)",
    agency: "CUCTHUE",
    requirement: appendix(2, 0),
  },

  // 3. Cục Hải quan: volume and value of industrial exports and imports, and their duties.
  {
    code: "EXPORT_VOLUME",
    name: "Khối lượng hàng công nghiệp xuất khẩu",
    nameEn: "Export volume of industrial goods",
    agency: "HAIQUAN",
    requirement: appendix(3, 0),
  },
  {
    code: "EXPORT_VALUE",
    name: "Kim ngạch xuất khẩu hàng công nghiệp",
    nameEn: "Export value of industrial goods",
    agency: "HAIQUAN",
    requirement: appendix(3, 0),
  },
  {
    code: "IMPORT_VOLUME",
    name: "Khối lượng hàng công nghiệp nhập khẩu",
    nameEn: "Import volume of industrial goods",
    agency: "HAIQUAN",
    requirement: appendix(3, 0),
  },
  {
    code: "IMPORT_VALUE",
    name: "Kim ngạch nhập khẩu hàng công nghiệp",
    nameEn: "Import value of industrial goods",
    agency: "HAIQUAN",
    requirement: appendix(3, 0),
  },
  {
    code: "IMPORT_EXPORT_DUTIES",
    name: "Thuế xuất khẩu, thuế nhập khẩu của doanh nghiệp công nghiệp",
    nameEn: "Export and import duties paid by industrial enterprises",
    agency: "HAIQUAN",
    requirement: appendix(3, 0),
  },

  // 4. Ban quản lý Khu kinh tế: area and occupancy of each industrial park.
  {
    code: "PARK_AREA_HA",
    name: "Tổng diện tích khu công nghiệp",
    nameEn: "Total area of the industrial park",
    agency: "BQLKKT",
    requirement: appendix(4, 0),
  },
  {
    code: "PARK_LEASABLE_AREA_HA",
    name: "Diện tích đất công nghiệp có thể cho thuê của khu công nghiệp",
    nameEn: "Leasable industrial land of the industrial park",
    agency: "BQLKKT",
    requirement: appendix(4, 0),
  },
  {
    code: "PARK_OCCUPIED_AREA_HA",
    name: "Diện tích đất công nghiệp đã cho thuê (đã lấp đầy) của khu công nghiệp",
    nameEn: "Leased (occupied) industrial land of the industrial park",
    agency: "BQLKKT",
    requirement: appendix(4, 0),
  },
  {
    code: "PARK_OCCUPANCY_RATE",
    name: "Tỷ lệ lấp đầy khu công nghiệp",
    nameEn: "Occupancy rate of the industrial park",
    agency: "BQLKKT",
    requirement: appendix(4, 0),
  },

  // 5. Sở Kế hoạch và Đầu tư: industrial projects and capital attracted, domestic and foreign.
  {
    code: "INDUSTRIAL_PROJECTS_ATTRACTED",
    name: "Số dự án đầu tư phát triển công nghiệp được cấp mới (trong nước, nước ngoài)",
    nameEn: "Newly licensed industrial investment projects (domestic, foreign)",
    agency: "KHDT",
    requirement: appendix(5, 0),
  },
  {
    code: "INDUSTRIAL_CAPITAL_DOMESTIC",
    name: "Vốn đăng ký của các dự án đầu tư công nghiệp trong nước (cấp mới và tăng thêm)",
    nameEn: "Registered capital of domestic industrial investment projects (new and additional)",
    agency: "KHDT",
    requirement: appendix(5, 0),
  },
  {
    code: "INDUSTRIAL_CAPITAL_FOREIGN",
    name: "Vốn đăng ký của các dự án đầu tư công nghiệp có vốn đầu tư nước ngoài (FDI, cấp mới và tăng thêm)",
    nameEn: "Registered capital of foreign-invested (FDI) industrial projects (new and additional)",
    agency: "KHDT",
    requirement: appendix(5, 0),
  },

  // 6. Sở Lao động, Thương binh và Xã hội.
  // Item 1: training facilities, trained workers, enterprises ordering training and hiring graduates.
  {
    code: "VOCATIONAL_TRAINING_FACILITIES",
    name: "Số cơ sở giáo dục nghề nghiệp (cơ sở dạy nghề)",
    nameEn: "Vocational training institutions",
    agency: "LDTBXH",
    requirement: appendix(6, 0),
  },
  {
    code: "TRAINED_WORKERS",
    name: "Số lao động được đào tạo nghề",
    nameEn: "Workers given vocational training",
    agency: "LDTBXH",
    requirement: appendix(6, 0),
  },
  {
    code: "ENTERPRISES_ORDERING_TRAINING",
    name: "Số doanh nghiệp phối hợp đặt hàng đào tạo với các trường dạy nghề",
    nameEn: "Enterprises ordering training from vocational schools",
    agency: "LDTBXH",
    requirement: appendix(6, 0),
  },
  {
    code: "ENTERPRISES_HIRING_GRADUATES",
    name: "Số doanh nghiệp tiếp nhận học sinh tốt nghiệp các trường dạy nghề",
    nameEn: "Enterprises hiring vocational school graduates",
    agency: "LDTBXH",
    requirement: appendix(6, 0),
  },
  // Item 2: courses held, and the results of human resource development programmes.
  {
    code: "TRAINING_COURSES",
    name: "Số khóa đào tạo, bồi dưỡng chuyên môn nghiệp vụ",
    nameEn: "Professional training and upskilling courses held",
    agency: "LDTBXH",
    requirement: appendix(6, 1),
  },
  {
    code: "TRAINING_COURSE_PARTICIPANTS",
    name: "Số lượt người được đào tạo, bồi dưỡng chuyên môn nghiệp vụ",
    nameEn: "Participants in professional training and upskilling courses",
    agency: "LDTBXH",
    requirement: appendix(6, 1),
  },
  {
    code: "HR_PROGRAMMES_IMPLEMENTED",
    name: "Số đề án, chương trình phát triển nguồn nhân lực được triển khai thực hiện",
    nameEn: "Human resource development programmes and projects being implemented",
    agency: "LDTBXH",
    requirement: appendix(6, 1),
  },
  {
    code: "HR_PROGRAMME_BENEFICIARIES",
    name: "Số người được đào tạo, hỗ trợ theo các đề án, chương trình phát triển nguồn nhân lực",
    nameEn: "People trained or supported under human resource development programmes",
    agency: "LDTBXH",
    requirement: appendix(6, 1),
  },

  // 7. Sở Khoa học và Công nghệ: one indicator or more for each of its six items.
  {
    code: "RD_TASKS_FUNDED",
    name: "Số nhiệm vụ nghiên cứu khoa học và phát triển công nghệ được hỗ trợ kinh phí",
    nameEn: "Research and technology development tasks funded",
    agency: "KHCN",
    requirement: appendix(7, 0),
  },
  {
    code: "RD_FUNDING",
    name: "Kinh phí hỗ trợ các nhiệm vụ nghiên cứu khoa học và phát triển công nghệ",
    nameEn: "Funding granted to research and technology development tasks",
    agency: "KHCN",
    requirement: appendix(7, 0),
  },
  {
    code: "RD_RESULTS_APPLIED",
    name: "Số kết quả nghiên cứu khoa học và phát triển công nghệ được ứng dụng vào sản xuất",
    nameEn: "Research and technology development results applied in production",
    agency: "KHCN",
    requirement: appendix(7, 1),
  },
  {
    code: "ENTERPRISES_ADOPTING_QMS",
    name: "Số doanh nghiệp xây dựng và áp dụng hệ thống quản lý chất lượng tiên tiến",
    nameEn: "Enterprises building and applying advanced quality management systems",
    agency: "KHCN",
    requirement: appendix(7, 2),
  },
  {
    code: "ENTERPRISES_STANDARDS_METROLOGY_QUALITY",
    name: "Số doanh nghiệp thực hiện công tác tiêu chuẩn, đo lường, chất lượng",
    nameEn: "Enterprises carrying out standards, metrology and quality work",
    agency: "KHCN",
    requirement: appendix(7, 3),
  },
  {
    code: "TECHNOLOGY_OWNERSHIP_REGISTRATIONS",
    name: "Số đơn đăng ký bảo hộ sở hữu công nghệ",
    nameEn: "Applications for protection of technology ownership",
    agency: "KHCN",
    requirement: appendix(7, 4),
  },
  {
    code: "PROJECTS_TECHNOLOGY_APPRAISED",
    name: "Số dự án đầu tư sản xuất công nghiệp được thẩm định công nghệ",
    nameEn: "Industrial investment projects given technology appraisal",
    agency: "KHCN",
    requirement: appendix(7, 5),
  },

  // 8. Sở Tài nguyên và Môi trường.
  {
    code: "PROJECTS_EIA_APPROVED",
    name: "Số dự án có báo cáo đánh giá tác động môi trường (ĐTM) hoặc đề án bảo vệ môi trường (quy mô ĐTM) được thẩm định, phê duyệt",
    nameEn:
      "Projects whose environmental impact assessment (EIA), or EIA-scale environmental protection scheme, was appraised and approved",
    agency: "TNMT",
    requirement: appendix(8, 0),
  },
  {
    code: "PROJECTS_ENV_COMMITMENT_APPROVED",
    name: "Số dự án được xác nhận cam kết bảo vệ môi trường hoặc đề án bảo vệ môi trường (quy mô cam kết BVMT) được thẩm định, phê duyệt",
    nameEn:
      "Projects whose environmental protection commitment, or commitment-scale environmental protection scheme, was certified or approved",
    agency: "TNMT",
    requirement: appendix(8, 1),
  },
  {
    code: "INDUSTRIAL_LAND_ALLOCATED_HA",
    name: "Diện tích đất giao, cho thuê cho các dự án công nghiệp",
    nameEn: "Land allocated or leased to industrial projects",
    agency: "TNMT",
    requirement: appendix(8, 2),
  },
  {
    code: "INDUSTRIAL_PROJECTS_LAND_ALLOCATED",
    name: "Số dự án công nghiệp được giao đất, cho thuê đất",
    nameEn: "Industrial projects allocated or leased land",
    agency: "TNMT",
    requirement: appendix(8, 2),
  },
  {
    code: "ENV_MONITORING_CAMPAIGNS",
    name: "Số đợt quan trắc môi trường tại các khu, cụm công nghiệp và khu vực sản xuất công nghiệp có nguy cơ ô nhiễm cao",
    nameEn: "Environmental monitoring campaigns in industrial parks, clusters and high-risk production areas",
    agency: "TNMT",
    requirement: appendix(8, 3),
  },
  {
    code: "ENV_MONITORING_SAMPLES",
    name: "Số mẫu quan trắc môi trường tại các khu, cụm công nghiệp và khu vực sản xuất công nghiệp có nguy cơ ô nhiễm cao",
    nameEn: "Environmental monitoring samples taken in industrial parks, clusters and high-risk production areas",
    agency: "TNMT",
    requirement: appendix(8, 3),
  },
  {
    code: "ENV_MONITORING_SAMPLES_EXCEEDING",
    name: "Số mẫu quan trắc có thông số vượt quy chuẩn kỹ thuật quốc gia (QCVN)",
    nameEn: "Monitoring samples with a parameter above the national technical regulation (QCVN)",
    agency: "TNMT",
    requirement: appendix(8, 3),
  },

  // 9. Sở Nông nghiệp và Phát triển nông thôn.
  {
    code: "CRAFT_VILLAGES_RECOGNISED",
    name: "Số làng nghề được công nhận đạt tiêu chí làng nghề theo tiêu chí mới của Bộ Nông nghiệp và Phát triển nông thôn",
    nameEn: "Craft villages recognised under the new criteria of the Ministry of Agriculture and Rural Development",
    agency: "NNPTNT",
    requirement: appendix(9, 0),
  },
  {
    code: "RURAL_INDUSTRY_INFRASTRUCTURE_WORKS",
    name: "Số công trình kết cấu hạ tầng phát triển công nghiệp nông thôn hoàn thành",
    nameEn: "Rural industrial infrastructure works completed",
    agency: "NNPTNT",
    requirement: appendix(9, 1),
  },
  {
    code: "RURAL_INDUSTRY_INFRASTRUCTURE_INVESTMENT",
    name: "Vốn đầu tư xây dựng kết cấu hạ tầng phát triển công nghiệp nông thôn",
    nameEn: "Investment in rural industrial infrastructure",
    agency: "NNPTNT",
    requirement: appendix(9, 1),
  },
];
