import assert from 'node:assert/strict';
import { DocumentTags, TagInputError, type TagChangeEvent } from '../../../src/annotations/documentTags';
import type { Tag } from '../../../src/annotations/types';

const text = 'Wei Xiaojun said there is no sufficient evidence. Lance Ho declined to comment.';
const range = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

function clock() {
  let t = Date.parse('2025-03-01T10:00:00Z');
  return () => new Date((t += 1000));
}

function model() {
  let n = 0;
  return new DocumentTags([], { now: clock(), newId: () => `t-${++n}` });
}

describe('DocumentTags', () => {
  it('adds a tag with its quote, times and an exact anchor', () => {
    const m = model();
    const tag = m.add({ label: ' claim ', note: 'check this', ...range('no sufficient evidence') }, text);
    assert.equal(tag.label, 'claim');
    assert.equal(tag.note, 'check this');
    assert.equal(tag.anchor, 'exact');
    assert.equal(tag.quote.exact, 'no sufficient evidence');
    assert.equal(tag.quote.prefix, 'Wei Xiaojun said there is ');
    assert.equal(tag.quote.suffix, '. Lance Ho declined to comment.');
    assert.equal(tag.created, tag.modified);
    assert.deepEqual(m.tags, [tag]);
  });

  it('refuses bad input with a message for the user, and changes nothing', () => {
    const m = model();
    assert.throws(() => m.add({ label: '', start: 0, end: 3 }, text), TagInputError);
    assert.throws(() => m.add({ label: 'x', start: 5, end: 5 }, text), /empty/);
    assert.throws(() => m.add({ label: 'x', start: 8, end: 3 }, text), /empty/);
    assert.throws(() => m.add({ label: 'x', start: 0, end: text.length + 1 }, text), /outside the document \(its length is 79\)/);
    assert.throws(() => m.add({ label: 'x', start: 3, end: 4 }, text), /white space/);
    assert.throws(() => m.add({ label: 'x', start: 1, end: 2 }, '😀'), /splits a character/);
    assert.equal(m.size, 0);
    assert.equal(m.canUndo, false);
  });

  it('offers labels most recently used first', () => {
    const m = model();
    m.add({ label: 'person', ...range('Wei Xiaojun') }, text);
    m.add({ label: 'claim', ...range('no sufficient evidence') }, text);
    m.add({ label: 'person', ...range('Lance Ho') }, text);
    assert.deepEqual(m.labels(), ['person', 'claim']);
  });

  it('tells whether an operation is still the last undo step (for a late "Undo" button)', () => {
    const m = model();
    const a = m.add({ label: 'a', ...range('Wei Xiaojun') }, text);
    m.remove(a.id);
    const removal = m.undoToken;
    assert.ok(removal);
    assert.equal(m.undoToken, removal, 'nothing happened since');
    m.add({ label: 'b', ...range('Lance Ho') }, text);
    assert.notEqual(m.undoToken, removal, 'another removal or addition is on top now');
    m.undo();
    assert.equal(m.undoToken, removal, 'undoing the later step makes the removal the last one again');
  });

  it('undoes and redoes every kind of tag operation', () => {
    const m = model();
    const a = m.add({ label: 'claim', ...range('no sufficient evidence') }, text);
    m.setNote(a.id, 'a note');
    m.relabel(a.id, 'disputed');
    const b = m.add({ label: 'person', ...range('Lance Ho') }, text);
    m.remove(b.id);
    const snapshots: (readonly Tag[])[] = [];
    snapshots.push(m.tags);
    assert.equal(m.undo(), 'Remove Tag');
    assert.equal(m.get(b.id)?.label, 'person');
    assert.equal(m.undo(), 'Add Tag');
    assert.equal(m.get(b.id), undefined);
    assert.equal(m.undo(), 'Relabel Tag');
    assert.equal(m.get(a.id)?.label, 'claim');
    assert.equal(m.undo(), 'Edit Note');
    assert.equal(m.get(a.id)?.note, undefined);
    assert.equal(m.get(a.id)?.modified, a.modified, 'undo restores the modified time too');
    assert.equal(m.undo(), 'Add Tag');
    assert.equal(m.size, 0);
    assert.equal(m.undo(), undefined);
    for (let i = 0; i < 5; i++) m.redo();
    assert.deepEqual(m.tags, snapshots[0]);
    assert.equal(m.canRedo, false);
  });

  it('a new operation clears the redo history', () => {
    const m = model();
    m.add({ label: 'a', ...range('Wei') }, text);
    m.undo();
    m.add({ label: 'b', ...range('Lance') }, text);
    assert.equal(m.canRedo, false);
  });

  it('undoing a removal after the text was edited puts the tag where its text is now', () => {
    const m = model();
    const tag = m.add({ label: 'person', ...range('Lance Ho') }, text);
    m.remove(tag.id);
    m.applyEdits([{ rangeOffset: 0, rangeLength: 0, text: 'BEIJING – ' }]);
    m.undo();
    const edited = 'BEIJING – ' + text;
    const back = m.get(tag.id)!;
    assert.equal(edited.slice(back.start, back.end), 'Lance Ho');
  });

  it('re-attaches an orphan to a selection, undoably', () => {
    const m = model();
    const tag = m.add({ label: 'claim', ...range('no sufficient evidence') }, text);
    const deletion = { rangeOffset: text.indexOf('there is'), rangeLength: 'there is no sufficient evidence'.length, text: 'nothing' };
    const event = m.applyEdits([deletion]);
    assert.deepEqual(event?.orphaned, [tag.id]);
    assert.equal(m.get(tag.id)?.anchor, 'orphaned');
    assert.deepEqual(m.orphans.map(t => t.id), [tag.id]);
    const edited = text.slice(0, deletion.rangeOffset) + 'nothing' + text.slice(deletion.rangeOffset + deletion.rangeLength);
    const at = edited.indexOf('nothing');
    const attached = m.reattach(tag.id, { start: at, end: at + 7 }, edited);
    assert.equal(attached.anchor, 'exact');
    assert.equal(attached.quote.exact, 'nothing');
    m.undo();
    assert.equal(m.get(tag.id)?.anchor, 'orphaned');
    assert.equal(m.get(tag.id)?.quote.exact, 'no sufficient evidence');
    m.redo();
    assert.equal(m.get(tag.id)?.quote.exact, 'nothing');
  });

  it('confirms a fuzzy tag', () => {
    const fuzzy: Tag = { id: 't-9', label: 'x', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', anchor: 'fuzzy', ...range('Lance Ho'), quote: { exact: 'Lance Ho', prefix: '', suffix: '' } };
    const m = new DocumentTags([fuzzy]);
    assert.equal(m.confirm('t-9').anchor, 'exact');
    m.undo();
    assert.equal(m.get('t-9')?.anchor, 'fuzzy');
  });

  it('groups a transaction into one undo step', () => {
    const m = model();
    m.transaction('Tag All Mentions', () => {
      m.add({ label: 'p', ...range('Wei') }, text);
      m.add({ label: 'p', ...range('Lance') }, text);
    });
    assert.equal(m.size, 2);
    assert.equal(m.undo(), 'Tag All Mentions');
    assert.equal(m.size, 0);
  });

  it('tells listeners what changed and whether to save', () => {
    const m = model();
    const events: TagChangeEvent[] = [];
    const subscription = m.onDidChange(e => events.push(e));
    const tag = m.add({ label: 'p', ...range('Wei') }, text);
    m.applyEdits([{ rangeOffset: 0, rangeLength: 0, text: 'Mr ' }]);
    m.applyEdits([{ rangeOffset: 50, rangeLength: 0, text: 'x' }]); // after the tag: nothing to tell
    subscription.dispose();
    m.remove(tag.id);
    assert.deepEqual(
      events.map(e => [e.reason, e.ids, e.persist]),
      [
        ['add', [tag.id], true],
        ['edit', [tag.id], false],
      ],
    );
  });

  it('lists tags by position with orphans last, and finds the tags at an offset', () => {
    const m = model();
    const late = m.add({ label: 'b', ...range('Lance Ho') }, text);
    const early = m.add({ label: 'a', ...range('Wei Xiaojun') }, text);
    const inner = m.add({ label: 'c', ...range('Xiaojun') }, text);
    assert.deepEqual(m.tags.map(t => t.id), [early.id, inner.id, late.id]);
    assert.deepEqual(m.tagsAt(text.indexOf('Xiaojun') + 2).map(t => t.id), [early.id, inner.id]);
    m.applyEdits([{ rangeOffset: 0, rangeLength: 'Wei Xiaojun'.length, text: '' }]);
    assert.deepEqual(m.tags.map(t => t.id), [late.id, early.id, inner.id]);
  });

  describe('merging changes made on disk', () => {
    const base = (m: DocumentTags) => m.tags;

    it('keeps my new tags and takes in tags added on disk', () => {
      const m = model();
      m.add({ label: 'mine', ...range('Wei') }, text);
      const disk = new DocumentTags([], { now: clock(), newId: () => 't-disk' });
      disk.add({ label: 'theirs', ...range('Lance') }, text);
      const needsSave = m.mergeFromDisk(disk.tags);
      assert.deepEqual(m.tags.map(t => t.label).sort(), ['mine', 'theirs']);
      assert.equal(needsSave, true);
    });

    it('honours deletions and edits on either side, and keeps a tag one side changed and the other deleted', () => {
      const m = model();
      const a = m.add({ label: 'a', ...range('Wei') }, text);
      const b = m.add({ label: 'b', ...range('Lance') }, text);
      const c = m.add({ label: 'c', ...range('comment') }, text);
      m.markSynced(base(m));
      const synced = m.tags;
      // On disk: a deleted, b relabelled, c unchanged. Here: c deleted, a given a note.
      const theirs = synced.filter(t => t.id !== a.id).map(t => (t.id === b.id ? { ...t, label: 'B', modified: '2030-01-01T00:00:00.000Z' } : t));
      m.remove(c.id);
      m.setNote(a.id, 'mine');
      m.mergeFromDisk(theirs);
      assert.deepEqual(
        m.tags.map(t => [t.id, t.label, t.note]),
        [
          [a.id, 'a', 'mine'], // deleted on disk but changed here: kept
          [b.id, 'B', undefined], // changed on disk: taken
        ],
      );
    });
  });
});
