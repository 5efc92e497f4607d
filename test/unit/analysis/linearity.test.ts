// Text shaped to make a per-mention walk over the document costly (see adversarialText.ts): no
// sentence breaks, one huge paragraph, many namesakes, thousands of quote marks. The analysis must give what a reader
// expects on them, and its work must grow in step with the document — counted, never timed
// (timings live in `npm run bench`).
import assert from 'node:assert/strict';
import { Analyzer } from '../../../src/analysis';
import { splitBlocks } from '../../../src/analysis/pipeline/blocks';
import { combine } from '../../../src/analysis/pipeline/document';
import { PAUSE_EVERY, type WorkCounter } from '../../../src/analysis/pipeline/documentWork';
import { analyzeParagraph } from '../../../src/analysis/pipeline/paragraph';
import { findNameCandidates } from '../../../src/analysis/people/candidates';
import { findCues } from '../../../src/analysis/quotes/cues';
import { findQuotePieces } from '../../../src/analysis/quotes/quoteMarks';
import { speechVeto } from '../../../src/analysis/quotes/speech';
import { parseParagraph, type Token } from '../../../src/analysis/text/tokens';
import { givenName, namesakes, noBreaks, onePara, quoteMarks } from './adversarialText';

/** Thousands of quote marks before one ordinary quote. */
const quotesThenOne = (k: number): string => quoteMarks(k) + 'Ana Lopez said: “We need them.”';

/** Token reads of the cue finders and the speech vetoes on every quote piece of one paragraph, counted through a proxy. */
function tokenReadsFor(paragraph: string): number {
  const { tokens } = parseParagraph(paragraph);
  let reads = 0;
  const counted: Token[] = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const { candidates } = findNameCandidates(tokens, paragraph);
  const pieces = findQuotePieces(paragraph);
  const { cues } = findCues(counted, paragraph, candidates, pieces);
  pieces.forEach((piece, i) => speechVeto(paragraph, counted, piece, cues[i]));
  return reads;
}

function stepsFor(text: string): number {
  const workCounter: WorkCounter = { steps: 0 };
  new Analyzer({ workCounter }).analyze(text);
  return workCounter.steps;
}

describe('Analysis of adversarial text', () => {
  it('gives every pronoun quote of a text without sentence breaks to the one person named', () => {
    const a = new Analyzer().analyze(noBreaks(40));
    assert.equal(a.quotes.length, 40);
    for (const q of a.quotes) assert.deepEqual([q.text, q.speaker, q.attribution], ['“we are fine”', 'John Smith', 'pronoun']);
    assert.equal(a.people.length, 40);
  });

  it('attributes the quotes of one huge paragraph as in a short one', () => {
    const a = new Analyzer().analyze(onePara(30));
    assert.equal(a.quotes.length, 30);
    for (const q of a.quotes) assert.deepEqual([q.text, q.speaker], ['“We need them,”', 'Ana Lopez']);
    assert.deepEqual(
      a.entities.map(e => [e.name, e.mentions.length]),
      [
        ['Ana Lopez', 30],
        ['Tom Reed', 30],
      ],
    );
  });

  it('resolves each surname to the namesake named just before it', () => {
    const k = 120;
    const text = namesakes(k);
    const a = new Analyzer().analyze(text);
    const expected: [string, string][] = [];
    for (let i = 0; i < k; i++) expected.push([`${givenName(i)} Smith`, `${givenName(i)} Smith`], ['Smith', `${givenName(i)} Smith`]);
    assert.deepEqual(
      a.people.map(p => [p.text, p.entity]),
      expected,
    );
  });

  it('still attributes a quote after thousands of quote marks', () => {
    const a = new Analyzer().analyze(quotesThenOne(2000));
    assert.deepEqual(
      a.quotes.map(q => [q.text, q.speaker]),
      [['“We need them.”', 'Ana Lopez']],
    );
  });

  for (const [shape, make, k] of [
    ['no sentence breaks', noBreaks, 150],
    ['one huge paragraph', onePara, 40],
    ['many namesakes', namesakes, 400],
    ['many quote marks', quotesThenOne, 2000],
  ] as const) {
    it(`does twice the work, not more, on twice the text: ${shape}`, () => {
      const once = stepsFor(make(k));
      const twice = stepsFor(make(2 * k));
      assert.ok(twice <= 2.2 * once, `${once} steps for ${make(k).length} characters, ${twice} for ${make(2 * k).length}`);
      assert.ok(twice <= 20 * make(2 * k).length, `${twice} steps for ${make(2 * k).length} characters`);
    });
  }

  it('reads each quote piece’s cues in a paragraph of many short quotes without walking back over the sentence', () => {
    // One sentence of 60, then 120 one-word quotes (one paragraph block): the cue finders run
    // for every piece, and must jump to what they look for rather than walk to the sentence start
    // (binary searches for a piece’s tokens cost a few reads more per piece: hence 2.6, not 2).
    const once = tokenReadsFor(quoteMarks(60));
    const twice = tokenReadsFor(quoteMarks(120));
    assert.ok(twice <= 2.6 * once, `${once} token reads for 60 quotes, ${twice} for 120`);
  });

  it('pauses the document pass in step with what it places: thousands of turned-down quote marks', () => {
    const text = quoteMarks(30000);
    const blocks = splitBlocks(text).map(block => ({ ...block, findings: analyzeParagraph(block.text) }));
    const pass = combine(text, blocks);
    let pauses = 0;
    let r = pass.next();
    for (; !r.done; r = pass.next()) pauses++;
    const placed = r.value.rejections?.length ?? 0;
    assert.equal(placed, 30000);
    // Each pause follows at most 2 × PAUSE_EVERY steps of work; placing one finding is one step.
    assert.ok(pauses >= placed / (2 * PAUSE_EVERY), `${pauses} pauses for ${placed} findings placed`);
  });

  it('pauses the document pass after every stretch of bounded work', () => {
    for (const text of [noBreaks(300), namesakes(1200)]) {
      const blocks = splitBlocks(text).map(block => ({ ...block, findings: analyzeParagraph(block.text) }));
      const counter: WorkCounter = { steps: 0 };
      const pass = combine(text, blocks, undefined, counter);
      let longest = 0;
      let pauses = 0;
      for (let since = 0; ; ) {
        const r = pass.next();
        longest = Math.max(longest, counter.steps - since);
        if (r.done) break;
        pauses++;
        since = counter.steps;
      }
      assert.ok(counter.steps > 4 * PAUSE_EVERY, `only ${counter.steps} steps: the text is too small to tell`);
      assert.ok(longest <= 2 * PAUSE_EVERY, `${longest} steps without a pause (${pauses} pauses, ${counter.steps} steps in all)`);
    }
  });
});
