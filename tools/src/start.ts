import { join, resolve } from "node:path";

import { type Federation, type ProcessExit, startFederation, storageFromEnv } from "./federation";
import { localAuth, serviceToken } from "./local-auth";
import { formatLogLine } from "./log-format";
import { GATEWAY_DEFAULT_PORT, listSubgraphs, REPO_ROOT } from "./registry";

/**
 * `npm start`: every subgraph and the gateway on the embedded default (SQLite files in ./data,
 * seeded), or on MySQL when MYSQL_URL is set. Ctrl-C stops everything.
 */
async function main(): Promise<void> {
  const storage = storageFromEnv(process.env, REPO_ROOT);
  const gatewayPort = Number(process.env["GATEWAY_PORT"] ?? GATEWAY_DEFAULT_PORT);
  // `<NAME>_PORT` (e.g. LABOUR_PORT) moves a subgraph off its own port.
  const ports = Object.fromEntries(
    listSubgraphs().flatMap((entry) => {
      const port = process.env[`${entry.name.toUpperCase()}_PORT`];
      return port ? [[entry.name, Number(port)] as const] : [];
    }),
  );
  const print = (line: string) => process.stdout.write(`${line}\n`);

  print(
    `Starting Hải Phòng Industry Graph on ${storage.kind === "sqlite" ? `SQLite in ${storage.dataDir}` : "MySQL"} …`,
  );
  const auth = await localAuth(join(resolve(REPO_ROOT, process.env["DATA_DIR"] ?? "data"), "keys"));
  const committeeToken = await auth.token({
    subject: "local:committee",
    name: "Ban chỉ đạo (local)",
    roles: ["committee"],
    expiresIn: "12h",
  });
  // Production refuses a token baked into the explorer and the app's sign-in page (gateway config.ts).
  const production = process.env["NODE_ENV"] === "production";
  let federation: Federation | undefined;
  // eslint-disable-next-line prefer-const -- onUnexpectedExit may run before startFederation resolves: a const would throw there
  federation = await startFederation({
    auth: {
      publicKeyFile: auth.publicKeyFile,
      serviceToken: await serviceToken(auth),
      ...(production ? {} : { explorerToken: committeeToken }),
    },
    storage,
    gatewayPort,
    ports,
    devDefaults: true,
    // Sample reports make a living dashboard on the embedded default; a MySQL database gets them only when asked.
    sampleData: process.env["SAMPLE_DATA"] ? process.env["SAMPLE_DATA"] === "true" : storage.kind === "sqlite",
    env: { LOG_LEVEL: process.env["LOG_LEVEL"] ?? "info" },
    onLog: (service, line) => print(formatLogLine(service, line)),
    onUnexpectedExit: (service, exit) => {
      print(`${service} stopped unexpectedly (${describeExit(exit)}); stopping the federation.`);
      void (federation?.stop() ?? Promise.resolve()).then(() => process.exit(1));
    },
  });

  print("");
  print("Ready:");
  const shown = (url: string) => url.replace("127.0.0.1", "localhost");
  const { gateway, subgraphs } = federation;
  print(
    `  web app      ${shown(gateway.url)}/app/   (sign in with the committee token below, or as printed by npm run token)`,
  );
  print(`  gateway      ${shown(gateway.url)}/graphql   explorer: ${shown(gateway.url)}/explorer`);
  for (const subgraph of Object.values(subgraphs)) {
    print(`  ${subgraph.name.padEnd(12)} ${shown(subgraph.url)}/graphql`);
  }
  print(
    process.env["REDIS_URL"]
      ? `Response cache: in Redis (${process.env["REDIS_URL"]}); GET ${shown(gateway.url)}/metrics counts hits.`
      : `Response cache: in the gateway's memory (REDIS_URL shares it); GET ${shown(gateway.url)}/metrics counts hits.`,
  );
  print("");
  print(
    production
      ? "A committee token for 12 hours (NODE_ENV=production: paste it into the app's sign-in page or the explorer's headers):"
      : "A committee token for 12 hours (the explorer already uses it; the app's sign-in page offers it):",
  );
  print(`  Authorization: Bearer ${committeeToken}`);
  print('Other users: npm run token -- --agency LDTBXH --role editor --name "Nguyễn Văn An"');
  print("Press Ctrl-C to stop.");

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    print("Stopping …");
    // Exit code 0 only when every process stopped cleanly, by itself, within its 10 s.
    void (federation?.stop() ?? Promise.resolve([])).then((exits) => {
      const unclean = exits.filter((exit) => exit.code !== 0);
      for (const exit of unclean) {
        print(`${exit.name} did not stop cleanly (${describeExit(exit)}).`);
      }
      print(unclean.length === 0 ? "Stopped." : "Stopped, not cleanly.");
      process.exit(unclean.length === 0 ? 0 : 1);
    });
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** "exit code 1", or "killed by SIGKILL". */
function describeExit(exit: Pick<ProcessExit, "code" | "signal">): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
