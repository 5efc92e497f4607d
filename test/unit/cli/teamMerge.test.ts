// Two annotators on two branches of a real git repository: after `git-setup`, `git merge`
// combines their sidecars by annotation id (the built CLI, dist/cli.js, runs as git's driver).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseSidecar } from '../../../src/annotations/sidecarFormat';

const CLI = resolve('dist/cli.js');
const ARTICLE = 'article.txt';
const SIDECAR = `${ARTICLE}.annotations.json`;
const TEXT = 'Wei Xiaojun said there is no sufficient evidence.\n\n“We will appeal,” Lance Ho said on Monday.\n\nAcme Corp. declined to comment.\n';
// Git without the machine's own configuration: only what the test sets in the repository counts.
const ENV = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };

interface SidecarJson {
  tags: { id: string; label: string; modified: string; creator?: { name: string }; conflict?: { with: string }; target: { selector: { start?: number; end?: number; exact?: string }[] } }[];
  corrections?: Record<string, unknown>[];
}

describe('team merging in git (end to end, real git and the built CLI)', function () {
  this.timeout(60000);
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: ENV, encoding: 'utf8' });
  const cli = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { cwd: repo, env: ENV, encoding: 'utf8' });
  const sidecar = (): SidecarJson => JSON.parse(readFileSync(join(repo, SIDECAR), 'utf8')) as SidecarJson;
  const writeSidecar = (json: SidecarJson) => writeFileSync(join(repo, SIDECAR), JSON.stringify(json, null, 2) + '\n');
  const tagText = (exact: string, label: string, annotator?: string) => {
    const text = readFileSync(join(repo, ARTICLE), 'utf8');
    const start = text.indexOf(exact);
    const out = cli('tag', ARTICLE, '--start', String(start), '--end', String(start + exact.length), '--label', label, '--json', ...(annotator ? ['--annotator', annotator] : []));
    return (JSON.parse(out) as { tag: { id: string } }).tag.id;
  };
  const relabel = (id: string, label: string) => {
    const json = sidecar();
    const tag = json.tags.find(t => t.id === id)!;
    tag.label = label;
    tag.modified = new Date().toISOString();
    writeSidecar(json);
  };
  const commitAll = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '-m', message);
  };
  let wei: string, ho: string, claim: string;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'sa-team-'));
    git('init', '-q', '-b', 'main');
    git('config', 'user.name', 'Ana Ruiz');
    git('config', 'user.email', 'ana@example.org');
    writeFileSync(join(repo, ARTICLE), TEXT);
    wei = tagText('Wei Xiaojun', 'person');
    ho = tagText('Lance Ho', 'person');
    claim = tagText('no sufficient evidence', 'claim');
    const setUp = cli('git-setup');
    assert.match(setUp, /created \.gitattributes/);
    assert.match(cli('git-setup'), /nothing changed/);
    commitAll('article and tags');
  });

  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('records git’s user as the creator, and --annotator when given', () => {
    assert.deepEqual(sidecar().tags.find(t => t.id === wei)!.creator, { name: 'Ana Ruiz', email: 'ana@example.org' });
    const id = tagText('Acme Corp.', 'org', 'Ben Okafor <ben@example.org>');
    assert.deepEqual(sidecar().tags.find(t => t.id === id)!.creator, { name: 'Ben Okafor', email: 'ben@example.org' });
  });

  it('merges two annotators’ branches without a conflict, keeping every change of both', () => {
    git('checkout', '-q', '-b', 'a');
    const appeal = tagText('We will appeal', 'quote');
    const acme = tagText('Acme Corp.', 'org');
    relabel(wei, 'source');
    commitAll('A: two tags, one relabelled');

    git('checkout', '-q', '-b', 'b', 'main');
    // B also edits the article above most tags: the merged tags must find their text in the merged article.
    writeFileSync(join(repo, ARTICLE), TEXT.replace('\n\n“We', '\n\nOfficials disputed the claim.\n\n“We'));
    const monday = tagText('Monday', 'date');
    const json = sidecar();
    json.tags = json.tags.filter(t => t.id !== ho);
    const quote = '“We will appeal,”';
    const text = readFileSync(join(repo, ARTICLE), 'utf8');
    const start = text.indexOf(quote);
    const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z' };
    json.corrections = [
      {
        id: 'c-000000000001',
        as: 'quote',
        speaker: 'Lance Ho',
        ...times,
        anchor: 'exact',
        target: { selector: [{ type: 'TextPositionSelector', start, end: start + quote.length }, { type: 'TextQuoteSelector', exact: quote, prefix: text.slice(start - 32, start), suffix: text.slice(start + quote.length, start + quote.length + 32) }] },
      },
    ];
    writeSidecar(json);
    commitAll('B: a tag, one removed, a speaker corrected');

    const merge = spawnSync('git', ['merge', '--no-edit', 'a'], { cwd: repo, env: ENV, encoding: 'utf8' });
    assert.equal(merge.status, 0, merge.stdout + merge.stderr);
    const merged = readFileSync(join(repo, SIDECAR), 'utf8');
    const content = parseSidecar(merged);
    const byId = new Map(content.tags.map(t => [t.id, t]));
    assert.deepEqual([...byId.keys()].sort(), [wei, claim, appeal, acme, monday].sort());
    assert.equal(byId.get(wei)!.label, 'source');
    assert.deepEqual(
      content.corrections.map(c => [c.id, c.as, c.speaker]),
      [['c-000000000001', 'quote', 'Lance Ho']],
    );
    const mergedText = readFileSync(join(repo, ARTICLE), 'utf8');
    assert.match(mergedText, /Officials disputed the claim/);
    for (const item of [...content.tags, ...content.corrections]) assert.equal(mergedText.slice(item.start, item.end), item.quote.exact, `${item.id} points at its text in the merged article`);
    assert.equal(git('status', '--porcelain'), '');
  });

  it('keeps both versions of a tag both branches relabelled, marks the conflict, and exits 1', () => {
    git('checkout', '-q', '-b', 'a');
    relabel(claim, 'disputed');
    commitAll('A relabels');
    git('checkout', '-q', '-b', 'b', 'main');
    relabel(claim, 'false');
    commitAll('B relabels');

    const merge = spawnSync('git', ['merge', '--no-edit', 'a'], { cwd: repo, env: ENV, encoding: 'utf8' });
    assert.notEqual(merge.status, 0);
    assert.match(merge.stdout + merge.stderr, /CONFLICT/);
    assert.match(merge.stdout + merge.stderr, /changed differently on both sides/);
    assert.match(git('ls-files', '-u', SIDECAR), /article\.txt\.annotations\.json/);
    const content = parseSidecar(readFileSync(join(repo, SIDECAR), 'utf8'));
    const versions = content.tags.filter(t => t.quote.exact === 'no sufficient evidence');
    assert.deepEqual(
      versions.map(t => [t.id, t.label, t.conflict?.with]),
      [
        [claim, 'false', `${claim}-theirs`],
        [`${claim}-theirs`, 'disputed', claim],
      ],
    );
  });
});
