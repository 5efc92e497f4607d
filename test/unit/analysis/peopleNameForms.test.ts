// Name forms the person finder reads whole: regnal numbers, romanised hyphenated given names,
// and names that run into the words after them. Invented sentences only.
import assert from 'node:assert/strict';
import { Analyzer, type Analysis } from '../../../src/analysis';

const analyze = (text: string): Analysis => new Analyzer().analyze(text);
const mentions = (text: string): string[] => analyze(text).people.map(p => p.text);

describe('people: name forms', () => {
  describe('regnal numbers', () => {
    it('keeps a monarch\'s or a pope\'s number in the name', () => {
      assert.deepEqual(mentions('King Harald V opened the new session of parliament on Monday.'), ['Harald V']);
      assert.deepEqual(mentions('Queen Margrethe II thanked the crew. Pope Benedict XVI resigned in 2013.'), ['Margrethe II', 'Benedict XVI']);
    });

    it('reads a given name and a numeral without a title as a monarch', () => {
      assert.deepEqual(mentions('The castle was rebuilt under Louis XIV and again under Henry VIII.'), ['Louis XIV', 'Henry VIII']);
    });

    it('takes "I" as a number only after a royal title, not after any name', () => {
      assert.deepEqual(mentions('A portrait of Queen Elizabeth I hangs in the hall.'), ['Elizabeth I']);
      assert.ok(!mentions('When the board called, Marta Okonjo told Anna I was away.').some(m => m.endsWith(' I')));
    });

    it('does not make a person of a war, a film or a game with a number', () => {
      assert.deepEqual(mentions('Veterans of World War II met the makers of Final Fantasy VII.'), []);
    });
  });

  describe('romanised hyphenated given names', () => {
    it('keeps the lower-case second syllable after a Korean or Chinese family name, whatever the first spells', () => {
      assert.deepEqual(mentions('The unification minister, Kang Young-hoon, met Li In-mo in Seoul.'), ['Kang Young-hoon', 'Li In-mo']);
    });

    it('keeps a Taiwanese given name after a family name no list holds', () => {
      assert.deepEqual(mentions('Hsieh Chang-ting said the party would split.'), ['Hsieh Chang-ting']);
    });

    it('reads the given name first and the family name after it', () => {
      assert.deepEqual(mentions('"They want the region," says Chong-sik Lee, a professor of politics.'), ['Chong-sik Lee']);
    });

    it('leaves hyphenated English words alone', () => {
      assert.deepEqual(mentions('Ping-pong tables and Coca-Cola machines filled the Wal-Mart store.'), []);
    });
  });
});
