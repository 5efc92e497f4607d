// Names as the English-language papers of Hong Kong, Singapore and other places write them:
// Cantonese given names after the family name, "Madam" before a name. Invented sentences only.
import assert from 'node:assert/strict';
import { Analyzer, type Analysis } from '../../../src/analysis';

const analyze = (text: string): Analysis => new Analyzer().analyze(text);
const mentions = (text: string): string[] => analyze(text).people.map(p => p.text);

describe('people: regional name forms', () => {
  it('keeps a Cantonese hyphenated given name after a Hong Kong family name, whatever English word its second part spells', () => {
    assert.deepEqual(mentions('Tour guide Winnie Cheung Wai-man, 47, said so. Cheung has worked there for years.'), ['Winnie Cheung Wai-man', 'Cheung']);
    assert.deepEqual(mentions('The clerk, Tsang Ka-ho, and the driver, Chan Tai-man, were fined.'), ['Tsang Ka-ho', 'Chan Tai-man']);
  });

  it('reads "Madam" before a name as a title, as Singapore papers write it', () => {
    const a = analyze('Madam Lim Ah Hoon, 72, lives alone. "It helps," said Madam Lim.');
    assert.deepEqual(a.people.map(p => p.text), ['Lim Ah Hoon', 'Lim']);
    assert.equal(a.people[0].title, 'Madam');
  });
});

describe('people: a portfolio after "Secretary for", "Minister of"', () => {
  it('keeps the portfolio in the title, out of the name ("Secretary for Development Raymond Tsang Kwok-leung")', () => {
    const a = analyze('Secretary for Development Raymond Tsang Kwok-leung said on Wednesday. Minister of Housing Ana Quellon agreed.');
    assert.deepEqual(a.people.map(p => [p.text, p.title]), [
      ['Raymond Tsang Kwok-leung', 'Secretary for Development'],
      ['Ana Quellon', 'Minister of Housing'],
    ]);
  });
});

describe('people: New Zealand usage', () => {
  it('reads "Māori" with its macron as a people, not a person, and an iwi opening with "Ngāti" as no person', () => {
    const a = analyze('The money goes to Māori health providers. Ngāti Kahu elder Wiremu Tauroa, 81, welcomed it. "Ka pai," he said.');
    assert.deepEqual(a.people.map(p => p.text), ['Wiremu Tauroa']);
    assert.equal(a.quotes[0].speaker, 'Wiremu Tauroa');
  });
});

describe('people: a trial transcript', () => {
  it('reads "Q." and "A." opening a line as the question and answer marks, not initials, and keeps a real initial', () => {
    const a = analyze('Q. Ms. Whitcombe, did you see the defendant?\n\nA. Yes. He came in at 7:45.\n\nA. He said, "I will be back," and he left.');
    assert.deepEqual(a.people.map(p => p.text), ['Whitcombe']);
    assert.deepEqual(mentions('A. Quellon said the vote was close.'), ['A. Quellon']);
  });

  it('reads a label in capitals after an honorific ("MS. OKAFOR:") as a person, whose words follow, though the article names her nowhere else', () => {
    const a = analyze('THE COURT: Please be seated.\n\nMS. OKAFOR: Objection. Leading.\n\nTHE COURT: Overruled.');
    assert.deepEqual(a.people.map(p => [p.text, p.title]), [['OKAFOR', 'MS.']]);
    assert.deepEqual(a.quotes.map(q => [q.text, q.speaker]), [['Objection. Leading.', 'Okafor']]);
  });
});

describe('people: districts named in Cantonese, Malay and Māori', () => {
  it('reads Hong Kong, Singapore and New Zealand districts as places, also when the first word is a given name or was split off', () => {
    assert.deepEqual(mentions('The promenade links Kwun Tong and Hung Hom. Passengers land at the Kai Tak terminal and shop in Tsim Sha Tsui.'), []);
    assert.deepEqual(mentions('Madam Quellon lives in Ang Mo Kio, and her son is a GP in Te Awamutu.'), ['Quellon']);
  });
});

describe('people: a describing word opening the sentence before a name', () => {
  it('keeps "Nominated MP" and "Retiree" out of the name, as the role', () => {
    const a = analyze('Nominated MP Kavitha Ramasamy asked a question. Retiree Jane Quellon, 72, agreed.');
    assert.deepEqual(a.people.map(p => p.text), ['Kavitha Ramasamy', 'Jane Quellon']);
  });
});

describe('people: a party or a firm opening the run before a name', () => {
  it('judges the name after the party or the firm on its own ("Plaid Cymru MS Iestyn ap Rhys", "Wells Fargo CEO John Quellon")', () => {
    assert.deepEqual(mentions('Plaid Cymru MS Iestyn ap Rhys welcomed the cap. Wells Fargo CEO John Quellon was grilled.'), ['Iestyn ap Rhys', 'John Quellon']);
    assert.deepEqual(mentions('Plaid Cymru said so, and Goldman Sachs Group agreed.'), []);
  });
});

describe('people: a place before "police"', () => {
  it('reads a name before "police" as a place ("the Mae Sai police station", "Charlotte police officers")', () => {
    assert.deepEqual(mentions('Pol Col Thanawat Srisuk, superintendent of the Mae Sai police station, said so. Ostrava police officers agreed.'), ['Thanawat Srisuk']);
  });
});

describe('people: a haulier named like a person', () => {
  it('reads a name ending in "Freight", "Haulage" or "Trucking" as a company', () => {
    assert.deepEqual(mentions('She worked at Harlan Freight, and he drove for Quellon Haulage and Brant Trucking.'), []);
  });
});
