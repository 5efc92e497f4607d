// Amounts as the wire services and papers of other countries write them: TASS's "bln" and "trln",
// the Indonesian "Rp", the Turkish "TL" after the figure, centavos, and a scale word that opens a
// hyphenated word, as the sports pages write a player's price ("a £30 million-rated midfielder").
import * as assert from 'node:assert/strict';
import { numbers } from './numberFinder';

describe('scale words and currencies of the world\'s wires and papers', () => {
  it('reads TASS\'s "bln" and "trln" after an amount as billion and trillion, with the unit or currency after them', () => {
    assert.deepEqual(numbers('Exports reached 31.5 bln cubic meters; Gazprom will invest 1.2 trln rubles ($13.4 bln).').map(n => [n.text, n.value, n.kind]), [
      ['31.5 bln cubic meters', 31.5e9, 'cardinal'],
      ['1.2 trln rubles', 1.2e12, 'money'],
      ['$13.4 bln', 13.4e9, 'money'],
    ]);
  });

  it('reads Indonesian rupiah written "Rp" before the amount, with a space or glued', () => {
    assert.deepEqual(numbers('The tunnel will cost Rp 12.6 trillion, up from Rp9 trillion; the offer was Rp 4.5 million.').map(n => [n.text, n.value, n.unit]), [
      ['Rp 12.6 trillion', 12.6e12, 'IDR'],
      ['Rp9 trillion', 9e12, 'IDR'],
      ['Rp 4.5 million', 4.5e6, 'IDR'],
    ]);
  });

  it('reads Turkish lira written "TL" after the amount, and not a lower-case or longer word', () => {
    assert.deepEqual(numbers('He called for a rise to 28,000 TL a month.').map(n => [n.text, n.unit, n.kind]), [['28,000 TL', 'TRY', 'money']]);
    assert.deepEqual(numbers('They own 12 TLC stores.').map(n => [n.text, n.kind]), [['12', 'cardinal']]);
  });

  it('reads Ethiopian birr written "ETB" or "Br" before the amount', () => {
    assert.deepEqual(numbers('Losses reached ETB 4.2 billion, and subsidies cost Br 850 million.').map(n => [n.text, n.value, n.unit]), [
      ['ETB 4.2 billion', 4.2e9, 'ETB'],
      ['Br 850 million', 8.5e8, 'ETB'],
    ]);
  });

  it('reads the zloty written "zł" after the amount and the Czech koruna written "Kč"', () => {
    assert.deepEqual(numbers('The plan costs 4.5 billion zł, and families pay 120 zł a month; a ticket is 250 Kč.').map(n => [n.text, n.value, n.unit, n.kind]), [
      ['4.5 billion zł', 4.5e9, 'PLN', 'money'],
      ['120 zł', 120, 'PLN', 'money'],
      ['250 Kč', 250, 'CZK', 'money'],
    ]);
  });

  it('reads Bangladeshi taka written "Tk" before the amount, with crore and lakh', () => {
    assert.deepEqual(numbers('The government allocated Tk 2,400 crore; each family gets Tk1.5 lakh.').map(n => [n.text, n.value, n.unit]), [
      ['Tk 2,400 crore', 2.4e10, 'BDT'],
      ['Tk1.5 lakh', 1.5e5, 'BDT'],
    ]);
  });

  it('reads cents with the dollar\'s nationality before them ("two U.S. cents", "50 Australian cents")', () => {
    assert.deepEqual(numbers('Power cost about two U.S. cents, and bread 50 Australian cents.').map(n => [n.text, n.value, n.unit]), [
      ['two U.S. cents', 0.02, 'USD'],
      ['50 Australian cents', 0.5, 'AUD'],
    ]);
  });

  it('reads centavos as hundredths of the currency the sentence names, and of none when it names none', () => {
    assert.deepEqual(numbers('Thirty-five centavos is a start.').map(n => [n.text, n.value, n.kind, n.unit]), [['Thirty-five centavos', 0.35, 'money', undefined]]);
    assert.deepEqual(numbers('The fare rose from 12 pesos to 12 pesos and 50 centavos.').map(n => [n.text, n.unit]), [['12 pesos', 'MXN'], ['12 pesos', 'MXN'], ['50 centavos', 'MXN']]);
  });
});

describe('a scale word opening a hyphenated word', () => {
  it('reads the scale into the amount and ends the span with it ("£30 million-rated", "10 million-strong")', () => {
    assert.deepEqual(numbers('They wanted the £30 million-rated midfielder and a $2 million-a-year deal for a 10 million-strong fan base.').map(n => [n.text, n.value, n.kind]), [
      ['£30 million', 3e7, 'money'],
      ['$2 million', 2e6, 'money'],
      ['10 million', 1e7, 'cardinal'],
    ]);
  });

  it('leaves a hyphenated word that opens with no scale word alone ("a £30-rated", "5 hundred-year")', () => {
    assert.deepEqual(numbers('It is a £30-a-head dinner for 5 hundred-odd guests.').map(n => n.text), ['£30', '5']);
  });
});

describe('an age group joined to its age by a hyphen', () => {
  it('reads "under-19", "U-21" and "over-50s" as an age, the word its span as "mid-2015" is, and no other word before a hyphen and digits', () => {
    assert.deepEqual(numbers('He coached at under-19 level, then the U-21 side, and now the over-50s.').map(n => [n.text, n.value, n.kind]), [
      ['under-19', 19, 'age'],
      ['U-21', 21, 'age'],
      ['over-50s', 50, 'age'],
    ]);
    assert.deepEqual(numbers('She caught COVID-19 and flew an F-16 past a U-2 spy plane.').map(n => n.text), []);
  });
});
