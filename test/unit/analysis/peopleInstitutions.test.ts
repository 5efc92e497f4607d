// Names of institutions, firms and towns that read like a person's: the end of "the Ministry of
// Foreign Affairs", a firm list's "T. Rowe Price" opening a fund's name, a two-word town before
// its state. Invented sentences only.
import assert from 'node:assert/strict';
import { Analyzer } from '../../../src/analysis';

const mentions = (text: string): string[] => new Analyzer().analyze(text).people.map(p => p.text);

describe('people: institutions, firms and towns named like people', () => {
  it('does not take the end of an institution\'s name after "of" for a person', () => {
    const text = 'The Ministry of Foreign Affairs said talks would resume. The National Union of Quarrymen called a strike. Funds went to the Council on Public Policy.';
    assert.deepEqual(mentions(text), []);
  });

  it('reads the end of a confederation\'s, a syndicate\'s or a guild\'s name after "of" as no person', () => {
    const text = 'The National Confederation of Autonomous Transporters called a strike. The Syndicate of Quellon Drivers and the Guild of Brackton Weavers joined it.';
    assert.deepEqual(mentions(text), []);
  });

  it('reads a newspaper as no person, by its last word or by "The" capitalised inside the sentence', () => {
    const text = 'Ana Ruiz told The Kerry Courier that rents had risen. She spoke to the Tralee Examiner too. Later Tom Lee wrote to The Brackton Voice.';
    assert.deepEqual(mentions(text), ['Ana Ruiz', 'Tom Lee']);
  });

  it('keeps a person named in a show\'s title a person elsewhere: "on The Rena Harvey Morning Show … told Harvey"', () => {
    const text = 'On The Rena Harvey Morning Show on Tuesday, Ana Ruiz spoke. "We will win," she told Harvey.';
    assert.deepEqual(mentions(text), ['Ana Ruiz', 'Harvey']);
  });

  it('reads a club before a verb of saying whose object is an amount as no person: "Villa agree €45m deal"', () => {
    assert.deepEqual(mentions('Villa agree €45m deal for winger\n\nAston Villa have agreed a fee with Sporting. Villa had a bid turned down.'), []);
    assert.deepEqual(mentions('Quellon agree the deal was fair, and Brackton admits he lied.'), ['Quellon', 'Brackton']);
    // Only a plural verb, as British English agrees with a club or a firm; "a" may stand before the amount.
    assert.deepEqual(mentions('Villa agree a £45m deal for Diaby'), []);
    assert.deepEqual(mentions('Hartwell announces £2bn for schools'), ['Hartwell']);
  });

  it('reads a carmaker named like a person ("Kia", "Hyundai") as no person alone, and a greeting "Kia ora" with it', () => {
    assert.deepEqual(mentions('"Kia ora to the funding," Dr Aroha Quellon said. Kia sold more cars than Hyundai last year.'), ['Aroha Quellon']);
  });

  it('reads a one-word name after a player\'s position or a trade as a person: "the Brazilian winger Thiaguinho", "the chef Quellon"', () => {
    assert.deepEqual(mentions('Sporting sold the Brazilian winger Thiaguinho to them, and the chef Quellon cooked.'), ['Thiaguinho', 'Quellon']);
    // Not a club in a clause after "a" and the noun.
    assert.deepEqual(mentions('They signed a striker Benfica wanted for years.'), []);
  });

  it('reads a political party named like a person as no person, and its spokeswoman as the speaker', () => {
    const analysis = new Analyzer().analyze('Sinn Féin housing spokeswoman Aoife Brackton TD disagreed. "This is spin," she wrote on X.');
    assert.deepEqual(analysis.people.map(p => p.text), ['Aoife Brackton']);
    assert.deepEqual(analysis.quotes.map(q => q.speaker), ['Aoife Brackton']);
  });

  it('reads "show" after a plural subject as the verb: "Court records show Quellon was convicted" keeps Quellon a person', () => {
    assert.deepEqual(mentions('Rena Quellon was charged. Court records show Quellon was convicted in 2016. She starred in the show Ostravo.'), ['Rena Quellon', 'Quellon']);
  });

  it('reads a title after a plural noun of works as no person: "her short films Madame Lune and …"', () => {
    assert.deepEqual(mentions('Her short films Madame Lune and The Garden won prizes at Annecy.'), []);
    assert.deepEqual(mentions('Critics loved his novels Ada Brackton, and Ann Quellon edited them.'), ['Ann Quellon']);
  });

  it('reads a name before a player\'s position as a team: "Chelsea central defender Franck Quellon", "the Inter Milan player"', () => {
    assert.deepEqual(mentions('He was fouled by Chelsea central defender Franck Quellon in the 20th minute.'), ['Franck Quellon']);
    assert.deepEqual(mentions('The Inter Milan player was sent off, and Brackton striker Ana Ostrava scored.'), ['Ana Ostrava']);
    // A verb after the name is no position: "Quellon defended the goal".
    assert.deepEqual(mentions('Goalkeeper Tom Quellon saved twice. Quellon defended the goal well.'), ['Tom Quellon', 'Quellon']);
  });

  it('still finds a person after "The" that opens the sentence or comes with a title', () => {
    const text = 'The Maria Quellon I knew was kind. Ruiz told The Rev. Ann Ostrava so.';
    assert.deepEqual(mentions(text), ['Maria Quellon', 'Ruiz', 'Ann Ostrava']);
  });

  it('still finds a person named after an institution, with or without a title', () => {
    const text = 'The Secretary of State Ada Quellon arrived. Psychology major at University of Vermont Tamsin Ockley wrote to him.';
    assert.deepEqual(mentions(text), ['Ada Quellon', 'Tamsin Ockley']);
  });

  it('reads a listed firm written with an initial as a firm, alone or opening a longer name', () => {
    const text = 'Mr. Boesel of T. Rowe Price said stocks were cheap. Stephen Boesel, president of T. Rowe Price Growth and Income Fund, agreed.';
    assert.deepEqual(mentions(text), ['Boesel', 'Stephen Boesel']);
  });

  it('reads a club named with "Deportivo", "Atletico", "Dinamo", "Spartak" or "Olympique" as no person, alone too', () => {
    assert.deepEqual(mentions('Title contenders Deportivo Quellon drew 1-1. Deportivo started strongly, and Dinamo Ostrava lost. Deportivo chairman Augusto Brackton said so.'), ['Augusto Brackton']);
  });

  it('reads a town joined by a preposition with hyphens as no person: "Chester-le-Street", "Boulogne-sur-Mer"', () => {
    assert.deepEqual(mentions('At Quellon-le-Street: Glamorgan beat Durham. She moved to Ostrava-sur-Mer. Inzamam-ul-Brackton scored.'), ['Inzamam-ul-Brackton']);
  });

  it('reads a US state written short after its town as no person: "Aloha, Ore.", "Baton Rouge, La."', () => {
    assert.deepEqual(mentions('Fined: James G. Quellon, Aloha, Ore., $5,000; Ronald A. Ostrava, Baton Rouge, La., $15,000; W.N. Brackton & Co., of Georgetown, Del., $20,000.'), ['James G. Quellon', 'Ronald A. Ostrava']);
  });

  it('reads a known town of two words before a state as a town, even one that opens with a given name', () => {
    assert.deepEqual(mentions('The company is based in Ann Arbor, Mich., and employs 400 people.'), []);
  });

  it('reads an agency, a trust or an orchestra by its last word: "Geological Survey", "Nature Conservancy", "Symphony"', () => {
    const text = 'The U.S. Geological Survey said the quake was shallow. The Nature Conservancy said it had bought the land. The Oakland Symphony said the concert was off.';
    assert.deepEqual(mentions(text), []);
  });

  it('reads "Brent crude" as a benchmark, and "Brent" alone in the same story too, but keeps a Brent named in full a person', () => {
    assert.deepEqual(mentions('Brent crude futures rose 94 cents. Brent gained 2% on the week.'), []);
    assert.deepEqual(mentions('Tom Brent said the plan failed. Brent added that he was tired.'), ['Tom Brent', 'Brent']);
  });

  it('reads a bank named in Spanish, Italian, French or Filipino as no person: "Bangko Sentral ng Pilipinas", "Banco Quellon", "Banque Ostrava"', () => {
    assert.deepEqual(mentions('The Bangko Sentral ng Pilipinas kept rates unchanged, and Banco Quellon cut its own. Governor Eli Remolona spoke, and so did a vice president with Banque Ostrava in Paris.'), ['Eli Remolona']);
  });
  it('reads an acronym with a possessive as an acronym, not a person: "according to CME\'s FedWatch tool"', () => {
    assert.deepEqual(mentions('Traders see a 38% chance of a cut, according to CME\'s FedWatch tool. Ada Quellon agreed.'), ['Ada Quellon']);
  });
});

