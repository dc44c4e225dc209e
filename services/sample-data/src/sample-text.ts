import { type Period, ReportState } from "@hpig/kit";

import { dayOfYear, periodLabel, vietnameseDate } from "./sample-calendar";
import type { Rng } from "./sample-random";

/** Every generated summary starts with this, so nobody can take it for a real report. */
export const SAMPLE_PREFIX = "[Dữ liệu mẫu] ";

/** How a task's work goes: a regulation is drafted and issued, a plan is drawn and approved, a programme is run. */
export type TaskKind = "POLICY" | "PLANNING" | "PROGRAMME";

export interface Topic {
  /** What the lead works on, as the object of a Vietnamese sentence. */
  text: string;
  kind: TaskKind;
}

/** Short topics for the tasks of Plan 3438/KH-UBND; III.2 has one per lead. */
const TOPICS: Record<string, Topic> = {
  "I.1": { kind: "POLICY", text: "quy định sửa đổi về quản lý đầu tư trên địa bàn thành phố" },
  "I.2": { kind: "POLICY", text: "đề án thành lập Quỹ đầu tư phát triển đất và Quỹ bảo vệ môi trường" },
  "I.3": { kind: "POLICY", text: "cơ chế quản lý, sử dụng tài nguyên đất, khoáng sản phục vụ sản xuất công nghiệp" },
  "I.4": {
    kind: "POLICY",
    text: "chính sách dành 10–15% diện tích mặt bằng sạch tại các khu, cụm công nghiệp cho thành phố",
  },
  "I.5": { kind: "POLICY", text: "đề án thành lập Quỹ hỗ trợ phát triển khoa học và công nghệ" },
  "I.6": { kind: "POLICY", text: "cơ chế, chính sách đầu tư cho các cơ sở dạy nghề trọng điểm" },
  "I.7": { kind: "POLICY", text: "quy định quản lý giá và phí thuê hạ tầng tại các khu, cụm công nghiệp" },
  "I.8": {
    kind: "POLICY",
    text: "chính sách khuyến khích đầu tư nhà ở cho người lao động tại các khu, cụm công nghiệp",
  },
  "II.1": { kind: "PROGRAMME", text: "chương trình xúc tiến đầu tư vào các thị trường Đông Bắc Á, EU, Mỹ, Nhật Bản" },
  "II.2": { kind: "POLICY", text: "tiêu chí và danh mục dự án khuyến khích đầu tư, dự án đầu tư có điều kiện" },
  "III.1": { kind: "PLANNING", text: "quy hoạch chi tiết các khu, cụm công nghiệp" },
  "III.2|CT": { kind: "PLANNING", text: "quy hoạch tổng thể phát triển các cụm công nghiệp" },
  "III.2|BQLKKT": { kind: "PLANNING", text: "quy hoạch tổng thể phát triển các khu kinh tế, khu công nghiệp" },
  "III.3": { kind: "PROGRAMME", text: "mạng lưới y tế cơ sở tại các doanh nghiệp công nghiệp" },
  "III.4": { kind: "PROGRAMME", text: "kế hoạch đầu tư phát triển hạ tầng Khu kinh tế Đình Vũ – Cát Hải" },
  "III.5": { kind: "PLANNING", text: "đề án khu công nghiệp – đô thị chuyên sâu thu hút doanh nghiệp Nhật Bản" },
  "III.6": { kind: "PLANNING", text: "kế hoạch phát triển giao thông kết nối các khu, cụm công nghiệp" },
  "IV.1": { kind: "PROGRAMME", text: "chương trình hỗ trợ phát triển sản phẩm công nghiệp chủ lực" },
  "IV.2": { kind: "PLANNING", text: "kế hoạch thực hiện Chương trình phát triển sản phẩm quốc gia đến năm 2020" },
  "IV.3": { kind: "PROGRAMME", text: "chương trình sử dụng năng lượng tiết kiệm, hiệu quả và sản xuất sạch hơn" },
  "IV.4": { kind: "PROGRAMME", text: "dự án nâng cao năng suất và chất lượng sản phẩm, hàng hóa của doanh nghiệp" },
  "IV.5": { kind: "PROGRAMME", text: "Chương trình phát triển công nghiệp hỗ trợ thành phố đến năm 2020" },
  "IV.6": { kind: "PROGRAMME", text: "chương trình phát triển công nghệ cao trên địa bàn thành phố" },
  "IV.7": { kind: "PROGRAMME", text: "thương mại hóa sản phẩm nghiên cứu và ươm tạo tổ chức khoa học công nghệ" },
  "IV.8": {
    kind: "PROGRAMME",
    text: "dự án khu trình diễn và chuyển giao tiến bộ khoa học công nghệ tại quận Kiến An",
  },
  "IV.9": { kind: "PROGRAMME", text: "mô hình sản xuất tập trung, trang trại nuôi thủy sản thâm canh" },
  "IV.10": { kind: "PROGRAMME", text: "chương trình phát triển công nghiệp công nghệ thông tin" },
  "V.1": { kind: "PROGRAMME", text: "hợp tác đào tạo nghề gắn cơ sở đào tạo với doanh nghiệp" },
  "V.2": { kind: "PROGRAMME", text: "hợp tác quốc tế về đào tạo công nhân kỹ thuật" },
  "V.3": { kind: "PROGRAMME", text: "phát triển thị trường lao động phục vụ công nghiệp" },
  "V.4": { kind: "PROGRAMME", text: "đào tạo, thu hút nguồn nhân lực chất lượng cao" },
  "VI.1": { kind: "PLANNING", text: "chiến lược phát triển thị trường cho sản phẩm công nghiệp chủ lực" },
  "VI.2": { kind: "PROGRAMME", text: "sàn giao dịch thương mại điện tử hàng hóa công nghiệp" },
  "VI.3": { kind: "PROGRAMME", text: "hoạt động xúc tiến thương mại, mở rộng thị trường cho sản phẩm công nghiệp" },
  "VI.4": { kind: "PLANNING", text: "quy hoạch hệ thống siêu thị, chợ, trung tâm cung ứng nguyên liệu" },
  "VI.5": {
    kind: "PROGRAMME",
    text: "phát triển doanh nghiệp đầu mối thu mua và vùng nguyên liệu cho công nghiệp chế biến",
  },
  "VII.1": {
    kind: "PROGRAMME",
    text: "kế hoạch di dời doanh nghiệp không phù hợp quy hoạch vào các khu, cụm công nghiệp",
  },
  "VII.2": { kind: "POLICY", text: "quy định quản lý nguồn thải, chất thải công nghiệp, chất thải nguy hại" },
  "VII.3": { kind: "PROGRAMME", text: "mạng lưới quan trắc môi trường tại các khu, cụm công nghiệp" },
  "VII.4": { kind: "PROGRAMME", text: "hậu kiểm về môi trường tại các doanh nghiệp sản xuất công nghiệp" },
  "VII.5": { kind: "PROGRAMME", text: "điều tra, đánh giá nguồn gây ô nhiễm từ các cơ sở sản xuất công nghiệp" },
  "VII.6": { kind: "PROGRAMME", text: "dự án xử lý ô nhiễm môi trường tại các cụm công nghiệp, làng nghề" },
  "VII.7": { kind: "PROGRAMME", text: "giám sát thực hiện Luật Bảo vệ môi trường tại các cơ sở công nghiệp" },
  "VIII.1": { kind: "POLICY", text: "giải pháp phát triển công nghiệp cơ khí phục vụ nông nghiệp và làng nghề" },
  "VIII.2": { kind: "PROGRAMME", text: "chương trình điện nông thôn và cải tạo lưới điện nông thôn" },
  "VIII.3": { kind: "PROGRAMME", text: "đề án khuyến công phát triển công nghiệp nông thôn" },
  "VIII.4": { kind: "PROGRAMME", text: "Chương trình bảo tồn và phát triển làng nghề" },
  "VIII.5": { kind: "PLANNING", text: "đề án cơ giới hóa sản xuất, bảo quản và chế biến nông sản đến năm 2020" },
  "IX.1": { kind: "PROGRAMME", text: "quy hoạch phát triển công nghiệp, điện lực và cụm công nghiệp" },
  "IX.2": { kind: "PROGRAMME", text: "hậu kiểm doanh nghiệp công nghiệp và giám sát đầu tư sau cấp phép" },
  "IX.3": { kind: "PROGRAMME", text: "quản lý lao động, kể cả lao động nước ngoài, tại các doanh nghiệp công nghiệp" },
  "IX.4": { kind: "PROGRAMME", text: "hiện đại hóa thủ tục thông quan và kiểm tra sau thông quan" },
  "IX.5": { kind: "PROGRAMME", text: "cải cách, hiện đại hóa công tác quản lý thuế đối với doanh nghiệp công nghiệp" },
  "IX.6": { kind: "PROGRAMME", text: "cơ sở dữ liệu về hoạt động công nghiệp – tiểu thủ công nghiệp" },
  "IX.7": { kind: "POLICY", text: "cơ chế phân cấp quản lý công nghiệp – tiểu thủ công nghiệp cho các quận, huyện" },
  "IX.8": { kind: "PROGRAMME", text: "kiểm tra áp dụng tiêu chuẩn an toàn thực phẩm và môi trường tại doanh nghiệp" },
};

/** The topic of a task for one lead; a task the table does not know gets a neutral one. */
export function topicOf(taskCode: string, lead: string): Topic {
  return TOPICS[`${taskCode}|${lead}`] ?? TOPICS[taskCode] ?? { kind: "PROGRAMME", text: `nhiệm vụ ${taskCode}` };
}

/** How agencies sign their documents: "123/BC-SCT". */
const DOCUMENT_SIGN: Record<string, string> = {
  CT: "SCT",
  KHDT: "SKHĐT",
  TC: "STC",
  TNMT: "STNMT",
  XD: "SXD",
  KHCN: "SKHCN",
  LDTBXH: "SLĐTBXH",
  TTTT: "STTTT",
  GTVT: "SGTVT",
  YT: "SYT",
  NNPTNT: "SNN",
  BQLKKT: "BQLKKT",
  CUCTHUE: "CTHP",
  HAIQUAN: "HQHP",
  THONGKE: "CTK",
};

export function reporterOf(agency: string): string {
  return `Dữ liệu mẫu — Văn phòng ${agency}`;
}

/** Kinds of document: BC báo cáo, KH kế hoạch, TTr tờ trình, TB thông báo; a day's worth of numbers for each. */
const DOCUMENTS_PER_DAY = { BC: 0.9, KH: 0.5, TTr: 0.3, TB: 0.4 } as const;
export type DocumentType = keyof typeof DOCUMENTS_PER_DAY;

/** A plausible number for a document the agency issued on `date` (numbering restarts every year). */
export function agencyDocument(type: DocumentType, agency: string, date: string, rng: Rng): string {
  const number = Math.floor(dayOfYear(date) * DOCUMENTS_PER_DAY[type]) + rng.int(1, 12);
  return `${number}/${type}-${DOCUMENT_SIGN[agency] ?? agency}`;
}

/** A decision of the city People's Committee issued on `date` (several thousand a year). */
export function cityDecision(date: string, rng: Rng): string {
  return `${dayOfYear(date) * 8 + rng.int(1, 7)}/QĐ-UBND`;
}

type Stage = "NOT_STARTED" | "EARLY" | "MIDDLE" | "ADVANCED";

const ACTIVITIES: Record<TaskKind, Record<Stage, readonly string[]>> = {
  POLICY: {
    NOT_STARTED: [
      "Chưa triển khai xây dựng {topic}; đang chờ văn bản hướng dẫn của các bộ, ngành Trung ương.",
      "Đang thu thập văn bản pháp lý, chuẩn bị thành lập tổ soạn thảo {topic}.",
    ],
    EARLY: [
      "Thành lập tổ soạn thảo, xây dựng đề cương {topic}.",
      "Khảo sát thực trạng, nghiên cứu kinh nghiệm của các địa phương phục vụ xây dựng {topic}.",
      "Rà soát các văn bản hiện hành, xây dựng đề cương chi tiết {topic}.",
    ],
    MIDDLE: [
      "Đã hoàn thành dự thảo {topic}, gửi lấy ý kiến các sở, ngành, UBND các quận, huyện.",
      "Tổ chức hội thảo lấy ý kiến doanh nghiệp, hiệp hội về dự thảo {topic}.",
      "Tổng hợp, tiếp thu ý kiến góp ý của các cơ quan phối hợp, chỉnh lý dự thảo {topic}.",
    ],
    ADVANCED: [
      "Gửi Sở Tư pháp thẩm định dự thảo {topic}.",
      "Tiếp thu ý kiến thẩm định, hoàn chỉnh dự thảo {topic}.",
      "Hoàn thiện hồ sơ, trình UBND thành phố xem xét ban hành {topic}.",
    ],
  },
  PLANNING: {
    NOT_STARTED: [
      "Chưa triển khai; đang lập dự toán kinh phí xây dựng {topic}.",
      "Đang lựa chọn đơn vị tư vấn xây dựng {topic}.",
    ],
    EARLY: [
      "Lựa chọn đơn vị tư vấn, phê duyệt đề cương và dự toán {topic}.",
      "Đơn vị tư vấn đang điều tra, khảo sát, thu thập số liệu phục vụ xây dựng {topic}.",
    ],
    MIDDLE: [
      "Đơn vị tư vấn đã hoàn thành báo cáo hiện trạng, đang xây dựng các phương án của {topic}.",
      "Tổ chức hội nghị lấy ý kiến các sở, ngành, địa phương về dự thảo {topic}.",
      "Đã hoàn thành dự thảo {topic}, gửi xin ý kiến các bộ, ngành liên quan.",
    ],
    ADVANCED: [
      "Hoàn thiện hồ sơ, trình Hội đồng thẩm định {topic}.",
      "Tiếp thu ý kiến Hội đồng thẩm định, hoàn chỉnh {topic} trình UBND thành phố phê duyệt.",
    ],
  },
  PROGRAMME: {
    NOT_STARTED: [
      "Chưa triển khai {topic} do chưa được bố trí kinh phí.",
      "Đang xây dựng kế hoạch chi tiết để triển khai {topic}.",
    ],
    EARLY: [
      "Ban hành kế hoạch chi tiết, phân công cán bộ theo dõi {topic}.",
      "Tổ chức hội nghị triển khai {topic} với các sở, ngành và doanh nghiệp.",
      "Khảo sát nhu cầu của doanh nghiệp, xây dựng danh mục hoạt động của {topic}.",
    ],
    MIDDLE: [
      "Tiếp tục triển khai {topic}; trong kỳ đã tổ chức {count} đợt kiểm tra, hướng dẫn tại doanh nghiệp.",
      "Tổ chức {count} lớp tập huấn, hội thảo về {topic} với {people} lượt doanh nghiệp tham gia.",
      "Phối hợp với các sở, ngành, UBND các quận, huyện triển khai {topic} theo kế hoạch.",
    ],
    ADVANCED: [
      "Sơ kết, đánh giá kết quả {topic}; đề xuất điều chỉnh nội dung cho giai đoạn tiếp theo.",
      "Cơ bản hoàn thành các nội dung của {topic}; đang hoàn thiện báo cáo tổng kết.",
      "Tiếp tục triển khai {topic}; trong kỳ đã tổ chức {count} đợt kiểm tra, hướng dẫn tại doanh nghiệp.",
    ],
  },
};

const DIFFICULTIES: readonly string[] = [
  "Kinh phí thực hiện nhiệm vụ được bố trí chậm, chưa đáp ứng yêu cầu.",
  "Việc cung cấp thông tin, số liệu của một số sở, ngành và doanh nghiệp còn chậm.",
  "Văn bản hướng dẫn của Trung ương chưa đầy đủ, thiếu đồng bộ.",
  "Cán bộ thực hiện còn kiêm nhiệm nhiều việc, thiếu chuyên môn sâu.",
  "Nhiều doanh nghiệp gặp khó khăn về vốn, thị trường nên chưa quan tâm tham gia.",
];

const DOMAIN_DIFFICULTIES: Record<string, readonly string[]> = {
  INDUSTRY: [
    "Quỹ đất dành cho cụm công nghiệp còn hạn chế, giải phóng mặt bằng kéo dài.",
    "Sức mua giảm, doanh nghiệp công nghiệp thu hẹp sản xuất.",
  ],
  INVESTMENT: [
    "Công tác bồi thường, giải phóng mặt bằng tại một số khu, cụm công nghiệp còn vướng mắc.",
    "Thu hút đầu tư chịu ảnh hưởng của suy giảm kinh tế trong nước và thế giới.",
  ],
  LABOUR: [
    "Doanh nghiệp chưa tích cực phối hợp với cơ sở đào tạo nghề.",
    "Thông tin thị trường lao động còn phân tán, chưa cập nhật thường xuyên.",
  ],
  ENVIRONMENT: [
    "Trang thiết bị quan trắc, phân tích môi trường còn thiếu.",
    "Nhiều cơ sở sản xuất chưa chấp hành đầy đủ quy định về bảo vệ môi trường.",
  ],
  SCIENCE: [
    "Năng lực đổi mới công nghệ của doanh nghiệp còn hạn chế.",
    "Vốn sự nghiệp khoa học và công nghệ được bố trí chậm.",
  ],
  AGRICULTURE: [
    "Sản xuất nông nghiệp còn nhỏ lẻ, manh mún, khó hình thành vùng nguyên liệu tập trung.",
    "Thời tiết và dịch bệnh ảnh hưởng đến kế hoạch sản xuất.",
  ],
};

const PROPOSALS: readonly string[] = [
  "Đề nghị UBND thành phố chỉ đạo Sở Tài chính bố trí kinh phí năm {nextYear} cho nhiệm vụ.",
  "Đề nghị các sở, ngành phối hợp cung cấp thông tin, số liệu đúng thời hạn.",
  "Đề nghị Thường trực Ban chỉ đạo tổ chức làm việc với các cơ quan phối hợp để tháo gỡ vướng mắc.",
  "Kiến nghị UBND thành phố sớm cho ý kiến đối với {topic}.",
];

const CORRECTIONS: readonly string[] = [
  "Bổ sung khối lượng công việc đã thực hiện nhưng chưa tổng hợp trong báo cáo trước.",
  "Cập nhật số liệu theo báo cáo của các cơ quan phối hợp.",
  "Bổ sung kết quả hội nghị, làm rõ nội dung đã triển khai trong kỳ.",
];

export interface ReportTextInput {
  taskCode: string;
  domain: string;
  endYear: number;
  topic: Topic;
  period: Period;
  state: ReportState;
  percent: number;
  completedOn: string | null;
  /** The city decision that issued or approved the result, for a completed regulation or plan. */
  decision: string | null;
  /** The task's last period has ended and the lead has not finished. */
  behind: "LATE" | "OVERDUE" | null;
}

export interface ReportText {
  /** What was done, without the sample prefix, the period label or the percent. */
  activity: string;
  summary: string;
  difficulties: string | null;
  proposals: string | null;
}

/** The summary, difficulties and proposals of one report. */
export function reportText(input: ReportTextInput, rng: Rng): ReportText {
  const activity = activityOf(input, rng);
  const summary = summaryOf(input.period, activity, input);
  const needsHelp = input.behind !== null || input.state === ReportState.NOT_STARTED;
  const difficulties =
    input.state === ReportState.COMPLETED
      ? rng.chance(0.3)
        ? pickDifficulty(input.domain, rng)
        : null
      : needsHelp || rng.chance(0.6)
        ? pickDifficulty(input.domain, rng)
        : null;
  let proposals: string | null = null;
  if (input.behind === "OVERDUE") {
    proposals = `Đề nghị UBND thành phố cho phép điều chỉnh thời hạn hoàn thành nhiệm vụ sang năm ${input.endYear + 1}.`;
  } else if (input.behind === "LATE") {
    proposals = `Phấn đấu hoàn thành nhiệm vụ trong năm ${input.endYear + 1}; đề nghị các sở, ngành tiếp tục phối hợp.`;
  } else if (input.state !== ReportState.COMPLETED && (needsHelp || rng.chance(0.45))) {
    proposals = fill(rng.pick(PROPOSALS), input, rng);
  }
  return { activity, summary, difficulties, proposals };
}

/** The second revision of a report that corrects it: the reason, then what was done, with the corrected percent. */
export function correctionSummary(input: ReportTextInput, activity: string, rng: Rng): string {
  return summaryOf(input.period, `${rng.pick(CORRECTIONS)} ${activity}`, input, " (báo cáo điều chỉnh)");
}

/** The revision of the last period that reports a completion after the deadline. */
export function lateCompletionText(input: ReportTextInput, rng: Rng): Omit<ReportText, "activity"> {
  const done = `${doneSentence(input)} Nhiệm vụ hoàn thành chậm so với thời hạn của Kế hoạch.`;
  return {
    summary: `${SAMPLE_PREFIX}${periodLabel(input.period)} (báo cáo bổ sung): ${done}`,
    difficulties: `Tiến độ chậm do: ${lowerFirst(pickDifficulty(input.domain, rng))}`,
    proposals: null,
  };
}

/** The summary of an implementation plan (kế hoạch triển khai). */
export function planSummary(topic: Topic, startYear: number, endYear: number, budgetVnd: number): string {
  const years = startYear === endYear ? `năm ${startYear}` : `giai đoạn ${startYear}–${endYear}`;
  const steps: Record<TaskKind, string> = {
    POLICY: `xây dựng đề cương, dự thảo, lấy ý kiến, thẩm định và trình UBND thành phố ban hành trong năm ${endYear}`,
    PLANNING: `lựa chọn tư vấn, điều tra khảo sát, lập, thẩm định và trình UBND thành phố phê duyệt trong năm ${endYear}`,
    PROGRAMME: "triển khai theo lộ trình hằng năm, sơ kết 6 tháng, tổng kết năm và báo cáo Thường trực Ban chỉ đạo",
  };
  return (
    `${SAMPLE_PREFIX}Kế hoạch ${planned(topic)} ${years}: ${steps[topic.kind]}. ` +
    `Dự kiến kinh phí ${millions(budgetVnd)} triệu đồng.`
  );
}

/** The summary of a revised implementation plan. */
export function revisedPlanSummary(topic: Topic, budgetVnd: number): string {
  return (
    `${SAMPLE_PREFIX}Điều chỉnh kế hoạch ${planned(topic)}: bổ sung nội dung theo ý kiến của ` +
    `Ban chỉ đạo, điều chỉnh dự kiến kinh phí lên ${millions(budgetVnd)} triệu đồng.`
  );
}

/** "xây dựng quy định …" for a regulation or plan to be drawn up, "triển khai chương trình …" for a programme. */
function planned(topic: Topic): string {
  return `${topic.kind === "PROGRAMME" ? "triển khai" : "xây dựng"} ${topic.text}`;
}

function summaryOf(period: Period, activity: string, input: ReportTextInput, note = ""): string {
  let progress = "";
  if (input.state === ReportState.IN_PROGRESS) {
    progress = ` Khối lượng thực hiện lũy kế ước đạt ${input.percent}%.`;
    if (input.behind) progress += " Nhiệm vụ chưa hoàn thành đúng thời hạn.";
  }
  return `${SAMPLE_PREFIX}${periodLabel(period)}${note}: ${activity}${progress}`;
}

function activityOf(input: ReportTextInput, rng: Rng): string {
  if (input.state === ReportState.COMPLETED) return doneSentence(input);
  const stage: Stage =
    input.state === ReportState.NOT_STARTED
      ? "NOT_STARTED"
      : input.percent < 30
        ? "EARLY"
        : input.percent < 70
          ? "MIDDLE"
          : "ADVANCED";
  return fill(rng.pick(ACTIVITIES[input.topic.kind][stage]), input, rng);
}

function doneSentence(input: ReportTextInput): string {
  const on = input.completedOn ? vietnameseDate(input.completedOn) : "";
  const { kind, text } = input.topic;
  if (kind === "POLICY" && input.decision) {
    return `Đã hoàn thành: UBND thành phố ban hành ${text} tại Quyết định số ${input.decision} ngày ${on}.`;
  }
  if (kind === "PLANNING" && input.decision) {
    return `Đã hoàn thành: UBND thành phố phê duyệt ${text} tại Quyết định số ${input.decision} ngày ${on}.`;
  }
  return `Đã hoàn thành ${text} ngày ${on}; đã gửi báo cáo tổng kết về Thường trực Ban chỉ đạo.`;
}

function pickDifficulty(domain: string, rng: Rng): string {
  return rng.pick([...DIFFICULTIES, ...(DOMAIN_DIFFICULTIES[domain] ?? [])]);
}

function fill(template: string, input: ReportTextInput, rng: Rng): string {
  return template
    .replace("{topic}", input.topic.text)
    .replace("{nextYear}", String(input.period.year + 1))
    .replace("{count}", String(rng.int(2, 9)))
    .replace("{people}", String(rng.int(3, 30) * 5));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** 1250000000 → "1.250" (millions, Vietnamese thousands separator), without locale data. */
function millions(vnd: number): string {
  return String(Math.round(vnd / 1_000_000)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
