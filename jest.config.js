// Unit tests sit next to the code (services/*/src, gateway/src, tools/src); the cross-service
// suite in test/ starts the real processes. Both run through @swc/jest with decorator metadata,
// which type-graphql and TypeORM read at run time.
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: "es2022",
      keepClassNames: true,
    },
    module: { type: "commonjs" },
    sourceMaps: "inline",
  },
];

const moduleNameMapper = {
  // A dynamic import() names the compiled file (node16 resolution): "./sample-profile.js" is the .ts here.
  "^(\\.{1,2}/.*)\\.js$": "$1",
  "^@hpig/kit$": "<rootDir>/services/kit/src",
  "^@hpig/kit/testing$": "<rootDir>/services/kit/src/testing",
  "^@hpig/kit/clock$": "<rootDir>/services/kit/src/clock",
  "^@hpig/kit/standalone$": "<rootDir>/services/kit/src/standalone",
  "^@hpig/domain-kit$": "<rootDir>/services/domain-kit/src",
  "^@hpig/domain-kit/testing$": "<rootDir>/services/domain-kit/src/testing",
  "^@hpig/sample-data$": "<rootDir>/services/sample-data/src",
  "^@hpig/plan/(.*)$": "<rootDir>/services/plan/src/$1",
  // A domain's indicator definitions and sample profile, for the tests that check every domain's at once.
  "^@hpig/([a-z]+)/(indicators|sample-profile)$": "<rootDir>/services/$1/src/$2",
  "^@hpig/gateway$": "<rootDir>/gateway/src",
  "^@hpig/tools$": "<rootDir>/tools/src",
};

const common = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  moduleNameMapper,
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  testEnvironmentOptions: { globalsCleanup: "on" },
  // One clock for tests and the services they start, never near midnight in Viet Nam.
  setupFiles: ["<rootDir>/test/testkit/clock-setup.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: [
        "<rootDir>/services/*/src/**/*.test.ts",
        "<rootDir>/gateway/src/**/*.test.ts",
        "<rootDir>/tools/src/**/*.test.ts",
        "<rootDir>/web/src/**/*.test.ts",
      ],
    },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      runner: "<rootDir>/test/testkit/serial-runner.js",
      globalSetup: "<rootDir>/test/testkit/global-setup.ts",
      globalTeardown: "<rootDir>/test/testkit/global-teardown.ts",
    },
  ],
  // Integration tests start real processes and databases; MariaDB migrations take seconds.
  testTimeout: 120_000,
  // Unit files run on every core (jest's default leaves one free); the integration files one at a
  // time (serial-runner.js).
  maxWorkers: "100%",
};
