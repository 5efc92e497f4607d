// Who said a quote, in the constructions news writing uses beyond "…,” he said": participles,
// relative clauses, a closing ", she said", modifiers of the subject, and clauses that only
// follow a quote. Every sentence here is invented for the test.
import assert from 'node:assert/strict';
import { Analyzer, type Quote } from '../../../src/analysis';

const quotesOf = (text: string): Quote[] => new Analyzer().analyze(text).quotes;
/** [speaker, the text of the speaker mention] of each quote. */
const speakers = (text: string): [string | null, string | null][] =>
  quotesOf(text).map(q => [q.speaker, q.speakerStart === null ? null : text.slice(q.speakerStart, q.speakerEnd!)]);

describe('speakers', () => {
  it('passes over a party or a firm opening the sentence to the member named after it ("Plaid Cymru MS Iestyn ap Rhys … said fares were “…”")', () => {
    assert.deepEqual(speakers('Plaid Cymru MS Iestyn ap Rhys welcomed the cap but said fares were "still far too high". Plaid Cymru called the plan "a start".'), [
      ['Iestyn ap Rhys', 'Iestyn ap Rhys'],
      ['Plaid Cymru', 'Plaid Cymru'],
    ]);
  });

  it('gives a participle of saying to the subject of its clause, not to a name after it', () => {
    assert.deepEqual(speakers('The mayor posted a series of videos early Monday saying that rival Dana Ortiz had shown poor judgment "as a matter of habit."'), [['The mayor', 'The mayor']]);
    assert.deepEqual(speakers('After the vote, several tenant groups issued a statement calling the plan "a gift to landlords."').map(s => s[1]), ['several tenant groups']);
  });

  it('reads a participle of saying after a comma as the cue even before a bare noun (compromise makes ", saying inflation" a noun)', () => {
    assert.deepEqual(speakers('The central bank kept its rate on Thursday, saying inflation was still "far above" its target.'), [['The central bank', 'The central bank']]);
    assert.deepEqual(speakers('ANKARA — Turkey\'s central bank kept its rate at 42.5% on Thursday, saying inflation, which fell in October, was still "far above" its target.').map(s => s[1]), ['Turkey\'s central bank']);
  });

  it('gives a short quote after a verb of describing in a relative clause to that verb\'s named subject, not the sentence\'s first verb of saying', () => {
    assert.deepEqual(speakers('Ministers agreed after 19 hours of talks that Dutch minister Pieter van den Quellon called "the hardest night of my career".').map(s => s[0]), ['Pieter van den Quellon']);
    assert.deepEqual(speakers('The ministers agreed on talks, which Tom Brackton called "a waste of a week".').map(s => s[0]), ['Tom Brackton']);
  });

  it('gives the quote to a titled name with letters after it and an appositive: "Sir Keir Quellon MP, Member for Holbeck East, told"', () => {
    assert.deepEqual(speakers('Sir Keir Quellon MP, Member for Holbeck East, told the Commons that the bill was "unworkable".'), [['Keir Quellon', 'Keir Quellon']]);
  });

  it('gives a quote to the speaker of its own clause when two clauses of saying are joined by ", and" or ";"', () => {
    const text = 'The central bank said on Wednesday that the rouble had weakened, and bank chief Hugo Brandt warned that high rates were "choking" investment.';
    assert.deepEqual(speakers(text), [['Hugo Brandt', 'Hugo Brandt']]);
    assert.deepEqual(speakers('The ministry said it would act; Brandt said that was "too late".').map(s => s[1]), ['Brandt']);
    // ", and that …" goes on with the first speaker's reported words.
    assert.deepEqual(speakers('Hugo Brandt said the rouble had weakened, and that Dana Ortiz called the rates "choking".').map(s => s[0]), ['Hugo Brandt']);
  });

  it('gives a quote to the person before a chain of "of" phrases and an appositive, not to the place that ends the chain', () => {
    assert.deepEqual(speakers('Rep. Joey Quellon of the 2nd District of Nueva Ecija, the top rice-producing province, said farmers were "squeezed from both ends."').map(s => s[0]), ['Joey Quellon']);
    assert.deepEqual(speakers('Sen. Curtis Hollings of Wyoming, a critic of the plan, called it "a disaster."').map(s => s[0]), ['Curtis Hollings']);
  });

  it('does not take the speaker of a clause joined after the quote by "but" or "and" ("…," but four senators said)', () => {
    const text = 'Majority Leader Tom Quellon told reporters he had "the votes to get this done," but at least four Republicans said they would vote no.';
    assert.deepEqual(speakers(text), [['Tom Quellon', 'Tom Quellon']]);
    const nested = 'The notes show that Sen. Dan Brackton called the rules "grossly unfair," and that Sen. Ann Ostrava insisted the bank was sound.';
    assert.deepEqual(speakers(nested).map(s => s[0]), ['Dan Brackton']);
  });

  it('gives words a verb of saying reports before the quote to its subject, not to the one "according to" names after it', () => {
    const text = 'President Quellon told a Cabinet meeting that the government "will leave no company behind," according to his spokeswoman, Ana Brackton.';
    assert.deepEqual(speakers(text).map(s => s[0]), ['Quellon']);
    // Without a verb of saying before it, "according to" names the speaker.
    assert.deepEqual(speakers('The plan is "dead," according to Ana Brackton.').map(s => s[0]), ['Ana Brackton']);
  });

  it('passes over a relative clause opened by "whose" to the verb of saying of the name before it, after a title such as "MK"', () => {
    const text = 'MK Eli Quellon of the United Brackton party, whose faction had threatened to vote against the bill, said the funds had been "promised for three years."';
    assert.deepEqual(speakers(text), [['Eli Quellon', 'Eli Quellon']]);
  });

  it('reads a verb of saying before a name after the quote as the cue, also where compromise reads it as a noun ("…?" quips George Quellon)', () => {
    assert.deepEqual(speakers('The next province? "Anything\'s possible -- how about the New Guinea Fund?" quips George Quellon, a partner at Newgate.').map(s => s[0]), ['George Quellon']);
    assert.deepEqual(speakers('Frankfurt\'s opening was delayed. "The beginning was chaotic," says Nigel Brackton, a broker for Commerzbank.').map(s => s[0]), ['Nigel Brackton']);
  });

  it('finds ", says Michael Quellon, an analyst at …, …" closing a sentence whose speaker has a long appositive, but not past a quote that ends its sentence', () => {
    const long = '"People are looking to stake their claims" now before the nations run out, says Michael Quellon, an analyst at Smith Barney, Harris Upham & Co.';
    assert.deepEqual(speakers(long).map(s => s[0]), ['Michael Quellon']);
    const closed = 'Vicar Ostrava admits to mixed feelings. "The sound of bells is a net," he says. "I live in hopes that the ringers will be drawn in." The Central Council of Bell Ringers aims to improve relations with vicars, says John C. Brackton, president.';
    assert.deepEqual(speakers(closed).map(s => s[0]), ['Ostrava', 'Ostrava']);
  });

  it('names the person set off after the role of "according to his spokeswoman, Kang Yu-jung", before or after the quote', () => {
    assert.deepEqual(speakers('The plan is "dead," according to his spokeswoman, Kang Yu-jung.'), [['Kang Yu-jung', 'Kang Yu-jung']]);
    assert.deepEqual(speakers('The plan is "dead," according to a spokeswoman for the ministry, Kang Yu-jung.').map(s => s[0]), ['Kang Yu-jung']);
    assert.deepEqual(speakers('According to his spokeswoman, Kang Yu-jung, the plan is "dead."').map(s => s[0]), ['Kang Yu-jung']);
    // A name that opens the phrase is the source itself; its role follows.
    assert.deepEqual(speakers('The plan is "dead," according to Kang Yu-jung, a spokeswoman for the ministry.').map(s => s[0]), ['Kang Yu-jung']);
  });

  it('names the person set off by commas at the start of the clause of "…, tweeting"', () => {
    assert.deepEqual(speakers('Holt, a retired surgeon, poked at the mayor during the hearing, tweeting, "Is anyone awake in there?"').map(s => s[0]), ['Holt']);
    // Also a surname the name finder leaves alone because it is also a title.
    assert.deepEqual(speakers('Dean, a retired surgeon, went on local radio on Monday and began by saying he would "never" vote for the levy.').map(s => s[1]), ['Dean']);
  });

  it('does not read the subject of a reported clause as an inverted speaker ("said they feared")', () => {
    const text = 'Officials at the port authority, a branch of the state government, said they feared that smugglers "may use new routes."';
    assert.deepEqual(speakers(text).map(s => s[1]), ['Officials']);
  });

  it('takes a relative pronoun as the mention and its antecedent as the speaker', () => {
    const text = 'Investigators turned to the county sheriff, which reported "more than 400 break-ins" over the summer.';
    assert.deepEqual(speakers(text), [['the county sheriff', 'which']]);
    const named = 'The board met with Carla Wendt, who in 2019 said the district had to become "a place families choose."';
    assert.deepEqual(speakers(named), [['Carla Wendt', 'who']]);
    // A relative clause inside the sentence yields to the sentence's own verb of saying.
    const nested = 'Ortiz was pressed about a contractor who said he was never paid, saying, "Maybe the work was not good enough."';
    assert.deepEqual(speakers(nested).map(s => s[0]), ['Ortiz']);
  });

  it('attributes a quote inside a sentence that closes with ", she said"', () => {
    const text = 'Dana Ortiz spoke last. "We are done here," Ortiz said. "You pushed the staff past their limit" to cut costs, she said. A driver who "ran every red light" was fined, Ortiz said.';
    assert.deepEqual(speakers(text), [['Dana Ortiz', 'Ortiz'], ['Dana Ortiz', 'she'], ['Dana Ortiz', 'Ortiz']]);
  });

  it('does not take a clause opened by "when" or "though" after a quote for its cue', () => {
    const text = 'Reed was asked about taxes. Reed said she pays "every cent the law requires," though Ortiz noted she has never released her returns.';
    assert.deepEqual(speakers(text).map(s => s[1]), ['Reed']);
  });

  it('finds the head of a subject with a modifier: "a narrator in the ad asks", "Protesters marching through the streets chanted"', () => {
    assert.deepEqual(speakers('"You work hard. So why did Ortiz not pay?" a narrator in the Ortiz ad asks.').map(s => s[1]), ['a narrator']);
    assert.deepEqual(speakers('Protesters marching through the streets chanted "Whose city? Our city!" until dawn.').map(s => s[1]), ['Protesters']);
  });

  it('names a titled person after an introductory phrase as the subject of the sentence', () => {
    assert.deepEqual(speakers('Afterward, Mayor Dan Reed was blunt: "We were embarrassed."').map(s => s[0]), ['Dan Reed']);
    assert.deepEqual(speakers('On Sunday, Senator Mara Quist praised the plan for its "bold and overdue reforms."').map(s => s[0]), ['Mara Quist']);
  });

  it('records the rules that found each quote and its speaker, in the order they applied', () => {
    const rules = (text: string): string[][] => quotesOf(text).map(q => q.rules ?? []);
    assert.deepEqual(rules('Elena Marsh took the stage. "It takes a year," she added. "Maybe two."'), [
      ['quote.double-marks', 'speaker.cue-after', 'speaker.pronoun'],
      ['quote.double-marks', 'speaker.cue-after', 'speaker.pronoun', 'speaker.previous-quote'],
    ]);
    assert.deepEqual(rules('Mayor Karen Liu told the council:\n\n“Every dollar is accounted for.\n\n“Every cent of it.”'), [['quote.double-marks', 'quote.multi-paragraph', 'speaker.paragraph-intro']]);
    assert.deepEqual(rules('The board met with Carla Wendt, who in 2019 said the district had to become "a place families choose."'), [['quote.double-marks', 'speaker.cue-before', 'speaker.relative-pronoun']]);
  });

  it('does not give a quote opening its own sentence to a possessive before a noun of saying in the sentence before', () => {
    const text = '"We will act within days," Mayor Ann Reed said at a briefing before Joe Park\'s remarks. "The money is there."';
    assert.deepEqual(speakers(text).map(s => s[0]), ['Ann Reed', 'Ann Reed']);
  });

  it('gives a quote to the person after a name that modifies their role ("said Clinton spokesman Nick Merrill")', () => {
    const text = '"We will appeal," said Quellon spokesman Nick Merrill on Monday.';
    assert.deepEqual(speakers(text), [['Nick Merrill', 'Nick Merrill']]);
  });

  it('gives a quote cued by "it said" to the organisation last named as saying something, never to a person', () => {
    const text = 'The ministry said in a statement that exports rose 5.2 percent. "The trend is stable," it said.\n\nBrackton Motors Corp. said sales fell.\n\n"Demand is weak," it added.';
    assert.deepEqual(speakers(text), [['The ministry', 'it'], ['Brackton Motors Corp.', 'it']]);
    const appositive = 'Quellon\'s company, Brackley Holdings, said in a filing that it expected a loss. "We are confident," it said.';
    assert.deepEqual(speakers(appositive), [['Brackley Holdings', 'it']]);
    const campaign = 'The campaign said in a statement that it had raised $52 million in July. "Voters are with us," it said.';
    assert.deepEqual(speakers(campaign), [['The campaign', 'it']]);
  });

  it('gives a term after "what it calls" to the organisation that is the subject of the same sentence, whatever its verb', () => {
    const text = 'The ministry said exports rose. The Brackton City Council on Friday rejected what it called "a reckless budget."';
    assert.deepEqual(speakers(text), [['The Brackton City Council', 'it']]);
    const lower = 'The ministry said exports rose. The government defended what it calls "responsible spending."';
    assert.deepEqual(speakers(lower), [['The government', 'it']]);
  });

  it('takes the speaker named right after a quotation as its sentence\'s subject for a later "he" ("“…,” Reyes said after meeting Petrov. He …")', () => {
    const text = 'Tom Reyes spoke in Geneva. "We have had problems before," Reyes said after meeting President Ivan Petrov. He did not suggest retaliation. "Our goal is to set norms."';
    assert.deepEqual(speakers(text).map(([speaker]) => speaker), ['Tom Reyes', 'Tom Reyes']);
  });

  it('gives a quote after a passive verb of describing to the one who reports it, not to the one described', () => {
    const text = 'Tom Hale said Ruth Okafor was called “a liar and a cheat who cannot be trusted” by her rival.';
    assert.deepEqual(speakers(text).map(([speaker]) => speaker), ['Tom Hale']);
    // "had called" is active: the words are hers.
    const active = 'Tom Hale said talks that Ruth Okafor had called “the hardest night of my career” ended late.';
    assert.deepEqual(speakers(active).map(([speaker]) => speaker), ['Ruth Okafor']);
  });

  it('takes a numbered list of people with their clubs for no transcript ("1. Lionel Quellon (Inter Miami): Scored 12 goals")', () => {
    assert.deepEqual(speakers('Top scorers this season:\n1. Lionel Quellon (Inter Miami): Scored 12 goals in ten games.\n2. Harry Brackton (Bayern): Scored 11 goals.'), []);
  });

  it('gives a quote to the name right before the last participle of saying, whatever verb opens the sentence ("footage of Dana Reyes saying")', () => {
    const text = 'The spot concludes with footage of Dana Reyes saying during the debate last week, “That makes me smart,” when her rival attacked.';
    assert.deepEqual(speakers(text).map(([speaker]) => speaker), ['Dana Reyes']);
    const day = 'Dana Reyes unleashed a series of posts early Friday saying that her rival had used the report “as a paragon of virtue.”';
    assert.deepEqual(speakers(day).map(([speaker]) => speaker), ['Dana Reyes']);
  });

  it('gives a paragraph of quotation to the subject of the paragraph before that ends with a colon, without a verb of saying', () => {
    assert.deepEqual(speakers('On July 6, 2015, Dana Reyes made the following comment:\n\n“Real unemployment is 10 percent.”').map(([speaker]) => speaker), ['Dana Reyes']);
    assert.deepEqual(speakers('The rules are as follows:\n\n“No dogs on the beach.”').map(([speaker]) => speaker), [null]);
  });

  it('takes no capitalised word after "of" for the subject of a noun read as a verb of saying ("of Democratic claims")', () => {
    const text = 'PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.';
    assert.deepEqual(speakers(text), [['PolitiFact', 'PolitiFact'], ['PolitiFact', 'PolitiFact']]);
  });

  it('finds that organisation after a subordinating conjunction and with an owner ("When the mayor\'s office unveiled what it calls …")', () => {
    const text = 'When the mayor\'s office unveiled what it calls the "efficiency dividend" last month, it promised that no resident would notice.';
    assert.deepEqual(speakers(text), [["the mayor's office", 'it']]);
  });

  it('gives a quote to the one an agency "quoted … as saying", after role words too', () => {
    const text = '"We will respond firmly," the official Xinhua news agency quoted Foreign Ministry spokesman Liu Quellon as saying.';
    assert.deepEqual(speakers(text), [['Liu Quellon', 'Liu Quellon']]);
  });
});

describe('speakers: Q&A transcripts', () => {
  const interview = [
    'Marisol Okonkwo-Haines has guided cargo ships into the port for 19 years. We spoke to her on Tuesday.',
    'Q: Why now?',
    'OKONKWO-HAINES: Because the ships got bigger and the channel did not.',
    'Q: Has anyone listened?',
    'OKONKWO-HAINES: Dmitri Valenko, the harbour master, has been fair. He told me, "Bring me the data." So I did.',
  ].join('\n\n');

  it("makes each labelled answer a quote of the label's person, and the questions no quote", () => {
    const quotes = quotesOf(interview);
    assert.deepEqual(
      quotes.map(q => [q.text, q.speaker]),
      [
        ['Because the ships got bigger and the channel did not.', 'Marisol Okonkwo-Haines'],
        ['Dmitri Valenko, the harbour master, has been fair. He told me, "Bring me the data." So I did.', 'Marisol Okonkwo-Haines'],
        ['"Bring me the data."', 'Dmitri Valenko'],
      ],
    );
    assert.deepEqual(quotes[0].rules, ['quote.transcript-answer', 'speaker.transcript-label']);
  });

  it('takes a label in capitals as a person where the article names them in full', () => {
    const people = new Analyzer().analyze(interview).people.map(p => p.text);
    assert.deepEqual(people.filter(p => p === 'OKONKWO-HAINES').length, 2);
  });

  it('reads labels in title case, and labels on the lines of one paragraph', () => {
    const text = 'Ada Quellon runs the clinic.\n\nQ: Why?\nAda Quellon: Because nobody else would.\nQ: And now?\nAda Quellon: We need nurses.';
    assert.deepEqual(quotesOf(text).map(q => [q.text, q.speaker]), [
      ['Because nobody else would.', 'Ada Quellon'],
      ['We need nurses.', 'Ada Quellon'],
    ]);
  });

  it('makes no quote of a label that is no person: a dateline, a team sheet, a correction, a headline', () => {
    const text = [
      'NEW DELHI: The government said on Monday that the rains would come early.',
      'England: Mike Atherton (captain), Nick Knight, Alec Stewart.',
      'Correction: An earlier version of this article gave the wrong date.',
      'Pence: Flowers Will Not Be at Debate, Trump Was Joking About Clinton Camp.',
      'Mike Pence spoke later.',
    ].join('\n\n');
    assert.deepEqual(quotesOf(text), []);
  });

  it('reads a parliament\'s record: a numbered question, a seat and a party in brackets, and an office with its holder in brackets', () => {
    const text = [
      '1. Ada Quellon (Holbeck East) (Lab): What assessment has the Minister made of energy bills?',
      'The Minister for Energy Security (Tom Brackton): The price cap fell by 7% in October.',
      'Ada Quellon: I thank the Minister for that answer.',
      'Tom Brackton: I would be happy to meet her.',
    ].join('\n\n');
    assert.deepEqual(quotesOf(text).map(q => [q.text, q.speaker]), [
      ['What assessment has the Minister made of energy bills?', 'Ada Quellon'],
      ['The price cap fell by 7% in October.', 'Tom Brackton'],
      ['I thank the Minister for that answer.', 'Ada Quellon'],
      ['I would be happy to meet her.', 'Tom Brackton'],
    ]);
  });
});
