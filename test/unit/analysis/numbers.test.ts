import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import fc from 'fast-check';
import { findNumberFindings } from '../../../src/analysis/numbers/findNumbers';
import type { NumberMention } from '../../../src/analysis/types';
import { numbers, only } from './numberFinder';

const texts = (text: string): string[] => numbers(text).map(n => n.text);

/** The numbers of `text` with the candidates a veto turned down, as the analysis finds them. */
function findingsOf(text: string): ReturnType<typeof findNumberFindings> {
  const doc = nlp(text);
  doc.compute('offset');
  return findNumberFindings(doc, text);
}

describe('findNumbers', () => {
  describe('rules', () => {
    it('says which rule decided each number, and which veto turned a candidate down', () => {
      const { numbers: found, rejections } = findingsOf('No one came, but 12 towns voted in 2019. Call 555-0142 for details.');
      assert.deepEqual(found.map(n => [n.text, n.rules]), [['12', ['number.count']], ['2019', ['number.year-in-sentence']]]);
      assert.deepEqual(rejections.map(r => [r.text, r.rules]), [['one', ['number.pronoun-one']], ['555', ['number.in-phone-number']], ['0142', ['number.in-phone-number']]]);
    });
  });

  describe('identifiers', () => {
    it('turns down a number after "reference" or after "crime number", "account no." as an identifier, and keeps a rank after "number"', () => {
      const { numbers: found, rejections } = findingsOf('Call the police quoting reference 2300415627 or crime number 54210098. His account no. 1234567 was frozen. Song number 3 topped the chart.');
      assert.deepEqual(found.map(n => [n.text, n.kind]), [['3', 'ordinal']]);
      assert.deepEqual(rejections.map(r => [r.text, r.rules]), [['2300415627', ['number.identifier']], ['54210098', ['number.identifier']], ['1234567', ['number.identifier']]]);
    });

    it('turns down a short number to dial after "call", "dial" or "ring", and keeps a count after them', () => {
      const { numbers: found, rejections } = findingsOf('Anyone with footage should call 101, or dial 999 in an emergency; she called 911 immediately. The defence will call 150 witnesses.');
      assert.deepEqual(found.map(n => [n.text, n.kind]), [['150', 'cardinal']]);
      assert.deepEqual(rejections.map(r => [r.text, r.rules]), [['101', ['number.identifier']], ['999', ['number.identifier']], ['911', ['number.identifier']]]);
    });
  });

  describe('business-news forms', () => {
    it('reads bond-price fractions in 32nds and 64ths, alone and after a whole number', () => {
      assert.equal(only('The note fell 9/32 on Friday.', '9/32').value, 9 / 32);
      assert.equal(only('It closed at 100 22/32, up a bit.', '100 22/32').value, 100 + 22 / 32);
    });

    it('reads a quarter written "Q1" to "Q4" as the ordinal of the period, not a model after a brand', () => {
      const q3 = only('Kerrigan earned $1.18 a share in Q3, beating forecasts.', 'Q3');
      assert.deepEqual([q3.kind, q3.value], ['ordinal', 3]);
      assert.equal(only('Q4 sales fell 2% from a year earlier.', 'Q4').value, 4);
      assert.deepEqual(texts('The Audi Q3 sold well.'), []);
      assert.deepEqual(texts('Seats in the Q5 section are free.'), []);
    });

    it('keeps the units of health, energy and climate reports with the number, and a word that belongs to the unit', () => {
      assert.deepEqual(texts('Each dose has 50 micrograms of antigen. Output hit 2 terawatt-hours.'), ['50 micrograms', '2 terawatt-hours']);
      assert.deepEqual(texts('Workers got 5 millisieverts. Emissions reached 37 gigatonnes.'), ['5 millisieverts', '37 gigatonnes']);
      assert.deepEqual(texts('The ship was 20 nautical miles out. It covers 400 sq km.'), ['20 nautical miles', '400 sq km']);
      assert.equal(only('It holds 30 cubic metres.', '30 cubic metres').unit, 'cubic metres');
    });

    it('reads a fiscal year as a year, before what it counts and glued to "FY"', () => {
      assert.equal(only('The company now expects fiscal 2027 sales of $9.1bn.', '2027').kind, 'year');
      const fy = only('It plans 30 openings in FY2028.', 'FY2028');
      assert.deepEqual([fy.kind, fy.value], ['year', 2028]);
      // Without "fiscal", a number before a plural is still what it counts.
      assert.equal(only('The plant hired 1996 workers.', '1996').kind, 'cardinal');
    });

    it('reads "one-third" and "one-fifth" as fractions', () => {
      assert.deepEqual([only('Vans make up almost one-third of sales.', 'one-third').value, only('Nearly one-fifth of it rotted.', 'one-fifth').kind], [1 / 3, 'fraction']);
    });

    it('keeps the "one" of a compound ("a one-hour halt"), which is no pronoun', () => {
      assert.equal(only('Traders faced a one-hour halt.', 'one').value, 1);
    });

    it('reads an ordinal glued to a word ("third-quarter", "fifth-largest", "15th-century")', () => {
      const text = 'Its third-quarter profit made it the fifth-largest bank in a 15th-century town.';
      assert.deepEqual(numbers(text).map(n => [n.text, n.kind, n.value]), [['third', 'ordinal', 3], ['fifth', 'ordinal', 5], ['15th', 'ordinal', 15]]);
    });

    it('reports "first" and "second" before "quarter", the period of a report, but not "the first time"', () => {
      assert.deepEqual(texts('Profit rose in the first quarter and fell in the second-quarter results, the first time in years.'), ['first', 'second']);
    });

    it('does not count the number of a name: "S&P 500", "Chapter 11", "Form 8300"', () => {
      assert.deepEqual(texts('The S&P 500 rose 2% after the airline left Chapter 11 and filed Form 8300.'), ['2%']);
      assert.deepEqual(texts('The firm cut 500 jobs in 11 chapters.'), ['500', '11']);
    });

    it('turns down the generic and relative "one" but keeps a count', () => {
      assert.deepEqual(texts('What should one do? It was a plan, and one that worked. Mrs. Ward, for one, left. Only one bus came.'), ['one']);
    });
  });

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

    it('keeps a metric-prefixed unit with its number, also after an Indian scale word', () => {
      assert.equal(only('The tanker carried 300 kilolitres of diesel.', '300 kilolitres').unit, 'kilolitres');
      assert.equal(only('Daily supply rose to 2.5 lakh kilolitres.', '2.5 lakh kilolitres').value, 250000);
      assert.equal(only('The plant makes 40 megawatt of power.', '40 megawatt').unit, 'megawatt');
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

    it('reads a glued "m" as millions before a plural noun and as metres otherwise', () => {
      const users = only('The app now has 40m users.', '40m');
      assert.deepEqual([users.value, users.unit, users.counted], [40e6, undefined, 'users']);
      assert.equal(only('About 2.5m viewers watched.', '2.5m').value, 2.5e6);
      assert.equal(only('The game passed 8M downloads.', '8M').value, 8e6);
      for (const [text, span] of [['They sailed a 25m yacht.', '25m'], ['She won the 200m final.', '200m'], ['The wall is 12m high.', '12m'], ['He swam 800m.', '800m']]) {
        const n = only(text, span);
        assert.deepEqual([n.value, n.unit], [Number(span.slice(0, -1)), 'm'], text);
      }
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

    it('reads a date with its year as one date', () => {
      const found = numbers('The vote was held on Monday, March 3, 2021, in the capital.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.date ?? n.value]),
        [['March 3, 2021', 'date', '2021-03-03']],
      );
      assert.equal(only('It opened on 18 May 2015 downtown.', '18 May 2015').date, '2015-05-18');
      assert.deepEqual(
        numbers('The fair runs September 16-19, 2027.').map(n => [n.text, n.date]),
        [
          ['September 16', '2027-09-16'],
          ['19, 2027', '2027-09-19'],
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

    it('tells the age after a surname opening a sentence, which compromise may not read as a name', () => {
      assert.deepEqual(numbers('Rahbar, 74, said the talks had failed. Kessler, now 91, agreed.').map(n => [n.text, n.kind]), [['74', 'age'], ['91', 'age']]);
    });

    it('tells the age set off by commas after a person named by a role, and every age of an "aged" list', () => {
      const of = (text: string, span: string): [string, string | undefined] => {
        const n = only(text, span);
        return [n.kind, n.unit];
      };
      assert.deepEqual(of('The lorry driver, 34, was unhurt.', '34'), ['age', 'years']);
      assert.deepEqual(of('Her defence lawyer, 61, declined to comment.', '61'), ['age', 'years']);
      assert.deepEqual(of('Their grandmother, now 91, still gardens.', '91'), ['age', 'years']);
      // A headline names someone by a bare role at its start: "Nurse, 34, wins".
      assert.deepEqual(of('Nurse, 34, wins city marathon in record time', '34'), ['age', 'years']);
      assert.equal(only('Police said suspect, 27, fled.', '27').kind, 'cardinal');
      // Not a person, or something is counted: no age.
      assert.equal(only('The final tally, 45, was a record.', '45').kind, 'cardinal');
      assert.equal(only('The coach, 11 players and a medic flew home.', '11').kind, 'cardinal');
      const siblings = numbers('Three siblings, aged 7, 9 and 12, were rescued.');
      assert.deepEqual(siblings.map(n => [n.text, n.kind]), [['Three', 'cardinal'], ['7', 'age'], ['9', 'age'], ['12', 'age']]);
    });

    it('tells multipliers from counts of times', () => {
      const m = only('The new strain is four times more contagious.', 'four times');
      assert.deepEqual([m.kind, m.value, m.unit], ['multiplier', 4, 'times']);
      assert.equal(only('Traffic grew 12-fold in a week.', '12-fold').kind, 'multiplier');
      const c = only('She has been arrested 9 times since May.', '9');
      assert.deepEqual([c.kind, c.counted], ['cardinal', 'times']);
    });

    it('says what a multiplier compares, up to the end of its clause', () => {
      assert.equal(only('Fentanyl is 50 times stronger than heroin, officials said.', '50 times').compared, 'stronger than heroin');
      assert.equal(only('Rents were three times higher in 2019 and kept rising.', 'three times').compared, 'higher in 2019');
      assert.equal(only('The new strain is four times more contagious than the old one ever was.', 'four times').compared, 'more contagious than the old one');
      assert.equal(only('She has been arrested 9 times since May.', '9').compared, undefined);
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

    it('keeps the sign of a number written with "minus", before a currency symbol or with a Unicode minus', () => {
      const cold = only('Overnight it dropped to minus 15 degrees.', 'minus 15 degrees');
      assert.deepEqual([cold.value, cold.unit], [-15, 'degrees']);
      const loss = only('The quarter closed at -€3.4 million.', '-€3.4 million');
      assert.deepEqual([loss.kind, loss.value, loss.unit], ['money', -3.4e6, 'EUR']);
      assert.equal(only('The index stood at −7 on Friday.', '−7').value, -7);
      // Not a sign: a margin, and a subtraction.
      assert.equal(only('The poll has a margin of plus or minus 3 points.', '3').value, 3);
      assert.deepEqual(numbers('Take 12 minus 5.').map(n => n.value), [12, 5]);
    });

    it('reads a plural year ending in "00s" as its century and other plural years as decades', () => {
      const century = only('The mill was built in the early 1700s.', '1700s');
      assert.deepEqual([century.kind, century.value, century.upTo, century.unit], ['year', 1700, 1799, 'century']);
      const decade = only('The mill closed in the 1980s.', '1980s');
      assert.deepEqual([decade.kind, decade.value, decade.upTo, decade.unit], ['year', 1980, 1989, 'decade']);
    });

    it('reads slashed dates, with an ISO form only when the order is certain', () => {
      const certain = only('The deadline was 25/12/2016.', '25/12/2016');
      assert.deepEqual([certain.kind, certain.date], ['date', '2016-12-25']);
      const ambiguous = only('It was filed on 03/04/2019.', '03/04/2019');
      assert.deepEqual([ambiguous.kind, ambiguous.date], ['date', undefined]);
    });

    it('finds no number in words that name members of JavaScript objects ("constructor", "toString")', () => {
      assert.deepEqual(numbers('The constructor called toString, then valueOf and hasOwnProperty; __proto__ stayed.'), []);
      assert.deepEqual(numbers('Five constructor dollars.').map(n => [n.text, n.value, n.unit]), [['Five', 5, undefined]]);
    });

    it('reads clock times, with the last dot of "p.m." even at a sentence end', () => {
      const t = only('The polls close at 9:30 p.m. tonight.', '9:30 p.m.');
      assert.deepEqual([t.kind, t.time, t.value], ['time', '21:30', null]);
      assert.equal(only('They left at 6 a.m.', '6 a.m.').time, '06:00');
    });

    it('reads clock times written with a dot between hours and minutes', () => {
      assert.equal(only('The ferry sails at 9.15am daily.', '9.15am').time, '09:15');
      assert.equal(only('Doors open at 11.30 pm sharp.', '11.30 pm').time, '23:30');
      assert.equal(only('Doors open at 9:15am sharp.', '9:15am').time, '09:15');
      assert.equal(only('Doors open at 6am sharp.', '6am').time, '06:00');
      // Not a clock time: no "9.5:00".
      assert.ok(numbers('It ends at 9.5pm.').every(n => n.kind !== 'time'));
    });
  });

  describe('ranges', () => {
    it('reports a range as one mention from its first end to its last', () => {
      const found = numbers('Between 30 and 40 people were hurt.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo, n.counted]),
        [['30 and 40', 'range', 30, 40, 'people']],
      );
    });

    it('reads ranges written in one word, with a percent sign', () => {
      const found = numbers('Turnout was 15-20% lower.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo, n.unit]),
        [['15-20%', 'range', 15, 20, '%']],
      );
    });

    it('reads "gaining 88.12 to 2657.38" as a change and a level, in every form of the verb', () => {
      for (const verb of ['gaining', 'gains', 'adding', 'sinking', 'rebounded', 'tumbling']) {
        const found = numbers(`The index ended the week ${verb} 88.12 to 2657.38.`);
        assert.deepEqual(found.map(n => [n.text, n.kind]), [['88.12', 'cardinal'], ['2657.38', 'cardinal']], verb);
      }
      // A change word does not split a range whose ends are of a size.
      assert.deepEqual(texts('The firm is adding 5 to 10 jobs a week.'), ['5 to 10']);
    });

    it('gives a scale to the lower end when only the upper end has it', () => {
      const [low] = numbers('The repairs could cost between 5 and 10 million.');
      assert.deepEqual([low.value, low.upTo], [5e6, 10e6]);
    });

    it('reads tennis sets written lower number first as scores, not ranges', () => {
      const list = numbers('Kovac beat Hallam 3-6 6-4 7-6 (7-4) in the final. Prices rose 3-6 percent.');
      assert.deepEqual(list.slice(0, 8).map(n => n.kind), Array(8).fill('cardinal'));
      assert.deepEqual(list.slice(8).map(n => [n.text, n.kind]), [['3-6 percent', 'range']]);
    });

    it('keeps scores as separate numbers that count nothing', () => {
      assert.deepEqual(numbers('Spain beat Italy 3 – 1 in the final.').map(n => [n.text, n.kind]), [['3', 'cardinal'], ['1', 'cardinal']]);
      for (const text of ['They lost 1-3 at home.', 'It was a 0-1 defeat for the hosts.', 'Arsenal won 3-1 on Sunday.', 'After the 1-2 win, fans cheered.', 'The Hawks beat the Mesa Ravens 31-24 on Sunday.', 'Draper lost to Goran Ivanisevic 6-7 in the first set.', 'Mitchell Crane took 3-41.', 'Crane finished with figures of 5-23.']) {
        const found = numbers(text);
        assert.equal(found.length, 2, text);
        for (const n of found) assert.deepEqual([n.kind, n.upTo, n.counted], ['cardinal', undefined, undefined], `${text} ${JSON.stringify(n)}`);
      }
      // A one-word range after a verb of winning is still a range when it counts something.
      assert.deepEqual(numbers('The repairs took 3-4 weeks.').map(n => [n.text, n.kind]), [['3-4', 'range']]);
      const seats = numbers('The party won 10-15 seats.');
      assert.deepEqual(seats.map(n => [n.kind, n.value, n.upTo, n.counted]), [['range', 10, 15, 'seats']]);
    });

    it('never joins quantities of different kinds or units into a range', () => {
      const found = numbers('Prices rose 50% to $4.2 million, 50 times more.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo, n.unit]),
        [
          ['50%', 'percent', 50, undefined, '%'],
          ['$4.2 million', 'money', 4.2e6, undefined, 'USD'],
          ['50 times', 'multiplier', 50, undefined, 'times'],
        ],
      );
      const pairs: [string, [string, string | undefined, number | null, string | undefined][]][] = [
        ['Tickets cost $5 to €10.', [['$5', 'money', 5, 'USD'], ['€10', 'money', 10, 'EUR']]],
        ['The route is 5 km to 10 miles long.', [['5 km', 'cardinal', 5, 'km'], ['10 miles', 'cardinal', 10, 'miles']]],
        ['Support is up 5 percentage points to 40%.', [['5 percentage points', 'percent', 5, 'percentage points'], ['40%', 'percent', 40, '%']]],
        // A bare "$" after a dollar amount is the same dollar.
        ['Fares rose from A$5 to $10.', [['A$5', 'money', 5, 'AUD'], ['$10', 'money', 10, 'AUD']]],
      ];
      for (const [text, expected] of pairs) {
        assert.deepEqual(numbers(text).map(n => [n.text, n.kind, n.value, n.unit]), expected, text);
      }
    });

    it('never starts a range at a year placed in time ("in 2015") when the other end is not a year', () => {
      const found = numbers('Membership grew from 4,000 in 2015 to 9,500 in 2021.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo]),
        [
          ['4,000', 'cardinal', 4000, undefined],
          ['2015', 'year', 2015, undefined],
          ['9,500', 'cardinal', 9500, undefined],
          ['2021', 'year', 2021, undefined],
        ],
      );
    });

    it('gives a bare lower end the unit written after the upper end', () => {
      const found = numbers('Between 5 and $10 million was lost, or 10 to 15 percent.');
      assert.deepEqual(
        found.map(n => [n.text, n.kind, n.value, n.upTo, n.unit]),
        [
          ['5 and $10 million', 'range', 5e6, 10e6, 'USD'],
          ['10 to 15 percent', 'range', 10, 15, '%'],
        ],
      );
    });

    it('reads one-word ranges with the scale, unit or currency after them', () => {
      const cases: [string, [string, number, number, string | undefined, string | undefined][]][] = [
        ['About 10-15 million people fled.', [['10-15 million', 10e6, 15e6, undefined, 'people']]],
        ['It will cost $10-20 million.', [['$10-20 million', 10e6, 20e6, 'USD', undefined]]],
        ['The budget is €5-10bn.', [['€5-10bn', 5e9, 10e9, 'EUR', undefined]]],
        ['Tickets are 15-20 euros.', [['15-20 euros', 15, 20, 'EUR', undefined]]],
        ['The camp is 10-15 km away.', [['10-15 km', 10, 15, 'km', undefined]]],
        ['It is 5-10 times more likely.', [['5-10 times', 5, 10, 'times', undefined]]],
        ['He got 10-15 years in prison.', [['10-15', 10, 15, undefined, 'years']]],
      ];
      for (const [text, expected] of cases) {
        const found = numbers(text);
        assert.deepEqual(found.map(n => [n.text, n.value, n.upTo, n.unit, n.counted]), expected, text);
        for (const n of found) assert.equal(n.kind, 'range', text);
      }
    });
  });

  describe('changes', () => {
    // A change ("rose from 5 to 9 percent") states two values, the old and the new: each end keeps
    // its own value and no range is made. As in a range, a bare end takes the unit and the scale
    // written once after the other ("from 5 to 9 percent" is 5 percent).
    it('keeps the two values of a change apart, each with its own value', () => {
      assert.deepEqual(
        numbers('Unemployment rose from 5% to 9% last year.').map(n => [n.text, n.kind, n.value, n.upTo]),
        [
          ['5%', 'percent', 5, undefined],
          ['9%', 'percent', 9, undefined],
        ],
      );
      assert.deepEqual(
        numbers('It fell from 12 to 3 percent.').map(n => [n.text, n.kind, n.value, n.unit, n.upTo]),
        [
          ['12', 'percent', 12, '%', undefined],
          ['3 percent', 'percent', 3, '%', undefined],
        ],
      );
      assert.deepEqual(
        numbers('Sales rose from 5 to 10 million.').map(n => [n.text, n.value, n.upTo]),
        [
          ['5', 5e6, undefined],
          ['10 million', 10e6, undefined],
        ],
      );
      assert.deepEqual(
        numbers('Sales rose from 500,000 to 1.2 million.').map(n => [n.text, n.value]),
        [
          ['500,000', 500000],
          ['1.2 million', 1.2e6],
        ],
      );
      // After a word of change, a small figure then a far larger one: the change and the new level.
      assert.deepEqual(
        numbers('Magna was up 1/8 to 48-1/4 on Friday.').map(n => [n.text, n.value, n.upTo]),
        [
          ['1/8', 0.125, undefined],
          ['48-1/4', 48.25, undefined],
        ],
      );
      // Two years are a period of time, even after a word of change.
      assert.deepEqual(
        numbers('Prices went up by a third from 2001 to 2014.').map(n => [n.text, n.kind, n.value, n.upTo]),
        [
          ['a third', 'fraction', 1 / 3, undefined],
          ['2001 to 2014', 'range', 2001, 2014],
        ],
      );
      const to = only('Inflation fell to 3% in May.', '3%');
      assert.deepEqual([to.kind, to.value, to.upTo], ['percent', 3, undefined]);
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

    it('reads "over" before a length of time as the period, and as "more than" elsewhere', () => {
      assert.equal(only('The fund will spend €3 billion over 8 years.', '8').qualifier, undefined);
      assert.equal(only('Rents climbed 4% a year over three decades.', 'three').qualifier, undefined);
      assert.equal(only('Over 2,000 fans queued.', '2,000').qualifier, 'over');
      assert.equal(only('She taught there for over 15 years.', '15').qualifier, 'over');
      assert.equal(only('The rule covers anyone over 16 years of age.', '16').qualifier, 'over');
    });

    it('reads what is counted, keeping noun compounds', () => {
      assert.equal(only('Police detained two Spanish men.', 'two').counted, 'Spanish men');
      assert.equal(only('Over 600 flood victims were moved.', '600').counted, 'flood victims');
      assert.equal(only('She is one of the few remaining witnesses.', 'one').counted, 'witnesses');
      assert.equal(only('The league of three clubs folded.', 'three').counted, 'clubs');
    });

    it('never counts a verb phrase, and counts the noun after an adjective compound', () => {
      assert.equal(only('Of the 60 guests, 15 were teachers.', '15').counted, undefined);
      assert.equal(only('Of the 60 guests, 9 had tickets.', '9').counted, undefined);
      assert.equal(only('Some 40 displaced families arrived.', '40').counted, 'displaced families');
      assert.equal(only('A 300-strong crowd gathered.', '300').counted, 'crowd');
    });
  });

  describe('as a reader would say them', () => {
    it('reads "a quarter of" and "a third of" as fractions', () => {
      const quarter = only('A quarter of the voters stayed home.', 'A quarter');
      assert.deepEqual([quarter.kind, quarter.value, quarter.counted], ['fraction', 0.25, 'voters']);
      const third = only('They spent a third of the budget.', 'a third');
      assert.equal(third.kind, 'fraction');
      assert.ok(Math.abs((third.value ?? 0) - 1 / 3) < 1e-9);
      assert.equal(only('He scored a third goal.', 'third').kind, 'ordinal');
      assert.equal(only('Costs were cut by a quarter in May.', 'a quarter').value, 0.25);
      assert.deepEqual(texts('It was hacked by a third party.'), []);
      assert.deepEqual([only('It cost a quarter of a million dollars.', 'a quarter of a million dollars').value], [250000]);
    });

    it('reads a share after "by" and a qualifier as a fraction, with its qualifier', () => {
      const fifth = only('Inventories fell by about a fifth during the quarter.', 'a fifth');
      assert.deepEqual([fifth.kind, fifth.value, fifth.qualifier], ['fraction', 0.2, 'about']);
      assert.deepEqual([only('Stocks have fallen by nearly a quarter since 2015.', 'a quarter').kind], ['fraction']);
      assert.deepEqual([only('Fares rose by more than a third in May.', 'a third').qualifier], ['more than']);
      // Still a rank, not a share, when nothing says the share changed something.
      assert.equal(only('He scored about a fifth goal.', 'fifth').kind, 'ordinal');
    });

    it('reads a whole number and a fraction as one number', () => {
      const n = only('The trial took 3 1/2 years.', '3 1/2');
      assert.deepEqual([n.value, n.kind, n.counted], [3.5, 'cardinal', 'years']);
    });

    it('reads a span of clock times written in one word', () => {
      assert.deepEqual(
        numbers('The office opens 2-4pm on Fridays.').map(n => [n.text, n.kind, n.time]),
        [
          ['2', 'time', '14:00'],
          ['4pm', 'time', '16:00'],
        ],
      );
    });

    it('reads years and decades written with an apostrophe', () => {
      const year = only('He left in ’98 for Paris.', '98');
      assert.deepEqual([year.kind, year.value], ['year', 1998]);
      const decade = only("Music of the '80s is back.", '80s');
      assert.deepEqual([decade.kind, decade.value, decade.upTo], ['year', 1980, 1989]);
      // A straight quote also opens a quotation.
      assert.deepEqual([only("The study found: ''27 companies reported losses.''", '27').value], [27]);
    });

    it('reads every two-digit year with one cut-off: up to 30 this century, after it the last', () => {
      // A slashed date, a year and a decade written with two digits all follow the same rule.
      assert.equal(only('The note was dated 12/25/29.', '12/25/29').date, '2029-12-25');
      assert.equal(only('The note was dated 12/25/45.', '12/25/45').date, '1945-12-25');
      assert.equal(only('She graduated in ’29 with honours.', '29').value, 2029);
      assert.equal(only('She graduated in ’31 with honours.', '31').value, 1931);
      // A decade is this century's only when all of its years are: the ’20s, not the ’30s.
      assert.deepEqual([only('Rents rose through the ’20s.', '20s').value, only('Jazz of the ’30s.', '30s').value], [2020, 1930]);
    });

    it('reads rupees and the Indian scale words', () => {
      const n = only('The project costs Rs 500 crore.', 'Rs 500 crore');
      assert.deepEqual([n.kind, n.value, n.unit], ['money', 5e9, 'INR']);
      assert.equal(only('She earns Rs. 3 lakh a year.', 'Rs. 3 lakh').value, 3e5);
    });

    it('keeps the everyday forms a reader checks', () => {
      const cases: [string, string, Partial<NumberMention>][] = [
        ['The deal is worth $1.5bn.', '$1.5bn', { kind: 'money', value: 1.5e9, unit: 'USD' }],
        ['They spent €30m on it.', '€30m', { kind: 'money', value: 30e6, unit: 'EUR' }],
        ['Debt reached 1.2 trillion yen.', '1.2 trillion yen', { kind: 'money', value: 1.2e12, unit: 'JPY' }],
        ['Growth was -2.3 percent.', '-2.3 percent', { kind: 'percent', value: -2.3, unit: '%' }],
        ['Before the 2016 election, polls shifted.', '2016', { kind: 'year', value: 2016 }],
        ['It was built in the 1990s.', '1990s', { kind: 'year', value: 1990, upTo: 1999 }],
        ['A 50-year-old man was hurt.', '50-year-old', { kind: 'age', value: 50, unit: 'years' }],
        ['She left school aged 16.', '16', { kind: 'age', value: 16 }],
        ['He is 6 feet tall.', '6 feet', { value: 6, unit: 'feet' }],
      ];
      for (const [text, span, expected] of cases) {
        const n = only(text, span);
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(n[key as keyof NumberMention], value, `${text} ${key}`);
      }
    });
  });

  describe('compound spelled amounts', () => {
    it('takes "and a half" after a scale word as half that scale, and a scale after the half as multiplying the whole', () => {
      const tonnes = only('Some two million and a half tonnes of grain rotted.', 'two million and a half tonnes');
      assert.equal(tonnes.value, 2_500_000);
      const euros = only('The bridge will cost three and a half million euros.', 'three and a half million euros');
      assert.deepEqual([euros.value, euros.kind, euros.unit], [3_500_000, 'money', 'EUR']);
      const pounds = only('The fund lost one and a half billion pounds.', 'one and a half billion pounds');
      assert.deepEqual([pounds.value, pounds.kind, pounds.unit], [1_500_000_000, 'money', 'GBP']);
    });

    it('reads "and a half" inside a hyphenated compound', () => {
      const loan = only('They agreed a four-and-a-half-month loan.', 'four-and-a-half');
      assert.deepEqual([loan.value, loan.counted], [4.5, 'month']);
    });
  });

  describe('temperatures', () => {
    it('reads a glued C or F as degrees, signed or after "minus", and "degrees Celsius/Fahrenheit" alike', () => {
      const hot = only('The thermometer showed 41C at noon.', '41C');
      assert.deepEqual([hot.value, hot.unit, hot.counted], [41, '°C', undefined]);
      assert.deepEqual([only('Inland it hit 102F.', '102F').unit], ['°F']);
      const frost = only('Lakes froze at -18C overnight.', '-18C');
      assert.deepEqual([frost.value, frost.unit], [-18, '°C']);
      assert.equal(only('It may drop to minus 3C in the hills.', 'minus 3C').value, -3);
      const cold = only('The station logged minus 40 degrees Celsius.', 'minus 40 degrees Celsius');
      assert.deepEqual([cold.value, cold.unit], [-40, '°C']);
      assert.equal(only('Asphalt reached 140 degrees Fahrenheit.', '140 degrees Fahrenheit').unit, '°F');
      assert.equal(only('Seas are 0.8C warmer than before.', '0.8C').unit, '°C');
    });

    it('leaves a letter glued to digits after a name alone ("Flat 2C")', () => {
      assert.deepEqual(texts('She lives in Flat 2C on the hill.'), []);
    });
  });

  describe('hundredths of currencies and more currencies', () => {
    it('reads cents as money in the sentence\'s currency (US dollars by default) and pence as pounds', () => {
      const stamp = only('A stamp now costs 73 cents.', '73 cents');
      assert.deepEqual([stamp.value, stamp.kind, stamp.unit], [0.73, 'money', 'USD']);
      assert.deepEqual([only('The €2 coffee rose by 15 cents.', '15 cents').unit], ['EUR']);
      const gum = only('Gum sells for 35c a pack.', '35c');
      assert.deepEqual([gum.value, gum.unit], [0.35, 'USD']);
      const share = only('The shares ended at 318p.', '318p');
      assert.deepEqual([share.value, share.kind, share.unit], [3.18, 'money', 'GBP']);
      assert.equal(only('The stock added 2,150p over the year.', '2,150p').value, 21.5);
      assert.deepEqual([only('Dividends of 12.5 pence were paid.', '12.5 pence').value], [0.125]);
      assert.deepEqual(texts('They streamed it in 720p video.'), []);
    });

    it('reads won (after a scale word), rand, "Rs" glued to digits and stacked Indian scale words', () => {
      const won = only('The chipmaker pledged 45 trillion won.', '45 trillion won');
      assert.deepEqual([won.kind, won.unit, won.value], ['money', 'KRW', 45e12]);
      assert.notEqual(only('Some 5 million won the draw.', '5 million').kind, 'money');
      assert.equal(only('A dollar bought 18.4 rand.', '18.4 rand').unit, 'ZAR');
      const rupees = only('The temple raised Rs7 crore.', 'Rs7 crore');
      assert.deepEqual([rupees.value, rupees.unit], [70_000_000, 'INR']);
      assert.equal(only('Tax receipts hit ₹3 lakh crore.', '₹3 lakh crore').value, 3e12);
    });
  });

  describe('basis points and fractions of a point', () => {
    it('reads basis points glued or spelled out', () => {
      for (const [text, span, value] of [
        ['Spreads widened 40bps.', '40bps', 40],
        ['Yields fell 15bp.', '15bp', 15],
        ['The bank added 75 basis points.', '75 basis points', 75],
        ['It was a 50-basis-point move.', '50-basis-point', 50],
      ] as const) {
        const n = only(text, span);
        assert.deepEqual([n.value, n.kind, n.unit], [value, 'percent', 'bp'], text);
      }
    });

    it('reads a quarter or a half of a percentage point as percentage points', () => {
      for (const [text, span, value] of [
        ['They voted for a half-point rise.', 'half-point', 0.5],
        ['Markets priced in a quarter-point move.', 'quarter-point', 0.25],
        ['Inflation slowed by half a percentage point.', 'half a percentage point', 0.5],
        ['Growth was revised down by a quarter of a percentage point.', 'a quarter of a percentage point', 0.25],
      ] as const) {
        const n = only(text, span);
        assert.deepEqual([n.value, n.kind, n.unit], [value, 'percent', 'percentage points'], text);
      }
    });
  });

  describe('more forms of amounts', () => {
    it('reads both ends of a range written with a glued "m" as millions when the range counts something', () => {
      const [range] = numbers('The mine will yield between 1.2m and 1.5m tonnes.');
      assert.deepEqual([range.text, range.value, range.upTo, range.unit], ['1.2m and 1.5m', 1.2e6, 1.5e6, undefined]);
      const [a] = numbers('The app expects 40m to 45m downloads.');
      assert.deepEqual([a.value, a.upTo, a.unit], [40e6, 45e6, undefined]);
    });

    it('reads valuation multiples and spelled "-fold" words as multipliers', () => {
      const pe = only('The stock trades at 18 times forward earnings.', '18 times');
      assert.deepEqual([pe.kind, pe.value], ['multiplier', 18]);
      assert.equal(only('Banks trade at 0.8 times book value.', '0.8 times').kind, 'multiplier');
      const fold = only('Costs rose sevenfold.', 'sevenfold');
      assert.deepEqual([fold.kind, fold.value], ['multiplier', 7]);
      assert.equal(only('Traffic grew fortyfold.', 'fortyfold').value, 40);
      assert.equal(only('She was stabbed 12 times.', '12').kind, 'cardinal');
    });
  });

  describe('ages told by a decade or a verb', () => {
    it('reads "in his 50s" as an age, and "early/mid/late" as a part of the decade (0–3, 4–6, 7–9)', () => {
      const fifties = only('A woman in her 50s was hurt.', '50s');
      assert.deepEqual([fifties.kind, fifties.value, fifties.upTo], ['age', 50, 59]);
      const mid = only('The driver, in his mid-20s, fled.', 'mid-20s');
      assert.deepEqual([mid.kind, mid.value, mid.upTo], ['age', 24, 26]);
      const late = only('A man in his late 60s died.', '60s');
      assert.deepEqual([late.kind, late.value, late.upTo], ['age', 67, 69]);
      assert.equal(only('It was built in the 1960s.', '1960s').kind, 'year');
    });

    it('reads the number after "turned" or a life event "at" as an age', () => {
      assert.equal(only('The singer turned 52 on Sunday.', '52').kind, 'age');
      assert.equal(only('My father retired at 62.', '62').kind, 'age');
      assert.equal(only('The page count turned 52 pages.', '52').kind, 'cardinal');
    });
  });

  describe('clock times and durations', () => {
    it('reads "o\'clock", four digits before a time zone, and a part of the day after the time', () => {
      const oclock = only('The bells rang at 9 o\'clock.', '9 o\'clock');
      assert.deepEqual([oclock.kind, oclock.time], ['time', '09:00']);
      assert.equal(only('Polls close at 2200 GMT.', '2200').time, '22:00');
      assert.equal(only('Troops moved in at 0415 local time.', '0415').time, '04:15');
      assert.equal(only('The call came at 9:45 in the evening.', '9:45').time, '21:45');
      assert.equal(only('The call came at 9:45 in the morning.', '9:45').time, '09:45');
      assert.equal(only('They left at 7 in the evening.', '7').time, '19:00');
    });

    it('keeps an approximation before a time as its qualifier', () => {
      const t = only('The blast was heard around 4.15am.', '4.15am');
      assert.deepEqual([t.time, t.qualifier], ['04:15', 'around']);
      assert.equal(only('We spoke at about 6 pm.', '6 pm').qualifier, 'about');
    });

    it('reads glued time abbreviations and colon race times as lengths of time', () => {
      assert.equal(only('She swam it in 58.21 seconds.', '58.21').counted, 'seconds');
      assert.equal(only('He clocked 9.87sec.', '9.87sec').counted, 'seconds');
      assert.deepEqual(texts('The record is 3min 28.4sec.'), ['3min', '28.4sec']);
      assert.equal(only('The stage took 4hr 5min.', '4hr').counted, 'hours');
      const marathon = only('She finished in 2:14:30 on a hot day.', '2:14:30');
      assert.deepEqual([marathon.kind, marathon.value, marathon.unit, marathon.time], ['cardinal', 8070, 's', undefined]);
      assert.equal(only('The mile was run in 3:51.2.', '3:51.2').value, 231.2);
      assert.equal(only('The alarm went off at 10:04:33.', '10:04:33').time, '10:04');
    });
  });

  describe('what a number counts, again', () => {
    it('does not count a time word after "last/next/this", a noun naming the figure, or a verb after the noun', () => {
      assert.equal(only('Exports reached 2.4 million last year.', '2.4 million').counted, undefined);
      assert.equal(only('Crowds averaged 31,000 this season.', '31,000').counted, undefined);
      assert.equal(only('Sales beat the 50,000 estimate.', '50,000').counted, undefined);
      assert.equal(only('It passed the 10,000 mark.', '10,000').counted, undefined);
      assert.equal(only('The 25-34 income band fell.', '25-34').counted, 'income band');
      assert.equal(only('We hired 40 nurses last year.', '40').counted, 'nurses');
    });
  });

  describe('what is not a number', () => {
    it('skips phone numbers', () => {
      assert.deepEqual(texts('Call 555-1234 today.'), []);
      assert.deepEqual(texts('Call (212) 555-1234 or 212-555-9876.'), []);
      assert.deepEqual(texts('Ring +44 20 7946 0958 before 9 July.'), ['9 July']);
      assert.deepEqual(texts('The hotline, 1-800-555-0199, costs $5.'), ['$5']);
      assert.deepEqual(texts('They had a call on 2016-03-12.'), ['2016-03-12']);
    });


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
      '10-15', '5-10bn', '2-4pm', 'from', 'rose', 'won', 'win', 'Call', '555-1234', '+44', '’', '98', '1/2', 'Rs', 'crore', 'quarter', 'km', 'miles',
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
