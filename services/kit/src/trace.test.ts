import { traceOf, traceparentOf } from "./trace";

const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

describe("traceOf", () => {
  it("keeps a valid traceparent's trace id and flags, with a new span for this process", () => {
    const trace = traceOf(`00-${TRACE_ID}-00f067aa0ba902b7-01`);
    expect(trace).toMatchObject({ traceId: TRACE_ID, flags: "01" });
    expect(trace.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(trace.spanId).not.toBe("00f067aa0ba902b7");
    expect(traceparentOf(trace)).toBe(`00-${TRACE_ID}-${trace.spanId}-01`);
  });

  it("accepts a later version's extra fields", () => {
    expect(traceOf(`cc-${TRACE_ID}-00f067aa0ba902b7-01-what-comes-next`).traceId).toBe(TRACE_ID);
  });

  it.each([
    ["none", undefined],
    ["malformed", "not a traceparent"],
    ["upper case", `00-${TRACE_ID.toUpperCase()}-00f067aa0ba902b7-01`],
    ["all-zero trace id", `00-${"0".repeat(32)}-00f067aa0ba902b7-01`],
    ["all-zero parent id", `00-${TRACE_ID}-${"0".repeat(16)}-01`],
    ["version ff", `ff-${TRACE_ID}-00f067aa0ba902b7-01`],
    ["version 00 with extra fields", `00-${TRACE_ID}-00f067aa0ba902b7-01-x`],
  ])("starts a new trace for %s", (_case, header) => {
    const trace = traceOf(header);
    expect(trace.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(trace.traceId).not.toBe(TRACE_ID);
    expect(trace.flags).toBe("01");
  });
});
