import type { Fetcher } from "@apollo/utils.fetcher";
import type { Logger } from "@hpig/kit";
import { GraphQLError } from "graphql";
import CircuitBreaker from "opossum";

import type { GatewayConfig } from "./config";

/** How the breakers behave; from the gateway's BREAKER_* settings (config.ts). */
export interface BreakerSettings {
  enabled: boolean;
  /** Failed share of a subgraph's fetches, within the window, that cuts it off. */
  errorPercent: number;
  /** Fetches within the window before the share counts: one slow request never cuts a subgraph off. */
  minRequests: number;
  /** The rolling window the failures are counted in. */
  windowMs: number;
  /** How long a subgraph stays cut off before one probe fetch is let through. */
  openMs: number;
  /** SUBGRAPH_TIMEOUT_MS: a fetch that failed after this long hung; only such failures count. */
  timeoutMs: number;
}

/** The breakers' settings from the gateway's configuration. */
export function breakerSettings(config: GatewayConfig): BreakerSettings {
  return {
    enabled: config.BREAKER_ENABLED,
    errorPercent: config.BREAKER_ERROR_PERCENT,
    minRequests: config.BREAKER_MIN_REQUESTS,
    windowMs: config.BREAKER_WINDOW_MS,
    openMs: config.BREAKER_OPEN_MS,
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
  };
}

/** Why a subgraph is cut off, for /ready and the errors. */
interface OpenState {
  since: Date;
  reason: string;
}

/**
 * One circuit breaker (opossum) per subgraph around its fetches. A fetch that hangs — no answer
 * within SUBGRAPH_TIMEOUT_MS — counts against the subgraph. One that fails fast (nobody listening:
 * a stopped or restarting subgraph) does not: it costs no time, and a subgraph restarted in
 * seconds should not stay cut off for BREAKER_OPEN_MS. When too many hang, the subgraph is cut off for `openMs`: its
 * fetches fail at once with SUBGRAPH_UNAVAILABLE, so its part of every answer is an error within
 * milliseconds instead of a wait of the full timeout, request after request, and the rest of the
 * answer is unaffected. Then one fetch is let through as a probe: an answer closes the breaker,
 * another failure opens it again.
 */
export class SubgraphBreakers {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly open = new Map<string, OpenState>();

  constructor(
    private readonly settings: BreakerSettings,
    private readonly logger: Logger,
  ) {}

  /** Wraps one subgraph's fetcher in its breaker (the fetcher itself is returned when breakers are off). */
  guard(name: string, fetcher: Fetcher): Fetcher {
    if (!this.settings.enabled) return fetcher;
    const call = fetcher as unknown as (input: string, init?: RequestInit) => Promise<unknown>;
    // Told apart by the time they took, whatever the transport's error says.
    const hangs = new WeakSet<object>();
    const timed = async (input: string, init?: RequestInit) => {
      const started = performance.now();
      try {
        return await call(input, init);
      } catch (error) {
        if (typeof error === "object" && error && performance.now() - started >= this.settings.timeoutMs - 1) {
          hangs.add(error);
        }
        throw error;
      }
    };
    const breaker = new CircuitBreaker(timed, {
      // The fetcher keeps its own deadline (and aborts the request); opossum only counts.
      timeout: false,
      errorThresholdPercentage: this.settings.errorPercent,
      volumeThreshold: this.settings.minRequests,
      rollingCountTimeout: this.settings.windowMs,
      rollingCountBuckets: 10,
      resetTimeout: this.settings.openMs,
      // A filtered failure counts as no failure (and a probe that fails fast closes the breaker).
      errorFilter: (error: unknown) => !(typeof error === "object" && error && hangs.has(error)),
      name,
    });
    let lastFailure = "";
    breaker.on("failure", (error: unknown) => {
      lastFailure = error instanceof Error ? error.message : String(error);
    });
    breaker.on("open", () => {
      const stats = breaker.stats;
      const reason = `${stats.failures} of ${stats.fires} fetches hung in ${this.settings.windowMs} ms, the last: ${lastFailure}`;
      this.open.set(name, { since: new Date(), reason });
      this.logger.warn(
        { subgraph: name, reason, probeInMs: this.settings.openMs },
        `subgraph ${name} cut off: its fields answer SUBGRAPH_UNAVAILABLE at once until a probe succeeds`,
      );
    });
    breaker.on("halfOpen", () => {
      this.logger.info({ subgraph: name }, `subgraph ${name} cut off: probing it with the next fetch`);
    });
    breaker.on("close", () => {
      this.open.delete(name);
      this.logger.info({ subgraph: name }, `subgraph ${name} answers again: no longer cut off`);
    });
    this.breakers.set(name, breaker);

    const guarded = async (input: string, init?: RequestInit) => {
      try {
        return await breaker.fire(input, init);
      } catch (error) {
        if ((error as { code?: string }).code !== "EOPENBREAKER") throw error;
        throw new GraphQLError(`Subgraph "${name}" is cut off: ${this.describe(name)}`, {
          extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: name },
        });
      }
    };
    return guarded as unknown as Fetcher;
  }

  /** Rejects, saying since when and why, while the subgraph is cut off (a readiness check). */
  async assertNotCutOff(name: string): Promise<void> {
    if (this.open.has(name)) throw new Error(`cut off: ${this.describe(name)}`);
  }

  /** The subgraphs cut off now. */
  cutOff(): string[] {
    return [...this.open.keys()];
  }

  /** Stops the breakers' timers (at shutdown). */
  shutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
  }

  private describe(name: string): string {
    const state = this.open.get(name);
    if (!state) return "probing whether it answers again";
    return `since ${state.since.toISOString()} (${state.reason}); probed again every ${this.settings.openMs} ms`;
  }
}
