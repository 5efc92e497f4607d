// Property-based tests of re-anchoring after edits made outside the editor.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anchorTags, FUZZY_MAX_ERROR_RATE } from '../../../src/annotations/anchoring';
import { editDistance } from '../../../src/annotations/approximateMatch';
import { DocumentTags } from '../../../src/annotations/documentTags';
import { parseSidecar, serializeSidecar } from '../../../src/annotations/sidecarFormat';
import { anchorStoredTags } from '../../../src/annotations/sidecarStore';
import { QUOTE_CONTEXT_LENGTH } from '../../../src/annotations/types';
import { applyChanges, articleText, changesFor, editSeed, rangeIn, rangeSeed, untouched } from './generators';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Tags created the way the editor creates them, on random ranges of `text`. */
function tagged(text: string, seeds: { at: number; length: number }[]) {
  const model = new DocumentTags([], { now: () => new Date('2025-01-01T00:00:00Z') });
  for (const seed of seeds) {
    const range = rangeIn(text, seed);
    if (range) model.add({ label: 'l', ...range }, text);
  }
  return model.tags;
}

/** The recorded prefix ends just before `start` and the suffix starts just after `end` (white space aside). */
function framedByContext(text: string, start: number, end: number, quote: { prefix: string; suffix: string }): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  return (before.endsWith(quote.prefix) || before.trimEnd().endsWith(quote.prefix.trimEnd())) && (after.startsWith(quote.suffix) || after.trimStart().startsWith(quote.suffix.trimStart()));
}

const scenario = fc.record({ text: articleText, tags: fc.array(rangeSeed, { minLength: 1, maxLength: 12 }), edits: fc.array(editSeed, { minLength: 1, maxLength: 6 }) });

describe('anchoring properties (fast-check)', () => {
  it('re-anchoring an unchanged text is always exact, in place', () => {
    fc.assert(
      fc.property(articleText, fc.array(rangeSeed, { minLength: 1, maxLength: 12 }), (text, seeds) => {
        const tags = tagged(text, seeds);
        for (const unchanged of [true, false]) {
          const results = anchorTags(tags, text, { unchanged });
          results.forEach((r, i) => assert.deepEqual([r.status, r.start, r.end], ['exact', tags[i].start, tags[i].end]));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('after random edits, a tag points at its own text, or says it is fuzzy or orphaned — never silently at other text', () => {
    fc.assert(
      fc.property(scenario, ({ text, tags: seeds, edits }) => {
        const tags = tagged(text, seeds);
        // Through the sidecar file, as a real reopen would.
        const stored = parseSidecar(serializeSidecar({ documentName: 'a.txt', text, tags, corrections: [], verifications: [] })).tags;
        let edited = text;
        for (const seed of edits) edited = applyChanges(edited, changesFor(edited, seed));
        const { tags: anchored } = anchorStoredTags(stored, edited, false);
        anchored.forEach((tag, i) => {
          const original = stored[i].quote.exact;
          const now = edited.slice(tag.start, tag.end);
          if (tag.anchor === 'exact' || tag.anchor === 'moved') {
            assert.equal(now, original, `${tag.anchor} tag must hold its quote`);
            if (tag.anchor === 'exact') assert.equal(tag.start, stored[i].start);
          } else if (tag.anchor === 'fuzzy') {
            assert.ok(now.length > 0);
            // Similar text, or whatever now stands where the recorded context still frames it.
            const similar = editDistance(original, now) <= Math.floor(original.length * FUZZY_MAX_ERROR_RATE);
            assert.ok(similar || framedByContext(edited, tag.start, tag.end, stored[i].quote), `fuzzy match "${now}" too far from "${original}"`);
          }
          if (tag.anchor !== 'orphaned') assert.equal(tag.quote.exact, now, 'the quote describes the text at the position');
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('a tag whose text and context no edit touched is found, at its place when that is unambiguous', () => {
    fc.assert(
      fc.property(scenario, ({ text, tags: seeds, edits }) => {
        const tags = tagged(text, seeds);
        let edited = text;
        const truth: ({ start: number; end: number } | undefined)[] = tags.map(t => ({ start: Math.max(0, t.start - QUOTE_CONTEXT_LENGTH), end: Math.min(text.length, t.end + QUOTE_CONTEXT_LENGTH) }));
        for (const seed of edits) {
          const changes = changesFor(edited, seed);
          truth.forEach((range, i) => (truth[i] = range && untouched(range, changes)));
          edited = applyChanges(edited, changes);
        }
        const results = anchorTags(tags, edited);
        results.forEach((r, i) => {
          const margin = truth[i];
          if (!margin) return;
          const tag = tags[i];
          assert.ok(r.status === 'exact' || r.status === 'moved', `untouched tag "${tag.quote.exact}" was ${r.status}`);
          assert.equal(edited.slice(r.start, r.end), tag.quote.exact);
          const withContext = tag.quote.prefix + tag.quote.exact + tag.quote.suffix;
          const first = edited.indexOf(withContext);
          if (first >= 0 && edited.indexOf(withContext, first + 1) < 0) {
            assert.equal(r.start, margin.start + (tag.start - Math.max(0, tag.start - QUOTE_CONTEXT_LENGTH)));
          }
        });
      }),
      { numRuns: RUNS },
    );
  });
});
