import { requestLogLevel } from "./http";

describe("requestLogLevel", () => {
  const SLOW = 1_000;

  it("writes an everyday answer at debug only", () => {
    expect(requestLogLevel(200, 12, SLOW)).toBe("debug");
  });

  it("writes a slow answer at warn, however it ended short of a failure", () => {
    expect(requestLogLevel(200, SLOW, SLOW)).toBe("warn");
    expect(requestLogLevel(404, 5_000, SLOW)).toBe("warn");
  });

  it("writes a refusal at info and a failure at error", () => {
    expect(requestLogLevel(401, 3, SLOW)).toBe("info");
    expect(requestLogLevel(500, 3, SLOW)).toBe("error");
    expect(requestLogLevel(503, 5_000, SLOW)).toBe("error");
  });
});
