// The number scanner tries its readers only on tokens that pass a cheap first test
// (src/analysis/numbers/startFilter.ts). The test must never turn down a token at which a reader
// finds a number: that would lose the number. This runs every reader at every token of the
// project's text and of hand-written number forms, and checks each start found passes the test.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectParagraphs } from './projectParagraphs';
import { ALL_RULES } from '../../../src/analysis';
import { ScanCursor } from '../../../src/analysis/numbers/cursor';
import { WORD_READERS, readAt } from '../../../src/analysis/numbers/scanner';
import { scanTokens } from '../../../src/analysis/numbers/scanTokens';
import { mayStartNumber } from '../../../src/analysis/numbers/startFilter';

const root = join(__dirname, '..', '..', '..', '..');

/** One form of each way a number can start, as the scanner's readers read them. */
const FORMS = [
  'It cost $5, €10, £3.50, ¥200, ₹40 and ₩9,000 in all.',
  'USD 5 million, US$5, A$ 10, NZ$3, HK$ 2 billion, $A1.2m, GH¢2.4 billion and VND12 trillion were paid.',
  'He paid Rs5 crore, then Rs 500 crore, then Rs. 3 lakh, N2.5bn, R150,000, R12,50, €3,99 and KSh 300m.',
  'It fell to minus 20 degrees; GDP shrank by -2.1% and rose +3.5 points, a loss of -$2.1 million, or −3.',
  'She is the #1 seed.',
  'The vote is on May 18, 2026; it opened on 4 July 1990 and closes in Sept.',
  'Twenty-five people, a dozen eggs, half a million votes, several thousand nurses, a few hundred fans.',
  'A fivefold rise, a 100fold gain, a thirtyfold jump and three times stronger.',
  'World War II, part XVII and Chapter IV.',
  'In mid-2015 prices rose 10-15%, 8–10 km, ten-fifteen days, ten–fifteen weeks, twenty‑five years, 5-10bn, 2-4pm and 2015-16.',
  'A quarter of the vote; cut by a third; a quarter-point cut; the third-quarter results; two-thirds of members.',
  'She came third; the twenty-first century; one hundred and twenty people; the first time.',
  'At 6 pm, 0600 GMT, 11 o’clock, 10:30, 7.45am, 2:01:09, 1:52.3 and 19.46sec.',
  'In ’98, the ’90s, the 1980’s, the 90\'s, 9/11, 3/4, 11/03/2017, 4-1/2 and 3 1/2 years.',
  'A 14-year-old, a 20-minute walk, a 5,000-strong force, 25bp, 90bps, 5km, 35C, 99c, 240p and 25m customers.',
  'Zero, one, two, eleven, nineteen, ninety, hundred, thousand, million, billion, trillion, tenth, hundredth.',
];

/** The string literals of a test file: the hand-written sentences the number tests run. */
function literalsOf(file: string): string[] {
  const source = readFileSync(join(root, 'test', 'unit', 'analysis', file), 'utf8');
  const found: string[] = [];
  for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) {
    const text = (m[1] ?? m[2]).replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch));
    if (text.length > 2) found.push(text);
  }
  return found;
}

function texts(): string[] {
  const ruleExamples = ALL_RULES.filter(r => r.subject === 'number').flatMap(r => [...r.examples.match, ...r.examples.noMatch].map(e => e.replace(/[[\]]/g, '')));
  return [...FORMS, ...ruleExamples, ...literalsOf('numbers.test.ts'), ...literalsOf('numberForms.test.ts'), ...projectParagraphs()];
}

describe('the number scanner’s first test of a token', () => {
  it('passes every token at which a reader starts a number, and turns down most others', () => {
    let tokens = 0;
    let starts = 0;
    let turnedDown = 0;
    for (const text of texts()) {
      const c = new ScanCursor(text, scanTokens(text));
      c.tokens.forEach((t, i) => {
        tokens++;
        const found = readAt(c, i);
        if (found.length) starts++;
        if (!mayStartNumber(c.tokens, i)) {
          turnedDown++;
          assert.deepEqual(found, [], `"${t.text}" turned down, but it starts ${JSON.stringify(found.map(d => text.slice(d.start, d.end)))} in: ${text}`);
        }
      });
    }
    assert.ok(starts > 1000, `${starts} starts`);
    assert.ok(turnedDown > tokens * 0.6, `${turnedDown} of ${tokens} tokens turned down`);
  });

  it('reads a word that starts with a digit only as a quantity: no other word reader reads one', () => {
    // readAt tries only the last word reader on such a word; this checks the others never apply.
    const others = WORD_READERS.slice(0, -1);
    let digitWords = 0;
    for (const text of texts()) {
      const c = new ScanCursor(text, scanTokens(text));
      c.tokens.forEach((t, i) => {
        if (!t.word || !/^\d/.test(t.text)) return;
        digitWords++;
        for (const reader of others) assert.ok(!reader.read(c, i, t)?.length, `a reader other than the quantity's reads "${t.text}" in: ${text}`);
      });
    }
    assert.ok(digitWords > 1000, `${digitWords} words starting with a digit`);
  });

  it('has a reading for each hand-written form above', () => {
    // The forms are the check's teeth: each must start at least one number.
    for (const text of FORMS) {
      const c = new ScanCursor(text, scanTokens(text));
      assert.ok(c.tokens.some((_, i) => readAt(c, i).length > 0), text);
    }
  });
});
