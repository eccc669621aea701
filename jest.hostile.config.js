import base from './jest.config.js'

/**
 * `npm run test:hostile`: hand-built hostile images through the bundled CLI, each under a
 * time limit with its peak RSS recorded (slow; needs `npm run bundle` first). No services.
 */
/** @type {import('jest').Config} */
export default {
  ...base,
  testMatch: ['<rootDir>/test/hostile/**/*.test.ts'],
  testPathIgnorePatterns: [],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 600000,
  // Each case measures one process's peak memory: one at a time.
  maxWorkers: 1
}
