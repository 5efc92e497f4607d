// The CLI's input and output edges: UTF-16 articles, binary and non-UTF-8 files, size limits on
// files, devices and --jsonl lines, and control characters on their way to a terminal.
/* eslint-disable no-control-regex -- looking for raw control characters in the output is the point */
import * as assert from 'node:assert/strict';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, type ListedTag } from './cliHarness';

const article = readFileSync('seeds/000_da0d72e0fb9dfab8.txt', 'utf8');

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'sa-cli-inputs-'));
}

function utf16(text: string, byteOrder: 'le' | 'be'): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (byteOrder === 'be') body.swap16();
  return Buffer.concat([Buffer.from(byteOrder === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

interface Spans {
  people: { start: number; end: number; text: string }[];
  quotes: { start: number; end: number; text: string }[];
  numbers: { start: number; end: number; text: string }[];
}

describe('source-annotator: encodings, non-text files, size limits, terminal output', () => {
  describe('UTF-16 articles', () => {
    for (const byteOrder of ['le', 'be'] as const) {
      it(`analyses a UTF-16 ${byteOrder.toUpperCase()} article (with a byte-order mark) as its text, at the same offsets as UTF-8`, async () => {
        const dir = folder();
        writeFileSync(join(dir, 'utf8.txt'), article);
        writeFileSync(join(dir, 'utf16.txt'), utf16(article, byteOrder));
        const fromUtf8 = await cli(['analyze', '--json', join(dir, 'utf8.txt')]);
        const fromUtf16 = await cli(['analyze', '--json', join(dir, 'utf16.txt')]);
        assert.equal(fromUtf16.code, 0, fromUtf16.stderr);
        const a = JSON.parse(fromUtf8.stdout) as Spans;
        const b = JSON.parse(fromUtf16.stdout) as Spans;
        assert.ok(b.people.length > 5 && b.quotes.length > 0 && b.numbers.length > 0);
        assert.deepEqual(b.people, a.people);
        assert.deepEqual(b.quotes, a.quotes);
        assert.deepEqual(b.numbers, a.numbers);
        for (const span of [...b.people, ...b.quotes, ...b.numbers]) assert.equal(article.slice(span.start, span.end), span.text);
      });
    }

    it('anchors a tag made in the editor on a UTF-16 article exactly, and tags it at the same offsets', async () => {
      // The editor's offsets are those of the text without the byte-order mark, as for a UTF-8
      // file: a tag made on the UTF-8 twin is what the editor writes for the UTF-16 file.
      const made = folder();
      writeFileSync(join(made, 'article.txt'), article);
      const start = article.indexOf('Wei Xiaojun');
      const tagged = await cli(['tag', join(made, 'article.txt'), '--start', String(start), '--end', String(start + 11), '--label', 'source']);
      assert.equal(tagged.code, 0, tagged.stderr);
      const dir = folder();
      const file = join(dir, 'article.txt');
      writeFileSync(file, utf16(article, 'le'));
      copyFileSync(join(made, 'article.txt.annotations.json'), `${file}.annotations.json`);

      const listed = await cli(['tags', file, '--json']);
      assert.equal(listed.code, 0, listed.stderr);
      assert.deepEqual(
        (JSON.parse(listed.stdout) as { tags: ListedTag[] }).tags.map(t => [t.status, t.start, t.end, t.text]),
        [['exact', start, start + 11, 'Wei Xiaojun']],
      );
      const human = await cli(['tags', file]);
      assert.match(human.stdout, /^exact {4}\S+ +source: “Wei Xiaojun”\n1 tag: 1 exact\n$/);

      const second = article.indexOf('Narcotics Control Bureau');
      const again = await cli(['tag', file, '--start', String(second), '--end', String(second + 24), '--label', 'org', '--json']);
      assert.equal(again.code, 0, again.stderr);
      assert.equal((JSON.parse(again.stdout) as { tag: ListedTag }).tag.text, 'Narcotics Control Bureau');
      const both = (JSON.parse((await cli(['tags', file, '--json'])).stdout) as { tags: ListedTag[] }).tags;
      assert.deepEqual(
        both.map(t => t.status),
        ['exact', 'exact'],
      );
      assert.deepEqual(readFileSync(file), utf16(article, 'le'), 'the article itself is never rewritten');
    });
  });

  describe('files that are not text', () => {
    it('refuses a binary file with a clear message and exit code 1, and goes on with the others', async () => {
      const dir = folder();
      const binary = join(dir, 'image.txt');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      // The start of a real program (node itself, whole it would be over the size limit).
      const program = join(dir, 'program');
      const head = Buffer.alloc(65536);
      const fd = openSync(process.execPath, 'r');
      writeFileSync(program, head.subarray(0, readSync(fd, head)));
      closeSync(fd);
      const good = join(dir, 'good.txt');
      writeFileSync(good, article);
      const run = await cli(['analyze', '--json', binary, program, good]);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, `source-annotator: cannot read ${binary}: it looks like a binary file, not text (it contains NUL bytes)\nsource-annotator: cannot read ${program}: it looks like a binary file, not text (it contains NUL bytes)\n`);
      assert.equal(run.stdout.trim().split('\n').length, 1, 'only the text file is analysed');
    });

    it('refuses a file that is mostly control characters, even without NUL bytes', async () => {
      const file = join(folder(), 'noise.txt');
      writeFileSync(file, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i % 3 ? 0x41 : 0x01 + (i % 7)))));
      const run = await cli(['tags', file]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /it looks like a binary file, not text \(it is full of control characters\)/);
    });

    it('refuses text that is not UTF-8 (and has no UTF-16 mark), naming the first bad byte', async () => {
      const file = join(folder(), 'latin1.txt');
      writeFileSync(file, Buffer.from('Fran\u00e7ois said:\n\u201cNo.\u201d caf\u00e9', 'latin1'));
      for (const command of [['analyze'], ['tags'], ['tag', '--start', '0', '--end', '4', '--label', 'x'], ['export', '--format', 'csv']]) {
        const run = await cli([command[0], file, ...command.slice(1)]);
        assert.equal(run.code, 1, command[0]);
        assert.equal(
          run.stderr,
          `source-annotator: cannot read ${file}: it is not UTF-8 text (the byte 0xE7 at byte 4, line 1, is not valid UTF-8); save it as UTF-8, or as UTF-16 with a byte-order mark\n`,
          command[0],
        );
        assert.equal(run.stdout, '');
      }
      assert.ok(!existsSync(`${file}.annotations.json`), 'nothing was tagged');
    });
  });

  describe('size limits', () => {
    it('refuses a file over --max-size with the sizes in the message, in every command', async () => {
      const file = join(folder(), 'long.txt');
      writeFileSync(file, article.repeat(2));
      const size = `${Number((Buffer.byteLength(article.repeat(2)) / 1024).toFixed(1))} KB`;
      for (const command of [['analyze'], ['tags'], ['tag', '--start', '0', '--end', '4', '--label', 'x'], ['export', '--format', 'csv']]) {
        const run = await cli([command[0], file, ...command.slice(1), '--max-size', '2KB']);
        assert.equal(run.code, 1, command[0]);
        assert.equal(run.stderr, `source-annotator: cannot read ${file}: it is ${size}, over the 2 KB limit (raise it with --max-size)\n`, command[0]);
      }
      assert.equal((await cli(['analyze', file, '--max-size', '1MB'])).code, 0);
      const bad = await cli(['analyze', file, '--max-size', 'lots']);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /--max-size must be a size such as 500KB, 20MB or 1GB, got "lots"/);
    });

    it('reads an endless device (/dev/zero) only up to the limit, and says so', async function () {
      if (!existsSync('/dev/zero')) this.skip();
      const run = await cli(['analyze', '/dev/zero']);
      assert.equal(run.code, 1);
      assert.equal(run.stderr, 'source-annotator: cannot read /dev/zero: it is larger than the 20 MB limit (raise it with --max-size)\n');
    });

    it('skips a --jsonl line over --max-size and answers the lines after it', async () => {
      const long = JSON.stringify({ id: 'long', text: article });
      const short = JSON.stringify({ id: 'short', text: 'Maria Lopez said “yes”.' });
      const run = await cli(['analyze', '--jsonl', '--max-size', '1KB'], { stdin: `${long}\n${short}\n` });
      assert.equal(run.code, 1);
      assert.equal(run.stderr, 'source-annotator: line 1: longer than the 1 KB limit (raise it with --max-size); skipped\n');
      assert.deepEqual(
        run.stdout
          .trim()
          .split('\n')
          .map(l => (JSON.parse(l) as { id: string }).id),
        ['short'],
      );
    });
  });

  describe('--jsonl input', () => {
    it('accepts a UTF-8 byte-order mark before the first line', async () => {
      const run = await cli(['analyze', '--jsonl'], { stdin: '\ufeff{"id": 1, "text": "Maria Lopez said “yes”."}\r\n{"id": 2, "text": "No."}\n' });
      assert.equal(run.stderr, '');
      assert.equal(run.code, 0);
      assert.deepEqual(
        run.stdout
          .trim()
          .split('\n')
          .map(l => (JSON.parse(l) as { id: number }).id),
        [1, 2],
      );
    });

    it('shows invisible characters in its messages', async () => {
      const run = await cli(['analyze', '--jsonl'], { stdin: '{"id": 1, "text": "a"}\n\u200b{"id": 2}\n' });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^source-annotator: line 2: not valid JSON \(.*\\u200b.*\)\n$/);
      assert.ok(!run.stderr.includes('\u200b'), run.stderr);
    });
  });

  describe('terminal output', () => {
    // Sequences that would clear the screen, set the window title, or hide text.
    const hostile = '\x1b[2J\x1b]0;pwned\x07\x9b31m\u202e';
    const raw = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/;

    it('prints control characters from labels, notes and quoted text as visible escapes', async () => {
      const dir = folder();
      const file = join(dir, 'article.txt');
      writeFileSync(file, `Maria Lopez said${hostile} “yes”.\n`);
      const tagged = await cli(['tag', file, '--start', '0', '--end', '11', '--label', `${hostile}red`, '--note', `see${hostile}`]);
      assert.equal(tagged.code, 0, tagged.stderr);
      assert.doesNotMatch(tagged.stdout, raw);
      const listed = await cli(['tags', file]);
      assert.doesNotMatch(listed.stdout, raw);
      assert.ok(listed.stdout.includes('\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202ered: “Maria Lopez”  — see\\x1b[2J'), listed.stdout);

      const json = await cli(['tags', file, '--json']);
      assert.doesNotMatch(json.stdout.trim(), raw);
      assert.equal((JSON.parse(json.stdout) as { tags: ListedTag[] }).tags[0].label, `${hostile}red`, 'JSON still carries the exact label');
    });

    it('shows control characters in an analysed article as escapes, keeping only its own colour codes', async () => {
      const file = join(folder(), 'article.txt');
      writeFileSync(file, `Maria Lopez, 52, said${hostile}: “We counted 1,200 ballots.”\n`);
      const plain = await cli(['analyze', file]);
      assert.equal(plain.code, 0, plain.stderr);
      assert.doesNotMatch(plain.stdout, raw);
      assert.ok(plain.stdout.includes('said\\x1b[2J\\x1b]') && plain.stdout.includes('pwned\\x07\\x9b') && plain.stdout.includes('\\u202e:'), plain.stdout);
      const coloured = await cli(['analyze', file], { colour: true });
      const escapes = coloured.stdout.match(/\x1b\[[0-9;]*m|\x1b/g) ?? [];
      assert.ok(escapes.length > 0);
      for (const e of escapes) assert.match(e, /^\x1b\[[0-9;]*m$/, 'only colour codes');
      assert.doesNotMatch(coloured.stdout, /[\x00-\x08\x0b-\x1a\x1c-\x1f\x7f-\x9f]/);
      const json = await cli(['analyze', '--json', file]);
      assert.doesNotMatch(json.stdout.trim(), raw);
    });

    it('shows control characters in a file name in error messages', async () => {
      const run = await cli(['analyze', join(folder(), 'gone\x1b[2J.txt')]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /gone\\x1b\[2J\.txt: no such file\n$/);
    });
  });
});
