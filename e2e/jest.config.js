/** Browser journeys in real Chromium against the running app (started by scripts/test.mjs). */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  testTimeout: 60_000,
  maxWorkers: 1,
  testSequencer: '<rootDir>/sequencer.cjs',
};
