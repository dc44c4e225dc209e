/**
 * The spreadsheet and export routes are plain HTTP files, not GraphQL, so they are fetched here:
 * with the session's token, from the gateway's own origin.
 */
export class FileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function refusal(response: Response): Promise<FileRequestError> {
  const body = (await response.json().catch(() => null)) as {
    error?: string;
    message?: string;
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  } | null;
  const graphQLError = body?.errors?.[0];
  return new FileRequestError(
    response.status,
    body?.error ?? graphQLError?.extensions?.code ?? `HTTP_${response.status}`,
    body?.message ?? graphQLError?.message ?? response.statusText,
  );
}

/** Downloads a file the gateway serves and hands it to the browser under the name it gives. */
export async function downloadFile(path: string, token: string, fallbackName: string): Promise<void> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw await refusal(response);
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A spreadsheet upload's answer: a summary when every row is good, the problems by row otherwise. */
export interface UploadSummary {
  dryRun: boolean;
  rows: number;
  skipped: number;
  created: number;
  revised: number;
  unchanged: number;
  warnings: Array<{ row: number; message: string }>;
}

export interface UploadProblem {
  row: number;
  column: string;
  code: string;
  message: string;
}

export type UploadOutcome =
  { ok: true; summary: UploadSummary } | { ok: false; message: string; problems: UploadProblem[] };

/** Sends a unit's spreadsheet (the file itself as the body) through the gateway to its domain. */
export async function uploadSpreadsheet(
  file: File,
  options: { agency: string; dryRun: boolean; token: string },
): Promise<UploadOutcome> {
  const query = new URLSearchParams({ agency: options.agency, dryRun: String(options.dryRun) });
  const response = await fetch(`/spreadsheets/upload?${query}`, {
    method: "POST",
    headers: {
      authorization: `Bearer ${options.token}`,
      "content-type": file.type || "application/octet-stream",
    },
    body: file,
  });
  if (response.status === 422) {
    const body = (await response.json()) as { message: string; problems: UploadProblem[] };
    return { ok: false, message: body.message, problems: body.problems };
  }
  if (!response.ok) throw await refusal(response);
  return { ok: true, summary: (await response.json()) as UploadSummary };
}
