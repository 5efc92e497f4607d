// hasClass (lexicon/lexicon.ts) answers from the class's longest word and from the last word it
// looked up before it reads its table: its answers must be exactly the declared lists', whatever
// the order of the questions.
import * as assert from 'node:assert/strict';
import { W, WORD_CLASSES, hasClass, longestWord, type WordClassName } from '../../../src/analysis/lexicon/lexicon';
import { wordClass } from '../../../src/analysis/lexicon/wordClass';
import { projectParagraphs } from './projectParagraphs';

describe('the lexicon lookup', () => {
  it('answers every class as its declared words do, for every declared word and every word of the project’s text', () => {
    const names = Object.keys(WORD_CLASSES) as WordClassName[];
    const declared = new Map(names.map(n => [n, new Set(WORD_CLASSES[n].words)]));
    const words = new Set<string>();
    for (const n of names) for (const w of WORD_CLASSES[n].words) words.add(w).add(w + 's').add(w.slice(0, -1));
    for (const p of projectParagraphs()) for (const w of p.toLowerCase().split(/[^\p{L}'’.-]+/u)) words.add(w);
    assert.ok(words.size > 10000, `${words.size} words`);
    let yes = 0;
    // Each word asked of every class in a row (the last-word memo answers), then each class asked
    // of every word in a row (the table answers).
    for (const w of words) {
      for (const n of names) {
        const expected = declared.get(n)!.has(w);
        assert.equal(hasClass(w, W[n]), expected, `${w} ${n}`);
        if (expected) yes++;
      }
    }
    for (const n of names) for (const w of words) assert.equal(hasClass(w, W[n]), declared.get(n)!.has(w), `${w} ${n}`);
    assert.ok(yes > 1000);
  });

  it('gives each class the length of its longest declared word', () => {
    for (const [name, c] of Object.entries(WORD_CLASSES)) assert.equal(longestWord(W[name as WordClassName]), Math.max(...c.words.map(w => w.length)), name);
  });

  it('gives a word the same classes whether it was the last word asked or not', () => {
    const words = [...new Set(projectParagraphs().join(' ').toLowerCase().split(/[^\p{L}'’.-]+/u))];
    const first = words.map(w => wordClass(w));
    // Each word asked twice in a row (the second answer is the kept one), in reverse order.
    for (let i = words.length - 1; i >= 0; i--) {
      assert.equal(wordClass(words[i]), first[i], words[i]);
      assert.equal(wordClass(words[i]), first[i], words[i]);
    }
    assert.ok(first.filter(c => c !== 0).length > 1000);
  });
});
