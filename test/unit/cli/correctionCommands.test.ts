// The CLI's correct, verify and corrections commands: the same model as the editor, the sidecar
// written only for good input, and bad input refused with a message and exit code 2 (1 for a
// broken sidecar) with the sidecar left as it was.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Analyzer } from '../../../src/analysis';
import { cli } from './cliHarness';

const article = readFileSync('seeds/000_da0d72e0fb9dfab8.txt', 'utf8');
const firstQuote = new Analyzer().analyze(article).quotes[0];

interface Listed {
  corrections: { id: string; as: string; start: number | null; end: number | null; text: string; entity?: string; speaker?: string | null; status: string }[];
  verifications: { id: string; verdict: string; start: number | null; end: number | null; source?: string; status: string }[];
}

describe('CLI: correct, verify, corrections', () => {
  let dir: string;
  const doc = () => join(dir, 'article.txt');
  const sidecar = () => doc() + '.annotations.json';
  const at = (s: string) => ['--start', String(article.indexOf(s)), '--end', String(article.indexOf(s) + s.length)];
  const quoteSpan = () => ['--start', String(firstQuote.start), '--end', String(firstQuote.end)];
  const listed = async () => {
    const r = await cli(['corrections', doc(), '--json']);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout) as Listed;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sa-cli-corr-'));
    writeFileSync(doc(), article);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('corrects a speaker, and a second correction of the same quote replaces the first', async () => {
    assert.ok(firstQuote, 'the seed article has a quote');
    const first = await cli(['correct', doc(), ...quoteSpan(), '--as', 'quote', '--speaker', 'Lance Ho']);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Corrected \d+–\d+ “.*”: quote by “Lance Ho” \(c-[0-9a-f]{12}\) in /);
    const second = await cli(['correct', doc(), ...quoteSpan(), '--as', 'quote', '--no-speaker', '--json']);
    assert.equal(second.code, 0, second.stderr);
    const { corrections } = await listed();
    assert.deepEqual(
      corrections.map(({ id: _id, ...rest }) => rest),
      [{ as: 'quote', start: firstQuote.start, end: firstQuote.end, text: article.slice(firstQuote.start, firstQuote.end), speaker: null, status: 'exact' }],
    );
  });

  it('records a rejected and a missed person, and lists them with their anchoring as the file changes', async () => {
    assert.equal((await cli(['correct', doc(), ...at('Wei Xiaojun'), '--as', 'none'])).code, 0);
    assert.equal((await cli(['correct', doc(), ...at('Lance Ho'), '--as', 'person', '--entity', 'Lance Ho'])).code, 0);
    writeFileSync(doc(), 'UPDATE: corrected.\n\n' + article);
    const { corrections } = await listed();
    assert.deepEqual(corrections.map(c => [c.as, c.text, c.entity, c.status]), [
      ['none', 'Wei Xiaojun', undefined, 'moved'],
      ['person', 'Lance Ho', 'Lance Ho', 'moved'],
    ]);
    const text = await cli(['corrections', doc()]);
    assert.match(text.stdout, /moved .* not a person, quote or number: “Wei Xiaojun”/);
    assert.match(text.stdout, /2 corrections, 0 verdicts\n$/);
  });

  it('sets a verdict on a quote, with its source, and refuses a span that is not a quote', async () => {
    const good = await cli(['verify', doc(), ...quoteSpan(), '--status', 'verified', '--source', 'https://example.org/transcript']);
    assert.equal(good.code, 0, good.stderr);
    const { verifications } = await listed();
    assert.deepEqual(verifications.map(v => [v.verdict, v.source, v.start, v.status]), [['verified', 'https://example.org/transcript', firstQuote.start, 'exact']]);
    const before = readFileSync(sidecar(), 'utf8');
    const bad = await cli(['verify', doc(), ...at('Wei Xiaojun'), '--status', 'false']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /is not the span of a quote.*nothing was saved/);
    assert.equal(readFileSync(sidecar(), 'utf8'), before);
  });

  it('refuses bad input with a clear message and exit code 2, and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['correct', doc(), ...at('Wei Xiaojun'), '--as', 'company'], /unknown correction "company"; expected one of person, quote, number, none/],
      [['correct', doc(), ...at('Wei Xiaojun'), '--as', 'none', '--entity', 'Wei'], /an entity names a person/],
      [['correct', doc(), '--start', '5', '--end', String(article.length + 10), '--as', 'none'], /outside the document/],
      [['correct', doc(), ...at('Wei Xiaojun')], /--as is required/],
      [['verify', doc(), ...quoteSpan(), '--status', 'true'], /unknown status "true"/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, message);
      assert.equal(existsSync(sidecar()), false, `${argv.join(' ')} wrote nothing`);
    }
  });

  it('leaves a corrupt sidecar untouched and exits 1', async () => {
    writeFileSync(sidecar(), '{"version": 2, "tags": [');
    const r = await cli(['correct', doc(), ...at('Wei Xiaojun'), '--as', 'none']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /article\.txt\.annotations\.json: not valid JSON/);
    assert.equal(readFileSync(sidecar(), 'utf8'), '{"version": 2, "tags": [');
  });
});
