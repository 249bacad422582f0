/** Two projects: fast pure unit specs beside the code, and e2e specs against the real Postgres and Redis. */
const tsJest = ['ts-jest', {}];
/**
 * Dependencies published as ES modules only. Node ≥ 20.19 loads them with require(esm); Jest does
 * not, so their files go through a small transform to CommonJS (test/support/esm-to-commonjs.js).
 */
const esmOnly = ['@nestjs'];
const transform = {
  '^.+\\.ts$': tsJest,
  '/node_modules/.+\\.m?js$': '<rootDir>/test/support/esm-to-commonjs.js',
};
const transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join('|')})/)`];
module.exports = {
  testTimeout: 60000,
  // The health and timer suites kill private redis-servers on purpose; a client library's reconnect
  // timer to such a dead port must not keep the run alive once every test has finished.
  forceExit: true,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/src'],
      testRegex: '\\.spec\\.ts$',
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testRegex: '\\.e2e-spec\\.ts$',
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['<rootDir>/test/support/worker-database.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/contract-check.ts'],
    },
  ],
};
