import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { clock } from "@hpig/kit/clock";
import { TEST_DATABASE_KIND } from "@hpig/kit/testing";
import type { TokenClaims } from "@hpig/tools";
import { type Browser, type BrowserContext, chromium, type Page, type Request } from "playwright-core";

import { startTestFederation, type TestFederation } from "./testkit/federation";
import { dataOf } from "./testkit/http";
import { vietnamToday, waitForProgressFeed } from "./testkit/progress";

// Debian's chromium, never a downloaded browser, with the flags the explorer's test uses.
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const hasChromium = existsSync(CHROMIUM);
const inCi = process.env["CI"] === "true";
if (!hasChromium && !inCi) console.warn(`Skipping the web app's browser suite: ${CHROMIUM} is missing`);
const browserDescribe = hasChromium || inCi ? describe : describe.skip;

/** Screenshots, printed PDFs and the measurements, as test artifacts (git-ignored). */
const ARTIFACTS = resolve(__dirname, "..", "reports", "web");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const AS_OF = "2016-06-30";

interface Summary {
  total: number;
  byStatus: Array<{ status: string; count: number }>;
  buckets: Array<{ key: string; total: number; byStatus: Array<{ status: string; count: number }> }>;
}

browserDescribe(`the committee's web app in a browser (${TEST_DATABASE_KIND})`, () => {
  let federation: TestFederation;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  const tokens: Record<string, string> = {};
  /** Requests the pages made to anywhere but the gateway: there must be none. */
  const elsewhere: string[] = [];
  const pageErrors: string[] = [];
  const measurements: Record<string, unknown> = {};

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    federation = await startTestFederation(TEST_DATABASE_KIND, { sampleData: true });
    origin = new URL(federation.gatewayUrl).origin;
    await waitForProgressFeed(federation);
    // The browser's clock is the test clock (newContext), up to 12 hours off the real time that
    // tokens are signed and checked with: a day's lifetime keeps them valid on both.
    const browserToken = (claims: TokenClaims) => federation.token({ ...claims, expiresIn: "24h" });
    tokens["committee"] = await browserToken({ subject: "web:committee", name: "Ban chỉ đạo", roles: ["committee"] });
    for (const [name, agency] of [
      ["editor", "LDTBXH"],
      ["science", "KHCN"],
    ]) {
      tokens[name] = await browserToken({
        subject: `web:editor-${agency.toLowerCase()}`,
        name: "Nguyễn Văn An, chuyên viên",
        agency,
        roles: ["editor"],
      });
    }
    tokens["viewer"] = await browserToken({
      subject: "web:viewer",
      name: "Phạm Thu Hà",
      agency: "LDTBXH",
      roles: ["viewer"],
    });
    tokens["office"] = await browserToken({
      subject: "web:office",
      name: "Trần Thị Bình",
      agency: "CT",
      roles: ["standing-office"],
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    context = await newContext();
  });

  afterAll(async () => {
    writeFileSync(join(ARTIFACTS, "measurements.json"), `${JSON.stringify(measurements, null, 2)}\n`);
    await browser?.close();
    await federation?.stop();
  });

  /**
   * A fresh browser profile (cold cache); CSP bypassed only so that axe can be injected. Requests
   * to anywhere but the gateway are blocked and recorded; with `httpCache`, only recorded, since
   * Playwright's request interception turns the browser's HTTP cache off (a warm load must use it).
   */
  async function newContext(options: { httpCache?: boolean } = {}): Promise<BrowserContext> {
    const created = await browser.newContext({
      viewport: { width: 1300, height: 900 },
      bypassCSP: true,
      acceptDownloads: true,
    });
    // The pages' "today" is the services' (noon in Viet Nam), not the real time's, which may be past midnight there.
    await created.clock.install({ time: clock.now() });
    const foreign = (url: string) =>
      !url.startsWith("blob:") && !url.startsWith("data:") && new URL(url).origin !== origin;
    if (options.httpCache) {
      created.on("request", (request) => void (foreign(request.url()) && elsewhere.push(request.url())));
      return created;
    }
    await created.route("**/*", async (route) => {
      const url = route.request().url();
      if (!foreign(url)) return route.continue();
      elsewhere.push(url);
      return route.abort("blockedbyclient");
    });
    return created;
  }

  /** Opens a route of the app signed in with `token` (kept in the tab's session, as the sign-in page does). */
  async function open(path: string, token: string, on: BrowserContext = context): Promise<Page> {
    const page = await on.newPage();
    page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
    await page.addInitScript({ content: keepToken(token) });
    await page.goto(`${origin}/app${path}`);
    return page;
  }

  async function screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  /** axe-core, bundled from npm and injected: no serious or critical violation. */
  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: AXE_SOURCE });
    const violations = await page.evaluate<Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }>>(
      "axe.run().then((result) => result.violations)",
    );
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`,
      );
  }

  /** The build's scripts and styles, raw and as the gzip copies the gateway sends; the entry is what every first load needs. */
  function bundleSizes() {
    const dist = resolve(__dirname, "..", "web", "dist");
    const entry = /src="\/app\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dist, "index.html"), "utf8"))![1];
    const files = readdirSync(join(dist, "assets")).filter((name) => /\.(js|css)$/.test(name));
    const size = (name: string) => statSync(join(dist, "assets", name)).size;
    const sum = (names: string[], suffix = "") => names.reduce((total, name) => total + size(name + suffix), 0);
    const styles = files.filter((name) => name.endsWith(".css"));
    return {
      chunks: files.length,
      entryGzipBytes: size(`${entry}.gz`) + sum(styles, ".gz"),
      echartsGzipBytes: sum(
        files.filter((name) => name.startsWith("echarts-setup")),
        ".gz",
      ),
      totalBytes: sum(files),
      totalGzipBytes: sum(files, ".gz"),
    };
  }

  const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
  /** The script that keeps a token in the tab's session, as the sign-in page does (run in the page). */
  const keepToken = (token: string) => `sessionStorage.setItem("hpig.token", ${JSON.stringify(token)})`;

  it("serves every route of the app at /app/ from the gateway's origin, with a strict CSP", async () => {
    const root = await fetch(`${origin}/`, { redirect: "manual" });
    const deep = await fetch(`${origin}/app/tasks/V.1`);
    const html = await deep.text();
    const missing = await fetch(`${origin}/app/assets/nothing-here.js`);
    await missing.arrayBuffer();

    expect([root.status, root.headers.get("location")]).toEqual([302, "/app/"]);
    expect(deep.status).toBe(200);
    expect(deep.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(deep.headers.get("content-security-policy")).toContain("script-src 'self';");
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    // Outside production the page carries the local committee token, as the explorer does.
    expect(html).toContain('<meta name="hpig-dev-token"');
    expect(missing.status).toBe(404);

    // Scripts go out as the build's precompressed copy to a browser that takes gzip (fetch does, and unpacks it).
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)![1];
    const packed = await fetch(`${origin}${script}`, { headers: { "accept-encoding": "gzip" } });
    const body = await packed.text();
    expect(packed.headers.get("content-encoding")).toBe("gzip");
    expect(packed.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(packed.headers.get("vary")).toContain("Accept-Encoding");
    expect(body.length).toBeGreaterThan(1000);
    const plain = await fetch(`${origin}${script}`, { headers: { "accept-encoding": "identity" } });
    expect([plain.headers.get("content-encoding"), (await plain.text()).length]).toEqual([null, body.length]);
  });

  it("routes /spreadsheets/… to the unit's domain, answering an unknown unit or a missing token itself", async () => {
    const get = async (path: string, token?: string) => {
      const response = await fetch(`${origin}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
      return [response.status, ((await response.json()) as { error: string }).error];
    };

    expect(await get("/spreadsheets/template?agency=NOPE&year=2016", tokens["committee"])).toEqual([404, "NOT_FOUND"]);
    // GDDT leads tasks but reports in no domain.
    expect(await get("/spreadsheets/template?agency=GDDT&year=2016", tokens["committee"])).toEqual([404, "NOT_FOUND"]);
    expect(await get("/spreadsheets/template?year=2016", tokens["committee"])).toEqual([400, "BAD_USER_INPUT"]);
    expect(await get("/spreadsheets/template?agency=KHCN&year=2016")).toEqual([401, "UNAUTHENTICATED"]);
    const upload = await fetch(`${origin}/spreadsheets/upload?dryRun=true`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens["viewer"]}`, "content-type": "text/csv" },
      body: "indicator_code,period,value,status\n",
    });
    // A viewer's upload reaches LDTBXH's domain (the viewer's own agency), which refuses it.
    expect([upload.status, ((await upload.json()) as { error: string }).error]).toEqual([403, "FORBIDDEN"]);
  });

  it("signs in with a pasted token, shows who and what role, and sends a refused token back to sign-in", async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/app/`);
    await page.getByLabel("Mã truy cập").fill(tokens["viewer"]);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.locator("[data-user-name]").waitFor();

    expect(await text(page, "[data-user-name]")).toBe("Phạm Thu Hà");
    expect(await text(page, "[data-user-role]")).toBe("Vai trò: Người xem");
    expect(await text(page, "[data-user-agency]")).toBe("Đơn vị: LDTBXH");
    await screenshot(page, "sign-in-done");

    // A token signed with another key: the API answers 401, and the app asks to sign in again.
    const [header, payload] = tokens["viewer"].split(".");
    await page.evaluate(keepToken(`${header}.${payload}.AAAA`));
    await page.goto(`${origin}/app/`);
    await page.getByRole("button", { name: "Đăng nhập" }).waitFor();
    expect(await page.getByRole("alert").first().innerText()).toMatch(/đăng nhập lại/);
    await page.close();
  });

  it("shows the overview as of a date with the figures the graph returns, in Vietnamese formats", async () => {
    const started = Date.now();
    const page = await open(`/?asOf=${AS_OF}`, tokens["committee"]);
    await page.locator("[data-section=targets] [data-target]").first().waitFor();
    const { taskSummary, overdue, notReported, plan, reportingCycle } = dataOf(
      await federation.query<{
        taskSummary: Summary;
        overdue: Array<{ code: string }>;
        notReported: Array<{ code: string }>;
        plan: { targets: Array<{ code: string; verdict: { outcome: string } | null }> };
        reportingCycle: {
          obligations: Array<{ agencyCode: string; submission: { receivedItems: number; expectedItems: number } }>;
        };
      }>(
        `query ($asOf: LocalDate!) {
          taskSummary(asOf: $asOf, groupBy: GROUP) { total byStatus { status count } buckets { key total byStatus { status count } } }
          overdue: tasks(filter: { status: OVERDUE, asOf: $asOf }) { code }
          notReported: tasks(filter: { status: NOT_REPORTED, asOf: $asOf }) { code }
          plan { targets { code verdict(asOf: $asOf) { outcome } } }
          reportingCycle(year: 2015) { obligations { agencyCode submission { receivedItems expectedItems } } }
        }`,
        { asOf: AS_OF },
      ),
    );

    expect(await text(page, "[data-count=TOTAL] .tile-number")).toBe(String(taskSummary.total));
    for (const { status, count } of taskSummary.byStatus) {
      expect([status, await text(page, `[data-count=${status}] .tile-number`)]).toEqual([status, String(count)]);
    }
    for (const bucket of taskSummary.buckets) {
      const row = `[data-table=by-group] [data-bucket="${bucket.key}"]`;
      expect(await text(page, `${row} [data-status=TOTAL]`)).toBe(String(bucket.total));
      for (const { status, count } of bucket.byStatus) {
        expect(await text(page, `${row} [data-status=${status}]`)).toBe(String(count));
      }
    }
    expect(
      await page
        .locator("[data-list=OVERDUE] [data-task]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-task"))),
    ).toEqual(overdue.map((task) => task.code));
    expect(
      await page
        .locator("[data-list=NOT_REPORTED] [data-task]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-task"))),
    ).toEqual(notReported.map((task) => task.code));
    for (const target of plan.targets) {
      expect(await page.locator(`[data-target="${target.code}"] [data-outcome]`).getAttribute("data-outcome")).toBe(
        target.verdict!.outcome,
      );
    }
    // asOf 30/06/2016 looks back on the December 2015 cycle.
    expect(await text(page, "[data-section=cycle] h2")).toContain("2015");
    for (const { agencyCode, submission } of reportingCycle.obligations) {
      expect(await text(page, `[data-table=cycle] [data-unit=${agencyCode}] [data-items]`)).toBe(
        `${submission.receivedItems} / ${submission.expectedItems}`,
      );
    }
    expect(await page.locator("#as-of").inputValue()).toBe("30/06/2016");
    // ECharts arrives in its own chunk after the figures: wait for the drawn charts.
    await page.locator(".chart svg").nth(1).waitFor();
    measurements["overviewFirstOpenMs"] = Date.now() - started;
    await screenshot(page, "overview");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows a task's assignments, status history and every report with its revisions", async () => {
    const page = await open("/tasks/III.2", tokens["committee"]);
    await page.locator("[data-table=reports] tbody tr").first().waitFor();
    const { task } = dataOf(
      await federation.query<{
        task: {
          status: string;
          assignments: Array<{ agency: { code: string } }>;
          reports: Array<{ period: string; revision: number }>;
        };
      }>(
        `{ task(code: "III.2") { status assignments { agency { code } } reports(includeRevisions: true) { period revision } } }`,
      ),
    );

    expect(await page.locator("[data-current-status] [data-status]").getAttribute("data-status")).toBe(task.status);
    expect(
      await page
        .locator("[data-table=assignments] tbody tr")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-agency"))),
    ).toEqual(task.assignments.map((assignment) => assignment.agency.code));
    expect(await page.locator("[data-table=reports] tbody tr").count()).toBe(task.reports.length);
    expect(await page.locator(".status-history li").count()).toBeGreaterThan(0);
    await screenshot(page, "task");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("draws an indicator's series, lists its revisions and breakdown, and downloads it as CSV and XLSX", async () => {
    const { indicators } = dataOf(
      await federation.query<{ indicators: Array<{ code: string; dimensions: Array<{ code: string }> | null }> }>(
        "{ indicators { code dimensions { code } } }",
      ),
    );
    const code = indicators.find((indicator) => (indicator.dimensions?.length ?? 0) > 0)!.code;
    const { indicator } = dataOf(
      await federation.query<{
        indicator: {
          name: string;
          dimensions: Array<{ code: string }>;
          series: Array<{
            period: string;
            value: number;
            revision: number;
            breakdown: Array<{ dimension: string; code: string }>;
          }>;
        };
      }>(
        `query ($code: ID!) { indicator(code: $code) { name dimensions { code } series(includeRevisions: true) { period value revision breakdown { dimension code } } } }`,
        { code },
      ),
    );
    const page = await open(`/indicators/${code}`, tokens["committee"]);
    await page.locator("[data-section=series] .chart svg").waitFor();

    expect(await text(page, "h1")).toContain(indicator.name);
    const dimension = indicator.dimensions[0].code;
    const cells = indicator.series.filter(
      (figure) => figure.breakdown.length === 1 && figure.breakdown[0].dimension === dimension,
    );
    expect(await page.locator(`[data-table="breakdown-${dimension}"] tbody tr`).count()).toBe(
      new Set(cells.map((figure) => figure.breakdown[0].code)).size,
    );
    // One cell's latest figure, written the Vietnamese way.
    const sample = cells.reduce((latest, figure) =>
      figure.period === cells[0].period &&
      figure.breakdown[0].code === cells[0].breakdown[0].code &&
      figure.revision >= latest.revision
        ? figure
        : latest,
    );
    const shown = await text(
      page,
      `[data-table="breakdown-${dimension}"] [data-cell="${sample.breakdown[0].code}"] [data-period="${sample.period}"]`,
    );
    expect(shown).toBe(new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(sample.value));

    for (const [button, extension] of [
      ["Tải CSV", "csv"],
      ["Tải XLSX", "xlsx"],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${code}.${extension}`);
      const file = join(ARTIFACTS, download.suggestedFilename());
      await download.saveAs(file);
      const bytes = readFileSync(file);
      if (extension === "csv") expect(bytes.toString("utf8")).toContain(code);
      else expect(bytes.subarray(0, 2).toString()).toBe("PK");
    }
    await screenshot(page, "indicator");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("lets an editor report progress on the desk, with the API's message for a refused report, and the overview shows it", async () => {
    const { task } = dataOf(
      await federation.query<{ task: { title: string; latestReport: { period: string } } }>(
        `{ task(code: "V.2") { title latestReport { period } } }`,
      ),
    );
    const page = await open("/agencies/LDTBXH", tokens["editor"]);
    const form = page.locator("[data-form=report-progress]");
    await form.waitFor();
    await form.getByLabel("Nhiệm vụ").selectOption("V.2");
    await form.getByLabel(/Kỳ báo cáo/).fill(task.latestReport.period);
    await page.getByText(/đã có báo cáo \(lần \d+\)/).waitFor();
    await form.getByLabel("Tỷ lệ hoàn thành (%)").fill("150");
    await form.getByLabel("Kết quả thực hiện").fill("Điều chỉnh: còn 2 trường chưa hoàn thành đào tạo");
    await form.getByRole("button", { name: "Gửi" }).click();
    const refusal = await page.locator("[data-refusal]").innerText();
    expect(refusal).toMatch(/^Không được chấp nhận: .+/);
    expect(await page.locator("#report-percent-error").count()).toBe(1);

    await form.getByLabel("Tỷ lệ hoàn thành (%)").fill("60");
    await form.getByRole("button", { name: "Gửi" }).click();
    await page.getByText(/Đã ghi nhận báo cáo V\.2/).waitFor();
    await screenshot(page, "agency-editor");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    // A correction to "in progress" after the deadline: V.2 is overdue today, on the overview too.
    await waitForProgressFeed(federation);
    const today = vietnamToday();
    const { overdue } = dataOf(
      await federation.query<{ overdue: Array<{ code: string }> }>(
        `query ($asOf: LocalDate!) { overdue: tasks(filter: { status: OVERDUE, asOf: $asOf }) { code } }`,
        { asOf: today },
      ),
    );
    expect(overdue.map((entry) => entry.code)).toContain("V.2");
    const overview = await open(`/?asOf=${today}`, tokens["committee"]);
    await overview.locator("[data-list=OVERDUE] [data-task]").first().waitFor();
    expect(
      await overview
        .locator("[data-list=OVERDUE] [data-task]")
        .evaluateAll((items) => items.map((item) => item.getAttribute("data-task"))),
    ).toEqual(overdue.map((entry) => entry.code));
    await overview.close();
  });

  it("lets an editor upload the December spreadsheet: a bad row named, a dry run, then the commit, and the overview shows the unit complete", async () => {
    const missingQuery = `{ agency(code: "KHCN") { obligations(year: 2016) { submission { receivedItems expectedItems missing { indicatorCode period } } } } }`;
    const before = dataOf(
      await federation.query<{
        agency: {
          obligations: Array<{
            submission: {
              receivedItems: number;
              expectedItems: number;
              missing: Array<{ indicatorCode: string; period: string }>;
            };
          }>;
        };
      }>(missingQuery),
    ).agency.obligations[0].submission;
    expect(before.missing.length).toBeGreaterThan(0);
    const template = await fetch(`${origin}/spreadsheets/template?agency=KHCN&year=2016&format=csv`, {
      headers: { authorization: `Bearer ${tokens["science"]}` },
    });
    expect(template.status).toBe(200);
    const lines = (await template.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split(/\r?\n/);
    const headers = lines[0].split(",");
    const column = (name: string) => headers.indexOf(name);
    /** The template with a value in the missing rows only (blank rows are skipped by the upload). */
    const filled = (value: string) =>
      [
        lines[0],
        ...lines.slice(1).map((line) => {
          const cells = line.split(",");
          const wanted = before.missing.some(
            (item) => item.indicatorCode === cells[column("indicator_code")] && item.period === cells[column("period")],
          );
          if (wanted) cells[column("value")] = value;
          return cells.join(",");
        }),
      ].join("\n");

    const page = await open("/agencies/KHCN?year=2016", tokens["science"]);
    const form = page.locator("[data-form=upload]");
    await form.waitFor();
    await form
      .getByLabel(/Tệp số liệu/)
      .setInputFiles({ name: "khcn-2016.csv", mimeType: "text/csv", buffer: Buffer.from(filled("không phải số")) });
    await form.getByRole("button", { name: /Kiểm tra trước/ }).click();
    await page.locator("[data-upload-problems] tbody tr").first().waitFor();
    expect(await page.locator("[data-upload-problems] tbody tr").count()).toBe(before.missing.length);
    expect(await form.getByRole("button", { name: "Ghi nhận số liệu" }).isDisabled()).toBe(true);

    await form
      .getByLabel(/Tệp số liệu/)
      .setInputFiles({ name: "khcn-2016.csv", mimeType: "text/csv", buffer: Buffer.from(filled("3")) });
    await form.getByRole("button", { name: /Kiểm tra trước/ }).click();
    await page.locator("[data-dry-run]").waitFor();
    await form.getByRole("button", { name: "Ghi nhận số liệu" }).click();
    await page.getByText(/^Đã ghi nhận: \d+ mới/).waitFor();
    await page.close();

    const after = dataOf(
      await federation.query<{
        agency: { obligations: Array<{ submission: { receivedItems: number; expectedItems: number } }> };
      }>(missingQuery),
    ).agency.obligations[0].submission;
    expect(after.receivedItems).toBe(after.expectedItems);
    const overview = await open("/?asOf=2016-12-31", tokens["committee"]);
    await overview.locator("[data-table=cycle] [data-unit=KHCN] [data-items]").waitFor();
    expect(await text(overview, "[data-table=cycle] [data-unit=KHCN] [data-items]")).toBe(
      `${after.receivedItems} / ${after.expectedItems}`,
    );
    await overview.close();
  });

  it("shows a viewer no write control, and the API refuses a forged write from the page", async () => {
    const page = await open("/agencies/LDTBXH", tokens["viewer"]);
    await page.locator("[data-table=led]").waitFor();
    await page.locator("[data-obligation]").first().waitFor();

    expect(await page.locator("[data-form]").count()).toBe(0);
    const answer = await page.evaluate(async (token) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: `mutation { labour { reportTaskProgress(input: { taskCode: "V.1", period: "2015", state: IN_PROGRESS, percentComplete: 10, summary: "x" }) { revision } } }`,
        }),
      });
      return (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    }, tokens["viewer"]);
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await screenshot(page, "agency-viewer");
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("prints the quarterly report as an A4 administrative document with the quốc hiệu, the period and every overdue task, the same on two prints", async () => {
    const { quarterlyReport } = dataOf(
      await federation.query<{ quarterlyReport: { summary: Summary; overdue: Array<{ code: string }> } }>(
        `{ quarterlyReport(period: "2016-Q2") { summary { total byStatus { status count } } overdue { code } } }`,
      ),
    );
    const page = await open("/reports/2016-Q2", tokens["office"]);
    await page.locator("[data-document='2016-Q2']").waitFor();
    for (const { status, count } of quarterlyReport.summary.byStatus) {
      expect(await text(page, `[data-table=document-summary] [data-status=${status}]`)).toBe(String(count));
    }
    expect(await page.locator("[data-form=sections]").count()).toBe(1);
    await screenshot(page, "report");
    expect(await seriousViolations(page)).toEqual([]);

    await page.emulateMedia({ media: "print" });
    const pdfs = [
      await page.pdf({ format: "A4", preferCSSPageSize: true }),
      await page.pdf({ format: "A4", preferCSSPageSize: true }),
    ];
    const dir = mkdtempSync(join(tmpdir(), "hpig-pdf-"));
    try {
      const pages = pdfs.map((pdf, index) => {
        const file = join(dir, `report-${index}.pdf`);
        writeFileSync(file, pdf);
        const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
        return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
      });
      writeFileSync(join(ARTIFACTS, "report-2016-Q2.pdf"), pdfs[0]);
      const printed = execFileSync("pdftotext", ["-layout", join(dir, "report-0.pdf"), "-"], { encoding: "utf8" });

      expect(pages[0]).toBeGreaterThan(1);
      expect(pages[1]).toBe(pages[0]);
      expect(printed).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(printed).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(printed).toContain("quý II năm 2016");
      for (const { code } of quarterlyReport.overdue)
        expect(printed).toMatch(new RegExp(`(^|\\s)${code.replace(".", "\\.")}\\s`, "m"));
      // Page numbers at the top of the pages after the first.
      expect(printed).toMatch(/^\s+2\s*$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });

  it("renders the six-monthly and annual reviews", async () => {
    for (const period of ["2016-H1", "2016"]) {
      const page = await open(`/reports/${period}`, tokens["committee"]);
      await page.locator(`[data-document='${period}']`).waitFor();
      expect(await text(page, ".document-title")).toBe(period === "2016" ? "BÁO CÁO TỔNG KẾT" : "BÁO CÁO SƠ KẾT");
      await screenshot(page, `review-${period}`);
      await page.close();
    }
  });

  /** The API's own message for an operation it refuses, as `headers`' caller; nothing is written. */
  async function refusalFromApi(query: string, variables: Record<string, unknown>, token: string): Promise<string> {
    const answer = await federation.query(query, variables, { authorization: `Bearer ${token}` });
    expect(answer.errors?.length).toBeGreaterThan(0);
    return answer.errors![0].message;
  }

  /** A Viet Nam date `days` after today. */
  const daysFromToday = (days: number) =>
    new Date(Date.parse(`${vietnamToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it("lets the standing office write the quarterly report's sections and submit it, with the API's message for a refusal", async () => {
    const period = "2016-Q3";
    const page = await open(`/reports/${period}`, tokens["office"]);
    const sections = page.locator("[data-form=sections]");
    await sections.waitFor();
    const submitForm = page.locator("[data-form=submit-report]");
    await submitForm.getByLabel("Số văn bản").fill("45/BC-BCĐ");
    await submitForm.getByLabel("Người ký").fill("Trần Thị Bình");

    // No overall assessment yet: the API refuses the submission, and the page says so in its words.
    const { quarterlyReport: draft } = dataOf(
      await federation.query<{ quarterlyReport: { revision: number; state: string } }>(
        `{ quarterlyReport(period: "${period}") { revision state } }`,
      ),
    );
    await submitForm.getByRole("button", { name: "Trình báo cáo" }).click();
    const refused = await submitForm.locator("[data-refusal]").innerText();
    const submitMutation = `mutation ($input: SubmitQuarterlyReportInput!) { committee { submitQuarterlyReport(input: $input) { state } } }`;
    const apiMessage = await refusalFromApi(
      submitMutation,
      {
        input: {
          period,
          expectedRevision: draft.revision,
          documentNumber: "45/BC-BCĐ",
          submittedOn: vietnamToday(),
          signedBy: "Trần Thị Bình",
        },
      },
      tokens["office"],
    );
    expect(refused).toBe(`Không được chấp nhận: ${apiMessage}`);

    const assessment = "Quý III năm 2016, các sở, ngành đã triển khai đúng tiến độ phần lớn nhiệm vụ (thử nghiệm web).";
    await sections.locator("#section-OVERALL_ASSESSMENT").fill(assessment);
    await sections.getByRole("button", { name: "Lưu" }).click();
    await sections.getByText("Đã lưu.").waitFor();
    // The document is compiled again with the saved text (and the revision the submit form sends).
    await page.locator(`[data-document='${period}']`).getByText(assessment).waitFor();
    const { quarterlyReport: saved } = dataOf(
      await federation.query<{ quarterlyReport: { revision: number; sections: Array<{ key: string; text: string }> } }>(
        `{ quarterlyReport(period: "${period}") { revision sections { key text } } }`,
      ),
    );
    expect(saved.sections.find((section) => section.key === "OVERALL_ASSESSMENT")?.text).toBe(assessment);
    expect(saved.revision).toBe(draft.revision + 1);

    await submitForm.getByRole("button", { name: "Trình báo cáo" }).click();
    // The forms go once the report reads back submitted, so wait for that (or a refusal, to show it).
    const submittedNotice = page.locator("[data-submitted]");
    await submittedNotice.or(submitForm.locator("[data-refusal]")).first().waitFor();
    expect(await page.locator("[data-refusal]").allInnerTexts()).toEqual([]);
    expect(await submittedNotice.innerText()).toContain(vietnamToday().split("-").reverse().join("/"));
    await page.locator(`[data-document='${period}'][data-state=SUBMITTED]`).waitFor();
    const { quarterlyReport: submitted } = dataOf(
      await federation.query<{ quarterlyReport: { state: string; documentNumber: string; submittedOn: string } }>(
        `{ quarterlyReport(period: "${period}") { state documentNumber submittedOn } }`,
      ),
    );
    expect(submitted).toEqual({ state: "SUBMITTED", documentNumber: "45/BC-BCĐ", submittedOn: vietnamToday() });
    expect(await page.locator(`[data-document='${period}']`).innerText()).toContain("45/BC-BCĐ");
    // Frozen: no more editing.
    expect(await page.locator("[data-form=sections], [data-form=submit-report]").count()).toBe(0);
    await screenshot(page, "report-submitted");
    await page.close();
  });

  it("lets the standing office record a review meeting and correct it, with the API's message for a refusal", async () => {
    const period = "2016-H1";
    const page = await open(`/reports/${period}`, tokens["office"]);
    const form = page.locator("[data-form=record-review]");
    await form.waitFor();
    await form.getByLabel("Ngày họp").fill("15/07/2016");
    // No participants and no conclusions: refused.
    await form.getByRole("button", { name: "Ghi nhận cuộc họp" }).click();
    const refused = await form.locator("[data-refusal]").innerText();
    const recordMutation = `mutation ($input: RecordReviewInput!) { committee { recordReview(input: $input) { state } } }`;
    const apiMessage = await refusalFromApi(
      recordMutation,
      { input: { period, meetingDate: "2016-07-15", participants: [], conclusions: "" } },
      tokens["office"],
    );
    expect(refused).toBe(`Không được chấp nhận: ${apiMessage}`);

    await form.getByLabel(/Thành phần dự/).fill("Ban chỉ đạo\nSở Công Thương");
    await form.getByLabel("Kết luận").fill("Các sở, ngành tập trung hoàn thành nhiệm vụ quá hạn trong quý III.");
    await form.getByLabel("Số văn bản").fill("12/TB-BCĐ");
    await form.getByRole("button", { name: "Ghi nhận cuộc họp" }).click();
    await page.getByText("Đã ghi nhận cuộc họp.").waitFor();
    await page.locator(`[data-document='${period}'][data-state=RECORDED]`).waitFor();
    const { review } = dataOf(
      await federation.query<{
        review: { state: string; meetingDate: string; participants: string[]; documentNumber: string };
      }>(`{ review(period: "${period}") { state meetingDate participants documentNumber } }`),
    );
    expect(review).toEqual({
      state: "RECORDED",
      meetingDate: "2016-07-15",
      participants: ["Ban chỉ đạo", "Sở Công Thương"],
      documentNumber: "12/TB-BCĐ",
    });
    expect(await page.locator(`[data-document='${period}']`).innerText()).toContain("12/TB-BCĐ");

    // Recorded again: a correction of the meeting's record, as the next revision.
    const { review: recorded } = dataOf(
      await federation.query<{ review: { revision: number } }>(`{ review(period: "${period}") { revision } }`),
    );
    const corrected = "Các sở, ngành hoàn thành nhiệm vụ quá hạn trước ngày 30/9/2016.";
    await form.getByLabel("Kết luận").fill(corrected);
    await form.getByRole("button", { name: "Ghi nhận cuộc họp" }).click();
    await page.locator(`[data-document='${period}']`).getByText(corrected).waitFor();
    const { review: correction } = dataOf(
      await federation.query<{ review: { revision: number; conclusions: string } }>(
        `{ review(period: "${period}") { revision conclusions } }`,
      ),
    );
    expect(correction).toEqual({ revision: recorded.revision + 1, conclusions: corrected });
    await page.close();

    // The year's review (tổng kết) is recorded the same way.
    const annual = await open("/reports/2016", tokens["office"]);
    const annualForm = annual.locator("[data-form=record-review]");
    await annualForm.waitFor();
    await annualForm.getByLabel("Ngày họp").fill("20/12/2016");
    await annualForm.getByLabel(/Thành phần dự/).fill("Ban chỉ đạo");
    await annualForm.getByLabel("Kết luận").fill("Tổng kết năm 2016 (thử nghiệm web).");
    await annualForm.getByRole("button", { name: "Ghi nhận cuộc họp" }).click();
    await annual.locator("[data-document='2016'][data-state=RECORDED]").waitFor();
    const { review: year } = dataOf(
      await federation.query<{ review: { state: string; meetingDate: string } }>(
        `{ review(period: "2016") { state meetingDate } }`,
      ),
    );
    expect(year).toEqual({ state: "RECORDED", meetingDate: "2016-12-20" });
    await annual.close();
  });

  it("round-trips a directive: issued by the committee, answered on the desk by an editor, the answer shown", async () => {
    const text = "Báo cáo kết quả đào tạo nghề cho lao động khu kinh tế (thử nghiệm web)";
    const { committee } = dataOf(
      await federation.query<{ committee: { issueDirective: { id: string } } }>(
        `mutation ($input: IssueDirectiveInput!) { committee { issueDirective(input: $input) { id } } }`,
        { input: { agencyCode: "LDTBXH", text, dueOn: daysFromToday(30) } },
      ),
    );
    const id = committee.issueDirective.id;
    const page = await open("/agencies/LDTBXH", tokens["editor"]);
    const item = page.locator(`[data-list=to-answer] [data-directive="${id}"]`);
    await item.waitFor();
    expect(await item.innerText()).toContain(text);

    // A blank answer: refused, in the API's words.
    await item.getByRole("button", { name: "Trả lời chỉ đạo" }).click();
    const apiMessage = await refusalFromApi(
      `mutation ($input: RespondToDirectiveInput!) { committee { respondToDirective(input: $input) { id } } }`,
      { input: { directiveId: id, text: "" } },
      tokens["editor"],
    );
    expect(await item.locator("[data-refusal]").innerText()).toBe(`Không được chấp nhận: ${apiMessage}`);

    const answer = "Đã đào tạo nghề cho 1.250 lao động, đạt 104% kế hoạch";
    await item.getByLabel("Nội dung trả lời").fill(answer);
    await item.getByLabel(/Số văn bản/).fill("215/BC-SLĐTBXH");
    await item.getByRole("button", { name: "Trả lời chỉ đạo" }).click();
    const answered = page.locator(`[data-list=answered] [data-directive="${id}"]`);
    await answered.locator("[data-response-text]").waitFor();
    const { agency } = dataOf(
      await federation.query<{
        agency: {
          directives: Array<{ id: string; status: string; responses: Array<{ text: string; documentRef: string }> }>;
        };
      }>(`{ agency(code: "LDTBXH") { directives { id status responses { text documentRef } } } }`),
    );
    const directive = agency.directives.find((candidate) => candidate.id === id)!;
    expect(directive.status).toBe("RESPONDED");
    expect(directive.responses).toEqual([{ text: answer, documentRef: "215/BC-SLĐTBXH" }]);
    expect(await answered.locator("[data-response-text]").allInnerTexts()).toEqual([answer]);
    expect(await page.locator(`[data-list=to-answer] [data-directive="${id}"]`).count()).toBe(0);
    await page.close();
  });

  it("lets an editor propose an adjustment (the API's message for a bad one) and the standing office decide it on the desk", async () => {
    const page = await open("/agencies/LDTBXH", tokens["editor"]);
    const form = page.locator("[data-form=propose]");
    await form.waitFor();
    await form.getByLabel("Nhiệm vụ", { exact: true }).selectOption("V.1");
    await form.getByLabel("Năm bắt đầu mới").fill("2020");
    await form.getByLabel("Năm kết thúc mới").fill("2018");
    await form.getByLabel("Lý do").fill("Cần thêm thời gian hoàn thành đề án");
    await form.getByRole("button", { name: "Gửi" }).click();
    const proposeMutation = `mutation ($input: ProposeAdjustmentInput!) { committee { proposeAdjustment(input: $input) { id } } }`;
    const badYears = await refusalFromApi(
      proposeMutation,
      { input: { taskCode: "V.1", startYear: 2020, endYear: 2018, reason: "Cần thêm thời gian hoàn thành đề án" } },
      tokens["editor"],
    );
    expect(await form.locator("[data-refusal]").innerText()).toBe(`Không được chấp nhận: ${badYears}`);

    const note = "Sở Giáo dục và Đào tạo phối hợp xây dựng chương trình đào tạo (thử nghiệm web)";
    await form.getByLabel("Năm bắt đầu mới").fill("");
    await form.getByLabel("Năm kết thúc mới").fill("");
    await form.getByLabel("Ghi chú phối hợp").fill(note);
    await form.getByRole("button", { name: "Gửi" }).click();
    const sent = await form.getByText(/^Đã gửi đề xuất số \d+\.$/).innerText();
    const id = /số (\d+)/.exec(sent)![1];
    await page.locator(`[data-table=proposals] [data-proposal="${id}"]`).waitFor();
    const { adjustmentProposals } = dataOf(
      await federation.query<{ adjustmentProposals: Array<{ id: string; state: string }> }>(
        `{ adjustmentProposals(filter: { agency: "LDTBXH" }) { id state } }`,
      ),
    );
    expect(
      await page
        .locator("[data-table=proposals] [data-proposal]")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-proposal"))),
    ).toEqual(adjustmentProposals.map((proposal) => proposal.id));
    expect(adjustmentProposals.find((proposal) => proposal.id === id)?.state).toBe("PENDING");
    // The editor proposes; only the standing office decides.
    expect(await page.locator("[data-form=decide]").count()).toBe(0);
    await page.close();

    const desk = await open("/agencies/LDTBXH", tokens["office"]);
    const row = desk.locator(`[data-table=proposals] [data-proposal="${id}"]`);
    const decide = row.locator("[data-form=decide]");
    await decide.waitFor();
    await decide.getByLabel("Số quyết định").fill("1234/QĐ-UBND");
    const future = daysFromToday(10);
    await decide.getByLabel("Ngày quyết định").fill(future.split("-").reverse().join("/"));
    await decide.getByRole("button", { name: "Ghi nhận quyết định" }).click();
    const decideMutation = `mutation ($input: DecideProposalInput!) { committee { decideProposal(input: $input) { id } } }`;
    const badDate = await refusalFromApi(
      decideMutation,
      { input: { id, approved: true, decisionNumber: "1234/QĐ-UBND", decidedOn: future } },
      tokens["office"],
    );
    expect(await decide.locator("[data-refusal]").innerText()).toBe(`Không được chấp nhận: ${badDate}`);

    await decide.getByLabel("Ngày quyết định").fill(vietnamToday().split("-").reverse().join("/"));
    await decide.getByRole("button", { name: "Ghi nhận quyết định" }).click();
    await row.locator("[data-state=APPROVED]").waitFor();
    const { task } = dataOf(
      await federation.query<{ task: { coordinationNote: string } }>(`{ task(code: "V.1") { coordinationNote } }`),
    );
    expect(task.coordinationNote).toBe(note);
    expect(await row.locator("[data-decision]").innerText()).toContain("1234/QĐ-UBND");
    await screenshot(desk, "agency-proposals");
    expect(await seriousViolations(desk)).toEqual([]);
    await desk.close();

    // The task's page lists it too, with the decision.
    const taskPage = await open("/tasks/V.1", tokens["committee"]);
    await taskPage.locator(`[data-table=proposals] [data-proposal="${id}"] [data-state=APPROVED]`).waitFor();
    expect(await taskPage.locator(`[data-proposal="${id}"] [data-decision]`).innerText()).toContain("1234/QĐ-UBND");
    await taskPage.close();
  });

  it("switches to English: English labels, numbers 1,234.5, dates still dd/mm/yyyy", async () => {
    const { indicators } = dataOf(
      await federation.query<{ indicators: Array<{ code: string; dimensions: Array<{ code: string }> | null }> }>(
        "{ indicators { code dimensions { code } } }",
      ),
    );
    const code = indicators.find((indicator) => (indicator.dimensions?.length ?? 0) > 0)!.code;
    const { indicator } = dataOf(
      await federation.query<{
        indicator: {
          dimensions: Array<{ code: string }>;
          series: Array<{ period: string; value: number; breakdown: Array<{ dimension: string; code: string }> }>;
        };
      }>(
        `query ($code: ID!) { indicator(code: $code) { dimensions { code } series { period value breakdown { dimension code } } } }`,
        { code },
      ),
    );
    // Its own browser profile, so the choice (kept in localStorage) does not reach the other tests.
    const english = await newContext();
    const page = await open(`/?asOf=${AS_OF}`, tokens["committee"], english);
    await page.locator("[data-count=TOTAL] .tile-number").waitFor();
    expect(await text(page, "h1")).toBe("Tổng quan tình hình thực hiện");
    await page.getByRole("button", { name: "English" }).click();
    expect(await text(page, "h1")).toBe("Overview of the plan's progress");
    expect(await page.getByRole("navigation").getByRole("link", { name: "Overview" }).count()).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("#as-of").inputValue()).toBe("30/06/2016");

    // The choice holds on the next page opened.
    await page.goto(`${origin}/app/indicators/${code}`);
    const dimension = indicator.dimensions[0].code;
    const sample = indicator.series.find(
      (figure) => figure.breakdown.length === 1 && figure.breakdown[0].dimension === dimension,
    )!;
    const cell = `[data-table="breakdown-${dimension}"] [data-cell="${sample.breakdown[0].code}"] [data-period="${sample.period}"]`;
    await page.locator(cell).waitFor();
    expect(await text(page, cell)).toBe(
      new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }).format(sample.value),
    );
    expect(await page.getByRole("button", { name: "Download CSV" }).count()).toBe(1);
    await screenshot(page, "indicator-english");
    await english.close();
  });

  it("measures each route's load, cold and warm, and no request leaves the gateway", async () => {
    /** One load of `path` until `ready` shows, then until the network is idle: time, requests and bytes on the wire. */
    const measureLoad = async (page: Page, path: string, ready: string[]) => {
      const finished: Array<Promise<{ url: string; kind: string; bytes: number }>> = [];
      const listener = (request: Request) =>
        finished.push(
          request.sizes().then((sizes) => ({
            url: request.url(),
            kind: request.resourceType(),
            bytes: sizes.responseBodySize,
          })),
        );
      page.on("requestfinished", listener);
      const started = Date.now();
      await page.goto(`${origin}/app${path}`);
      for (const selector of ready) await page.locator(selector).first().waitFor();
      const usableMs = Date.now() - started;
      await page.waitForLoadState("networkidle");
      page.off("requestfinished", listener);
      const requests = await Promise.all(finished);
      const bytesByKind: Record<string, number> = {};
      // The browser's cache answers with no body size (-1): those count as cached, not as bytes.
      const cached = requests.filter((request) => request.bytes < 0);
      for (const { kind, bytes } of requests) if (bytes >= 0) bytesByKind[kind] = (bytesByKind[kind] ?? 0) + bytes;
      return {
        usableMs,
        requests: requests.length,
        fromCache: cached.length,
        graphqlRequests: requests.filter((request) => request.url.endsWith("/graphql")).length,
        bytesByKind,
      };
    };
    const routes: Array<[string, string, string[]]> = [
      [
        "overview",
        `/?asOf=${AS_OF}`,
        ["[data-count=TOTAL] .tile-number", "[data-table=cycle] [data-items]", "[data-target] [data-outcome]"],
      ],
      ["task", "/tasks/III.2", ["[data-table=reports] tbody tr"]],
      ["indicator", "/indicators/IIP_GROWTH", ["[data-section=series] .chart svg"]],
      ["agency", "/agencies/LDTBXH", ["[data-table=led]", "[data-obligation]"]],
      ["report", "/reports/2016-Q2", ["[data-document='2016-Q2']"]],
    ];
    const loads: Record<string, unknown> = {};
    for (const [name, path, ready] of routes) {
      // A fresh profile: nothing cached (cold); then the same page opened again (warm).
      const cold = await newContext({ httpCache: true });
      const page = await cold.newPage();
      await page.addInitScript({ content: keepToken(tokens["committee"]) });
      loads[name] = { cold: await measureLoad(page, path, ready), warm: await measureLoad(page, path, ready) };
      await cold.close();
    }
    measurements["bundle"] = bundleSizes();
    measurements["loads"] = loads;
    console.log(`web app loads: ${JSON.stringify(loads)}; bundle: ${JSON.stringify(measurements["bundle"])}`);

    expect(elsewhere).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("keeps the overview working with a domain stopped, that domain's part marked unavailable", async () => {
    await federation.stopSubgraph("industry");
    const page = await open(`/?asOf=${AS_OF}`, tokens["committee"]);
    await page.locator("[data-count=TOTAL] .tile-number").waitFor();
    await page.locator("[data-section=targets] [data-unavailable]").first().waitFor();
    // Each panel is its own request: wait for the cycle's, too, before counting in it.
    await page.locator("[data-table=cycle] [data-unit=THONGKE] [data-unavailable]").waitFor();
    const { taskSummary } = dataOf(
      await federation.query<{ taskSummary: Summary }>(`{ taskSummary(asOf: "${AS_OF}") { total } }`),
    );

    expect(await text(page, "[data-count=TOTAL] .tile-number")).toBe(String(taskSummary.total));
    expect(
      await page.locator("[data-section=targets] [data-unavailable]").first().getAttribute("data-unavailable"),
    ).toBe("industry");
    expect(await page.locator("[data-table=cycle] [data-unit=THONGKE] [data-unavailable]").count()).toBe(1);
    expect(await page.locator("[data-table=cycle] [data-unit=LDTBXH] [data-items]").count()).toBe(1);
    await screenshot(page, "overview-industry-down");
    await page.close();

    // CT's desk: its tasks' statuses (held by industry) unavailable, the rest of the desk as the graph has it.
    const { agency } = dataOf(
      await federation.query<{
        agency: { ledTasks: Array<{ code: string }>; coordinatedTasks: Array<{ code: string }> };
      }>(`{ agency(code: "CT") { ledTasks { code } coordinatedTasks { code } } }`),
    );
    const desk = await open("/agencies/CT", tokens["committee"]);
    await desk.locator("[data-table=led] [data-unavailable]").first().waitFor();
    expect(
      await desk
        .locator("[data-table=led] [data-task]")
        .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-task"))),
    ).toEqual(agency.ledTasks.map((task) => task.code));
    expect(await desk.locator("[data-table=coordinated] [data-task]").count()).toBe(agency.coordinatedTasks.length);
    expect(await desk.locator("[data-section=led] [role=status]").innerText()).toContain("industry");
    await desk.close();
  });
});
