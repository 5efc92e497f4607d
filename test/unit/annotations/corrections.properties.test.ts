// Corrections and verdicts are anchored by the same code as tags: through random live edits
// and random outside edits (the file changed while closed), a correction and a verdict on a
// span end up exactly where a tag on the same span does.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentTags } from '../../../src/annotations/documentTags';
import { SidecarStore } from '../../../src/annotations/sidecarStore';
import { TagSession } from '../../../src/annotations/tagSession';
import type { AnchoredAnnotation } from '../../../src/annotations/types';
import { applyChanges, articleText, changesFor, editSeed, rangeIn, rangeSeed } from './generators';
import { MemoryFileSystem } from './memoryFileSystem';

const RUNS = 150;
const placeOf = (a: AnchoredAnnotation | undefined) => a && { start: a.start, end: a.end, anchor: a.anchor, exact: a.quote.exact };

describe('corrections and verdicts follow their text as tags do (properties)', () => {
  it('through random live edits, and back through undo of the correction', () => {
    fc.assert(
      fc.property(articleText, rangeSeed, fc.array(editSeed, { minLength: 1, maxLength: 6 }), (initial, seed, edits) => {
        const range = rangeIn(initial, seed);
        if (!range) return;
        const model = new DocumentTags();
        let text = initial;
        const tag = model.add({ label: 'claim', ...range }, text);
        const correction = model.correct({ as: 'none', ...range }, text);
        const verdict = model.verify({ status: 'verified', ...range }, text);
        for (const e of edits) {
          const changes = changesFor(text, e);
          text = applyChanges(text, changes);
          model.applyEdits(changes);
        }
        const expected = placeOf(model.get(tag.id));
        assert.deepEqual(placeOf(model.annotation(correction.id)), expected);
        assert.deepEqual(placeOf(model.annotation(verdict.id)), expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('through random outside edits, when the sidecar is loaded again', async () => {
    await fc.assert(
      fc.asyncProperty(articleText, rangeSeed, fc.array(editSeed, { minLength: 1, maxLength: 4 }), async (initial, seed, edits) => {
        const range = rangeIn(initial, seed);
        if (!range) return;
        const fs = new MemoryFileSystem();
        let text = initial;
        const { session } = await TagSession.open(new SidecarStore(fs), '/a.txt', () => text, { autoSave: false });
        const tag = session.model.add({ label: 'claim', ...range }, text);
        const correction = session.model.correct({ as: 'quote', speaker: 'Wei', ...range }, text);
        const verdict = session.model.verify({ status: 'false', ...range }, text);
        await session.save();
        for (const e of edits) text = applyChanges(text, changesFor(text, e));
        const { session: reopened, result } = await TagSession.open(new SidecarStore(fs), '/a.txt', () => text, { autoSave: false });
        assert.ok(result.ok);
        const expected = placeOf(reopened.model.get(tag.id));
        assert.deepEqual(placeOf(reopened.model.annotation(correction.id)), expected);
        assert.deepEqual(placeOf(reopened.model.annotation(verdict.id)), expected);
        assert.equal(result.report.changes.filter(c => c.id === correction.id).length, result.report.changes.filter(c => c.id === tag.id).length);
      }),
      { numRuns: 60 },
    );
  });
});
