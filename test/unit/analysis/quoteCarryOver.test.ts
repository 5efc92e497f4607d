// After a one-word edit of a long document the quotes the edit cannot change are carried over
// from the last run. Carrying them over must not read every quote's findings again: on a
// megabyte of news, following an object per quote to its pieces and findings (scattered over the
// heap) was most of an edit's time. Counted here through proxies on the paragraphs' quote
// findings (which the analysis caches and shares between runs), never timed.
import assert from 'node:assert/strict';
import { Analyzer } from '../../../src/analysis';
import { splitBlocks } from '../../../src/analysis/pipeline/blocks';
import { combine, type PreviousRun } from '../../../src/analysis/pipeline/document';
import { analyzeParagraph, type ParagraphFindings, type PlacedBlock } from '../../../src/analysis/pipeline/paragraph';
import type { Analysis } from '../../../src/analysis/types';

/** 300 paragraphs, each with a quote whose speaker is a pronoun for the person named before it. */
const LONG = Array.from({ length: 300 }, (_, i) => `Ana Lopez spoke on day ${i}. Reporters waited outside. “We are fine,” she said.`).join('\n\n');

/** Reads of a field of the quote findings, counted. */
const reads = { count: 0 };

/** The findings of a paragraph, its quotes wrapped to count every read of their fields. */
function countedFindings(text: string): ParagraphFindings {
  const findings = analyzeParagraph(text);
  const quotes = findings.quotes.map(
    q =>
      new Proxy(q, {
        get(target, key, receiver) {
          reads.count++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      }),
  );
  return { ...findings, quotes };
}

function run(text: string, blocks: PlacedBlock[], previous?: PreviousRun): Analysis {
  const pass = combine(text, blocks, previous);
  for (;;) {
    const r = pass.next();
    if (r.done) return r.value;
  }
}

describe('Quotes carried over after a one-word edit', () => {
  it('reads the findings of the quotes near the edit only', () => {
    const blocks: PlacedBlock[] = splitBlocks(LONG).map(b => ({ ...b, findings: countedFindings(b.text) }));
    run(LONG, blocks);
    // One word lengthened in paragraph 150, outside its quote: paragraph 150 is parsed again, the
    // others keep their (cached) findings and, after it, move by the edit's length.
    const edited = LONG.replace('Reporters waited outside. “We are fine,” she said.\n\nAna Lopez spoke on day 151.', 'Reporters waited outside again. “We are fine,” she said.\n\nAna Lopez spoke on day 151.');
    const delta = edited.length - LONG.length;
    const editedBlocks: PlacedBlock[] = blocks.map((b, i) => (i < 150 ? b : i === 150 ? { ...b, text: edited.slice(b.start, b.start + b.text.length + delta), findings: countedFindings(edited.slice(b.start, b.start + b.text.length + delta)) } : { ...b, start: b.start + delta }));
    assert.deepEqual(splitBlocks(edited), editedBlocks.map(b => ({ start: b.start, text: b.text, continuesParagraph: b.continuesParagraph })));
    reads.count = 0;
    const after = run(edited, editedBlocks, { text: LONG, blocks, replaced: { from: 150, count: 1, delta } });
    assert.deepEqual(after, new Analyzer().analyze(edited));
    assert.equal(after.quotes.length, 300);
    // The edited paragraph's quote and its neighbours' (a paragraph of quotation reads the one
    // before), a few fields each (53 reads): not several for each of the 300 quotes (641 reads
    // before they were carried over from lists of numbers).
    assert.ok(reads.count < 100, `${reads.count} reads of quote findings`);
  });
});
