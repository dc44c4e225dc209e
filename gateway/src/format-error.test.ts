import { ForbiddenError, type Logger, MAX_MESSAGE_LENGTH, UserInputError } from "@hpig/kit";
import { GraphQLError, type GraphQLFormattedError } from "graphql";

import { BATCH_REFUSAL_MESSAGE, createFormatError } from "./format-error";

function fakeLogger() {
  const error = jest.fn();
  return { logger: { error } as unknown as Logger, error };
}

/** Formats `error` the way Apollo Server does before calling formatError (code defaulted, stack as asked). */
/** The stack trace Apollo adds outside production, as `format` hands it to formatError. */
const STACKTRACE = ["GraphQLError: …", "    at resolver (task.resolver.js:1:1)"];

function format(error: GraphQLError, options: { production: boolean; blockSuggestions?: boolean; logger?: Logger }) {
  const formatted: GraphQLFormattedError = {
    ...error.toJSON(),
    extensions: {
      ...error.extensions,
      code: error.extensions["code"] ?? "INTERNAL_SERVER_ERROR",
      ...(options.production ? {} : { stacktrace: STACKTRACE }),
    },
  };
  return createFormatError({
    production: options.production,
    blockSuggestions: options.blockSuggestions ?? options.production,
    logger: options.logger ?? fakeLogger().logger,
  })(formatted, error);
}

const SQL_FAILURE = new GraphQLError("SQLITE_ERROR: no such table: progress_report", {
  path: ["tasks", 0, "latestReport"],
  originalError: Object.assign(new Error("SQLITE_ERROR: no such table: progress_report"), {
    query: "SELECT * FROM progress_report WHERE task_code = ?",
  }),
});

describe("the gateway's error formatting", () => {
  describe("in production", () => {
    it("masks an unexpected error as 'Internal server error' and logs it in full", () => {
      const { logger, error: logged } = fakeLogger();

      const formatted = format(SQL_FAILURE, { production: true, logger });

      expect(formatted).toEqual({
        message: "Internal server error",
        path: ["tasks", 0, "latestReport"],
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
      expect(logged).toHaveBeenCalledTimes(1);
      const [fields, message] = logged.mock.calls[0] as [Record<string, unknown>, string];
      expect(message).toBe("unexpected error");
      expect(fields["err"]).toBe(SQL_FAILURE.originalError);
      expect(fields["path"]).toEqual(["tasks", 0, "latestReport"]);
    });

    it("masks a subgraph error without a client code, naming only the subgraph", () => {
      const downstream = new GraphQLError("TypeError: Cannot read properties of undefined (reading 'code')", {
        extensions: { code: "DOWNSTREAM_SERVICE_ERROR", serviceName: "labour", stacktrace: ["TypeError: …"] },
      });
      const uncoded = new GraphQLError("connect ECONNREFUSED 10.0.0.7:3306", { extensions: { serviceName: "plan" } });
      const unknownCode = new GraphQLError("ER_LOCK_DEADLOCK: Deadlock found", {
        extensions: { code: "ER_LOCK_DEADLOCK" },
      });

      expect([downstream, uncoded, unknownCode].map((error) => format(error, { production: true }))).toEqual([
        { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "labour" } },
        { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", serviceName: "plan" } },
        { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } },
      ]);
    });

    it("keeps the message, code and details of client errors, without stacktrace or the raw subgraph response", () => {
      const refused = new GraphQLError("Period 2013-H3 is not a period: use 2013, 2013-H1 or 2013-Q1", {
        path: ["labour", "reportTaskProgress"],
        extensions: {
          code: "INVALID_PERIOD",
          details: { field: "period" },
          clientSafe: true,
          serviceName: "labour",
          stacktrace: ["UserInputError: …", "    at checkPeriod (progress.js:1:1)"],
        },
      });
      const unauthenticated = new GraphQLError("401: Unauthorized", {
        extensions: {
          code: "UNAUTHENTICATED",
          response: { url: "http://labour.internal:4004/graphql", status: 401, body: "<html>…</html>" },
        },
      });

      expect(format(refused, { production: true })).toEqual({
        message: "Period 2013-H3 is not a period: use 2013, 2013-H1 or 2013-Q1",
        path: ["labour", "reportTaskProgress"],
        extensions: { code: "INVALID_PERIOD", details: { field: "period" }, serviceName: "labour" },
      });
      expect(format(unauthenticated, { production: true })).toEqual({
        message: "401: Unauthorized",
        extensions: { code: "UNAUTHENTICATED" },
      });
    });
  });

  describe("outside production", () => {
    it("passes an unexpected error on in full, with its stack trace, and logs it", () => {
      const { logger, error: logged } = fakeLogger();

      const formatted = format(SQL_FAILURE, { production: false, logger });

      expect(formatted.message).toBe("SQLITE_ERROR: no such table: progress_report");
      expect(formatted.extensions?.["stacktrace"]).toEqual(STACKTRACE);
      expect(logged).toHaveBeenCalledTimes(1);
    });

    it("does not log client errors", () => {
      const { logger, error: logged } = fakeLogger();

      format(new UserInputError("Unknown agency", "NOT_FOUND"), { production: false, logger });

      expect(logged).not.toHaveBeenCalled();
    });
  });

  it("gives Apollo's refusal of a batch its own code and a clear message", () => {
    const batch = new GraphQLError("Operation batching disabled.", { extensions: { code: "BAD_REQUEST" } });

    expect(format(batch, { production: true })).toEqual({
      message: BATCH_REFUSAL_MESSAGE,
      extensions: { code: "BATCHING_NOT_ALLOWED" },
    });
  });

  it("cuts a message that quotes a huge input, saying how much was cut", () => {
    const summary = "Báo cáo ".repeat(100_000);
    const echo = new GraphQLError(`Variable "$input" got invalid value { summary: "${summary}", bogus: 1 }`, {
      extensions: { code: "BAD_USER_INPUT" },
    });

    const { message } = format(echo, { production: false });

    expect(message).toHaveLength(
      MAX_MESSAGE_LENGTH + ` [${echo.message.length - MAX_MESSAGE_LENGTH} characters cut]`.length + 1,
    );
    expect(message.startsWith('Variable "$input" got invalid value { summary: "Báo cáo')).toBe(true);
    expect(message).toMatch(/… \[\d+ characters cut\]$/);
  });

  it("removes suggestions when asked, whatever their form", () => {
    const messages = [
      'Cannot query field "titl" on type "Task". Did you mean "title"?',
      'Cannot query field "titl" on type "Task". [Suggestion hidden]?',
      'Unknown argument "fitler" on field "Query.tasks". Did you mean "filter"?',
      'Value "LABOR" does not exist in "Domain" enum. Did you mean the enum value "LABOUR"?',
      'Cannot query field "cod" on type "Agency". Did you mean "code", "codes", or "node"?',
    ];
    const formatted = messages.map((message) =>
      format(new GraphQLError(message, { extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }), {
        production: false,
        blockSuggestions: true,
      }),
    );

    expect(formatted.map((error) => error.message)).toEqual([
      'Cannot query field "titl" on type "Task".',
      'Cannot query field "titl" on type "Task".',
      'Unknown argument "fitler" on field "Query.tasks".',
      'Value "LABOR" does not exist in "Domain" enum.',
      'Cannot query field "cod" on type "Agency".',
    ]);
  });

  it("trusts the client-safe flag the kit's errors carry, whatever their code, and does not pass the flag on", () => {
    const domainCode = new UserInputError("Khu công nghiệp XYZ không có trong danh mục", "UNKNOWN_PARK", {
      code: "XYZ",
    });
    const forbidden = new ForbiddenError("Chỉ biên tập viên của BQLKKT được sửa khu công nghiệp");
    const unflagged = new GraphQLError("ER_DUP_ENTRY: Duplicate entry 'XYZ'", { extensions: { code: "UNKNOWN_PARK" } });

    expect([domainCode, forbidden, unflagged].map((error) => format(error, { production: true }))).toEqual([
      {
        message: "Khu công nghiệp XYZ không có trong danh mục",
        extensions: { code: "UNKNOWN_PARK", details: { code: "XYZ" } },
      },
      { message: "Chỉ biên tập viên của BQLKKT được sửa khu công nghiệp", extensions: { code: "FORBIDDEN" } },
      { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } },
    ]);
  });
});
