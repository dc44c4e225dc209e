import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import { parse } from "csv-parse/sync";
import { Workbook } from "exceljs";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { waitForProgressFeed } from "./testkit/progress";

const LABELS: Record<string, string> = {
  COMPLETED_ON_TIME: "Hoàn thành đúng hạn",
  COMPLETED_LATE: "Hoàn thành quá hạn",
  IN_PROGRESS: "Đang thực hiện",
  OVERDUE: "Quá hạn",
  NOT_STARTED: "Chưa triển khai",
  NOT_REPORTED: "Chưa báo cáo",
};

interface TaskView {
  code: string;
  title: string;
  startYear: number;
  periodText: string;
  group: { code: string };
  leadAgencies: Array<{ code: string }>;
  coordinatingAgencies: Array<{ code: string }>;
  status: string;
  percentComplete: number | null;
  latestReport: {
    period: string;
    summary: string;
    difficulties: string | null;
    proposals: string | null;
    reportingAgency: { code: string };
  } | null;
}

describe(`the progress export through the gateway (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let expected: Array<Record<string, string>>;
  const exportUrl = (query: string) => `${federation.gatewayUrl.replace(/\/graphql$/, "")}/exports/progress${query}`;

  beforeAll(async () => {
    federation = await startTestFederation(TEST_DATABASE_KIND, { sampleData: true });
    await waitForProgressFeed(federation);
    const tasks = dataOf(
      await federation.query<{ tasks: TaskView[] }>(`{ tasks {
        code title startYear periodText group { code } leadAgencies { code } coordinatingAgencies { code }
        status(asOf: "2016-06-30") percentComplete(asOf: "2016-06-30")
        latestReport(asOf: "2016-06-30") { period summary difficulties proposals reportingAgency { code } }
      } }`),
    ).tasks;
    // What the export must say, from what each task says of itself through the graph.
    expected = tasks
      .filter((task) => task.startYear <= 2016)
      .map((task) => ({
        Nhóm: task.group.code,
        "Mã nhiệm vụ": task.code,
        "Nội dung nhiệm vụ": task.title,
        "Cơ quan chủ trì": task.leadAgencies.map((a) => a.code).join(", "),
        "Cơ quan phối hợp": task.coordinatingAgencies.map((a) => a.code).join(", "),
        "Thời gian thực hiện": task.periodText,
        "Trạng thái": LABELS[task.status],
        "Tỷ lệ hoàn thành (%)": task.percentComplete === null ? "" : String(task.percentComplete),
        "Kỳ báo cáo gần nhất": task.latestReport?.period ?? "",
        "Đơn vị báo cáo": task.latestReport?.reportingAgency.code ?? "",
        "Kết quả thực hiện": task.latestReport?.summary ?? "",
        "Khó khăn, vướng mắc": task.latestReport?.difficulties ?? "",
        "Kiến nghị": task.latestReport?.proposals ?? "",
      }));
  });
  afterAll(async () => {
    await federation?.stop();
  });

  const get = async (query: string, headers: Record<string, string> = {}) =>
    fetch(exportUrl(query), {
      headers: {
        ...(await federation.as({ subject: "t:v", name: "Xem", agency: "KHDT", roles: ["viewer"] })),
        ...headers,
      },
    });

  it("exports every begun task's progress as of a date as CSV that Excel opens", async () => {
    const response = await get("?asOf=2016-06-30&format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="tien-do-nhiem-vu-2016-06-30.csv"');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(bytes, { columns: true, bom: true });
    expect(rows.map(({ "Ngày báo cáo": _reportedOn, ...row }) => row)).toEqual(expected);
    expect(
      rows
        .filter((row) => row["Kỳ báo cáo gần nhất"])
        .every((row) => /^\d{2}\/\d{2}\/\d{4}$/.test(row["Ngày báo cáo"])),
    ).toBe(true);
  });

  it("exports the same rows as an Excel workbook", async () => {
    const response = await get("?asOf=2016-06-30");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet("Tiến độ")!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, string>> = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      rows.push(Object.fromEntries(headers.map((header, index) => [header, row.getCell(index + 1).text])));
    });
    expect(rows.map(({ "Ngày báo cáo": _reportedOn, ...row }) => row)).toEqual(expected);
    expect(workbook.getWorksheet("Thông tin")!.getCell("B2").value).toBe("2016-06-30");
  });

  it("answers bad requests with a clear error, and nothing without a token", async () => {
    const anonymous = await fetch(exportUrl("?format=csv"));
    expect(anonymous.status).toBe(401);
    for (const [query, message] of [
      ["?asOf=2016-02-30", /asOf must be a date/],
      ["?format=pdf", /format must be xlsx or csv/],
      ["?asOf=2016-06-30&asOf=2016-07-01", /given more than once/],
    ] as const) {
      const response = await get(query);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(message);
    }
    const post = await fetch(exportUrl(""), {
      method: "POST",
      headers: await federation.as({ subject: "t", name: "t", roles: ["committee"] }),
    });
    expect(post.status).toBe(405);
  });
});
