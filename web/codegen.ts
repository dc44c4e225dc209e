import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Operations are written next to the components that show them (`graphql(`…`)`) and typed from
 * the committed supergraph, the same schema the gateway serves. The generated src/gql/ is
 * committed, so the app type-checks on a clean clone; `npm run build` regenerates it first.
 */
const config: CodegenConfig = {
  schema: "../schema/supergraph.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**"],
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
