// Forms of figures a reporter writes that the finder once missed or misread: amounts without an
// exact count ("several thousand", "cut in half", "over half"), decades written "the 90's", spans
// of years cut short ("1989 - 90") and spans of days with a spaced dash ("Oct. 2 - 8").
import * as assert from 'node:assert/strict';
import { numbers, only } from './numberFinder';

describe('amounts without an exact count', () => {
  it('reads "several thousand" as a count of thousands, with "several" as its qualifier', () => {
    const n = only('Several thousand nurses walked out on Monday.', 'Several thousand');
    assert.deepEqual([n.value, n.qualifier, n.kind, n.counted], [1000, 'several', 'cardinal', 'nurses']);
  });

  it('reads the scale and the currency after a vague count: "several hundred million pounds"', () => {
    const n = only('The council may lose several hundred million pounds on the deal.', 'several hundred million pounds');
    assert.deepEqual([n.value, n.unit, n.kind, n.qualifier], [1e8, 'GBP', 'money', 'several']);
    assert.equal(only('Roads costing several billion dollars are planned.', 'several billion dollars').unit, 'USD');
    assert.equal(only('A few hundred fans waited outside.', 'few hundred').value, 100);
  });

  it('leaves "several" and "many" alone when no scale word follows', () => {
    assert.deepEqual(numbers('Several players and many fans left early.'), []);
  });

  it('reads "half" after "cut in" and after a word of approximation', () => {
    assert.equal(only('The mill cut its workforce in half.', 'half').value, 0.5);
    assert.equal(only('The mill cut its workforce in half to 900 jobs.', 'half').value, 0.5);
    assert.equal(only('Over half have left the valley.', 'half').qualifier, 'over');
    assert.equal(only('Exports shrank by roughly half this year.', 'half').qualifier, 'roughly');
  });

  it('leaves "half" of a time span, a team\'s game or a phrase alone', () => {
    assert.deepEqual(numbers('Nearly half an hour passed in silence.'), []);
    assert.deepEqual(numbers('They scored in the second half.'), []);
    assert.deepEqual(numbers('He was in half a mind to quit.'), []);
  });

  it('reads a decade written with an apostrophe before the "s" as the decade', () => {
    const n = only('Rents doubled during the 1980\'s in the city.', "1980's");
    assert.deepEqual([n.kind, n.value, n.upTo], ['year', 1980, 1989]);
    assert.equal(only('She was a singer in the 90’s.', '90’s').kind, 'year');
  });
});

describe('spans of years written with the second year cut short', () => {
  it('reads "1989 - 90" as the years 1989 to 1990, across a century too', () => {
    const [season] = numbers('Exports from the 1989 - 90 crop fell.');
    assert.deepEqual([season.kind, season.value, season.upTo], ['range', 1989, 1990]);
    const [turn] = numbers('The 1999 - 00 season was long.');
    assert.deepEqual([turn.value, turn.upTo], [1999, 2000]);
  });

  it('reads a financial year written in one word ("2027-28") as one span after "in" too', () => {
    assert.deepEqual(
      numbers('The deficit will reach $7bn in 2027-28. It fell in 1999-00.').map(n => [n.text, n.kind, n.value, n.upTo]),
      [
        ['$7bn', 'money', 7e9, undefined],
        ['2027-28', 'range', 2027, 2028],
        ['1999-00', 'range', 1999, 2000],
      ],
    );
  });

  it('reads a financial year after a word of change and "from" as one span, not a change to a count', () => {
    assert.deepEqual(
      numbers('Spending is up from 2025-26 levels, and rose from 2019 - 20 to 2024.').map(n => [n.text, n.kind, n.value, n.upTo]),
      [
        ['2025-26', 'range', 2025, 2026],
        ['2019 - 20', 'range', 2019, 2020],
        ['2024', 'year', 2024, undefined],
      ],
    );
  });

  it('does not read two digits far from the year as its second year', () => {
    assert.deepEqual(
      numbers('In 1990 - 12 teams played.').map(n => [n.text, n.kind]),
      [
        ['1990', 'year'],
        ['12', 'cardinal'],
      ],
    );
  });
});

describe('spans of days written with a spaced dash', () => {
  it('reads "Oct. 2 - 8" as two dates of the month, the year with the last', () => {
    assert.deepEqual(
      numbers('Sales fell in the week of Oct. 2 - 8 in most towns.').map(n => [n.text, n.kind, n.date]),
      [
        ['Oct. 2', 'date', '--10-02'],
        ['8', 'date', '--10-08'],
      ],
    );
    assert.deepEqual(
      numbers('The talks ran June 3 – 4, 2026, in Oslo.').map(n => [n.text, n.date]),
      [
        ['June 3', '2026-06-03'],
        ['4, 2026', '2026-06-04'],
      ],
    );
  });

  it('does not read a smaller number after the dash as a day', () => {
    assert.deepEqual(
      numbers('On May 9 - 3 votes were cast.').map(n => [n.text, n.kind]),
      [
        ['May 9', 'date'],
        ['3', 'cardinal'],
      ],
    );
  });
});

describe('currencies written before the amount: African, Gulf and Philippine', () => {
  it('reads naira and rand glued to the amount as money when a scale suffix, a thousands comma or a scale word shows it', () => {
    const naira = only('Traders rejected a N2.5bn levy on shops.', 'N2.5bn');
    assert.deepEqual([naira.value, naira.unit, naira.kind], [2.5e9, 'NGN', 'money']);
    assert.equal(only('The state collected N450m in fees.', 'N450m').value, 4.5e8);
    assert.equal(only('Fees may reach N3 billion.', 'N3 billion').value, 3e9);
    assert.deepEqual([only('The flat cost R150,000 in 2019.', 'R150,000').unit, only('The flat cost R150,000 in 2019.', 'R150,000').kind], ['ZAR', 'money']);
  });

  it('reads "between N20,000 and N150,000" as one range of money', () => {
    const n = only('Traders would pay between N20,000 and N150,000 a year.', 'N20,000 and N150,000');
    assert.deepEqual([n.value, n.upTo, n.unit, n.kind], [20000, 150000, 'NGN', 'range']);
  });

  it('reads Kenyan shillings written "KSh" or "Kshs" before the amount', () => {
    const n = only('The county raised KSh 300m from traders.', 'KSh 300m');
    assert.deepEqual([n.value, n.unit, n.kind], [3e8, 'KES', 'money']);
    assert.equal(only('Each stall pays Kshs 2,000 a month.', 'Kshs 2,000').unit, 'KES');
  });

  it('reads East African shillings glued to "Sh" or "Shs" before the amount', () => {
    assert.deepEqual(numbers('Each stall pays Sh50 a day; hawkers pay Sh1,200 and the levy raises Sh2.4 billion, or Shs50,000.').map(n => [n.text, n.unit, n.kind]), [
      ['Sh50', 'KES', 'money'],
      ['Sh1,200', 'KES', 'money'],
      ['Sh2.4 billion', 'KES', 'money'],
      ['Shs50,000', 'KES', 'money'],
    ]);
  });

  it('reads Philippine pesos glued as "P" when the amount shows money: a hyphenated scale, a price in hundredths or per unit', () => {
    const deal = only('Senators probed a P12-billion rice deal.', 'P12-billion');
    assert.deepEqual([deal.value, deal.unit, deal.kind], [12e9, 'PHP', 'money']);
    assert.deepEqual(numbers('Rice rose to P58 a kilo, against P24.50 landed and R15 per litre.').map(n => [n.text, n.unit]), [['P58', 'PHP'], ['P24.50', 'PHP'], ['R15', 'ZAR']]);
    assert.deepEqual(numbers('The P5 met in Geneva, and he filed a P45 form.').map(n => n.text), []);
  });

  it('reads a price with a decimal comma and two digits of cents after its currency ("R12,50", "€3,99"), and no such figures without a currency', () => {
    assert.deepEqual(numbers('Residents pay R12,50 per kilolitre, and a coffee costs €3,99.').map(n => [n.text, n.value, n.unit, n.kind]), [['R12,50', 12.5, 'ZAR', 'money'], ['€3,99', 3.99, 'EUR', 'money']]);
    assert.deepEqual(numbers('It raised R1,500 in May.').map(n => [n.text, n.value]), [['R1,500', 1500]]);
    assert.deepEqual(numbers('Pages 12,50 and 61 were torn.').map(n => n.text), ['61']);
  });

  it('reads an ISO currency code glued to an amount that shows money ("VND12 trillion", "VND8,000 to VND15,000"), not a grade or a version ("RON95", "PHP8")', () => {
    assert.deepEqual(numbers('Hanoi will spend VND12 trillion; a trip costs VND8,000 to VND15,000.').map(n => [n.text, n.unit, n.kind]), [['VND12 trillion', 'VND', 'money'], ['VND8,000 to VND15,000', 'VND', 'range']]);
    assert.deepEqual(numbers('Fill up with RON95 petrol; the site runs on PHP8.').map(n => n.text), []);
  });

  it('reads "by half" after a change as a share, as "cut in half", but not "by half past six"', () => {
    assert.deepEqual(numbers('The strike cut her income by half for three years.').map(n => [n.text, n.kind]), [['half', 'fraction'], ['three', 'cardinal']]);
    assert.deepEqual(numbers('Be home by half past six.').map(n => n.text), ['six']);
  });

  it('keeps micrometres, with the micro sign or the Greek mu, as the unit of the number', () => {
    assert.deepEqual(numbers('Samples passed through 0.2 µm and 5 μm membranes.').map(n => n.text), ['0.2 µm', '5 μm']);
  });

  it('reads Ghanaian cedis written with "GH¢" before the amount', () => {
    assert.deepEqual(numbers('The price rose to GH¢3,228 a bag and will cost GH¢2.4 billion.').map(n => [n.text, n.value, n.unit, n.kind]), [
      ['GH¢3,228', 3228, 'GHS', 'money'],
      ['GH¢2.4 billion', 2.4e9, 'GHS', 'money'],
    ]);
  });

  it('reads Malaysian ringgit glued to "RM", with the papers\' own scale suffixes "bil" and "mil"', () => {
    assert.deepEqual(numbers('The state got RM1.2bil, then RM450mil, and each family RM3,000.').map(n => [n.text, n.value, n.unit]), [
      ['RM1.2bil', 1.2e9, 'MYR'],
      ['RM450mil', 4.5e8, 'MYR'],
      ['RM3,000', 3000, 'MYR'],
    ]);
  });

  it('reads the dollar\'s country written after the sign and glued to the amount ("$A1.2m", "$US50 million")', () => {
    assert.deepEqual(numbers('Grants of $A1.2m went out; the fund holds $A310 million and $US50 million.').map(n => [n.text, n.value, n.unit]), [
      ['$A1.2m', 1.2e6, 'AUD'],
      ['$A310 million', 3.1e8, 'AUD'],
      ['$US50 million', 5e7, 'USD'],
    ]);
  });

  it('reads a financial year written with a slash ("2025/26") as a span of two years, and no other slashed pair', () => {
    const span = only('Grants paid in 2025/26 totalled more.', '2025/26');
    assert.deepEqual([span.kind, span.value, span.upTo], ['range', 2025, 2026]);
    assert.deepEqual(numbers('The ratio was 2024/31.').map(n => n.text), []);
  });

  it('reads a capitalised number word opening a name inside a sentence as part of the name ("One Nation"), not one in a line of capitals', () => {
    assert.deepEqual(numbers('She won the seat for One Nation, and the Fifth Amendment applies. One person died.').map(n => n.text), ['One']);
    assert.deepEqual(numbers('The Journal reports: THREE COMPUTERS THAT CHANGED the field.').map(n => n.text), ['THREE']);
  });

  it('leaves a code with a single capital alone: "N95 masks", "the N1 road"', () => {
    assert.deepEqual(numbers('Nurses asked for N95 masks on the N1 road.').map(n => n.text), []);
  });
});

describe('a number inside the name of a share index', () => {
  it('leaves out the digits between a name and "index" ("Tel Aviv 35 index"), not a count after a month', () => {
    assert.deepEqual(numbers('The Tel Aviv 35 index rose 0.6%, and the KOSPI 200 Index fell.').map(n => n.text), ['0.6%']);
    assert.deepEqual(numbers('In May 35 index funds closed.').map(n => n.text), ['35']);
  });
});

describe('per cent glued as "pc"', () => {
  it('reads "11pc" and "3.5pc" as percentages, and leaves "a 386PC" alone', () => {
    assert.deepEqual(numbers('The policy rate stayed at 11pc, inflation fell to 3.5pc, and he used a 386PC.').map(n => [n.text, n.kind, n.unit]), [['11pc', 'percent', '%'], ['3.5pc', 'percent', '%']]);
  });
});

describe('currencies named after the amount', () => {
  it('reads hryvnias, zlotys, forints, riyals and other currencies named after the amount, with a nationality where it tells which', () => {
    const h = only('Repairs cost 380 million hryvnias since September.', '380 million hryvnias');
    assert.deepEqual([h.value, h.unit, h.kind], [3.8e8, 'UAH', 'money']);
    assert.equal(only('The shares opened at 5,200 forints.', '5,200 forints').unit, 'HUF');
    assert.equal(only('The levy raised 5 million Qatari riyals.', '5 million Qatari riyals').unit, 'QAR');
    assert.equal(only('A permit costs 20 Ugandan shillings.', '20 Ugandan shillings').unit, 'UGX');
    assert.equal(only('The Knesset passed a NIS 620 billion budget.', 'NIS 620 billion').unit, 'ILS');
  });

  it('reads won after an amount with thousands separators as money, and still reads "won" after a count as the verb', () => {
    const n = only('Samsung shares rose to 71,400 won in Seoul.', '71,400 won');
    assert.deepEqual([n.value, n.unit, n.kind], [71400, 'KRW', 'money']);
    assert.deepEqual(numbers('Of 12,000 entrants, 1,200 won the first round and 11 won medals.').map(x => [x.text, x.kind]), [['12,000', 'cardinal'], ['1,200', 'cardinal'], ['11', 'cardinal']]);
  });
});

describe('a scale joined to the amount by a hyphen', () => {
  it('reads "$4.1-billion", "C$4.1-billion" and "a 30-million population" with their scale', () => {
    assert.deepEqual([only('They signed a $4.1-billion agreement.', '$4.1-billion').value, only('Quebec signed a C$4.1-billion deal.', 'C$4.1-billion').unit], [4.1e9, 'CAD']);
    assert.equal(only('It became a $400-million-a-year business.', '$400-million').value, 4e8);
    assert.equal(only('The 30-million population grew.', '30-million').value, 3e7);
  });
});

describe('Gulf currencies written before the amount', () => {
  it('reads dirhams, Saudi and Qatari riyals glued to the amount or spaced, and leaves a code alone', () => {
    const dirhams = only('The airline ordered jets worth Dh70 billion.', 'Dh70 billion');
    assert.deepEqual([dirhams.value, dirhams.unit, dirhams.kind], [7e10, 'AED', 'money']);
    assert.equal(only('Fees rose to Dh 1,500 a year.', 'Dh 1,500').unit, 'AED');
    assert.equal(only('Its rival ordered jets worth SR11.5 billion.', 'SR11.5 billion').unit, 'SAR');
    assert.equal(only('The club paid QR2.4m for him.', 'QR2.4m').unit, 'QAR');
    assert.equal(only('The fine was AED 50,000.', 'AED 50,000').unit, 'AED');
    assert.deepEqual(numbers('The SR71 Blackbird flew over the QR5 gate.').map(n => n.text), []);
  });
});

describe('numbers of a police brief', () => {
  it('reads a block or house number in a street address as a count, not a year', () => {
    assert.equal(only('Ray Okonjo, 45, of the 2100 block of Corliss Avenue, was charged.', '2100').kind, 'cardinal');
    assert.equal(only('The office at 1600 Brackton Road closed.', '1600').kind, 'cardinal');
    assert.equal(only('The office closed in 1996.', '1996').kind, 'year');
    assert.equal(only('She cited the 1973 Supreme Court decision and the 2019 Brackton Road plan.', '1973').kind, 'year');
    assert.equal(only('She cited the 1973 Supreme Court decision and the 2019 Brackton Road plan.', '2019').kind, 'year');
  });

  it('reads no figure in an identifier after "booking number is" or "case number was"', () => {
    assert.deepEqual(numbers('His booking number is 24-11873. Her case number was 4471.').map(n => n.text), []);
    assert.equal(only('The number is 10, and song number 3 topped the chart.', '10').kind, 'cardinal');
  });
});

describe('wire-service forms of amounts and readings', () => {
  it('reads "U.S. dollars" after an amount as its currency, as "US dollars" is', () => {
    const n = only('Trade was worth 5.9 billion U.S. dollars last year.', '5.9 billion U.S. dollars');
    assert.deepEqual([n.value, n.unit, n.kind], [5.9e9, 'USD', 'money']);
    assert.equal(only('It cost 40 U.S. dollars.', '40 U.S. dollars').unit, 'USD');
  });

  it('reads the number after "magnitude-" or "Category-" as the reading, as "magnitude 6.8" is', () => {
    assert.deepEqual(numbers('A magnitude-6.8 quake struck, and a magnitude-7.1 quake hit in 2017. It became a Category-4 storm.').map(n => n.text), ['6.8', '7.1', '2017', '4']);
    assert.deepEqual(numbers('Cases of COVID-19 fell, and the F-16 landed.').map(n => n.text), []);
  });

  it('reads "bps" after a number as basis points, and "Swedish crowns" as a currency', () => {
    const bps = only('The 10-year yield rose 5 bps to 4.31%.', '5 bps');
    assert.deepEqual([bps.kind, bps.unit], ['percent', 'bp']);
    const crowns = only('Volvo earned 5 billion Swedish crowns.', '5 billion Swedish crowns');
    assert.deepEqual([crowns.kind, crowns.unit, crowns.value], ['money', 'SEK', 5e9]);
    assert.equal(only('The king wore three crowns.', 'three').kind, 'cardinal');
  });

  it('keeps a dose or a concentration written with a slash with its number: "5 mg/kg", "142 mg/dL"', () => {
    assert.deepEqual(numbers('Patients given 5 mg/kg had LDL of 142 mg/dL.').map(n => [n.text, n.unit]), [['5 mg/kg', 'mg/kg'], ['142 mg/dL', 'mg/dl']]);
  });
});


describe('an age limit after "aged"', () => {
  it('reads the number of "aged under 22", "aged over 65" as an age, and leaves "those under 22" a count', () => {
    assert.deepEqual(numbers('Fares are capped for people aged under 22 and free for those aged over 65.').map(n => [n.text, n.kind]), [['22', 'age'], ['65', 'age']]);
    assert.deepEqual(numbers('Fares are capped for the under 22 groups.').map(n => [n.text, n.kind]), [['22', 'cardinal']]);
  });
});
