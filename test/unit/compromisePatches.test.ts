// The edits of compromise's source made as it is bundled (scripts/compromise-patches.mjs): the
// shipped CLI keeps compromise's debug log out of its output, and the edits fail the build
// rather than lapse when compromise's source changes.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..', '..');

interface PatchModule {
  COMPROMISE_PATCHES: Record<string, Array<[string, string]>>;
  patchCompromiseSource: (file: string, source: string) => string;
}

async function patchModule(): Promise<PatchModule> {
  const url = pathToFileURL(join(ROOT, 'scripts', 'compromise-patches.mjs')).href;
  return (await import(url)) as PatchModule;
}

describe('compromise as bundled', () => {
  let dist = '';
  before(function () {
    this.timeout(120_000);
    dist = mkdtempSync(join(tmpdir(), 'source-annotator-bundle-'));
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--dist', dist], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(build.status, 0, `build failed: ${build.stderr}`);
  });
  after(() => rmSync(dist, { recursive: true, force: true }));

  function analyzeLines(env: NodeJS.ProcessEnv): string {
    const input = JSON.stringify({ id: 'a', text: 'Maria Lopez, 52, said on Monday: “We counted 1,200 ballots.”\n\nLopez added that two more boxes would come.' });
    const run = spawnSync(process.execPath, [join(dist, 'cli.js'), 'analyze', '--jsonl', '--jobs', '1'], { input, encoding: 'utf8', env });
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  }

  it('prints no tagging log of compromise into the CLI output when DEBUG_TAGS is set in the environment', function () {
    this.timeout(60_000);
    const plain = analyzeLines({ ...process.env, DEBUG_TAGS: '' });
    const withDebug = analyzeLines({ ...process.env, DEBUG_TAGS: '1' });
    assert.equal(plain.trim().split('\n').length, 1);
    assert.equal(withDebug, plain);
  });

  it('fails on a compromise file that no longer has the text an edit replaces, and edits it when it has', async () => {
    const { COMPROMISE_PATCHES, patchCompromiseSource } = await patchModule();
    for (const [file, edits] of Object.entries(COMPROMISE_PATCHES)) {
      assert.throws(() => patchCompromiseSource(file, 'const changed = true\n'), /compromise changed/, file);
      const source = edits.map(([from]) => `a(${from})`).join('\n');
      assert.equal(patchCompromiseSource(file, source), edits.map(([, to]) => `a(${to})`).join('\n'), file);
    }
    // A text found twice is as suspect as one not found.
    const [file, edits] = Object.entries(COMPROMISE_PATCHES)[0];
    assert.throws(() => patchCompromiseSource(file, `${edits[0][0]}\n${edits[0][0]}`), /exactly one/);
    assert.equal(patchCompromiseSource('src/three.js', 'left as it is'), 'left as it is');
  });
});
