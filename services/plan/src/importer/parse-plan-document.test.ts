import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { AGENCY_CATALOGUE } from "../agency/agency-catalogue";
import { parsePlanDocument } from "./parse-plan-document";
import { ParsedAssignment, ParsedPlan, ParsedTask, PlanDocumentError } from "./plan-document";

const DOCUMENT_NAME = "ke-hoach-3438-KH-UBND-2012.txt";
const documentPath = join(__dirname, "..", "..", "data", DOCUMENT_NAME);
/** The shared seed the data copy came from; a fresh clone has no ../shared. */
const sharedSeedPath = join(__dirname, "..", "..", "..", "..", "..", "shared", "seed", DOCUMENT_NAME);
const documentText = readFileSync(documentPath, "utf8");
const plan = parsePlanDocument(documentText);

function task(code: string, parsed: ParsedPlan = plan): ParsedTask {
  const found = parsed.groups.flatMap((group) => group.tasks).find((candidate) => candidate.code === code);
  if (!found) {
    throw new Error(`no task ${code}`);
  }
  return found;
}

function codes(assignments: readonly ParsedAssignment[]): string[] {
  return assignments.map((assignment) => assignment.agencyCode);
}

/** The document with `search` (which must occur exactly once) replaced. */
function documentWith(search: string, replacement: string): string {
  const at = documentText.indexOf(search);
  if (at < 0 || documentText.indexOf(search, at + 1) >= 0) {
    throw new Error(`"${search}" does not occur exactly once`);
  }
  return documentText.slice(0, at) + replacement + documentText.slice(at + search.length);
}

describe("parsePlanDocument on Plan 3438/KH-UBND", () => {
  (existsSync(sharedSeedPath) ? it : it.skip)("reads a data copy byte-identical to the shared seed", () => {
    const seed = readFileSync(sharedSeedPath);

    const copy = readFileSync(documentPath);

    expect(copy.equals(seed)).toBe(true);
  });

  it("reads the data copy whose sha256 is the shared seed's", () => {
    // Runs where ../shared is absent too (a fresh clone): the seed's hash, pinned.
    const copy = readFileSync(documentPath);

    expect(createHash("sha256").update(copy).digest("hex")).toBe(
      "c1de225abc86620028f688eeb360a3801439b2d46b5abc8a4203bc4f7066d194",
    );
  });

  it("reads the plan's number, date, title and signer", () => {
    const { number, issuedOn, title, signedBy } = plan;

    expect({ number, issuedOn, signedBy }).toEqual({
      number: "3438/KH-UBND",
      issuedOn: "2012-06-08",
      signedBy: "Lê Văn Thành",
    });
    expect(title).toBe(
      "TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 03-NQ/TU NGÀY 02/06/2006 VÀ CÁC THÔNG BÁO KẾT LUẬN SỐ 176-TB/TU NGÀY 26/6/2009, SỐ 41-TB/TU NGÀY 11/10/2011 CỦA BAN THƯỜNG VỤ THÀNH ỦY VỀ PHÁT TRIỂN CÔNG NGHIỆP THÀNH PHỐ HẢI PHÒNG ĐẾN NĂM 2015, ĐỊNH HƯỚNG ĐẾN NĂM 2020.",
    );
  });

  it("reads nine groups, each title once, with 8, 2, 6, 10, 4, 5, 7, 5, 8 tasks", () => {
    const groups = plan.groups.map((group) => [group.code, group.number, group.title, group.tasks.length]);

    expect(groups).toEqual([
      ["I", 1, "Đề xuất cơ chế chính sách, tạo nguồn lực vững chắc cho phát triển công nghiệp", 8],
      ["II", 2, "Đẩy mạnh các hoạt động xúc tiến, kêu gọi đầu tư", 2],
      ["III", 3, "Quy hoạch, phát triển hạ tầng các khu, cụm công nghiệp", 6],
      [
        "IV",
        4,
        "Phát triển ngành công nghiệp chủ lực, công nghiệp hỗ trợ, công nghiệp công nghệ cao; Đẩy nhanh tốc độ đổi mới và ứng dụng công nghệ tiên tiến, hiện đại, thân thiện môi trường trong sản xuất công nghiệp",
        10,
      ],
      ["V", 5, "Phát triển và nâng cao chất lượng nguồn nhân lực", 4],
      ["VI", 6, "Phát triển thị trường nội địa và xuất khẩu cho sản phẩm công nghiệp", 5],
      ["VII", 7, "Kiểm soát, xử lý ô nhiễm và bảo vệ môi trường", 7],
      ["VIII", 8, "CNH-HĐH nông nghiệp nông thôn", 5],
      ["IX", 9, "Tăng cường quản lý nhà nước trong lĩnh vực công nghiệp", 8],
    ]);
  });

  it("reads every task's code, lead cell, lead agencies and period as written", () => {
    const tasks = plan.groups.flatMap((group) => group.tasks);

    const rows = tasks.map((parsed) => [parsed.code, parsed.leadText, codes(parsed.leads), parsed.periodText]);

    expect(rows).toEqual([
      ["I.1", "Sở Kế hoạch và Đầu tư", ["KHDT"], "2012-2015"],
      ["I.2", "Sở Tài chính", ["TC"], "2012-2015"],
      ["I.3", "Sở Tài nguyên và Môi trường", ["TNMT"], "2012-2015"],
      ["I.4", "Sở Kế hoạch và Đầu tư", ["KHDT"], "2012-2015"],
      ["I.5", "Sở Khoa học và Công nghệ", ["KHCN"], "2015-2020"],
      ["I.6", "Sở Lao động, Thương binh và Xã hội", ["LDTBXH"], "2012-2015"],
      ["I.7", "Sở Tài chính", ["TC"], "2013"],
      ["I.8", "Sở Xây dựng", ["XD"], "2012"],
      ["II.1", "Sở Kế hoạch và Đầu tư", ["KHDT"], "2012-2015"],
      ["II.2", "Sở Công Thương", ["CT"], "2012-2020"],
      ["III.1", "Sở Xây dựng", ["XD"], "2012-2015"],
      ["III.2", "- Sở Công Thương\n- Ban quản lý KKT", ["CT", "BQLKKT"], "2012-2013"],
      ["III.3", "Sở Y tế", ["YT"], "2012-2020"],
      ["III.4", "Ban quản lý KKT", ["BQLKKT"], "2012-2015"],
      ["III.5", "Sở Kế hoạch và Đầu tư", ["KHDT"], "2012-2015"],
      ["III.6", "Sở Giao thông vận tải", ["GTVT"], "2012-2015"],
      ["IV.1", "Sở Công Thương", ["CT"], "2012-2015"],
      ["IV.2", "Sở Khoa học và Công nghệ", ["KHCN"], "2012-2013"],
      ["IV.3", "Sở Công Thương", ["CT"], "2012-2015"],
      ["IV.4", "Sở Khoa học và Công nghệ", ["KHCN"], "2012-2015"],
      ["IV.5", "Sở Công Thương", ["CT"], "2012-2020"],
      ["IV.6", "Sở Khoa học và Công nghệ", ["KHCN"], "2012-2015"],
      ["IV.7", "Sở Khoa học và Công nghệ", ["KHCN"], "2015-2020"],
      ["IV.8", "Sở Khoa học và Công nghệ", ["KHCN"], "2012-2015"],
      ["IV.9", "Sở Nông nghiệp và Phát triển nông thôn", ["NNPTNT"], "2012-2020"],
      ["IV.10", "Sở Thông tin và Truyền thông", ["TTTT"], "2012"],
      ["V.1", "Sở Lao động, Thương binh và Xã hội", ["LDTBXH"], "2012-2015"],
      ["V.2", "Sở Lao động, Thương binh và Xã hội", ["LDTBXH"], "2012-2015"],
      ["V.3", "Sở Lao động, Thương binh và Xã hội", ["LDTBXH"], "2012-2020"],
      ["V.4", "Sở Lao động, Thương binh và Xã hội", ["LDTBXH"], "2012-2020"],
      ["VI.1", "Sở Công Thương", ["CT"], "2012-2015"],
      ["VI.2", "Sở Công Thương", ["CT"], "2012-2015"],
      ["VI.3", "Sở Công Thương", ["CT"], "2012-2020"],
      ["VI.4", "Sở Công Thương", ["CT"], "2012-2015"],
      ["VI.5", "Sở Công Thương", ["CT"], "2015-2020"],
      ["VII.1", "Sở Công Thương", ["CT"], "2012-2015"],
      ["VII.2", "Sở Tài nguyên và Môi trường", ["TNMT"], "2012-2015"],
      ["VII.3", "Sở Tài nguyên và Môi trường", ["TNMT"], "2012-2015"],
      ["VII.4", "Sở Tài nguyên và Môi trường", ["TNMT"], "2012-2020"],
      ["VII.5", "Sở Y tế", ["YT"], "2012-2015"],
      ["VII.6", "Sở Công Thương", ["CT"], "2012-2020"],
      ["VII.7", "Sở Tài nguyên và Môi trường", ["TNMT"], "2012-2020"],
      ["VIII.1", "Sở Công Thương", ["CT"], "2012-2020"],
      ["VIII.2", "Sở Công Thương", ["CT"], "2012-2015"],
      ["VIII.3", "Sở Công Thương", ["CT"], "2012-2020"],
      ["VIII.4", "Sở Nông nghiệp và Phát triển Nông thôn", ["NNPTNT"], "2012-2020"],
      ["VIII.5", "Sở Nông nghiệp và Phát triển Nông thôn", ["NNPTNT"], "2012-2015"],
      ["IX.1", "Sở Công Thương", ["CT"], "2012-2020"],
      ["IX.2", "Sở Kế hoạch và Đầu tư", ["KHDT"], "2012-2020"],
      ["IX.3", "Sở Lao động, Thương binh và Xã hội", ["LDTBXH"], "2012-2020"],
      ["IX.4", "Cục Hải quan", ["HAIQUAN"], "2012-2020"],
      ["IX.5", "Cục Thuế", ["CUCTHUE"], "2012-2020"],
      ["IX.6", "Cục Thống kê", ["THONGKE"], "2012-2020"],
      ["IX.7", "Sở Công Thương", ["CT"], "2012-2020"],
      ["IX.8", "Sở Y tế", ["YT"], "2012-2020"],
    ]);
  });

  it("numbers tasks from 1 in each group and records the line of each row", () => {
    const firstAndLast = ["I.1", "IV.10", "IX.8"].map((code) => [task(code).number, task(code).line]);

    expect(firstAndLast).toEqual([
      [1, 25],
      [10, 194],
      [8, 398],
    ]);
  });

  it("reads a single-year period as that year, and ranges as their bounds", () => {
    const periods = ["I.7", "I.8", "III.2", "IX.8"].map((code) => [task(code).startYear, task(code).endYear]);

    expect(periods).toEqual([
      [2013, 2013],
      [2012, 2012],
      [2012, 2013],
      [2012, 2020],
    ]);
  });

  it.each([
    [
      "I.1",
      "Rà soát, sửa đổi các quy định của thành phố về quản lý đầu tư theo hướng thông thoáng, đẩy mạnh phân cấp, ủy quyền, giảm bớt các thủ tục hành chính",
    ],
    [
      "IV.3",
      "Triển khai thực hiện chương trình mục tiêu quốc gia về sử dụng năng lượng tiết kiệm, hiệu quả và chiến lực sản xuất sạch hơn trong công nghiệp",
    ],
    [
      "VI.2",
      "Xây dựng và đưa và hoạt động sàn giao dịch thương mại điện tử hàng hóa công nghiệp giữa doanh nghiệp với các nhà phân phối, người tiêu dùng trong và ngoài nước",
    ],
    [
      "IX.1",
      "Tổ chức triển khai thực hiện Quy hoạc phát triển công nghiệp, quy hoạch phát triển điện lực, quy hoạch phát triển cụm công nghiệp Hải Phòng",
    ],
    [
      "IV.4",
      "Tiếp tục triển khai Chương trình Khoa học và Công nghệ hỗ trợ doanh nghiệp hội nhập giai đoạn 2011-2015, các dự án: “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của ngành Công nghiệp” và “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của các DNVVN tại địa phương” thuộc Chương trình quốc gia “Nâng cao năng suất và chất lượng sản phẩm, hàng hóa của DN Việt Nam đến năm 2020” (QĐ số 712/QĐ-TTg ngày 21/5/2010)",
    ],
  ])("keeps the title of %s exactly as written, slips included", (code, title) => {
    expect(task(code).title).toBe(title);
  });

  it("gives III.2 both sub-items in its title and a lead for each sub-item", () => {
    const { title, leads } = task("III.2");

    expect(title).toBe(
      "Xây dựng quy hoạch tổng thể:\n- Phát triển các cụm công nghiệp;\n- Phát triển các khu kinh tế, khu công nghiệp",
    );
    expect(leads).toEqual([
      { agencyCode: "CT", role: "LEAD", asWritten: "Sở Công Thương", scope: "Phát triển các cụm công nghiệp" },
      {
        agencyCode: "BQLKKT",
        role: "LEAD",
        asWritten: "Ban quản lý KKT",
        scope: "Phát triển các khu kinh tế, khu công nghiệp",
      },
    ]);
  });

  it("gives single leads no scope and every assignment its role", () => {
    const { leads, coordinators } = task("I.1");

    expect(leads).toEqual([{ agencyCode: "KHDT", role: "LEAD", asWritten: "Sở Kế hoạch và Đầu tư", scope: null }]);
    expect(coordinators.every((coordinator) => coordinator.role === "COORDINATING" && coordinator.scope === null)).toBe(
      true,
    );
  });
});

describe("agency spellings in Plan 3438/KH-UBND", () => {
  const mentions = [
    ...plan.groups.flatMap((group) => group.tasks.flatMap((parsed) => [...parsed.leads, ...parsed.coordinators])),
    ...plan.reportingRequirements.map((requirement) => ({
      asWritten: requirement.unitAsWritten,
      agencyCode: requirement.agencyCode,
    })),
  ];

  it("maps every spelling the document uses, and no other (a new spelling must be added here)", () => {
    const spellings = Object.fromEntries(mentions.map((mention) => [mention.asWritten, mention.agencyCode]));
    const conflicting = mentions.filter((mention) => spellings[mention.asWritten] !== mention.agencyCode);

    expect(conflicting).toEqual([]);
    expect(spellings).toEqual({
      "Ban QLKKT": "BQLKKT",
      "Ban quản lý KKT": "BQLKKT",
      "Ban quản lý KTT": "BQLKKT",
      "Bản quản lý Khu kinh tế Hải Phòng": "BQLKKT",
      CT: "CT",
      "Cty TNHH MTV điện lực HP": "DIENLUC",
      "Cảnh sát môi trường": "CSMT",
      "Cục Hải quan": "HAIQUAN",
      "Cục Thuế": "CUCTHUE",
      "Cục Thuế thành phố": "CUCTHUE",
      "Cục Thống kê": "THONGKE",
      GDĐT: "GDDT",
      GTVT: "GTVT",
      "Hải quan": "HAIQUAN",
      KHCN: "KHCN",
      KHĐT: "KHDT",
      "Liên minh HTX": "LMHTX",
      "Liên đoàn LĐTP": "LDLD",
      "LĐ-TB và XH": "LDTBXH",
      LĐTBXH: "LDTBXH",
      "LĐLĐ thành phố": "LDLD",
      NNPTNT: "NNPTNT",
      "Ngoại vụ": "NGOAIVU",
      "Ngân hàng Nhà nước CN HP": "NHNN",
      "Nội vụ": "NOIVU",
      TC: "TC",
      TNMT: "TNMT",
      TTTT: "TTTT",
      "UBND các huyện": "UBND_QH",
      "UBND các quận huyện": "UBND_QH",
      "UBND các quận, huyện": "UBND_QH",
      VHTTDL: "VHTTDL",
      XD: "XD",
      "Y tế": "YT",
      "các doanh nghiệp kinh doanh hạ tầng KKT, KCN, CCN": "DN_HATANG",
      "Sở Công Thương": "CT",
      "Sở Giao thông vận tải": "GTVT",
      "Sở Khoa học và Công nghệ": "KHCN",
      "Sở Kế hoạch và Đầu tư": "KHDT",
      "Sở Lao động, Thương binh và Xã hội": "LDTBXH",
      "Sở Nông nghiệp và Phát triển Nông thôn": "NNPTNT",
      "Sở Nông nghiệp và Phát triển nông thôn": "NNPTNT",
      "Sở Thông tin và Truyền thông": "TTTT",
      "Sở Tài chính": "TC",
      "Sở Tài nguyên và Môi trường": "TNMT",
      "Sở Xây dựng": "XD",
      "Sở Y tế": "YT",
    });
  });

  it.each([
    ["I.8", "LĐ-TB và XH", "LDTBXH"],
    ["II.1", "Ban quản lý KTT", "BQLKKT"],
    ["VIII.1", "UBND các quận huyện", "UBND_QH"],
    ["VIII.1", "Liên minh HTX", "LMHTX"],
    ["IX.6", "Hải quan", "HAIQUAN"],
    ["IX.6", "Cục Thuế", "CUCTHUE"],
    ["I.3", "Cục Thuế thành phố", "CUCTHUE"],
    ["IV.2", "Ngân hàng Nhà nước CN HP", "NHNN"],
    ["V.3", "Liên đoàn LĐTP", "LDLD"],
    ["IX.3", "LĐLĐ thành phố", "LDLD"],
    ["VIII.2", "Cty TNHH MTV điện lực HP", "DIENLUC"],
    ["VII.4", "Cảnh sát môi trường", "CSMT"],
    ["I.4", "các doanh nghiệp kinh doanh hạ tầng KKT, KCN, CCN", "DN_HATANG"],
    ["VIII.3", "UBND các huyện", "UBND_QH"],
  ])("reads %s's coordinator %j as %s", (code, asWritten, agencyCode) => {
    const coordinator = task(code).coordinators.find((candidate) => candidate.asWritten === asWritten);

    expect(coordinator?.agencyCode).toBe(agencyCode);
  });

  it.each([
    ["VI.3", "Các Sở; KHĐT, TC", ["KHDT", "TC"]],
    ["IV.4", "Các Sở: CT; TC, KHĐT", ["CT", "TC", "KHDT"]],
    ["VIII.3", "Các Sở, Ngành: TC, UBND các huyện", ["TC", "UBND_QH"]],
    ["IV.5", "Các Sở: KHĐT, TC, TNMT, XD, KHCN; Ban QLKKT", ["KHDT", "TC", "TNMT", "XD", "KHCN", "BQLKKT"]],
    ["VII.4", "Sở CT, UBND các quận, huyện, Ban quản lý KKT, Cảnh sát môi trường", ["CT", "UBND_QH", "BQLKKT", "CSMT"]],
    ["VI.5", "Các Sở: Y tế, NNPTNT, KHĐT, UBND các quận, huyện", ["YT", "NNPTNT", "KHDT", "UBND_QH"]],
    ["I.2", "Các Sở: CT, TNMT, KHĐT, UBND các quận, huyện", ["CT", "TNMT", "KHDT", "UBND_QH"]],
  ])("reads %s's list %j whichever way it is punctuated", (code, note, expected) => {
    const { coordinationNote, coordinators } = task(code);

    expect([coordinationNote, codes(coordinators)]).toEqual([note, expected]);
  });

  it("reads the appendix's misspelt 'Bản quản lý Khu kinh tế Hải Phòng' (row 4) as BQLKKT", () => {
    const row = plan.reportingRequirements.find((requirement) => requirement.position === 4);

    expect([row?.unitAsWritten, row?.agencyCode]).toEqual(["Bản quản lý Khu kinh tế Hải Phòng", "BQLKKT"]);
  });

  it.each([
    ["III.2", "Các Sở: XD, TC, KHĐT, UBND các quận, huyện và các đơn vị liên quan", ["XD", "TC", "KHDT", "UBND_QH"]],
    ["IV.8", "Các Sở: KHĐT, TC và các đơn vị liên quan", ["KHDT", "TC"]],
    ["VI.4", "Các Sở, Ngành, đơn vị liên quan", []],
    ["IX.1", "Sở KHĐT, TC và các Sở, Ngành, đơn vị liên quan", ["KHDT", "TC"]],
    ["IX.3", "LĐLĐ thành phố và các đơn vị liên quan", ["LDLD"]],
    ["IX.4", "Các Sở, Ngành liên quan", []],
    ["IX.5", "Các Sở, Ngành liên quan", []],
  ])("keeps %s's vague phrase in the coordination note only", (code, note, expected) => {
    const { coordinationNote, coordinators } = task(code);

    expect([coordinationNote, codes(coordinators)]).toEqual([note, expected]);
  });

  it("maps every coordinator to a catalogue agency, and uses every catalogue agency somewhere", () => {
    const catalogueCodes = AGENCY_CATALOGUE.map((agency) => agency.code).sort();
    const coordinatorCodes = plan.groups.flatMap((group) =>
      group.tasks.flatMap((parsed) => codes(parsed.coordinators)),
    );

    const usedCodes = [...new Set(mentions.map((mention) => mention.agencyCode))].sort();

    expect(coordinatorCodes.filter((code) => !catalogueCodes.includes(code))).toEqual([]);
    expect(usedCodes).toEqual(catalogueCodes);
  });
});

describe("parsePlanDocument: targets, appendix and warnings of Plan 3438/KH-UBND", () => {
  it("reads the nine targets of section I", () => {
    const targets = plan.targets.map((target) => [target.code, target.min, target.max, target.unit]);

    expect(targets).toEqual([
      ["INDUSTRY_CONSTRUCTION_GDP_SHARE_2015", 37, 37, "%"],
      ["INDUSTRY_GDP_SHARE_2015", 31, 32, "%"],
      ["INDUSTRY_CONSTRUCTION_GDP_GROWTH_2011_2015", 12.7, 13.7, "%/năm"],
      ["INDUSTRY_CONSTRUCTION_GDP_SHARE_2020", 36, 36, "%"],
      ["INDUSTRY_GDP_SHARE_2020", 30, 31, "%"],
      ["IIP_GROWTH_2011_2015", 13.5, 14.5, "%/năm"],
      ["IIP_GROWTH_2016_2020", 14, 15, "%/năm"],
      ["HIGH_TECH_OUTPUT_SHARE_2015", 30, 30, "%"],
      ["MANUFACTURING_OUTPUT_SHARE_2015", 35, 35, "%"],
    ]);
  });

  it("reads the nine appendix units with their item counts", () => {
    const units = plan.reportingRequirements.map((requirement) => [
      requirement.position,
      requirement.agencyCode,
      requirement.items.length,
    ]);

    expect(units).toEqual([
      [1, "THONGKE", 1],
      [2, "CUCTHUE", 1],
      [3, "HAIQUAN", 1],
      [4, "BQLKKT", 1],
      [5, "KHDT", 1],
      [6, "LDTBXH", 2],
      [7, "KHCN", 6],
      [8, "TNMT", 4],
      [9, "NNPTNT", 2],
    ]);
  });

  it("reads which figures each appendix row asks for: last year's official and this year's estimate of row 1 only", () => {
    expect(
      plan.reportingRequirements.map((requirement) => [requirement.agencyCode, requirement.requiredFigures]),
    ).toEqual([
      ["THONGKE", "PREVIOUS_YEAR_OFFICIAL_AND_REPORTING_YEAR_ESTIMATE"],
      ...["CUCTHUE", "HAIQUAN", "BQLKKT", "KHDT", "LDTBXH", "KHCN", "TNMT", "NNPTNT"].map((code) => [
        code,
        "REPORTING_YEAR_FIGURE",
      ]),
    ]);
  });

  it("keeps appendix content as written and its items without the dash", () => {
    const row = plan.reportingRequirements.find((requirement) => requirement.agencyCode === "NNPTNT");

    expect(row?.content).toBe(
      "- Số làng nghề được công nhận làng nghề đủ tiêu chuẩn theo tiêu chí mới của Bộ Nông nghiệp và Phát triển nông thôn;\n- Kết quả xây dựng kết cấu hạ tầng phát triển công nghiệp nông thôn.",
    );
    expect(row?.items).toEqual([
      "Số làng nghề được công nhận làng nghề đủ tiêu chuẩn theo tiêu chí mới của Bộ Nông nghiệp và Phát triển nông thôn;",
      "Kết quả xây dựng kết cấu hạ tầng phát triển công nghiệp nông thôn.",
    ]);
  });

  it("warns that VII.1 lists CT both as lead and as coordinating, keeping both", () => {
    const { leads, coordinators } = task("VII.1");

    expect(plan.warnings).toEqual([
      { where: "VII.1", message: 'CT is both lead ("Sở Công Thương") and coordinating ("CT"); kept both as written' },
    ]);
    expect([codes(leads), codes(coordinators)]).toEqual([
      ["CT"],
      ["KHDT", "CT", "TC", "XD", "TNMT", "BQLKKT", "UBND_QH"],
    ]);
  });
});

/**
 * The plan as a future plan may come: no appendix, its number and date in the header above
 * "KẾ HOẠCH" as administrative documents carry them.
 */
function withoutAppendix(header: string[] = ["Số: 3438/KH-UBND", "Hải Phòng, ngày 08 tháng 6 năm 2012"]): string {
  const cut = documentText.indexOf("\nPHỤ LỤC\n");
  expect(cut).toBeGreaterThan(0);
  return [...header, documentText.slice(0, cut)].join("\n");
}

describe("parsePlanDocument on a document without an appendix", () => {
  it("reads its tasks and targets, its number and date from the header, and warns that it names no reporting units", () => {
    const parsed = parsePlanDocument(withoutAppendix());

    expect({ number: parsed.number, issuedOn: parsed.issuedOn, signedBy: parsed.signedBy }).toEqual({
      number: "3438/KH-UBND",
      issuedOn: "2012-06-08",
      signedBy: "Lê Văn Thành",
    });
    // The two header lines move every task two lines down.
    const tasks = (of: ParsedPlan, shift: number) =>
      of.groups.flatMap((group) => group.tasks).map((row) => ({ ...row, line: row.line - shift }));
    expect(tasks(parsed, 2)).toEqual(tasks(plan, 0));
    expect(parsed.targets).toEqual(plan.targets);
    expect(parsed.reportingRequirements).toEqual([]);
    expect(parsed.warnings).toEqual([
      ...plan.warnings,
      { where: "appendix", message: expect.stringMatching(/no appendix \("PHỤ LỤC"\): it names no reporting units/) },
    ]);
  });

  it("reads a header date written with slashes", () => {
    expect(parsePlanDocument(withoutAppendix(["Số: 12/KH-UBND", "Hải Phòng, ngày 8/6/2012"])).issuedOn).toBe(
      "2012-06-08",
    );
  });

  it.each([
    ["no number", ["Hải Phòng, ngày 08 tháng 6 năm 2012"]],
    ["no date", ["Số: 3438/KH-UBND"]],
  ])("refuses one with %s in its header, saying where they belong", (_, header) => {
    expect(() => parsePlanDocument(withoutAppendix(header))).toThrow(
      'no plan number and date: a document without an appendix ("PHỤ LỤC") gives them above "KẾ HOẠCH"',
    );
  });

  it("refuses a header date off the calendar", () => {
    expect(() =>
      parsePlanDocument(withoutAppendix(["Số: 3438/KH-UBND", "Hải Phòng, ngày 31 tháng 6 năm 2012"])),
    ).toThrow("line 2: the plan's issue date 31/6/2012 is not a calendar date");
  });
});

describe("parsePlanDocument on faulty documents", () => {
  it.each([
    [
      "an unknown agency",
      "\tSở CT, UBND các quận, huyện, Ban quản lý KKT, Cảnh sát môi trường\n",
      "\tSở CT, Sở Foo\n",
      'line 290: task VII.4: cannot map agency "Sở Foo" in "Sở CT, Sở Foo"',
    ],
    [
      "a task row of four cells",
      "\tCác Sở: TTTT, KHCN, TC\n\t2012-2015\n",
      "\tCác Sở: TTTT, KHCN, TC\n",
      "line 242: task VI.2: expected 5 cells (number, content, lead, coordination, period), found 4",
    ],
    [
      "a period that ends before it starts",
      "\t2013\n",
      "\t2015-2012\n",
      'line 61: task I.7: period "2015-2012" ends before it starts',
    ],
    [
      "a period that is not a year",
      "\t2013\n",
      "\t20x3\n",
      'line 61: task I.7: period "20x3" is neither a year nor a range of years',
    ],
    [
      "a missing plan number",
      "(Kèm theo Kế hoạch số 3438/KH-UBND ngày 08 tháng 6 năm 2012 của Ủy ban nhân dân thành phố)",
      "(Kèm theo Kế hoạch của Ủy ban nhân dân thành phố)",
      'appendix: no line "Kèm theo Kế hoạch số … ngày …" giving the plan number and issue date',
    ],
    [
      "task numbers that skip one",
      "\t3\n\tXây dựng cơ chế, chính sách quản lý",
      "\t4\n\tXây dựng cơ chế, chính sách quản lý",
      "line 37: group I: task number 4 where 3 was expected",
    ],
    [
      "a repeat of a group title that differs",
      "\tKiểm soát, xử lý ô nhiễm và bảo vệ môi trường\n\n",
      "\tKiểm soát, xử lý ô nhiễm môi trường\n\n",
      'line 266: group VII: the title\'s repeat "Kiểm soát, xử lý ô nhiễm môi trường" differs from "Kiểm soát, xử lý ô nhiễm và bảo vệ môi trường"',
    ],
    [
      "a lead cell naming no agency",
      "\tCục Thống kê\n\tCác Sở:",
      "\tCác đơn vị liên quan\n\tCác Sở:",
      'line 386: task IX.6: no lead agency in "Các đơn vị liên quan"',
    ],
    [
      "an appendix unit naming two agencies",
      "\tBản quản lý Khu kinh tế Hải Phòng\n",
      "\tBan quản lý KKT, Sở Xây dựng\n",
      'line 454: appendix row 4: expected exactly one reporting unit in "Ban quản lý KKT, Sở Xây dựng"',
    ],
    [
      "an appendix row asking for last year's official figure without this year's estimate",
      "theo số chính thức của năm trước và ước thực hiện năm báo cáo.",
      "theo số chính thức của năm trước.",
      "line 442: appendix row 1: asks for the previous year's official figure (\"số chính thức của năm trước\") without the reporting year's estimate",
    ],
    [
      "a program table header that is not the plan's",
      "\tCƠ QUAN PHỐI HỢP\n",
      "\tGHI CHÚ\n",
      'line 16: section II: expected the table header "TT | NỘI DUNG CHƯƠNG TRÌNH | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI GIAN THỰC HIỆN"',
    ],
    [
      "a target with an unknown indicator",
      "tỷ lệ sản phẩm công nghiệp chế tạo",
      "tỷ lệ sản phẩm xuất khẩu",
      'line 9: section I: no known indicator for the target in "tỷ lệ sản phẩm xuất khẩu trong tổng giá trị sản xuất công nghiệp đạt 35%"',
    ],
  ])("fails clearly on %s", (_fault, search, replacement, message) => {
    const faulty = documentWith(search, replacement);

    const act = () => parsePlanDocument(faulty);

    expect(act).toThrow(PlanDocumentError);
    expect(act).toThrow(message);
  });

  it("warns about an agency named twice in one cell, keeping the first mention", () => {
    const text = documentWith("\tCác Sở; KHĐT, TC\n", "\tCác Sở; KHĐT, TC, Sở Kế hoạch và Đầu tư\n");

    const parsed = parsePlanDocument(text);

    expect(task("VI.3", parsed).coordinators.map((coordinator) => coordinator.asWritten)).toEqual(["KHĐT", "TC"]);
    expect(parsed.warnings).toContainEqual({
      where: "VI.3",
      message: 'KHDT is named twice in one cell ("KHĐT", "Sở Kế hoạch và Đầu tư"); kept the first',
    });
  });

  it("warns and gives no scopes when bulleted leads do not pair with the content's sub-items", () => {
    const text = documentWith("\n\n- Phát triển các khu kinh tế, khu công nghiệp\n", "\n");

    const parsed = parsePlanDocument(text);

    expect(task("III.2", parsed).leads.map((lead) => [lead.agencyCode, lead.scope])).toEqual([
      ["CT", null],
      ["BQLKKT", null],
    ]);
    expect(parsed.warnings).toContainEqual({
      where: "III.2",
      message: "2 bulleted leads but 1 bulleted sub-items; each lead is taken for the whole task",
    });
  });

  it("accepts the issue date written as dd/m/yyyy", () => {
    const text = documentWith("ngày 08 tháng 6 năm 2012 của Ủy ban", "ngày 08/6/2012 của Ủy ban");

    const parsed = parsePlanDocument(text);

    expect([parsed.number, parsed.issuedOn]).toEqual(["3438/KH-UBND", "2012-06-08"]);
  });

  it("reads a document with Windows line endings like the original", () => {
    const parsed = parsePlanDocument(documentText.replace(/\n/g, "\r\n"));

    expect(parsed).toEqual(plan);
  });
});
