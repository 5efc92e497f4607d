import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorTags } from '../../../src/annotations/anchoring';
import { DocumentTags } from '../../../src/annotations/documentTags';
import { trackChange, type TrackedAnchor } from '../../../src/annotations/liveEdits';
import { describeQuote } from '../../../src/annotations/quote';
import { parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import type { ContentChange } from '../../../src/annotations/types';
import { applyChanges, articleText, insertion, rangeIn, rangeSeed, untouched } from './generators';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** A tag on `exact` in `text` (its first occurrence, or the one at `from` or after), as the model tracks it. */
function tagOn(text: string, exact: string, from = 0): TrackedAnchor {
  const start = text.indexOf(exact, from);
  return { start, end: start + exact.length, anchor: 'exact', ...describeQuote(text, start, start + exact.length) };
}

/** A tag on `exact` in `text`, tracked through one change. */
function track(text: string, exact: string, change: ContentChange): { tag: TrackedAnchor; text: string } {
  const tag = trackChange(tagOn(text, exact), change);
  return { tag, text: applyChanges(text, [change]) };
}

const at = (text: string, s: string, length = 0, insert = ''): ContentChange => ({ rangeOffset: text.indexOf(s), rangeLength: length, text: insert });

describe('live edit tracking', () => {
  const text = 'Wei said there is no sufficient evidence, officials said.';

  it('shifts a tag when text is inserted before it', () => {
    const { tag, text: after } = track(text, 'no sufficient evidence', at(text, 'said', 0, 'also '));
    assert.equal(after.slice(tag.start, tag.end), 'no sufficient evidence');
  });

  it('does not grow a tag when typing at its start or its end', () => {
    const exact = 'no sufficient evidence';
    const before = track(text, exact, { rangeOffset: text.indexOf(exact), rangeLength: 0, text: 'X' });
    assert.equal(before.text.slice(before.tag.start, before.tag.end), exact);
    const after = track(text, exact, { rangeOffset: text.indexOf(exact) + exact.length, rangeLength: 0, text: 'X' });
    assert.equal(after.text.slice(after.tag.start, after.tag.end), exact);
  });

  it('grows and shrinks with edits inside it, keeping its text current', () => {
    const grown = track(text, 'no sufficient evidence', at(text, 'sufficient', 0, 'really '));
    assert.equal(grown.tag.exact, 'no really sufficient evidence');
    assert.equal(grown.text.slice(grown.tag.start, grown.tag.end), grown.tag.exact);
    const shrunk = track(text, 'no sufficient evidence', at(text, 'sufficient ', 'sufficient '.length));
    assert.equal(shrunk.tag.exact, 'no evidence');
    assert.equal(shrunk.tag.anchor, 'exact');
  });

  it('keeps the surviving part when an edit crosses one of its edges', () => {
    const left = track(text, 'no sufficient evidence', { rangeOffset: text.indexOf('is no'), rangeLength: 'is no suff'.length, text: '' });
    assert.equal(left.tag.exact, 'icient evidence');
    assert.equal(left.text.slice(left.tag.start, left.tag.end), 'icient evidence');
    const right = track(text, 'no sufficient evidence', { rangeOffset: text.indexOf('evidence'), rangeLength: 'evidence, officials'.length, text: 'proof' });
    assert.equal(right.tag.exact, 'no sufficient ');
    assert.equal(right.text.slice(right.tag.start, right.tag.end), 'no sufficient ');
  });

  it('orphans a tag whose text is deleted, and brings it back when the deletion is undone', () => {
    const deleted = 'there is no sufficient evidence, ';
    const deletion = at(text, deleted, deleted.length);
    const { tag, text: after } = track(text, 'sufficient evidence', deletion);
    assert.equal(tag.anchor, 'orphaned');
    assert.equal(tag.exact, 'sufficient evidence', 'keeps its last known text');
    // Undo re-inserts the deleted text where it was.
    const restored = trackChange(tag, { rangeOffset: deletion.rangeOffset, rangeLength: 0, text: deleted });
    assert.equal(restored.anchor, 'exact');
    assert.equal(applyChanges(after, [{ rangeOffset: deletion.rangeOffset, rangeLength: 0, text: deleted }]).slice(restored.start, restored.end), 'sufficient evidence');
  });

  it('brings back a short tag at the document start when its deletion is undone (its suffix, not its cut prefix, vouches)', () => {
    const doc = 'evidence” the Friday report.';
    const model = new DocumentTags();
    model.add({ label: 'l', start: 1, end: 2 }, doc);
    model.applyEdits([{ rangeOffset: 0, rangeLength: 2, text: '' }]);
    assert.equal(model.tags[0].anchor, 'orphaned');
    model.applyEdits([{ rangeOffset: 0, rangeLength: 0, text: 'ev' }]);
    assert.deepEqual([model.tags[0].start, model.tags[0].end, model.tags[0].anchor], [1, 2, 'exact']);
  });

  it('follows its text when a formatter or a reload replaces whole lines', () => {
    const doc = 'Line one.\nWei said there is no evidence.\nLine three.';
    const line = 'Wei said there is no evidence.';
    const { tag, text: after } = track(doc, 'no evidence', at(doc, line, line.length, 'Wei Xiaojun said there is no evidence.'));
    assert.equal(tag.anchor, 'exact');
    assert.equal(after.slice(tag.start, tag.end), 'no evidence');
  });

  it('becomes fuzzy when a replaced line holds a slightly different text', () => {
    const doc = 'Line one.\nthere is no sufficient evidence to show it\nLine three.';
    const line = 'there is no sufficient evidence to show it';
    const { tag, text: after } = track(doc, 'no sufficient evidence to show', at(doc, line, line.length, 'there is not sufficient evidence to show it'));
    assert.equal(tag.anchor, 'fuzzy');
    assert.equal(after.slice(tag.start, tag.end), tag.exact);
  });

  describe('a replaced tag is placed only where its text, word edges and context agree', () => {
    /** Replaces the line of `doc` holding `line` (its first occurrence) with `by`, as a formatter or VS Code's reload does. */
    const replaceLine = (doc: string, line: string, by: string): ContentChange => ({ rangeOffset: doc.indexOf(line), rangeLength: line.length, text: by });

    it('becomes fuzzy over "500" when the line holding a tag on "50" is rewritten with "500"', () => {
      const doc = 'The company spoke on Monday.\nThe new alloy is 50 times stronger than steel, it said.\nShares rose.';
      const line = 'The new alloy is 50 times stronger than steel, it said.';
      const change = replaceLine(doc, line, 'The new alloy is 500 times stronger than steel, it said.');
      const tag = trackChange(tagOn(doc, '50'), change);
      const after = applyChanges(doc, [change]);
      assert.deepEqual([tag.anchor, after.slice(tag.start, tag.end), tag.exact], ['fuzzy', '500', '500']);
    });

    it('is not exact on another sentence\'s "said" when its line is replaced by another line with "said", and the model reports it', () => {
      const doc = 'Officials at the customs office in Beijing said the shipments had stopped.\nPolice in Manila said they had seen none of them.\nThe talks resume next week.';
      const line = 'Officials at the customs office in Beijing said the shipments had stopped.';
      const model = new DocumentTags();
      const added = model.add({ label: 'verb', start: doc.indexOf('said'), end: doc.indexOf('said') + 4 }, doc);
      const change = replaceLine(doc, line, 'The reports were updated, a spokesman said on Friday.');
      const event = model.applyEdits([change]);
      const tag = model.get(added.id)!;
      const after = applyChanges(doc, [change]);
      assert.ok(tag.anchor === 'orphaned' || tag.anchor === 'fuzzy', `${tag.anchor} on "${after.slice(tag.start, tag.end)}" at ${tag.start}`);
      assert.deepEqual([...event!.orphaned, ...event!.fuzzy], [added.id], 'the status change is reported');
      // Undo puts the old line back: the tag is exact on its own "said" again.
      model.applyEdits([{ rangeOffset: change.rangeOffset, rangeLength: change.text.length, text: line }]);
      assert.deepEqual([model.get(added.id)!.anchor, model.get(added.id)!.start], ['exact', doc.indexOf('said')]);
    });

    it('does not move a tag on one person\'s age "40" to another person\'s "40" on the rewritten line', () => {
      const doc = 'The clinic closed on Friday.\nMaria Lopez, 40, a nurse, and Ana Ruiz, 40, a doctor, both lost their jobs.\nThe city did not comment.';
      const line = 'Maria Lopez, 40, a nurse, and Ana Ruiz, 40, a doctor, both lost their jobs.';
      const by = 'Maria Lopez, 41, a nurse, and Ana Ruiz, 40, a doctor, both lost their jobs.';
      const change = replaceLine(doc, line, by);
      const tag = trackChange(tagOn(doc, '40'), change);
      const after = applyChanges(doc, [change]);
      assert.notEqual(tag.start, after.indexOf('40'), `${tag.anchor} on Ana Ruiz's age`);
      assert.deepEqual([tag.anchor, after.slice(tag.start, tag.end)], ['fuzzy', '41']);
    });
  });

  it('applies the changes of one event in order, as VS Code reports multi-cursor edits', () => {
    // Two cursors typing "X" at offsets 3 and 10: VS Code sends the later one first.
    const doc = 'abcdefghijklmnop';
    const model = new DocumentTags();
    model.add({ label: 'l', start: 5, end: 8 }, doc); // "fgh"
    const changes = [
      { rangeOffset: 10, rangeLength: 0, text: 'X' },
      { rangeOffset: 3, rangeLength: 0, text: 'X' },
    ];
    model.applyEdits(changes);
    const after = applyChanges(doc, changes);
    assert.equal(after, 'abcXdefghijXklmnop');
    const tag = model.tags[0];
    assert.equal(after.slice(tag.start, tag.end), 'fgh');
  });

  describe('properties (fast-check)', () => {
    const change = (text: string) =>
      fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 40 }), text: fc.oneof(insertion, fc.constant('')) }).map(c => {
        let start = Math.floor(c.at * text.length);
        if (isLow(text, start)) start--;
        let end = Math.min(text.length, start + c.length);
        if (isLow(text, end)) end++;
        return { rangeOffset: start, rangeLength: end - start, text: c.text };
      });

    it('after any sequence of edits, every tag that is not orphaned covers exactly its recorded text', () => {
      fc.assert(
        fc.property(articleText, fc.array(rangeSeed, { minLength: 1, maxLength: 10 }), fc.array(fc.nat(), { minLength: 1, maxLength: 25 }), fc.nat(), (initial, seeds, steps, seed) => {
          const model = new DocumentTags();
          for (const s of seeds) {
            const range = rangeIn(initial, s);
            if (range) model.add({ label: 'l', ...range }, initial);
          }
          const originals = new Map<string, { exact: string; range: { start: number; end: number } | undefined }>(model.tags.map(t => [t.id, { exact: t.quote.exact, range: { start: t.start, end: t.end } }]));
          let text = initial;
          let random = seed;
          for (const step of steps) {
            random = (random * 1103515245 + 12345 + step) % 2147483648;
            const c = fc.sample(change(text), { seed: random, numRuns: 1 })[0];
            model.applyEdits([c]);
            for (const o of originals.values()) o.range = o.range && untouched(o.range, [c]);
            text = applyChanges(text, [c]);
          }
          for (const tag of model.tags) {
            if (tag.anchor === 'orphaned') continue;
            assert.ok(tag.start < tag.end, 'an anchored tag is never empty');
            assert.equal(text.slice(tag.start, tag.end), tag.quote.exact);
            const original = originals.get(tag.id)!;
            // No edit touched it: it is exactly where its text went, unchanged.
            if (original.range) assert.deepEqual([tag.start, tag.end, tag.quote.exact], [original.range.start, original.range.end, original.exact]);
          }
          // Compared with re-anchoring: the tracked tags, saved for this text and re-anchored
          // to it from scratch (as if the fingerprint were unknown), stay where tracking put them.
          const stored = parseSidecar(serializeSidecar({ documentName: 'a.txt', text, tags: model.tags, corrections: [], verifications: [] })).tags;
          const again = anchorTags(stored, text);
          stored.forEach((tag, i) => {
            if (tag.anchor !== 'orphaned') assert.deepEqual([again[i].status, again[i].start, again[i].end], ['exact', tag.start, tag.end]);
          });
        }),
        { numRuns: RUNS },
      );
    });

    it('deleting any range and undoing the deletion restores every tag it did not cut in part', () => {
      fc.assert(
        fc.property(articleText, fc.array(rangeSeed, { minLength: 1, maxLength: 10 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 400 }), (text, seeds, where, length) => {
          const model = new DocumentTags();
          for (const s of seeds) {
            const range = rangeIn(text, s);
            if (range) model.add({ label: 'l', ...range }, text);
          }
          let start = Math.floor(where * text.length);
          if (isLow(text, start)) start--;
          let end = Math.min(text.length, start + length);
          if (isLow(text, end)) end++;
          // A tag cut in part keeps only what survived (undo re-inserts the rest at its edge,
          // and typing at an edge never grows a tag); every other tag must come back as it was.
          const whole = (t: { start: number; end: number }) => t.end <= start || t.start >= end || (start <= t.start && t.end <= end);
          const before = model.tags.filter(whole).map(t => [t.id, t.start, t.end, t.anchor]);
          model.applyEdits([{ rangeOffset: start, rangeLength: end - start, text: '' }]);
          model.applyEdits([{ rangeOffset: start, rangeLength: 0, text: text.slice(start, end) }]);
          const ids = new Set(before.map(b => b[0]));
          assert.deepEqual(model.tags.filter(t => ids.has(t.id)).map(t => [t.id, t.start, t.end, t.anchor]), before);
        }),
        { numRuns: RUNS },
      );
    });
  });
});

function isLow(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return offset > 0 && offset < text.length && c >= 0xdc00 && c <= 0xdfff;
}
