/** Jest runs the TypeScript sources directly through ts-jest (type errors are caught by `npm run typecheck`). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/core'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  testTimeout: 60000,
  // Jest loads CommonJS: zod's English messages (core/zodLocale.ts imports the ES module for the bundles).
  moduleNameMapper: { '^zod/v4/locales/en\\.js$': '<rootDir>/node_modules/zod/v4/locales/en.cjs' },
  reporters: ['default', '<rootDir>/tests/summaryReporter.js'],
};
