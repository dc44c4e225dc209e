import { ErrorCode, type Logger, MAX_MESSAGE_LENGTH } from "@hpig/kit";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { AdjustmentErrorCode } from "../../services/plan/src/adjustment/adjustment-rules";
import { DocumentErrorCode } from "../../services/plan/src/committee-report/document-rules";
import { RegistryErrorCode } from "../../services/plan/src/registry-edit/registry-edit";
import { ReportingErrorCode } from "../../services/plan/src/reporting-obligation/reporting-rules";
import { INVALID_OBSERVATIONS, ObservationErrorCode } from "../../services/reporting/src/indicators/observation-errors";
import { ProgressErrorCode } from "../../services/reporting/src/progress/progress-errors";
import { REGISTRY_NOT_SYNCED } from "../../services/reporting/src/registry/sync-task-registry";
import { BATCH_REFUSAL_MESSAGE, CLIENT_ERROR_CODES, createFormatError } from "./format-error";

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

      format(new GraphQLError("Unknown agency", { extensions: { code: "NOT_FOUND" } }), { production: false, logger });

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

  it("knows every client code the kit, plan and reporting declare", () => {
    const declared = [
      ...Object.values(ErrorCode),
      ...Object.values(ReportingErrorCode),
      ...Object.values(RegistryErrorCode),
      ...Object.values(DocumentErrorCode),
      ...Object.values(AdjustmentErrorCode),
      REGISTRY_NOT_SYNCED,
      ...Object.values(ProgressErrorCode),
      ...Object.values(ObservationErrorCode),
      INVALID_OBSERVATIONS,
      "UNAUTHENTICATED",
      "FORBIDDEN",
    ];

    expect(declared.filter((code) => !CLIENT_ERROR_CODES.has(code))).toEqual([]);
  });
});
