/** Renders a service's JSON log line for a terminal: time, service, level, message and the useful fields. */
export function formatLogLine(service: string, line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `[${service}] ${line}`;
  }
  const time = typeof entry["time"] === "string" ? entry["time"].slice(11, 19) : "";
  const level = LEVELS[Number(entry["level"])] ?? "info";
  const res = entry["res"] as { statusCode?: number } | undefined;
  const req = entry["req"] as { method?: string; url?: string } | undefined;
  const details = [
    req ? `${req.method} ${req.url}` : "",
    res?.statusCode ? String(res.statusCode) : "",
    typeof entry["responseTime"] === "number" ? `${entry["responseTime"]}ms` : "",
    typeof entry["sqlStatements"] === "number" ? `sql=${entry["sqlStatements"]}` : "",
    typeof entry["url"] === "string" ? entry["url"] : "",
    entry["err"] ? JSON.stringify(entry["err"]) : "",
  ].filter(Boolean);
  const msg = entry["msg"] ?? "";
  const message = typeof msg === "string" ? msg : JSON.stringify(msg);
  return `${time} [${service}] ${level} ${message} ${details.join(" ")}`.trimEnd();
}

const LEVELS: Record<number, string> = { 10: "trace", 20: "debug", 30: "info", 40: "WARN", 50: "ERROR", 60: "FATAL" };
