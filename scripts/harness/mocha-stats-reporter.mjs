// Mocha's spec reporter, plus a JSON file with the run's counts for scripts/test.mjs, which adds
// them to the integration suite's to print one closing "N passed, N failed" line.
// Used as `mocha --reporter scripts/harness/mocha-stats-reporter.mjs`; the file's path comes in
// SOURCE_ANNOTATOR_UNIT_STATS (without it this is just the spec reporter).
import { writeFileSync } from 'node:fs';
import Mocha from 'mocha';

export default class SpecWithStats extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const statsFile = process.env.SOURCE_ANNOTATOR_UNIT_STATS;
    if (!statsFile) return;
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
      writeFileSync(statsFile, JSON.stringify({ passed: passes, failed: failures, pending }) + '\n');
    });
  }
}
