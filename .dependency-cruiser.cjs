/**
 * dependency-cruiser (npm run check:imports, and tools/src/import-cycles.test.ts): no module may
 * import itself back, type-only imports included. Undeclared packages are checked by
 * tools/src/declared-dependencies.test.ts, which also sees the @hpig/* workspace packages.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A cycle of imports: modules that cannot be read, tested or loaded one without the other.",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(dist|node_modules|coverage)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.check.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
  },
};
