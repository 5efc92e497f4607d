// The sentence index against the straightforward reading it replaces: walk back from a mention
// to the last sentence end, then look at the words before it.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentWork } from '../../../src/analysis/pipeline/documentWork';
import { MentionSentences } from '../../../src/analysis/quotes/mentionSentences';

function sentenceStart(text: string, pos: number): number {
  let s = pos;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  return s;
}

const NOT_SUBJECT_BEFORE = /^(?:about|of|in|on|at|for|with|by|to|from|after|before|asked|said|says|told|when|while|as|if|although|because|like|against|between|than|and|or|but|that|who|which)$/i;

function opensSentence(text: string, start: number): boolean {
  const s = sentenceStart(text, start);
  const words = text.slice(s, start).match(/[\p{L}’'.-]+/gu) ?? [];
  if (words.length > 4 || /[,;:“”"]/.test(text.slice(s, start))) return false;
  return words.every(w => !NOT_SUBJECT_BEFORE.test(w));
}


/** Text from pieces that matter here: names, pronouns, clause marks, sentence ends, long stretches without words. */
const piece = fc.constantFrom('Ana Lopez ', 'Lopez', ' he said', 'He ', 'She', ', ', '. ', '\n', '“', '” ', ' about ', 'Chief ', '1 2 3 4 5 6 7 8 9 ', '   ', 'x'.repeat(70), '🙂', 'Ünal ', 'told ', '!', '?');

describe('MentionSentences', () => {
  it('finds the same sentence starts and sentence openers as walking back from each mention', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.array(fc.nat(), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 60 }), (pieces, picks, order) => {
        const text = pieces.join('');
        if (!text.length) return;
        const starts = [...new Set(picks.map(p => p % text.length))].sort((a, b) => a - b);
        const sentences = new MentionSentences(text, starts.map(start => ({ start })), new DocumentWork());
        // Asked in any order, as pronoun cues across the document ask.
        for (const o of order) {
          if (!starts.length) break;
          const i = o % starts.length;
          const pos = starts[i];
          assert.equal(sentences.sentenceStart(i), sentenceStart(text, pos));
          assert.equal(sentences.opensSentence(i), opensSentence(text, pos));
          const s = sentenceStart(text, pos);
          for (const p of ['He', 'She'] as const) assert.equal(sentences.opensWithPronoun(i, p), new RegExp(`^\\s*${p}\\b`).test(text.slice(s, pos)));
        }
      }),
      { numRuns: 400 },
    );
  });
});
