import type { CodeList } from "../indicator-definition";

/**
 * The advanced management systems and productivity/quality tools the Department of Science and
 * Technology counts enterprises adopting (as in Programme 712 "Nâng cao năng suất và chất lượng
 * sản phẩm, hàng hóa của doanh nghiệp Việt Nam", QĐ 712/QĐ-TTg of 21/5/2010, named in task IV.4).
 */
export const QMS_CODE_LIST: CodeList = {
  code: "QMS",
  name: "Hệ thống quản lý, công cụ cải tiến năng suất chất lượng",
  nameEn: "Management system or quality improvement tool",
  source:
    "Các tiêu chuẩn ISO/IEC và công cụ cải tiến năng suất chất lượng được phổ biến theo Chương trình quốc gia nâng cao năng suất và chất lượng (QĐ 712/QĐ-TTg ngày 21/5/2010); lập cho hệ thống này, Sở Khoa học và Công nghệ cần xác nhận. / ISO/IEC standards and the productivity and quality tools promoted by the national productivity and quality programme (Decision 712/QĐ-TTg); compiled for this system, to be confirmed by the Department of Science and Technology.",
  entries: [
    { code: "ISO_9001", name: "Hệ thống quản lý chất lượng ISO 9001", nameEn: "Quality management system, ISO 9001" },
    {
      code: "ISO_14001",
      name: "Hệ thống quản lý môi trường ISO 14001",
      nameEn: "Environmental management system, ISO 14001",
    },
    {
      code: "ISO_22000",
      name: "Hệ thống quản lý an toàn thực phẩm ISO 22000",
      nameEn: "Food safety management system, ISO 22000",
    },
    {
      code: "HACCP",
      name: "Hệ thống phân tích mối nguy và kiểm soát điểm tới hạn (HACCP)",
      nameEn: "Hazard analysis and critical control points (HACCP)",
    },
    {
      code: "ISO_45001",
      name: "Hệ thống quản lý an toàn và sức khỏe nghề nghiệp ISO 45001 / OHSAS 18001",
      nameEn: "Occupational health and safety management system, ISO 45001 / OHSAS 18001",
    },
    { code: "ISO_50001", name: "Hệ thống quản lý năng lượng ISO 50001", nameEn: "Energy management system, ISO 50001" },
    {
      code: "ISO_IEC_17025",
      name: "Hệ thống quản lý phòng thử nghiệm, hiệu chuẩn ISO/IEC 17025",
      nameEn: "Testing and calibration laboratories, ISO/IEC 17025",
    },
    {
      code: "ISO_13485",
      name: "Hệ thống quản lý chất lượng thiết bị y tế ISO 13485",
      nameEn: "Medical devices quality management, ISO 13485",
    },
    {
      code: "IATF_16949",
      name: "Hệ thống quản lý chất lượng ngành ô tô IATF 16949 (ISO/TS 16949)",
      nameEn: "Automotive quality management system, IATF 16949 (ISO/TS 16949)",
    },
    { code: "GMP", name: "Thực hành sản xuất tốt (GMP)", nameEn: "Good manufacturing practice (GMP)" },
    { code: "SA_8000", name: "Trách nhiệm xã hội SA 8000", nameEn: "Social accountability, SA 8000" },
    { code: "TQM", name: "Quản lý chất lượng toàn diện (TQM)", nameEn: "Total quality management (TQM)" },
    { code: "5S", name: "Công cụ 5S", nameEn: "5S workplace organisation" },
    { code: "KAIZEN", name: "Cải tiến liên tục (Kaizen)", nameEn: "Continuous improvement (Kaizen)" },
    { code: "LEAN", name: "Sản xuất tinh gọn (Lean)", nameEn: "Lean manufacturing" },
    { code: "SIX_SIGMA", name: "6 Sigma", nameEn: "Six Sigma" },
    { code: "TPM", name: "Duy trì năng suất toàn diện (TPM)", nameEn: "Total productive maintenance (TPM)" },
    { code: "QCC", name: "Nhóm kiểm soát chất lượng (QCC)", nameEn: "Quality control circles (QCC)" },
    { code: "KPI", name: "Chỉ số đánh giá hiệu quả công việc (KPI)", nameEn: "Key performance indicators (KPI)" },
    { code: "BSC", name: "Thẻ điểm cân bằng (BSC)", nameEn: "Balanced scorecard (BSC)" },
  ],
};
