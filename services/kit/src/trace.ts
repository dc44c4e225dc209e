import { randomBytes } from "node:crypto";

/** The W3C Trace Context header (https://www.w3.org/TR/trace-context/) the gateway passes to every subgraph. */
export const TRACEPARENT_HEADER = "traceparent";

/** One process's part of a trace: the trace id shared by all processes, and this process's span. */
export interface TraceContext {
  traceId: string;
  spanId: string;
  /** trace-flags, two hex digits (01: sampled), passed on unchanged. */
  flags: string;
}

// version 00: exactly 4 fields; a later version may add fields after these (the spec's forward rule).
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZEROS = /^0+$/;

/**
 * The trace a request belongs to: the caller's trace id when its `traceparent` is valid
 * (version ff, all-zero ids and malformed headers are ignored, as the spec says), otherwise a new
 * trace; always a new span id for this process.
 */
export function traceOf(header: string | undefined): TraceContext {
  const match = header ? TRACEPARENT.exec(header.trim()) : null;
  const spanId = randomBytes(8).toString("hex");
  if (match) {
    const [, version, traceId, parentId, flags, rest] = match as unknown as [
      string,
      string,
      string,
      string,
      string,
      string?,
    ];
    const valid =
      version !== "ff" && (version !== "00" || !rest) && !ALL_ZEROS.test(traceId) && !ALL_ZEROS.test(parentId);
    if (valid) return { traceId, spanId, flags };
  }
  return { traceId: randomBytes(16).toString("hex"), spanId, flags: "01" };
}

/** The `traceparent` to send downstream: the same trace, this process's span as the parent. */
export function traceparentOf(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}
