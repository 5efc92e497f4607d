// The CLI over the corrected analysis: `analyze` applies the sidecar's corrections and verdicts
// (and --raw does not read it), `export --format claimreview`, and `speakers` across articles.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeQuote, serializeSidecar, type Correction, type CorrectionKind, type Verification, type VerificationStatus } from '../../../src/annotations';
import { cli } from './cliHarness';

const A =
  'Mayor Elena Marsh spoke at the bridge. “We will rebuild the bridge,” Marsh said. Apple said it sold 1,200 phones.\n\n' + 'Tom Reyes, the treasurer, disagreed. “The money is not there,” he said.\n';
const B = 'Elena Marsh opened the session. “We start today,” she said.\n\n“Nobody knows,” a clerk said.\n';
const times = { created: '2026-03-01T10:00:00.000Z', modified: '2026-03-04T09:30:00.000Z', anchor: 'exact' as const };

function at(text: string, exact: string) {
  const start = text.indexOf(exact);
  assert.ok(start >= 0);
  return { start, end: start + exact.length, quote: describeQuote(text, start, start + exact.length) };
}
const correction = (text: string, id: string, exact: string, as: CorrectionKind, extra: Partial<Correction> = {}): Correction => ({ id, as, ...times, ...at(text, exact), ...extra });
const verdict = (text: string, id: string, exact: string, status: VerificationStatus, extra: Partial<Verification> = {}): Verification => ({ id, status, ...times, ...at(text, exact), ...extra });

interface Item {
  text: string;
  origin?: string;
  speaker?: string | null;
  verification?: { status: string; source?: string; note?: string };
  correction?: { id: string; modified: string };
}
interface AnalyzeJson {
  people: Item[];
  quotes: Item[];
  numbers: Item[];
  entities: { name: string }[];
}

describe('CLI: the corrected analysis', () => {
  let dir: string;
  let a: string;
  let b: string;
  const sidecarA = () => `${a}.annotations.json`;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-corrected-'));
    mkdirSync(join(dir, 'news', 'old'), { recursive: true });
    a = join(dir, 'news', 'a.txt');
    b = join(dir, 'news', 'old', 'b.txt');
    writeFileSync(a, A);
    writeFileSync(b, B);
    writeFileSync(join(dir, 'news', 'notes.json'), '{}');
    writeFileSync(
      sidecarA(),
      serializeSidecar({
        documentName: 'a.txt',
        text: A,
        tags: [{ id: 't-1', label: 'claim', ...times, ...at(A, 'The money is not there') }],
        corrections: [
          correction(A, 'c-1', '“We will rebuild the bridge,”', 'quote', { speaker: 'Tom Reyes' }),
          correction(A, 'c-2', '1,200', 'none'),
          correction(A, 'c-3', 'Apple', 'person', { entity: 'Apple Seed' }),
        ],
        verifications: [
          verdict(A, 'v-1', '“The money is not there,”', 'disputed', { source: 'https://example.org/minutes', note: 'the minutes say otherwise', creator: { name: 'Ana Ruiz' } }),
          verdict(A, 'v-2', '“We will rebuild the bridge,”', 'verified'),
        ],
      }),
    );
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('analyze --json applies the corrections and verdicts: every item has its origin', async () => {
    const run = await cli(['analyze', '--json', a]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as AnalyzeJson;
    for (const item of [...out.people, ...out.quotes, ...out.numbers]) assert.ok(item.origin === 'analysis' || item.origin === 'correction');
    assert.deepEqual(
      out.quotes.map(q => [q.speaker, q.origin, q.verification]),
      [
        ['Tom Reyes', 'correction', { status: 'verified' }],
        ['Tom Reyes', 'analysis', { status: 'disputed', source: 'https://example.org/minutes', note: 'the minutes say otherwise' }],
      ],
    );
    assert.deepEqual(out.quotes[0].correction, { id: 'c-1', modified: '2026-03-04T09:30:00.000Z' });
    assert.deepEqual(out.numbers, []);
    assert.deepEqual(
      out.people.map(p => [p.text, p.origin]),
      [
        ['Elena Marsh', 'analysis'],
        ['Marsh', 'analysis'],
        ['Apple', 'correction'],
        ['Tom Reyes', 'analysis'],
      ],
    );
    assert.deepEqual(
      out.entities.map(e => e.name),
      ['Elena Marsh', 'Tom Reyes', 'Apple Seed'],
    );
  });

  it('analyze --raw prints the analysis alone and does not read the sidecar at all', async () => {
    writeFileSync(sidecarA(), '{ broken');
    const run = await cli(['analyze', '--json', '--raw', a]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as AnalyzeJson;
    assert.deepEqual(
      out.quotes.map(q => q.speaker),
      ['Elena Marsh', 'Tom Reyes'],
    );
    assert.ok([...out.people, ...out.quotes, ...out.numbers].every(item => item.origin === undefined && item.verification === undefined));
    assert.deepEqual(
      out.numbers.map(n => n.text),
      ['1,200'],
    );
  });

  it('analyze text output marks corrected items and verdicts', async () => {
    const run = await cli(['analyze', a]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Tom Reyes: “We will rebuild the bridge,” \[corrected, verified\]/);
    assert.match(run.stdout, /Tom Reyes: “The money is not there,” \[disputed\]/);
    assert.match(run.stdout, /Apple Seed: 1 mention, 0 quotes \[1 corrected\]/);
    assert.doesNotMatch(run.stdout, /1,200 = 1200/);
  });

  it('a corrupt sidecar: a clear message naming the file, exit 1, the file untouched; the other files still analysed', async () => {
    writeFileSync(sidecarA(), '{ "version": 2, "tags": [], "corrections": [{ "id": "c-1", "as": "maybe" }] }');
    const before = readFileSync(sidecarA(), 'utf8');
    const run = await cli(['analyze', '--json', a, b]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /a\.txt\.annotations\.json: corrections\[0\]/);
    assert.equal(readFileSync(sidecarA(), 'utf8'), before);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.equal((JSON.parse(lines[0]) as { file: string }).file, b);
    for (const argv of [['export', a, '--format', 'claimreview'], ['speakers', a]]) {
      const failed = await cli(argv);
      assert.equal(failed.code, 1, argv.join(' '));
      assert.match(failed.stderr, /a\.txt\.annotations\.json: corrections\[0\]/);
    }
  });

  it('--jsonl stays the analysis alone', async () => {
    const run = await cli(['analyze', '--jsonl'], { stdin: JSON.stringify({ id: 1, text: A }) + '\n' });
    assert.equal(run.code, 0);
    const out = JSON.parse(run.stdout) as AnalyzeJson;
    assert.ok(out.quotes.every(q => q.origin === undefined));
  });

  it('export --format claimreview writes a ClaimReview for every quote with a verdict', async () => {
    const run = await cli(['export', a, '--format', 'claimreview']);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(run.stdout) as { '@context': string; '@graph': Record<string, unknown>[] };
    assert.equal(json['@context'], 'https://schema.org');
    const { itemReviewed, ...review } = json['@graph'][1];
    const claim = itemReviewed as { '@type': string; author: unknown; appearance: { '@type': string; url: string } };
    assert.deepEqual([claim['@type'], claim.author, claim.appearance['@type'], claim.appearance.url], ['Claim', { '@type': 'Person', name: 'Tom Reyes' }, 'CreativeWork', `file://${a}`]);
    assert.deepEqual(review, {
      '@type': 'ClaimReview',
      claimReviewed: 'The money is not there',
      reviewRating: { '@type': 'Rating', alternateName: 'disputed' },
      url: 'https://example.org/minutes',
      datePublished: '2026-03-04T09:30:00.000Z',
      author: { '@type': 'Person', name: 'Ana Ruiz' },
      reviewBody: 'the minutes say otherwise',
    });
    // The corrected speaker is the claim's author.
    assert.deepEqual((json['@graph'][0].itemReviewed as { author: unknown }).author, { '@type': 'Person', name: 'Tom Reyes' });
    assert.equal(json['@graph'].length, 2);
  });

  it('export: the Markdown report has the verdicts and the sourcing summary, the CSV the verdict of each tag\'s quote', async () => {
    const md = await cli(['export', a, '--format', 'markdown']);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /- \*\*Tom Reyes\*\* \(line 1\): “We will rebuild the bridge,” \*\(corrected\)\* — \*\*verified\*\*/);
    assert.match(md.stdout, /## Sourcing\n\n\| Speaker \| Quotes \| Quoted words \|\n\| --- \| ---: \| ---: \|\n\| Tom Reyes \| 2 \| 10 \|/);
    assert.match(md.stdout, /2 quotes \(10 quoted words\) from 1 speaker; 0 without a speaker; 1 verified, 1 disputed, 0 unverified\./);
    const csv = await cli(['export', a, '--format', 'csv']);
    assert.equal(csv.code, 0, csv.stderr);
    assert.match(csv.stdout, /^id,.*,modified,verdict\r\n/);
    assert.match(csv.stdout, /\r\nt-1,claim,[^]*,disputed\r\n/);
  });

  it('export: an unknown format and a missing file are clear errors', async () => {
    const unknown = await cli(['export', a, '--format', 'pdf']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown format "pdf" \(expected w3c\|csv\|markdown\|claimreview\)/);
    const missing = await cli(['export', join(dir, 'gone.txt'), '--format', 'claimreview']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read .*gone\.txt: no such file/);
  });

  it('speakers: every speaker across files and folders, merged by name, with the corrections applied', async () => {
    const run = await cli(['speakers', '--json', join(dir, 'news')], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout) as {
      articles: number;
      quotes: number;
      unattributed: unknown[];
      verdicts: Record<string, number>;
      speakers: { name: string; quotes: { article: string; status: string; corrected: boolean }[]; articles: string[] }[];
    };
    // notes.json is not an article.
    assert.equal(out.articles, 2);
    assert.equal(out.quotes, 4);
    assert.deepEqual(
      out.speakers.map(s => [s.name, s.quotes.length, s.articles]),
      [
        ['Tom Reyes', 2, [join('news', 'a.txt')]],
        ['Elena Marsh', 1, [join('news', 'old', 'b.txt')]],
        ['a clerk', 1, [join('news', 'old', 'b.txt')]],
      ],
    );
    assert.deepEqual(out.speakers[0].quotes.map(q => [q.status, q.corrected]), [
      ['verified', true],
      ['disputed', false],
    ]);
    assert.deepEqual(out.verdicts, { unverified: 2, verified: 1, disputed: 1, false: 0, misattributed: 0 });
    assert.deepEqual(out.unattributed, []);
  });

  it('speakers: text output, a missing path reported (exit 1) while the others are still counted, and no PATH a usage error', async () => {
    const run = await cli(['speakers', a, join(dir, 'nowhere'), b], { cwd: dir });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /cannot read .*nowhere: no such file or folder/);
    assert.match(run.stdout, /^2 articles: 4 quotes \(\d+ quoted words\) from 3 speakers, 0 without a speaker; 1 verified, 1 disputed, 2 unverified\n/);
    assert.match(run.stdout, /\nTom Reyes: 2 quotes, 10 words, in news\/a\.txt\n {4}news\/a\.txt:1 {2}“We will rebuild the bridge,” \[corrected, verified\]\n/);
    const none = await cli(['speakers']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /give at least one PATH/);
  });
});
