import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { parseArgs } from "node:util";

import { listSubgraphs } from "./registry";

const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const USAGE = `Usage:
  npm run upload -- <file.xlsx|file.csv> --subgraph <name> [--token <jwt>] [--dry-run] [--url http://host:port]
  npm run upload -- --template <AGENCY> --year <YYYY> --subgraph <name> [--token <jwt>] [--format xlsx|csv] [--out <file>] [--url http://host:port]

Uploads a filled December template to a domain subgraph (all rows recorded, or none), or downloads
a unit's template. The token (--token, else HPIG_TOKEN) signs you in: an upload needs an editor of
the unit whose figures the file holds, and records you as their reporter (npm run token issues one
on the embedded default). The URL defaults to SUBGRAPH_<NAME>_URL without /graphql, else the
subgraph's registered port on localhost.`;

/** What the command prints to; tests collect it. */
export interface UploadIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Refusal {
  error?: string;
  message?: string;
  problems?: Array<{ row: number; column: string; message: string }>;
}

interface Summary {
  dryRun: boolean;
  rows: number;
  skipped: number;
  created: number;
  revised: number;
  unchanged: number;
  warnings: Array<{ row: number; message: string }>;
}

/**
 * The spreadsheet command: upload a file or download a template. Returns the exit code: 0 done,
 * 1 refused or failed, 2 wrong usage. Paths are relative to where `npm run` was typed (INIT_CWD).
 */
export async function runUpload(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: UploadIo = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) },
): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const usage = (message: string) => {
    io.err(`${message}\n\n${USAGE}`);
    return 2;
  };
  const subgraph = values.subgraph;
  if (!subgraph) return usage("--subgraph is required (e.g. --subgraph investment).");
  let base: string;
  try {
    base = baseUrl(subgraph, values.url, env);
  } catch (error) {
    return usage((error as Error).message);
  }
  const cwd = env["INIT_CWD"] ?? process.cwd();
  const token = values.token ?? env["HPIG_TOKEN"];
  if (!token) return usage("A token is required: --token <jwt> or HPIG_TOKEN (npm run token issues one).");
  const authorization = { authorization: `Bearer ${token}` };

  try {
    if (values.template !== undefined) {
      if (!values.year) return usage("--year is required with --template (e.g. --year 2015).");
      const format = values.format ?? (values.out && extname(values.out) === ".csv" ? "csv" : "xlsx");
      if (format !== "xlsx" && format !== "csv") return usage(`--format is xlsx or csv, not "${format}".`);
      const query = new URLSearchParams({ agency: values.template, year: values.year, format });
      const response = await fetch(`${base}/spreadsheets/template?${query.toString()}`, { headers: authorization });
      if (!response.ok) return refused(response, await response.text(), io);
      const out = resolve(cwd, values.out ?? `template-${values.template.toUpperCase()}-${values.year}.${format}`);
      writeFileSync(out, Buffer.from(await response.arrayBuffer()));
      io.out(`Wrote the ${values.template.toUpperCase()} template for ${values.year} to ${out}`);
      return 0;
    }

    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) return usage("Give one file to upload, or --template.");
    const path = resolve(cwd, file);
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch (error) {
      io.err(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 1;
    }
    const query = new URLSearchParams({ dryRun: String(values["dry-run"] ?? false) });
    const response = await fetch(`${base}/spreadsheets/upload?${query.toString()}`, {
      method: "POST",
      headers: {
        ...authorization,
        "content-type": extname(path).toLowerCase() === ".csv" ? "text/csv" : XLSX_CONTENT_TYPE,
      },
      body,
    });
    const text = await response.text();
    if (response.status !== 200) return refused(response, text, io);
    printSummary(JSON.parse(text) as Summary, basename(path), subgraph, io);
    return 0;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    io.err(`Cannot reach the ${subgraph} subgraph at ${base}${cause ? ` (${cause})` : ""}: is it running (npm start)?`);
    return 1;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      subgraph: { type: "string" },
      token: { type: "string" },
      "dry-run": { type: "boolean" },
      url: { type: "string" },
      template: { type: "string" },
      year: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

/** Where the subgraph listens: --url, its SUBGRAPH_<NAME>_URL (a /graphql URL), or its registered port. */
export function baseUrl(subgraph: string, url: string | undefined, env: NodeJS.ProcessEnv): string {
  if (url) return url.replace(/\/+$/, "").replace(/\/graphql$/, "");
  const fromEnv = env[`SUBGRAPH_${subgraph.toUpperCase()}_URL`];
  if (fromEnv) return fromEnv.replace(/\/+$/, "").replace(/\/graphql$/, "");
  const entries = listSubgraphs();
  const entry = entries.find((candidate) => candidate.name === subgraph);
  if (!entry) throw new Error(`Unknown subgraph "${subgraph}": one of ${entries.map((e) => e.name).join(", ")}.`);
  return `http://localhost:${entry.port}`;
}

function printSummary(summary: Summary, file: string, subgraph: string, io: UploadIo): void {
  const counts = `${summary.created} created, ${summary.revised} revised, ${summary.unchanged} unchanged`;
  const skipped = summary.skipped > 0 ? ` (${summary.skipped} rows with a blank value skipped)` : "";
  io.out(
    summary.dryRun
      ? `Dry run, nothing written: ${file} has ${summary.rows} figures for ${subgraph}${skipped}; they would be ${counts}.`
      : `Recorded ${file} in ${subgraph}: ${summary.rows} figures${skipped}: ${counts}.`,
  );
  for (const warning of summary.warnings) io.out(`warning: row ${warning.row}: ${warning.message}`);
}

function refused(response: Response, text: string, io: UploadIo): number {
  let body: Refusal;
  try {
    body = JSON.parse(text) as Refusal;
  } catch {
    io.err(`The subgraph answered ${response.status}: ${text.slice(0, 300)}`);
    return 1;
  }
  if (body.problems?.length) {
    io.err(`Refused, nothing was recorded: ${body.problems.length} problem${body.problems.length === 1 ? "" : "s"}.`);
    for (const problem of body.problems) io.err(`row ${problem.row}, column ${problem.column}: ${problem.message}`);
  } else {
    io.err(`Refused (${response.status} ${body.error ?? ""}): ${body.message ?? text}`);
  }
  return 1;
}

if (require.main === module) {
  void runUpload(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
