import { readFileSync } from "node:fs";

import type { CodegenConfig } from "@graphql-codegen/cli";

/** The domain subgraphs' namespaces, from the domain manifest: a domain added to it needs no edit here. */
function domainFields(): string[] {
  const manifest = JSON.parse(readFileSync(new URL("../services/domains.json", import.meta.url), "utf8")) as {
    domains: Array<{ name: string }>;
  };
  return manifest.domains.map((domain) => domain.name);
}

/**
 * A task's progress is written in its owning domain's namespace (`mutation { labour { reportTaskProgress } }`):
 * one document over every domain, each namespace asked for only when its variable, named after it, is true.
 */
function reportProgressDocument(fields: readonly string[]): string {
  return `
    mutation ReportProgress($input: ReportTaskProgressInput!, ${fields.map((field) => `$${field}: Boolean = false`).join(", ")}) {
      ${fields.map((field) => `${field} @include(if: $${field}) { reportTaskProgress(input: $input) { ...RecordedReport } }`).join("\n")}
    }
    fragment RecordedReport on ProgressReport { taskCode period revision state percentComplete }`;
}

/**
 * Operations are written next to the components that show them (`graphql(`…`)`) and typed from
 * the committed supergraph, the same schema the gateway serves; the few that span every domain are
 * made here from the domain manifest. The generated src/gql/ is committed, so the app type-checks
 * on a clean clone; `npm run build` regenerates it first.
 */
const config: CodegenConfig = {
  schema: "../schema/supergraph.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**", reportProgressDocument(domainFields())],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { LocalDate: "string", DateTimeISO: "string", SafeInt: "number", JSON: "unknown" },
      },
    },
  },
};

export default config;
