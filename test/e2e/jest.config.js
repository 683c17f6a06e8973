/** Browser E2E tests: a real Chromium against the workbench host. Separate from unit tests (slower, need a build). */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 60_000,
  // One browser at a time: the tests share a machine with the rest of the suite.
  maxWorkers: 1,
};
