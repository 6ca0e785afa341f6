// Jest's Node environment, run in one time zone: the project's `testEnvironmentOptions.timeZone`
// (UTC when absent). It sets the worker's real TZ before each test file (a test file's own
// `process.env` is a copy, so setting TZ there changes nothing); Node applies a new TZ at once, in
// every context of the process, so Date's local fields follow it. Test files of one worker run one
// after another, each under the zone of its project.
const { TestEnvironment } = require('jest-environment-node');

class TimeZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.timeZone = config.projectConfig.testEnvironmentOptions?.timeZone ?? 'UTC';
  }

  async setup() {
    process.env.TZ = this.timeZone;
    await super.setup();
  }
}

module.exports = TimeZoneEnvironment;
