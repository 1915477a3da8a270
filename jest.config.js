/** One jest run for the whole monorepo: real Postgres (see jest.global-setup.mjs), TypeScript through SWC. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const swcTsx = ['@swc/jest', { ...swc[1], jsc: { ...swc[1].jsc, parser: { syntax: 'typescript', tsx: true, decorators: true }, transform: { ...swc[1].jsc.transform, react: { runtime: 'automatic' } } } }];

module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/jest.global-setup.mjs',
  globalTeardown: '<rootDir>/jest.global-teardown.mjs',
  transform: {
    '^.+\\.ts$': swc,
    '^.+\\.tsx$': swcTsx,
    // jose is ESM-only: Node 20 loads it through require(esm), jest does not, so SWC converts it.
    '/node_modules/jose/.+\\.js$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  // Component tests declare `@jest-environment jsdom`; browser tests (client/e2e) drive Debian chromium.
  testMatch: ['<rootDir>/{gateway,schema,subgraphs/*,client}/src/**/*.test.{ts,tsx}', '<rootDir>/client/e2e/**/*.e2e.test.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@ecosystem/common$': '<rootDir>/subgraphs/common/src/index.ts',
    '^@ecosystem/common/testing$': '<rootDir>/subgraphs/common/src/testing/index.ts',
    '^@ecosystem/common/toolbox-advice$': '<rootDir>/subgraphs/common/src/toolbox-advice.ts',
    '^@ecosystem/(actors|opportunities|contacts)$': '<rootDir>/subgraphs/$1/src/index.ts',
    '^@ecosystem/schema$': '<rootDir>/schema/src/index.ts',
    '^@ecosystem/gateway/testing$': '<rootDir>/gateway/src/testing/stack.ts',
    '\\.css$': '<rootDir>/client/src/testing/style-stub.js',
  },
  setupFiles: ['<rootDir>/client/src/testing/jsdom-setup.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
