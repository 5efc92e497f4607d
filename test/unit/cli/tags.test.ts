import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { runCli } from '../../../src/cli/main';
import type { ListedTag } from './cliHarness';

const article = readFileSync('seeds/000_da0d72e0fb9dfab8.txt', 'utf8');

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdin: Readable.from([]), stdout: t => (out += t), stderr: t => (err += t), colour: false, cwd });
  return { code, out, err };
}

/**
 * Runs the built CLI (dist/cli.js) as the unprivileged user "nobody" (needs root). The bundle is
 * copied into a folder anyone can read: the checkout itself may not be readable by "nobody".
 */
function runAsNobody(cwd: string, argv: string[]): { code: number; out: string; err: string } {
  const folder = mkdtempSync(join(tmpdir(), 'sa-cli-bundle-'));
  chmodSync(folder, 0o755);
  const cli = join(folder, 'cli.js');
  copyFileSync(join(__dirname, '..', '..', '..', '..', 'dist', 'cli.js'), cli);
  chmodSync(cli, 0o644);
  const result = spawnSync(process.execPath, [cli, ...argv], { cwd, uid: 65534, gid: 65534, encoding: 'utf8' });
  rmSync(folder, { recursive: true, force: true });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, out: result.stdout, err: result.stderr };
}

async function listed(cwd: string, file: string): Promise<ListedTag[]> {
  const { code, out } = await run(cwd, 'tags', file, '--json');
  assert.equal(code, 0);
  return (JSON.parse(out) as { tags: ListedTag[] }).tags;
}

describe('CLI: tag, tags, export', () => {
  let dir: string;
  const doc = 'article.txt';
  const sidecar = () => join(dir, 'article.txt.annotations.json');
  const at = (s: string) => ({ start: article.indexOf(s), end: article.indexOf(s) + s.length });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-cli-'));
    writeFileSync(join(dir, doc), article);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('tags a range and lists it back, exact', async () => {
    const { start, end } = at('Wei Xiaojun');
    const tagged = await run(dir, 'tag', doc, '--start', String(start), '--end', String(end), '--label', 'official', '--note', 'Ministry of Public Security');
    assert.equal(tagged.code, 0, tagged.err);
    assert.match(tagged.out, new RegExp(`^Tagged ${start}–${end} “Wei Xiaojun” as "official" \\(t-[0-9a-f]{12}\\) in .*article\\.txt\\.annotations\\.json\\n$`));
    const tags = await listed(dir, doc);
    assert.deepEqual(
      tags.map(({ id: _id, ...rest }) => rest),
      [{ label: 'official', note: 'Ministry of Public Security', start, end, text: 'Wei Xiaojun', status: 'exact' }],
    );
  });

  it('lists tags as they anchor to the file as it is now, without writing', async () => {
    for (const [label, s] of [
      ['official', 'Wei Xiaojun'],
      ['spokesman', 'Lance Ho'],
      ['claim', 'no sufficient evidence'],
    ]) {
      const { start, end } = at(s);
      assert.equal((await run(dir, 'tag', doc, `--start=${start}`, `--end=${end}`, `--label=${label}`)).code, 0);
    }
    const before = readFileSync(sidecar(), 'utf8');
    // Another version of the article: a new first paragraph, a reworded claim, Lance Ho gone.
    const edited = 'UPDATE: corrected.\n\n' + article.replace('no sufficient evidence', 'not sufficient evidence').replace(/The US Drug Enforcement[^\n]*\n/, '');
    writeFileSync(join(dir, doc), edited);
    const tags = await listed(dir, doc);
    const byLabel = new Map(tags.map(t => [t.label, t]));
    assert.deepEqual(byLabel.get('official'), { ...byLabel.get('official'), start: edited.indexOf('Wei Xiaojun'), status: 'moved', text: 'Wei Xiaojun' });
    assert.equal(byLabel.get('claim')?.status, 'fuzzy');
    assert.equal(byLabel.get('claim')?.text, 'not sufficient evidence');
    assert.deepEqual(byLabel.get('spokesman'), { ...byLabel.get('spokesman'), start: null, end: null, status: 'orphaned', text: 'Lance Ho' });
    const text = await run(dir, 'tags', doc);
    assert.match(text.out, /3 tags: 1 moved, 1 fuzzy, 1 orphaned/);
    assert.match(text.out, /Not saved: `tags` never writes/);
    assert.equal(readFileSync(sidecar(), 'utf8'), before);
  });

  it('reports a document without tags', async () => {
    assert.deepEqual(await listed(dir, doc), []);
    assert.match((await run(dir, 'tags', doc)).out, /^No tags: .*article\.txt\.annotations\.json does not exist\.\n$/);
  });

  it('points to tags left under the old name when the document was renamed outside the editor', async () => {
    const { start, end } = at('Wei Xiaojun');
    assert.equal((await run(dir, 'tag', doc, '--start', String(start), '--end', String(end), '--label', 'official')).code, 0);
    renameSync(join(dir, doc), join(dir, "Wei's story.txt"));
    const { code, out } = await run(dir, 'tags', "Wei's story.txt");
    assert.equal(code, 0);
    assert.match(out, /No tags: .*Wei's story\.txt\.annotations\.json does not exist\.\n1 tag saved for "article\.txt" \(saved for this exact text\) are next to Wei's story\.txt\. Was the document renamed\? To attach them: mv /);
    // The printed command works.
    const command = out.slice(out.indexOf('mv ') + 3).trim();
    const result = spawnSync('sh', ['-c', `mv ${command}`], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.equal((await listed(dir, "Wei's story.txt"))[0]?.text, 'Wei Xiaojun');
  });

  it('refuses bad ranges and labels with a clear message and leaves the sidecar alone', async () => {
    const cases: [string[], number, RegExp][] = [
      [['--start', '10', '--end', '5', '--label', 'x'], 2, /the range 10–5 is empty/],
      [['--start', '0', '--end', '999999', '--label', 'x'], 2, /outside the document \(its length is \d+\)/],
      [['--start', '0', '--end', '5', '--label', '  '], 2, /the label must not be empty/],
      [['--start', '-1', '--end', '5', '--label', 'x'], 2, /--start must be a non-negative integer/],
      [['--end', '5', '--label', 'x'], 2, /--start is required/],
      [['--start', '0', '--end', '5'], 2, /--label is required/],
    ];
    for (const [args, code, message] of cases) {
      const result = await run(dir, 'tag', doc, ...args);
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.err, message);
    }
    assert.equal(existsSync(sidecar()), false);
    const missing = await run(dir, 'tag', 'nope.txt', '--start', '0', '--end', '3', '--label', 'x');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /cannot read .*nope\.txt: no such file/);
  });

  it('reports a broken sidecar on stderr with exit code 1, and never overwrites it', async () => {
    writeFileSync(sidecar(), '{ "version": 1, "tags": [ ');
    for (const argv of [
      ['tags', doc, '--json'],
      ['tag', doc, '--start', '0', '--end', '4', '--label', 'x'],
      ['export', doc, '--format', 'csv'],
    ]) {
      const result = await run(dir, ...argv);
      assert.equal(result.code, 1, argv.join(' '));
      assert.equal(result.out, '');
      assert.match(result.err, /article\.txt\.annotations\.json: not valid JSON: line 1, column 27: unexpected end of file; expected a value/);
    }
    assert.equal(readFileSync(sidecar(), 'utf8'), '{ "version": 1, "tags": [ ');
  });

  it('reports a read-only folder without losing the sidecar', async () => {
    const { start, end } = at('Lance Ho');
    assert.equal((await run(dir, 'tag', doc, '--start', String(start), '--end', String(end), '--label', 'a')).code, 0);
    const before = readFileSync(sidecar(), 'utf8');
    chmodSync(dir, 0o555);
    try {
      // Root ignores file permissions (CI runs as root): then the built CLI runs as "nobody".
      const argv = ['tag', doc, '--start', String(start), '--end', String(end), '--label', 'b'];
      const result = process.getuid?.() === 0 ? runAsNobody(dir, argv) : await run(dir, ...argv);
      assert.equal(result.code, 1);
      assert.match(result.err, /could not save the tags \(permission denied\)/);
    } finally {
      chmodSync(dir, 0o755);
    }
    assert.equal(readFileSync(sidecar(), 'utf8'), before);
  });

  it('keeps offsets right in a file with a BOM, CRLF line ends and non-ASCII text', async () => {
    const body = 'Titre 😀\r\n\r\n« 我们不否认 », a dit Wei Xiaojun à Pékin.\r\n';
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]));
    const start = body.indexOf('我们不否认');
    assert.equal((await run(dir, 'tag', 'bom.txt', '--start', String(start), '--end', String(start + 5), '--label', 'quote')).code, 0);
    const pekin = body.indexOf('Pékin');
    assert.equal((await run(dir, 'tag', 'bom.txt', '--start', String(pekin), '--end', String(pekin + 5), '--label', 'place')).code, 0);
    assert.deepEqual(
      (await listed(dir, 'bom.txt')).map(t => [t.text, t.start, t.status]),
      [
        ['我们不否认', start, 'exact'],
        ['Pékin', pekin, 'exact'],
      ],
    );
    const w3c = JSON.parse((await run(dir, 'export', 'bom.txt', '--format', 'w3c')).out) as { first: { items: { target: { selector: { start?: number }[] } }[] } };
    // Code points: the emoji before the quote counts once.
    assert.equal(w3c.first.items[0].target.selector[0].start, start - 1);
  });

  it('exports the tags in each format', async () => {
    const { start, end } = at('Lance Ho');
    await run(dir, 'tag', doc, '--start', String(start), '--end', String(end), '--label', 'spokesman', '--note', 'DEA, Beijing');
    const csv = await run(dir, 'export', doc, '--format', 'csv');
    assert.equal(csv.code, 0);
    assert.match(csv.out, /^id,label,note,entity,status,start,end,text,prefix,suffix,created,modified,verdict\r\nt-[0-9a-f]{12},spokesman,"DEA, Beijing",,exact,\d+,\d+,Lance Ho,/);
    const md = await run(dir, 'export', doc, '--format', 'markdown');
    assert.match(md.out, /^# article\.txt\n/);
    assert.match(md.out, /## People \(\d+\)/);
    assert.match(md.out, /### spokesman \(1\)\n\n- “Lance Ho” \(line 11\)\n {2}DEA, Beijing/);
    const w3c = JSON.parse((await run(dir, 'export', doc, '--format', 'w3c')).out) as { type: string; total: number };
    assert.deepEqual([w3c.type, w3c.total], ['AnnotationCollection', 1]);
    const bad = await run(dir, 'export', doc, '--format', 'pdf');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown format "pdf" \(expected w3c\|csv\|markdown\|claimreview\)/);
  });

  it('works as a real process (dist/cli.js, after a build)', async function () {
    if (!existsSync('dist/cli.js')) this.skip();
    this.timeout(30000);
    const exec = promisify(execFile);
    const { start, end } = at('Wei Xiaojun');
    await exec(process.execPath, ['dist/cli.js', 'tag', join(dir, doc), '--start', String(start), '--end', String(end), '--label', 'official']);
    const { stdout } = await exec(process.execPath, ['dist/cli.js', 'tags', join(dir, doc), '--json']);
    assert.deepEqual(
      (JSON.parse(stdout) as { tags: ListedTag[] }).tags.map(t => [t.label, t.start, t.end, t.status]),
      [['official', start, end, 'exact']],
    );
    writeFileSync(sidecar(), 'garbage');
    await assert.rejects(exec(process.execPath, ['dist/cli.js', 'tags', join(dir, doc)]), (err: { code: number; stderr: string }) => err.code === 1 && /not valid JSON/.test(err.stderr));
  });
});
