import type { Config } from 'jest';
import { createCjsPreset } from 'jest-preset-angular/presets';

const config: Config = {
  ...createCjsPreset({ testEnvironment: 'jest-preset-angular/environments/jest-jsdom-env' }),
  displayName: 'admin',
  rootDir: __dirname,
  setupFilesAfterEnv: ['<rootDir>/setup-jest.ts'],
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  // A mock or spy left behind by one test must not answer for the next one.
  restoreMocks: true,
  // Component renders take seconds on a busy 2-core machine; a slow render is not a failure.
  testTimeout: 20_000,
};

export default config;
