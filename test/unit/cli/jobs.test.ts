// `analyze --jsonl --jobs N`: documents spread over worker threads of the built CLI bundle
// (dist/cli.js re-enters itself as a worker), the output the same and in the same order.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from './cliHarness';

const root = join(__dirname, '..', '..', '..', '..');
const cliJs = join(root, 'dist', 'cli.js');

/** The seed articles and the regression corpus's articles: 18 documents. */
function documents(): string[] {
  const seeds = readdirSync(join(root, 'seeds'))
    .filter(f => f.endsWith('.txt'))
    .map(f => readFileSync(join(root, 'seeds', f), 'utf8'));
  const articlesDir = join(root, 'test', 'regress', 'articles');
  const articles = readdirSync(articlesDir)
    .filter(f => f.endsWith('.txt'))
    .sort()
    .map(f => readFileSync(join(articlesDir, f), 'utf8'));
  return [...seeds, ...articles];
}

function analyzeJsonl(input: string, ...options: string[]) {
  return spawnSync(process.execPath, [cliJs, 'analyze', '--jsonl', ...options], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
}

const ids = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map(line => (JSON.parse(line) as { id: unknown }).id);

describe('source-annotator analyze --jsonl --jobs', function () {
  // Each case starts the CLI and its workers a few times over, on a machine that may be busy.
  this.timeout(120_000);

  it('prints exactly what --jobs 1 prints, in input order, with three worker threads', () => {
    const docs = documents();
    const input = docs.map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join('\n') + '\n';
    const one = analyzeJsonl(input, '--jobs', '1');
    const three = analyzeJsonl(input, '--jobs', '3');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(three.status, 0, three.stderr);
    assert.deepEqual(
      ids(three.stdout),
      docs.map((_, i) => `doc-${i}`),
    );
    assert.ok(three.stdout.includes('"people":[{'), 'the documents were analysed');
    assert.equal(three.stdout, one.stdout);
  });

  it('reports a bad line in the middle by its line number and answers the lines around it in order', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Maria Lopez, 52, said: “We counted 1,200 ballots.”' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'Tom Brennan paid $5 million.' }),
      JSON.stringify({ id: 'd' }),
      JSON.stringify({ id: 'e', text: 'Two-thirds of voters agreed.' }),
    ].join('\n');
    const run = analyzeJsonl(input, '--jobs', '3');
    assert.equal(run.status, 1);
    assert.deepEqual(ids(run.stdout), ['a', 'c', 'e']);
    assert.match(run.stderr, /line 2: not valid JSON/);
    assert.match(run.stderr, /line 4: expected an object with a "text" string/);
    assert.ok(run.stderr.indexOf('line 2:') < run.stderr.indexOf('line 4:'));
    assert.equal(run.stdout, analyzeJsonl(input, '--jobs', '1').stdout);
  });

  it('stops quietly when the reader of its output goes away (`… | head -1`), with and without workers', async () => {
    const input = documents()
      .flatMap((text, i) => Array.from({ length: 20 }, (_, copy) => JSON.stringify({ id: `d${i}-${copy}`, text })))
      .join('\n');
    for (const jobs of ['1', '2']) {
      const child = spawn(process.execPath, [cliJs, 'analyze', '--jsonl', '--jobs', jobs], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdin.on('error', () => undefined); // it may stop before reading all of its input
      child.stdin.end(input);
      // Read the first line, then close the pipe, as `head -1` does.
      await new Promise<void>(resolve => child.stdout.once('data', () => resolve()));
      child.stdout.destroy();
      const code = await new Promise<number | null>(resolve => child.on('close', resolve));
      assert.equal(stderr, '', `--jobs ${jobs}: nothing on stderr`);
      assert.equal(code, 0, `--jobs ${jobs}: exit code`);
    }
  });

  it('refuses a --jobs that is not a whole number of at least 1, or without --jsonl', async () => {
    for (const jobs of ['0', 'two', '-1', '1.5']) {
      const run = await cli(['analyze', '--jsonl', `--jobs=${jobs}`], { stdin: '' });
      assert.equal(run.code, 2, jobs);
      assert.match(run.stderr, /--jobs must be a whole number of at least 1/);
    }
    const run = await cli(['analyze', '--jobs', '2', 'seeds/000_da0d72e0fb9dfab8.txt']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--jobs goes with --jsonl/);
  });
});
