// Activation stays light: evaluating compromise and its lexicon took about 300 ms of the
// extension's 1 s activation, so the analysis is loaded on the first analysis instead. Runs the
// compiled extension (out/src/) in a fresh Node process with a stub `vscode`, because this
// process has long loaded compromise through the analysis tests.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..', '..');

interface ProbeReport {
  compromiseLoadedAtActivation: boolean;
  people: string[];
  compromiseLoadedAfterAnalysis: boolean;
}

describe('activation', () => {
  it('loads the NLP library on the first analysis, not when the extension activates, and that analysis finds people', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'test', 'support', 'activationProbe.cjs'), join(ROOT, 'out', 'src', 'extension.js'), '--analyse', join(ROOT, 'out', 'src', 'editor', 'documentAnalyses.js')],
      { encoding: 'utf8' },
    );
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as ProbeReport;
    assert.equal(report.compromiseLoadedAtActivation, false, 'activate() must not load compromise');
    assert.deepEqual(report.people, ['Jane Okafor']);
    assert.equal(report.compromiseLoadedAfterAnalysis, true);
  });
});
