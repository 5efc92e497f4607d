import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import fc from 'fast-check';
import { findNumbers } from '../../../src/analysis/numbers';
import type { NumberMention } from '../../../src/analysis/types';

/** Runs the finder the way the analyzer does: one paragraph, offsets computed once. */
function numbers(text: string): NumberMention[] {
  const doc = nlp(text);
  doc.compute('offset');
  return findNumbers(doc, text);
}

/** The one mention whose text is `spanText` (fails when there is none or several). */
function only(text: string, spanText: string): NumberMention {
  const found = numbers(text).filter(n => n.text === spanText);
  assert.equal(found.length, 1, `expected one mention "${spanText}" in ${JSON.stringify(numbers(text).map(n => n.text))}`);
  return found[0];
}

const texts = (text: string): string[] => numbers(text).map(n => n.text);

describe('findNumbers', () => {
  describe('spans', () => {
    it('never includes trailing punctuation and keeps offsets exact', () => {
      const text = 'The mayor, Ana Ruiz, 52, left in 2019.';
      for (const n of numbers(text)) assert.equal(text.slice(n.start, n.end), n.text);
      assert.deepEqual(texts(text), ['52', '2019']);
    });

    it('counts offsets in UTF-16 units, after emoji and CRLF', () => {
      const text = '😀 Rain\r\nfell on 7 towns.';
      const n = only(text, '7');
      assert.equal(n.start, text.indexOf('7'));
    });
  });

  describe('values', () => {
    it('reads digits with thousands separators and decimals', () => {
      assert.equal(only('They counted 12,500 ballots.', '12,500').value, 12500);
      assert.equal(only('It weighed 3.75 tonnes.', '3.75 tonnes').value, 3.75);
    });

    it('reads digits with a scale word without binary rounding', () => {
      assert.equal(only('The plan costs 4.2 billion.', '4.2 billion').value, 4.2e9);
      assert.equal(only('Some 1.1 million people voted.', '1.1 million').value, 1100000);
    });

    it('reads spelled-out numbers', () => {
      assert.equal(only('Twenty-five volunteers came.', 'Twenty-five').value, 25);
      assert.equal(only('The report has one hundred and twenty pages.', 'one hundred and twenty').value, 120);
      assert.equal(only('About three million voters stayed home.', 'three million').value, 3e6);
      assert.equal(only('She bought a dozen eggs.', 'a dozen').value, 12);
      assert.equal(only('It sold more than a thousand copies.', 'a thousand').value, 1000);
    });

    it('reads "two and a half"', () => {
      assert.equal(only('The trial lasted two and a half years.', 'two and a half').value, 2.5);
    });
  });

  describe('kinds', () => {
    it('tells percentages with their sign or word', () => {
      const sign = only('Prices rose 7.5% in May.', '7.5%');
      assert.deepEqual([sign.kind, sign.value, sign.unit], ['percent', 7.5, '%']);
      const word = only('Sixty per cent of members agreed.', 'Sixty per cent');
      assert.deepEqual([word.kind, word.value, word.unit, word.counted], ['percent', 60, '%', 'members']);
    });

    it('tells money with its currency', () => {
      const cases: [string, string, number, string][] = [
        ['The city borrowed $4.2 million last year.', '$4.2 million', 4.2e6, 'USD'],
        ['Tickets cost €300 each.', '€300', 300, 'EUR'],
        ['The deal is worth £2.5bn.', '£2.5bn', 2.5e9, 'GBP'],
        ['The firm paid 15 million yuan in fines.', '15 million yuan', 15e6, 'CNY'],
        ['Entry is NZ$ 40 for adults.', 'NZ$ 40', 40, 'NZD'],
        ['He lent 20 million Australian dollars to the club.', '20 million Australian dollars', 20e6, 'AUD'],
      ];
      for (const [text, span, value, unit] of cases) {
        const n = only(text, span);
        assert.deepEqual([n.kind, n.value, n.unit], ['money', value, unit], text);
      }
    });

    it('tells years from counts', () => {
      assert.equal(only('The bridge opened in 1998.', '1998').kind, 'year');
      assert.equal(only('Before the 2024 election, polls shifted.', '2024').kind, 'year');
      assert.equal(only('The Olympics 2012 were costly.', '2012').kind, 'year');
      assert.equal(only('A survey of 1500 households found little change.', '1500').kind, 'cardinal');
      assert.equal(only('Emissions fell below 2005 levels.', '2005').kind, 'year');
    });

    it('reads dates, the day with its month and the year apart', () => {
      const found = numbers('The vote was held on Monday, March 3, 2021, in the capital.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.date ?? n.value]),
        [
          ['March 3', 'date', '2021-03-03'],
          ['2021', 'year', '2021-03-03'],
        ],
      );
      assert.equal(only('It ends on 9 July.', '9 July').date, '--07-09');
      assert.equal(only('Talks resume on Sept. 14.', 'Sept. 14').date, '--09-14');
    });

    it('reads the ISO date of an article header and nothing else in it', () => {
      const found = numbers('date 2019-06-01 PARIS – Officials met on Monday.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.date, n.value]),
        [['2019-06-01', 'date', '2019-06-01', null]],
      );
    });

    it('tells ages', () => {
      assert.deepEqual([only('The driver, Tom Berg, 61, was unhurt.', '61').kind], ['age']);
      const hyphen = only('A 35-year-old nurse was arrested.', '35-year-old');
      assert.deepEqual([hyphen.kind, hyphen.value, hyphen.unit], ['age', 35, 'years']);
      assert.equal(only('He joined the army aged 19.', '19').kind, 'age');
      assert.equal(only('The eight-month-old calf survived.', 'eight-month-old').unit, 'months');
      assert.equal(only('Officials in Dorset, 40, were asked.', '40').kind, 'cardinal');
    });

    it('tells multipliers from counts of times', () => {
      const m = only('The new strain is four times more contagious.', 'four times');
      assert.deepEqual([m.kind, m.value, m.unit], ['multiplier', 4, 'times']);
      assert.equal(only('Traffic grew 12-fold in a week.', '12-fold').kind, 'multiplier');
      const c = only('She has been arrested 9 times since May.', '9');
      assert.deepEqual([c.kind, c.counted], ['cardinal', 'times']);
    });

    it('tells spelled ordinals from "third" up and all ordinals in digits', () => {
      assert.deepEqual([only('It is the 21st edition.', '21st').kind, only('It is the 21st edition.', '21st').value], ['ordinal', 21]);
      const third = only('The team finished third in the league.', 'third');
      assert.deepEqual([third.kind, third.value], ['ordinal', 3]);
      assert.deepEqual(texts('For the first time, the second round was cancelled.'), []);
    });

    it('tells fractions', () => {
      const twoThirds = only('Two-thirds of voters agreed.', 'Two-thirds');
      assert.equal(twoThirds.kind, 'fraction');
      assert.ok(Math.abs((twoThirds.value ?? 0) - 2 / 3) < 1e-9);
      const half = only('Nearly half of the households had no power.', 'half');
      assert.deepEqual([half.kind, half.value, half.qualifier, half.counted], ['fraction', 0.5, 'nearly', 'households']);
      assert.deepEqual(texts('The second half began late.'), []);
    });

    it('reads signs, mixed fractions, slashed fractions and degrees', () => {
      assert.equal(only('The economy shrank by -2.1% last year.', '-2.1%').value, -2.1);
      assert.equal(only('The shares rose 3-1/2 points.', '3-1/2').value, 3.5);
      assert.deepEqual([only('Only 3/4 of the seats were filled.', '3/4').kind, only('Only 3/4 of the seats were filled.', '3/4').value], ['fraction', 0.75]);
      assert.equal(only('It reached 41.5°C on Sunday.', '41.5°C').unit, '°C');
      assert.deepEqual(texts('The shop is open 24/7.'), []);
    });

    it('reads slashed dates, with an ISO form only when the order is certain', () => {
      const certain = only('The deadline was 25/12/2016.', '25/12/2016');
      assert.deepEqual([certain.kind, certain.date], ['date', '2016-12-25']);
      const ambiguous = only('It was filed on 03/04/2019.', '03/04/2019');
      assert.deepEqual([ambiguous.kind, ambiguous.date], ['date', undefined]);
    });

    it('reads clock times', () => {
      const t = only('The polls close at 9:30 p.m. tonight.', '9:30 p.m');
      assert.deepEqual([t.kind, t.time, t.value], ['time', '21:30', null]);
    });
  });

  describe('ranges', () => {
    it('reports each end of a range with the whole range', () => {
      const found = numbers('Between 30 and 40 people were hurt.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo, n.counted]),
        [
          ['30', 'range', 30, 40, 'people'],
          ['40', 'range', 30, 40, 'people'],
        ],
      );
    });

    it('reads ranges written in one word, with a percent sign', () => {
      const found = numbers('Turnout was 15-20% lower.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo, n.unit]),
        [
          ['15', 'range', 15, 20, '%'],
          ['20%', 'range', 15, 20, '%'],
        ],
      );
    });

    it('gives a scale to the lower end when only the upper end has it', () => {
      const [low] = numbers('The repairs could cost between 5 and 10 million.');
      assert.deepEqual([low.value, low.upTo], [5e6, 10e6]);
    });

    it('keeps changes and scores as separate numbers', () => {
      assert.deepEqual(numbers('Unemployment rose from 5 to 9 percent.').map(n => n.kind), ['cardinal', 'percent']);
      assert.deepEqual(numbers('Spain beat Italy 3 – 1 in the final.').map(n => [n.text, n.kind]), [['3', 'cardinal'], ['1', 'cardinal']]);
    });
  });

  describe('qualifiers and counted nouns', () => {
    it('reads the qualifier before or after a number', () => {
      assert.equal(only('More than 20,000 residents left.', '20,000').qualifier, 'more than');
      assert.equal(only('The storm killed at least 12 people.', '12').qualifier, 'at least');
      assert.equal(only('It could take up to 48 hours.', '48').qualifier, 'up to');
      assert.equal(only('They found 300 or more graves.', '300').qualifier, 'or more');
      assert.equal(only('Roughly 70 boats sank.', '70').qualifier, 'roughly');
    });

    it('reads what is counted, keeping noun compounds', () => {
      assert.equal(only('Police detained two Spanish men.', 'two').counted, 'Spanish men');
      assert.equal(only('Over 600 flood victims were moved.', '600').counted, 'flood victims');
      assert.equal(only('She is one of the few remaining witnesses.', 'one').counted, 'witnesses');
      assert.equal(only('The league of three clubs folded.', 'three').counted, 'clubs');
    });
  });

  describe('what is not a number', () => {
    it('skips the pronoun "one"', () => {
      assert.deepEqual(texts('No one came. The old bridge was replaced by a new one. They helped one another.'), []);
      assert.deepEqual(texts('Only one bridge survived.'), ['one']);
    });

    it('skips number words inside names and numerals glued to letters', () => {
      assert.deepEqual(texts('He raced in Formula One before COVID-19 hit, and posted on 4chan about G7 talks.'), []);
    });

    it('skips list markers, citation marks, identifiers and addresses', () => {
      assert.deepEqual(texts('1. Introduction'), []);
      assert.deepEqual(texts('The claim was disputed.[3]'), []);
      assert.deepEqual(texts('See example.org/2019/report for the tweet 778257943577919488.'), []);
    });

    it('does not read vague amounts as numbers', () => {
      assert.deepEqual(texts('Thousands of fans and a few reporters waited for hours.'), []);
    });

    it('returns nothing for empty or number-free text', () => {
      assert.deepEqual(numbers(''), []);
      assert.deepEqual(numbers('Nothing here.'), []);
    });
  });

  describe('on any text', () => {
    // Words and marks that exercise the number rules, glued together at random.
    const pieces = [
      '12', '1,500', '4.2', '2016', '2017-11-03', '8–10', '3-1', '14-year-old', 'twenty-five', 'one', 'a', 'dozen', 'half',
      'third', 'million', 'percent', '%', '$', '€', 'NZ', 'to', 'and', 'between', 'May', 'Sept', '.', ',', ';', '(', ')', '"',
      '“', '”', '–', '-', '#', '/', ':', '30', 'times', 'stronger', 'aged', 'Ana', 'Ruiz', 'people', 'of', 'the', '\n', '\r\n', ' ', '😀', 'XVII', 'part',
    ];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map(parts => parts.join(' ').replace(/ (?=[,.;)])/g, ''));

    it('returns sorted, non-overlapping spans that match the text and end on no punctuation', () => {
      fc.assert(
        fc.property(text, t => {
          let previousEnd = 0;
          for (const n of numbers(t)) {
            assert.equal(t.slice(n.start, n.end), n.text);
            assert.ok(n.start >= previousEnd && n.end > n.start, JSON.stringify(n));
            assert.doesNotMatch(n.text, /[\s.,;:!?"“”)]$/);
            previousEnd = n.end;
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
