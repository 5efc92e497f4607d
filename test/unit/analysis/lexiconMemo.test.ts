import * as assert from 'node:assert/strict';
import { projectParagraphs } from './projectParagraphs';
import { installedStep, parsedWithStep } from './swappedStep';
import { clearLexiconMemo, compromiseLexicon } from '../../../src/analysis/text/lexiconMemo';
import { Tag, parseParagraph } from '../../../src/analysis/text/tokens';

const ours = installedStep('lexicon');

/** Every term with its tags in order, its chunk and switch, and the tokens, parsed with the given lexicon step. */
function parsedWith(lexicon: unknown, text: string): unknown {
  return parsedWithStep('lexicon', lexicon, text, (terms, tokens) => ({ terms: terms.map(t => `${t.text}/${[...t.tags].join(',')}/${t.chunk}/${t.switch}`), tokens }));
}

describe('the lexicon step that looks each word up once', () => {
  it('is installed in place of compromise’s own', () => {
    assert.notEqual(ours, compromiseLexicon);
  });

  it('tags every word of the seeds and the regression corpus as compromise’s own step does, first and again from the memo', () => {
    const texts = projectParagraphs();
    clearLexiconMemo();
    for (let round = 0; round < 2; round++) {
      for (const text of texts) assert.deepEqual(parsedWith(ours, text), parsedWith(compromiseLexicon, text), text);
    }
  });

  it('tags phrases, aliases and prefixed words as compromise does, the same word alone and in a phrase', () => {
    const text = 'She moved to New York City, then re-elected the mayor of New York. New rules and/or old ones; York alone.';
    clearLexiconMemo();
    for (let round = 0; round < 2; round++) assert.deepEqual(parsedWith(ours, text), parsedWith(compromiseLexicon, text));
    // "New York City" is a phrase of compromise's lexicon: its words are tagged as a place.
    const city = parseParagraph(text).tokens.find(t => t.text === 'City');
    assert.ok(city && city.tags & Tag.Place, 'City in New York City');
  });
});
