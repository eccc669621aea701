/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  // The hostile-image suite runs on its own (jest.hostile.config.js, npm run test:hostile).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/hostile/'],
  // Test data, not modules: its package.json files (npm manifests) would collide in Jest's map.
  modulePathIgnorePatterns: ['<rootDir>/__fixtures__/'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  globalSetup: '<rootDir>/test/stack/global-setup.ts',
  globalTeardown: '<rootDir>/test/stack/global-teardown.ts',
  testTimeout: 120000,
  // Jest's cache lives with the checkout, not in $TMPDIR, which a run leaves as it found it.
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  // Two cores: more workers only contend for the same registry and CPU.
  maxWorkers: 2,
  // A worker that ran the e2e files ends with 500+ MiB, and after its exit event the process
  // takes 0.4 s or more to be torn down: past Jest's default of 500 ms it is force-killed and
  // reported as "failed to exit gracefully". A worker that really hangs is still killed, later.
  workerGracefulExitTimeout: 5000,
  reporters: ['default', '<rootDir>/test/support/count-reporter.js']
}
