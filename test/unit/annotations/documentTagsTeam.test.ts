// The tag model's part in team work: the creator recorded on new tags, and resolving a merge
// conflict by keeping one version (one undo step).
import assert from 'node:assert/strict';
import { DocumentTags, TagInputError } from '../../../src/annotations/documentTags';
import type { Tag } from '../../../src/annotations/types';

const text = 'Wei Xiaojun said there is no sufficient evidence.';
const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' as const };
const at = (exact: string) => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length, quote: { exact, prefix: '', suffix: '' } };
};

describe('DocumentTags in a team', () => {
  it('records the current annotator as the creator of a new tag, and none when there is none', () => {
    let who: { name: string; email?: string } | undefined = { name: 'Ana Ruiz', email: 'ana@example.org' };
    const model = new DocumentTags([], { creator: () => who });
    assert.deepEqual(model.add({ label: 'person', ...at('Wei Xiaojun') }, text).creator, { name: 'Ana Ruiz', email: 'ana@example.org' });
    who = undefined;
    assert.ok(!('creator' in model.add({ label: 'claim', ...at('no sufficient evidence') }, text)));
  });

  it('resolves a conflict by keeping one version, without its mark; undo brings both back', () => {
    const ours: Tag = { id: 't-1', label: 'disputed', conflict: { with: 't-1-theirs' }, ...times, ...at('no sufficient evidence') };
    const theirs: Tag = { id: 't-1-theirs', label: 'false', conflict: { with: 't-1' }, ...times, ...at('no sufficient evidence') };
    const model = new DocumentTags([ours, theirs]);
    const kept = model.resolveConflict('t-1-theirs');
    assert.deepEqual(model.tags.map(t => [t.id, t.label, t.conflict]), [['t-1-theirs', 'false', undefined]]);
    assert.equal(kept.conflict, undefined);
    assert.equal(model.undo(), 'Resolve Conflict');
    assert.deepEqual(model.tags.map(t => [t.id, t.conflict?.with]).sort(), [['t-1', 't-1-theirs'], ['t-1-theirs', 't-1']]);
    model.redo();
    assert.deepEqual(model.tags.map(t => t.id), ['t-1-theirs']);
    assert.throws(() => model.resolveConflict('t-1-theirs'), TagInputError);
  });
});
