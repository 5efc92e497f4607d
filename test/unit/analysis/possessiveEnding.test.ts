import * as assert from 'node:assert/strict';
import { possessiveEnding } from '../../../src/analysis/text/tokens';
import { seededRandom } from './seededRandom';

/** The pattern the tokens were read with: its match's length, 0 for none. */
const POSSESSIVE = /(?:['’]s|['’])$/i;
const byPattern = (text: string): number => POSSESSIVE.exec(text)?.[0].length ?? 0;

describe('a word’s possessive ending', () => {
  it('is what the possessive pattern matches, on words of apostrophes, s and other letters', () => {
    for (const word of ['Trump’s', "TRUMP'S", 'Jones’', "O'Brien", 's', "'s", '’', "'", '', 'bus', 'ſ', "x'ſ", 'x’S', "''", 'its']) assert.equal(possessiveEnding(word), byPattern(word), word);
    const letters = ["'", '’', 's', 'S', 'ſ', 'a', '‘', '`', 'ß'];
    const next = seededRandom(7);
    for (let n = 0; n < 5000; n++) {
      const word = Array.from({ length: Math.floor(next() * 5) }, () => letters[Math.floor(next() * letters.length)]).join('');
      assert.equal(possessiveEnding(word), byPattern(word), JSON.stringify(word));
    }
  });
});
