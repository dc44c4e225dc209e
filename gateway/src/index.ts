import { closeOnSignals, ConfigError, createLogger, EXIT_CONFIG } from "@hpig/kit";

import { loadGatewayConfig } from "./config";
import { startGateway } from "./gateway";

export { loadGatewayConfig, startGateway };
export { DEFAULT_EXPLORER_QUERY } from "./explorer";

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const running = await startGateway(config);
  closeOnSignals(running, createLogger("gateway", config.LOG_LEVEL));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(EXIT_CONFIG);
    }
    process.stderr.write(
      `gateway failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  });
}
