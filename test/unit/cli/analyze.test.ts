import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cliHarness';

const ARTICLE = 'Maria Lopez, 52, said on Monday: “We counted 1,200 ballots.”\n\nLopez added that two more boxes would come.\n';

interface Result {
  file?: string;
  id?: string;
  people: { start: number; end: number; text: string; entity: string }[];
  quotes: { start: number; end: number; text: string; speaker: string | null; speakerStart: number | null; speakerEnd: number | null }[];
  numbers: { start: number; end: number; text: string; value: number | null }[];
}

function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'sa-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** Every span's text is the slice of `text` at its offsets. */
function assertSpansSlice(text: string, result: Result): void {
  for (const span of [...result.people, ...result.quotes, ...result.numbers]) {
    assert.equal(text.slice(span.start, span.end), span.text, `span ${span.start}-${span.end}`);
  }
}

describe('source-annotator analyze', () => {
  it('prints one JSON object per file with people, quotes and numbers whose offsets slice the text', async () => {
    const file = tempFile('a.txt', ARTICLE);
    const run = await cli(['analyze', '--json', file]);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const result = JSON.parse(lines[0]) as Result;
    assert.equal(result.file, file);
    assert.ok(result.quotes.some(q => q.text.includes('We counted 1,200 ballots')));
    assert.ok(result.numbers.some(n => n.text === '1,200' && n.value === 1200));
    assertSpansSlice(ARTICLE, result);
  });

  it('keeps offsets right with a byte-order mark and CRLF line ends', async () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const withBom = tempFile('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]));
    const plain = tempFile('plain.txt', crlf);
    const a = JSON.parse((await cli(['analyze', '--json', withBom])).stdout) as Result;
    const b = JSON.parse((await cli(['analyze', '--json', plain])).stdout) as Result;
    assertSpansSlice(crlf, a);
    assert.deepEqual(a.numbers.map(n => [n.start, n.end]), b.numbers.map(n => [n.start, n.end]));
    assert.deepEqual(a.quotes.map(n => [n.start, n.end]), b.quotes.map(n => [n.start, n.end]));
  });

  it('reads {"id","text"} lines and answers each in order, reporting bad lines by number', async () => {
    const input = [JSON.stringify({ id: 'first', text: ARTICLE }), '{not json', '', JSON.stringify({ id: 'third', text: 'Nothing here.' }), '{"id": 4}'].join('\n');
    const run = await cli(['analyze', '--jsonl'], { stdin: input });
    assert.equal(run.code, 1);
    const out = run.stdout.trim().split('\n').map(l => JSON.parse(l) as Result);
    assert.deepEqual(out.map(o => o.id), ['first', 'third']);
    assert.match(run.stderr, /line 2: not valid JSON/);
    assert.match(run.stderr, /line 5: expected an object with a "text" string/);
    assertSpansSlice(ARTICLE, out[0]);
  });

  it('says clearly when a file cannot be read, and goes on with the others', async () => {
    const good = tempFile('good.txt', ARTICLE);
    const run = await cli(['analyze', '--json', '/nonexistent/article.txt', good]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot read \/nonexistent\/article\.txt: no such file/);
    assert.equal(run.stdout.trim().split('\n').length, 1);
  });

  it('prints the article with its highlights marked for a reader at a terminal', async () => {
    const file = tempFile('b.txt', ARTICLE);
    const plain = await cli(['analyze', file]);
    assert.equal(plain.code, 0);
    assert.match(plain.stdout, /\{1,200\}/, 'numbers are marked with braces without colour');
    assert.match(plain.stdout, /Quotes \(1\)/);
    assert.ok(!plain.stdout.includes('\x1b['), 'no colour codes');
    const coloured = await cli(['analyze', file], { colour: true });
    assert.ok(coloured.stdout.includes('\x1b[35m1,200\x1b[39m'), 'the number in magenta');
  });

  it('rejects unknown commands and options with usage and exit code 2', async () => {
    assert.equal((await cli(['frobnicate'])).code, 2);
    const bad = await cli(['analyze', '--jsn', 'x.txt']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown option --jsn/);
  });

  it('runs as a program from the built bundle (node dist/cli.js)', function () {
    const cliJs = join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js');
    const file = tempFile('c.txt', ARTICLE);
    const run = spawnSync(process.execPath, [cliJs, 'analyze', '--json', file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as Result;
    assertSpansSlice(readFileSync(file, 'utf8'), result);
  });
});
