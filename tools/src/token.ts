import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

import { type Role, ROLES } from "@hpig/kit/standalone";

import { localAuth } from "./local-auth";
import { REPO_ROOT } from "./registry";

const USAGE = `Usage: npm run token -- --role <role> [--role <role>] [--agency CODE] [--name "Full name"] [--subject id] [--expires 8h]

Signs a token with the embedded default's local key (data/keys), for local users and scripts.
Roles: ${ROLES.join(", ")}. An editor or viewer names its agency, e.g.
  npm run token -- --agency LDTBXH --role editor --name "Nguyễn Văn An"
Send it as: Authorization: Bearer <token>`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: "string", multiple: true },
      agency: { type: "string" },
      name: { type: "string" },
      subject: { type: "string" },
      expires: { type: "string", default: "8h" },
      help: { type: "boolean" },
    },
  });
  const roles = (values.role ?? []) as Role[];
  const unknown = roles.filter((role) => !ROLES.includes(role));
  if (values.help || roles.length === 0 || unknown.length > 0) {
    if (unknown.length > 0) process.stderr.write(`Unknown role: ${unknown.join(", ")}\n`);
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (roles.some((role) => role === "editor" || role === "viewer") && !values.agency) {
    process.stderr.write("An editor or viewer token needs --agency (e.g. --agency LDTBXH).\n");
    return 2;
  }
  const agency = values.agency?.toUpperCase() ?? null;
  const auth = await localAuth(join(resolve(REPO_ROOT, process.env["DATA_DIR"] ?? "data"), "keys"));
  const subject =
    values.subject ?? `local:${agency ?? roles[0]}:${(values.name ?? "user").toLowerCase().replace(/\s+/g, "-")}`;
  process.stdout.write(
    `${await auth.token({ subject, roles, agency, expiresIn: values.expires, ...(values.name ? { name: values.name } : {}) })}\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
