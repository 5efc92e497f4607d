import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { simpleChunks } from '../../../src/analysis/text/wordSplit';
import { seededRandom } from './seededRandom';

interface World {
  model: object;
  methods: { one: { tokenize: { splitSentences: (text: string, world: World) => string[]; splitTerms: (sentence: string, model: object) => string[] } } };
}
const world = nlp.world() as unknown as World;
const { splitSentences, splitTerms } = world.methods.one.tokenize;

describe('the word split by slices of the sentence', () => {
  it('gives every sentence of the seeds and the regression corpus compromise’s chunks, and leaves the others to compromise', () => {
    let simple = 0;
    let left = 0;
    for (const text of projectParagraphs()) {
      for (const sentence of splitSentences(text, world)) {
        const chunks = simpleChunks(sentence, world.model);
        if (chunks === null) left++;
        else {
          simple++;
          assert.deepEqual(chunks, splitTerms(sentence, world.model), sentence);
        }
      }
    }
    assert.ok(simple > 1000 && left > 0, `${simple} split here, ${left} by compromise`);
  });

  it('gives compromise’s chunks for strings of punctuation, dashes, spaces of every kind and words', () => {
    const pieces = ['word', 'He', '"', "'", '.', '...', '!?', '?', ',', ':', ';', '(', ')', '[', ']', '«', '»', '*', '•', '`', '“', '”', 'U.S.', '3', '4.5', '’s', '&', '-', '--', '–', '—', 'well-known', 'aug-20', '20-aug', 're-do', 'x-ray', 'flower-like', 'a-b-c', 'a--b', 'Jan.-', '2 - 5', '2–4', '10am-', '-ish', 'one—two', 'a-b—c', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\u1680', '\u2028', '\u202f', '\ufeff', '\v', '\f', '\r', '\u0085', '\u200b', ''];
    const next = seededRandom(11);
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(next() * 12);
      const sentence = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)] + (next() < 0.6 ? ' ' : '')).join('');
      const chunks = simpleChunks(sentence, world.model);
      if (chunks !== null) assert.deepEqual(chunks, splitTerms(sentence, world.model), JSON.stringify(sentence));
    }
    // Left to compromise: a slash, a word it splits at two kinds of dash.
    for (const sentence of ['he / she', 'and/or', 'aug-20—21']) assert.equal(simpleChunks(sentence, world.model), null, sentence);
  });
});
