import type { Logger as TypeOrmLogger } from "typeorm";

import type { Logger } from "./logger";
import { currentRequest } from "./request-scope";

/** Statements counted so far for the current request, or undefined outside a request. */
export function currentSqlStatements(): number | undefined {
  return currentRequest()?.sql.statements;
}

/** TypeORM logger that counts every statement for the current request and writes SQL to pino at trace level. */
export class SqlLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    const request = currentRequest();
    if (request) request.sql.statements += 1;
    this.logger.trace({ sql: query }, "sql");
  }

  // A warning, not an error: callers handle expected failures (a unique key taken by a concurrent write).
  logQueryError(error: string | Error, query: string): void {
    this.logger.warn({ sql: query, err: error }, "sql failed");
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ sql: query, ms: time }, "slow sql");
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }
}
