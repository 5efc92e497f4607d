import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { mayStartPhrase } from '../../../src/analysis/text/phraseStarts';

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, unknown> } } }).model.one.lexicon;

describe('the phrase starts of a lexicon', () => {
  it('lets every phrase of compromise’s lexicon begin with its first two words', () => {
    let phrases = 0;
    for (const phrase of Object.keys(lexicon)) {
      const words = phrase.split(' ');
      if (words.length < 2) continue;
      phrases++;
      assert.ok(mayStartPhrase(lexicon, words[0], words[1]), phrase);
    }
    assert.ok(phrases > 1000, `${phrases} phrases`);
  });

  it('answers no for two words no phrase begins with, and lets compromise look up a form with a space', () => {
    const small = { 'new york city': 'City', 'new deal': 'Noun', 'in  between': 'Adverb', york: 'City' };
    assert.equal(mayStartPhrase(small, 'new', 'york'), true);
    assert.equal(mayStartPhrase(small, 'new', 'deal'), true);
    assert.equal(mayStartPhrase(small, 'in', ''), true);
    assert.equal(mayStartPhrase(small, 'new', 'city'), false);
    assert.equal(mayStartPhrase(small, 'york', 'city'), false);
    assert.equal(mayStartPhrase(small, 'deal', 'new'), false);
    assert.equal(mayStartPhrase(small, 'new york', 'x'), true);
  });
});
