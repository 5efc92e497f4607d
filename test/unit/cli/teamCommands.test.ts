// merge-sidecars, git-setup and agreement from the command line (in-process), for the cases the
// end-to-end git test does not reach: unreadable inputs, version-1 files, an existing .gitattributes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import type { Tag } from '../../../src/annotations/types';
import { cli } from './cliHarness';

const text = 'Wei Xiaojun said there is no sufficient evidence.';
const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' as const };
const tag = (id: string, exact: string, label: string): Tag => {
  const start = text.indexOf(exact);
  return { id, label, ...times, start, end: start + exact.length, quote: { exact, prefix: '', suffix: '' } };
};
const file = (tags: Tag[]) => serializeSidecar({ documentName: 'a.txt', text, tags, corrections: [], verifications: [] });
const v1 = JSON.stringify({
  version: 1,
  document: { name: 'a.txt' },
  tags: [{ id: 't-1', label: 'person', created: times.created, modified: times.modified, anchor: 'exact', target: { selector: [{ type: 'TextPositionSelector', start: 0, end: 11 }, { type: 'TextQuoteSelector', exact: 'Wei Xiaojun', prefix: '', suffix: ' said' }] } }],
});

describe('team commands', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sa-team-cli-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => (writeFileSync(join(dir, name), content), join(dir, name));

  it('merge-sidecars: an unreadable input exits 2 with a clear message and leaves OURS as it was', async () => {
    const ours = write('ours', file([tag('t-1', 'Wei Xiaojun', 'person')]));
    const before = readFileSync(ours, 'utf8');
    const run = await cli(['merge-sidecars', write('base', v1), ours, write('theirs', '{"version": 2, "tags": [')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /THEIRS .*theirs is not a sidecar this program can read: not valid JSON/);
    assert.match(run.stderr, /was left as it was/);
    assert.equal(readFileSync(ours, 'utf8'), before);
  });

  it('merge-sidecars: reads a version-1 base and side, writes version 2, empty base = no common ancestor', async () => {
    const ours = write('ours', v1);
    const run = await cli(['merge-sidecars', write('base', v1), ours, write('theirs', file([tag('t-1', 'Wei Xiaojun', 'person'), tag('t-2', 'no sufficient evidence', 'claim')]))]);
    assert.equal(run.code, 0, run.stderr);
    const merged = parseSidecar(readFileSync(ours, 'utf8'));
    assert.equal(merged.version, 2);
    assert.deepEqual(merged.tags.map(t => [t.id, t.label]), [['t-1', 'person'], ['t-2', 'claim']]);
    const both = write('both', file([tag('t-3', 'said', 'verb')]));
    assert.equal((await cli(['merge-sidecars', write('empty', ''), both, write('other', file([tag('t-4', 'there', 'x')]))])).code, 0);
    assert.deepEqual(parseSidecar(readFileSync(both, 'utf8')).tags.map(t => t.id), ['t-3', 't-4']);
  });

  it('git-setup: appends the attribute once to an existing .gitattributes, and a second run changes nothing', async () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    write('.gitattributes', '*.png binary');
    const first = await cli(['git-setup', dir, '--driver', 'echo merge']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /added "\*\.annotations\.json merge=source-annotator" to \.gitattributes/);
    assert.equal(readFileSync(join(dir, '.gitattributes'), 'utf8'), '*.png binary\n*.annotations.json merge=source-annotator\n');
    assert.equal(execFileSync('git', ['config', '--local', 'merge.source-annotator.driver'], { cwd: dir, encoding: 'utf8' }), 'echo merge\n');
    const second = await cli(['git-setup', dir, '--driver', 'echo merge']);
    assert.match(second.stdout, /nothing changed/);
    assert.equal(readFileSync(join(dir, '.gitattributes'), 'utf8'), '*.png binary\n*.annotations.json merge=source-annotator\n');
  });

  it('git-setup: outside a repository, says so', async () => {
    const run = await cli(['git-setup', dir, '--driver', 'x']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /is not inside a git repository/);
  });

  it('agreement --json prints the three kinds with the fields the issue names', async () => {
    const a = write('a.json', file([tag('t-1', 'Wei Xiaojun', 'person'), tag('t-2', 'no sufficient evidence', 'claim')]));
    const b = write('b.json', file([tag('t-7', 'Wei Xiaojun', 'person'), tag('t-8', 'no sufficient evidence', 'opinion')]));
    const run = await cli(['agreement', a, b, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as Record<string, Record<string, unknown>>;
    for (const kind of ['tags', 'corrections', 'verifications']) for (const key of ['f1', 'f1Overlap', 'kappa', 'matched', 'onlyA', 'onlyB']) assert.ok(key in json[kind], `${kind}.${key}`);
    assert.deepEqual([json.tags.f1, json.tags.matched, json.tags.onlyA, json.tags.onlyB], [0.5, 1, 1, 1]);
    const text = await cli(['agreement', a, b]);
    assert.match(text.stdout, /claim \/ opinion/);
  });
});
