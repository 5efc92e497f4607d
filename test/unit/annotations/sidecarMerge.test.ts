// The three-way merge of sidecars that git's merge driver runs, and the file layout that keeps
// git's own text merge from needing it: hand-made cases, a fast-check property, and line diffs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { formatSidecar, parseSidecar, serializeSidecar, type SidecarContent } from '../../../src/annotations/sidecarFormat';
import { mergeSidecars } from '../../../src/annotations/sidecarMerge';
import type { Correction, Tag } from '../../../src/annotations/types';

const text = 'Wei Xiaojun said there is no sufficient evidence. Lance Ho declined to comment. Acme Corp. said nothing.';
const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' as const };
function tag(id: string, exact: string, label: string, extra: Partial<Tag> = {}): Tag {
  const start = text.indexOf(exact);
  return { id, label, ...times, start, end: start + exact.length, quote: { exact, prefix: '', suffix: '' }, ...extra };
}
function sidecar(tags: Tag[], corrections: Correction[] = []): SidecarContent {
  return parseSidecar(serializeSidecar({ documentName: 'a.txt', text, tags, corrections, verifications: [] }));
}
const labels = (tags: readonly Tag[]) => Object.fromEntries(tags.map(t => [t.id, t.label]));

describe('sidecar merge (three-way, by id)', () => {
  const base = sidecar([tag('t-1', 'Wei Xiaojun', 'person'), tag('t-2', 'Lance Ho', 'person'), tag('t-3', 'no sufficient evidence', 'claim')]);

  it('keeps additions of both sides, applies a one-sided change and a one-sided deletion', () => {
    const ours = sidecar([tag('t-1', 'Wei Xiaojun', 'source'), tag('t-2', 'Lance Ho', 'person'), tag('t-3', 'no sufficient evidence', 'claim'), tag('t-4', 'Acme Corp.', 'org')]);
    const theirs = sidecar([tag('t-1', 'Wei Xiaojun', 'person'), tag('t-3', 'no sufficient evidence', 'claim'), tag('t-5', 'declined', 'verb')], [
      { id: 'c-1', as: 'quote', speaker: 'Lance Ho', ...times, start: 50, end: 58, quote: { exact: text.slice(50, 58), prefix: '', suffix: '' } },
    ]);
    const merged = mergeSidecars(base, ours, theirs);
    assert.deepEqual(labels(merged.tags), { 't-1': 'source', 't-3': 'claim', 't-4': 'org', 't-5': 'verb' });
    assert.deepEqual(merged.corrections.map(c => [c.id, c.speaker]), [['c-1', 'Lance Ho']]);
    assert.deepEqual(merged.conflicts, []);
  });

  it('keeps both versions of an item both sides changed differently, each pointing at the other', () => {
    const ours = sidecar([tag('t-1', 'Wei Xiaojun', 'person'), tag('t-2', 'Lance Ho', 'person'), tag('t-3', 'no sufficient evidence', 'disputed')]);
    const theirs = sidecar([tag('t-1', 'Wei Xiaojun', 'person'), tag('t-2', 'Lance Ho', 'person'), tag('t-3', 'no sufficient evidence', 'false')]);
    const merged = mergeSidecars(base, ours, theirs);
    assert.deepEqual(merged.conflicts, ['t-3']);
    const versions = merged.tags.filter(t => t.quote.exact === 'no sufficient evidence').map(t => [t.id, t.label, t.conflict?.with]);
    assert.deepEqual(versions, [
      ['t-3', 'disputed', 't-3-theirs'],
      ['t-3-theirs', 'false', 't-3'],
    ]);
    // The result is a valid sidecar.
    assert.equal(parseSidecar(formatSidecar({ name: 'a.txt' }, merged)).tags.length, 4);
  });

  it('takes the same change made on both sides (at different times) as one, and ignores moves', () => {
    const ours = sidecar([tag('t-1', 'Wei Xiaojun', 'source', { modified: '2026-02-01T00:00:00.000Z' }), tag('t-2', 'Lance Ho', 'person')]);
    const moved = { ...tag('t-2', 'Lance Ho', 'person'), anchor: 'moved' as const, start: 0, end: 8, quote: { exact: 'Lance Ho', prefix: 'x', suffix: 'y' } };
    const theirs = { ...sidecar([tag('t-1', 'Wei Xiaojun', 'source', { modified: '2026-03-01T00:00:00.000Z' })]), tags: [...sidecar([tag('t-1', 'Wei Xiaojun', 'source')]).tags, { ...moved, hasPosition: true }] };
    const merged = mergeSidecars(base, ours, theirs);
    assert.deepEqual(merged.conflicts, []);
    assert.deepEqual(labels(merged.tags), { 't-1': 'source', 't-2': 'person' });
  });

  it('keeps an item one side changed and the other deleted, and says so', () => {
    const ours = sidecar([tag('t-1', 'Wei Xiaojun', 'source'), tag('t-2', 'Lance Ho', 'person'), tag('t-3', 'no sufficient evidence', 'claim')]);
    const theirs = sidecar([tag('t-2', 'Lance Ho', 'person'), tag('t-3', 'no sufficient evidence', 'claim')]);
    const merged = mergeSidecars(base, ours, theirs);
    assert.deepEqual(labels(merged.tags), { 't-1': 'source', 't-2': 'person', 't-3': 'claim' });
    assert.deepEqual(merged.keptDespiteDeletion, ['t-1']);
  });

  it('never loses an item a side added and kept, never keeps one a side deleted while the other left it alone (fast-check)', () => {
    const pool = ['Wei Xiaojun', 'Lance Ho', 'no sufficient evidence', 'Acme Corp.', 'declined', 'nothing'];
    const edit = fc.constantFrom('keep', 'delete', 'relabel-a', 'relabel-b');
    const additions = fc.array(fc.record({ exact: fc.constantFrom(...pool), label: fc.constantFrom('person', 'claim', 'org') }), { maxLength: 4 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 6 }), fc.array(edit, { minLength: 6, maxLength: 6 }), fc.array(edit, { minLength: 6, maxLength: 6 }), additions, additions, (baseTexts, oursEdits, theirsEdits, oursAdded, theirsAdded) => {
        const baseTags = baseTexts.map((exact, i) => tag(`t-b${i}`, exact, 'base'));
        const side = (edits: string[], added: { exact: string; label: string }[], name: string) => [
          ...baseTags.flatMap((t, i) => (edits[i] === 'delete' ? [] : edits[i] === 'keep' ? [t] : [{ ...t, label: edits[i] }])),
          ...added.map((a, i) => tag(`t-${name}${i}`, a.exact, a.label)),
        ];
        const merged = mergeSidecars(sidecar(baseTags), sidecar(side(oursEdits, oursAdded, 'o')), sidecar(side(theirsEdits, theirsAdded, 't')));
        const reread = parseSidecar(formatSidecar({ name: 'a.txt' }, merged));
        const ids = new Set(reread.tags.map(t => t.id));
        for (let i = 0; i < oursAdded.length; i++) assert.ok(ids.has(`t-o${i}`));
        for (let i = 0; i < theirsAdded.length; i++) assert.ok(ids.has(`t-t${i}`));
        baseTags.forEach((t, i) => {
          const [o, th] = [oursEdits[i], theirsEdits[i]];
          if ((o === 'delete' && th === 'keep') || (th === 'delete' && o === 'keep') || (o === 'delete' && th === 'delete')) assert.ok(!ids.has(t.id), `${t.id} was deleted`);
          else assert.ok(ids.has(t.id), `${t.id} was kept or changed`);
          if (o !== 'delete' && th !== 'delete' && o !== th && o !== 'keep' && th !== 'keep') assert.ok(ids.has(`${t.id}-theirs`), 'both versions of a conflict');
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('sidecar layout for small diffs', () => {
  const tags = [tag('t-1a', 'Wei Xiaojun', 'person'), tag('t-5e', 'Lance Ho', 'person'), tag('t-9c', 'no sufficient evidence', 'claim'), tag('t-c2', 'Acme Corp.', 'org')];
  const write = (items: Tag[], t = text) => serializeSidecar({ documentName: 'a.txt', text: t, tags: items, corrections: [], verifications: [] });

  /** Line numbers (in `before`) of the lines that differ, by the longest common subsequence. */
  function changedLines(before: string, after: string): number[] {
    const a = before.split('\n');
    const b = after.split('\n');
    const lcs = a.map(() => new Array<number>(b.length + 1).fill(0));
    lcs.push(new Array<number>(b.length + 1).fill(0));
    for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    const changed: number[] = [];
    let [i, j] = [0, 0];
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) [i, j] = [i + 1, j + 1];
      else if (lcs[i + 1][j] >= lcs[i][j + 1]) changed.push(i++);
      else j++;
    }
    while (i < a.length) changed.push(i++);
    return changed;
  }

  /** The line range of a tag's object in the file. */
  function linesOf(file: string, id: string): [number, number] {
    const lines = file.split('\n');
    const first = lines.findIndex(l => l.includes(`"id": "${id}"`)) - 1;
    return [first, lines.findIndex((l, i) => i > first && /^ {4}\},?$/.test(l))];
  }

  it('changes only the lines of the one tag that changed', () => {
    const before = write(tags);
    const after = write(tags.map(t => (t.id === 't-5e' ? { ...t, label: 'spokesman', modified: '2026-05-05T00:00:00.000Z' } : t)));
    const [first, last] = linesOf(before, 't-5e');
    const changed = changedLines(before, after);
    assert.ok(changed.length > 0);
    assert.ok(changed.every(n => n > first && n < last), `changed lines ${changed.join(',')} lie inside ${first}–${last}`);
  });

  it('keeps every tag in its place in the file when the text is edited, even one whose text was deleted', () => {
    // Sorted by position, an orphan went to the end of the file: a diff of two tags for one change.
    const edited = text.replace('Wei Xiaojun', 'He');
    const follow = (t: Tag): Tag => (t.id === 't-1a' ? { ...t, anchor: 'orphaned', start: 0, end: 0 } : { ...t, start: t.start - 9, end: t.end - 9 });
    const before = write(tags);
    const after = write(tags.map(follow), edited);
    const ids = (file: string) => [...file.matchAll(/"id": "(.*?)"/g)].map(m => m[1]);
    assert.deepEqual(ids(after), ids(before));
  });

  it('lets plain git merge-file take tags added on two branches at different places', function () {
    this.timeout(20000);
    const dir = mkdtempSync(join(tmpdir(), 'sa-merge-file-'));
    try {
      const files = {
        base: write(tags),
        ours: write([...tags, tag('t-33', 'declined', 'verb')]),
        theirs: write([...tags, tag('t-f0', 'nothing', 'claim')]),
      };
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      const run = spawnSync('git', ['merge-file', 'ours', 'base', 'theirs'], { cwd: dir, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        parseSidecar(readFileSync(join(dir, 'ours'), 'utf8')).tags.map(t => t.id),
        ['t-1a', 't-33', 't-5e', 't-9c', 't-c2', 't-f0'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
