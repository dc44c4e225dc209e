import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort } from "./ports";
import { baseUrl, runUpload } from "./upload";

describe("the upload command", () => {
  let server: Server;
  let url: string;
  let dir: string;
  const received: Array<{
    method: string;
    url: string;
    type: string | undefined;
    authorization: string | undefined;
    body: string;
  }> = [];
  let answer: { status: number; type: string; body: string } = { status: 200, type: "application/json", body: "{}" };

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        received.push({
          method: req.method!,
          url: req.url!,
          type: req.headers["content-type"],
          authorization: req.headers.authorization,
          body: Buffer.concat(chunks).toString("utf8"),
        });
        res.writeHead(answer.status, { "content-type": answer.type }).end(answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), "hpig-upload-"));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    received.length = 0;
  });

  const run = async (argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runUpload(
      argv,
      { INIT_CWD: dir, HPIG_TOKEN: "env-token" },
      { out: (l) => out.push(l), err: (l) => err.push(l) },
    );
    return { code, out, err };
  };

  it("finds the subgraph from --url, SUBGRAPH_<NAME>_URL, or its registered port", () => {
    expect(baseUrl("investment", "http://host:9/graphql", {})).toBe("http://host:9");
    expect(baseUrl("investment", undefined, { SUBGRAPH_INVESTMENT_URL: "http://10.0.0.5:4003/graphql" })).toBe(
      "http://10.0.0.5:4003",
    );
    expect(baseUrl("investment", undefined, {})).toBe("http://localhost:4003");
    expect(() => baseUrl("tourism", undefined, {})).toThrow(/Unknown subgraph "tourism"/);
  });

  it("uploads a CSV file given relative to where npm was run, and prints the summary", async () => {
    writeFileSync(join(dir, "figures.csv"), "indicator_code,period,status,value\r\n");
    answer = {
      status: 200,
      type: "application/json",
      body: JSON.stringify({
        dryRun: true,
        rows: 72,
        skipped: 2,
        created: 70,
        revised: 0,
        unchanged: 2,
        warnings: [{ row: 9, message: "far outside" }],
      }),
    };

    const result = await run([
      "figures.csv",
      "--subgraph",
      "investment",
      "--token",
      "editor-token",
      "--dry-run",
      "--url",
      url,
    ]);

    expect(result.code).toBe(0);
    expect(received).toEqual([
      {
        method: "POST",
        url: "/spreadsheets/upload?dryRun=true",
        type: "text/csv",
        authorization: "Bearer editor-token",
        body: "indicator_code,period,status,value\r\n",
      },
    ]);
    expect(result.out).toEqual([
      "Dry run, nothing written: figures.csv has 72 figures for investment (2 rows with a blank value skipped); they would be 70 created, 0 revised, 2 unchanged.",
      "warning: row 9: far outside",
    ]);
  });

  it("prints each problem by row and column and exits 1 when the file is refused", async () => {
    writeFileSync(join(dir, "figures.xlsx"), "PK");
    answer = {
      status: 422,
      type: "application/json",
      body: JSON.stringify({
        error: "INVALID_OBSERVATIONS",
        message: "1 of 72 rows …",
        problems: [{ row: 7, column: "value", code: "VALUE_OUT_OF_RANGE", message: "at most 100; got 120." }],
      }),
    };

    const result = await run(["figures.xlsx", "--subgraph", "investment", "--url", url]);

    expect(result.code).toBe(1);
    expect(received[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(result.err).toEqual([
      "Refused, nothing was recorded: 1 problem.",
      "row 7, column value: at most 100; got 120.",
    ]);
  });

  it("downloads a template to --out", async () => {
    answer = { status: 200, type: "text/csv", body: "indicator_code,period\r\n" };

    const result = await run([
      "--template",
      "khdt",
      "--year",
      "2015",
      "--subgraph",
      "investment",
      "--out",
      "k.csv",
      "--url",
      url,
    ]);

    expect(result.code).toBe(0);
    expect(received[0].url).toBe("/spreadsheets/template?agency=khdt&year=2015&format=csv");
    expect(received[0].authorization).toBe("Bearer env-token");
    expect(readFileSync(join(dir, "k.csv"), "utf8")).toBe("indicator_code,period\r\n");
  });

  it("explains wrong usage (exit 2) and an unreachable subgraph (exit 1)", async () => {
    // Run without the HPIG_TOKEN that run() sets; collected, so that saying nothing fails too.
    const withoutTokenErr: string[] = [];
    const withoutToken = await runUpload(
      ["f.csv", "--subgraph", "investment", "--url", url],
      {},
      { out: () => undefined, err: (line) => withoutTokenErr.push(line) },
    );
    expect(withoutToken).toBe(2);
    expect(withoutTokenErr).toEqual([
      expect.stringMatching(/^A token is required: --token <jwt> or HPIG_TOKEN .*\n\nUsage:\n/),
    ]);
    const withoutSubgraph = await run(["f.csv", "--token", "t"]);
    expect(withoutSubgraph.code).toBe(2);
    expect(withoutSubgraph.err).toEqual([
      expect.stringMatching(/^--subgraph is required \(e\.g\. --subgraph investment\)\.\n\nUsage:\n/),
    ]);
    const unknownOption = await run(["--bogus"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.err).toEqual([expect.stringMatching(/^Unknown option '--bogus'.*\n\nUsage:\n/)]);
    const closed = `http://127.0.0.1:${await freePort()}`;
    const unreachable = await run([
      "--template",
      "KHDT",
      "--year",
      "2015",
      "--subgraph",
      "investment",
      "--url",
      closed,
    ]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toEqual([
      `Cannot reach the investment subgraph at ${closed} (ECONNREFUSED): is it running (npm start)?`,
    ]);
  });
});
