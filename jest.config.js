/**
 * Jest runs the TypeScript sources directly through ts-jest (type errors are caught by `npm run typecheck`).
 *
 * Every suite runs under TZ=UTC. The suites where a date can go a day wrong run again under the time
 * zones of Indonesia (WIB, WITA, WIT) and one west of UTC, as projects (issue 14, point 1): a date
 * cell's day must not depend on where the code runs.
 */
const common = {
  testEnvironment: '<rootDir>/tests/helpers/timeZoneEnvironment.js',
  roots: ['<rootDir>/tests', '<rootDir>/core'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  // Jest loads CommonJS: zod's English messages (core/zodLocale.ts imports the ES module for the bundles).
  moduleNameMapper: { '^zod/v4/locales/en\\.js$': '<rootDir>/node_modules/zod/v4/locales/en.cjs' },
};

/** The suites that read or write dates: core's periods and values, the functions on every host, the hosts' date cells. */
const DATE_SUITES = [
  '<rootDir>/tests/core/periods.test.ts',
  '<rootDir>/tests/core/cellDay.test.ts',
  '<rootDir>/tests/functions/*.test.ts',
  '<rootDir>/tests/excel/functions.test.ts',
  '<rootDir>/tests/excel/dates.test.ts',
  '<rootDir>/tests/sheets/customFunctions.test.ts',
  '<rootDir>/tests/sheets/dates.test.ts',
  '<rootDir>/tests/cli/dates.test.ts',
];

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/Los_Angeles'];

module.exports = {
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/tests/summaryReporter.js'],
  projects: [
    { ...common, displayName: 'UTC', testMatch: ['**/*.test.ts'], testEnvironmentOptions: { timeZone: 'UTC' } },
    ...ZONES.map((timeZone) => ({ ...common, displayName: timeZone, testMatch: DATE_SUITES, testEnvironmentOptions: { timeZone } })),
  ],
};
