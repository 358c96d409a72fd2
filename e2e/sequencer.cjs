const Sequencer = require('@jest/test-sequencer').default;

/**
 * The journeys share one app and database: the portal's read-only journeys run first, on the seed
 * content as published, then the admin journeys that change and publish content, each in name order.
 */
class JourneySequencer extends Sequencer {
  sort(tests) {
    const rank = (path) => (/[\\/]portal-[^\\/]*$/.test(path) ? 0 : 1);
    return [...tests].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
  }
}

module.exports = JourneySequencer;
