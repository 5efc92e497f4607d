// The cue finders' token tables (src/analysis/quotes/cueContext.ts, `TokenIndex`) are built
// table by table on first use, so that a paragraph without a quote builds none. Each table must
// still say what a walk over the tokens says, and `sentenceStartOf` (the walk `trailingCue` uses
// instead of the tables) must agree with the table of sentence starts.
import * as assert from 'node:assert/strict';
import { projectParagraphs } from './projectParagraphs';
import { parseParagraph, type Token } from '../../../src/analysis/text/tokens';
import { TokenIndex, isCueVerbAt, sentenceStartOf } from '../../../src/analysis/quotes/cueContext';
import { W, hasClass } from '../../../src/analysis/lexicon/lexicon';
import { Tag } from '../../../src/analysis/text/tokens';

/** The nearest index at or before `i` (step -1) or at or after it (step 1) whose token passes `test`. */
function walk(tokens: Token[], i: number, step: 1 | -1, test: (k: number) => boolean): number {
  for (let k = i; k >= 0 && k < tokens.length; k += step) if (test(k)) return k;
  return step < 0 ? -1 : tokens.length;
}

describe('the cue finders’ token tables', () => {
  it('read no token until a table is asked for', () => {
    const { tokens } = parseParagraph('Wei said the talks were “productive,” adding: “We will meet again.”');
    let reads = 0;
    const counted = new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const index = new TokenIndex(counted);
    assert.equal(reads, 0);
    assert.equal(index.prevSpeechNoun.length, tokens.length);
    assert.ok(reads >= tokens.length);
  });

  it('say what a walk over the tokens says, on every paragraph of the project', () => {
    let checked = 0;
    for (const text of projectParagraphs()) {
      const { tokens } = parseParagraph(text);
      const index = new TokenIndex(tokens);
      const sameSentence = (i: number) => (k: number) => tokens[k].sentence === tokens[i].sentence;
      for (let i = 0; i < tokens.length; i++) {
        const start = walk(tokens, i, -1, k => k === 0 || !sameSentence(i)(k - 1));
        assert.equal(index.sentenceStart[i], start);
        assert.equal(sentenceStartOf(tokens, i), start);
        assert.equal(index.sentenceEnd[i], walk(tokens, i, 1, k => k + 1 === tokens.length || !sameSentence(i)(k + 1)));
        assert.equal(index.prevCueVerb[i], walk(tokens, i, -1, k => isCueVerbAt(tokens, k)));
        assert.equal(index.prevSpeechNoun[i], walk(tokens, i, -1, k => hasClass(tokens[k].lower, W.SpeechNoun)));
        assert.equal(index.prevAccordingTo[i], walk(tokens, i, -1, k => k > 0 && tokens[k].lower === 'to' && tokens[k - 1].lower === 'according'));
        const finiteSpeechVerb = (k: number) => hasClass(tokens[k].lower, W.SpeechVerb) && !!(tokens[k].tags & Tag.Verb) && !tokens[k].lower.endsWith('ing');
        assert.equal(index.nextSpeechVerb[i], walk(tokens, i, 1, finiteSpeechVerb));
        const marked = tokens.slice(0, i).filter(t => /[“”"]/.test(t.pre + t.post)).length;
        assert.equal(index.quoteMarksBefore[i], marked);
        checked++;
      }
      assert.equal(index.nextSpeechVerb[tokens.length], tokens.length);
    }
    assert.ok(checked > 5000, `${checked} tokens checked`);
  });
});
