import assert from 'node:assert/strict';
import { Analyzer, type Analysis, type Quote } from '../../../src/analysis';

const analyze = (text: string): Analysis => new Analyzer().analyze(text);
const inner = (q: Quote): string => q.text.replace(/^["“”]|["“”]$/g, '');
const cueText = (text: string, q: Quote): string | null => (q.speakerStart === null ? null : text.slice(q.speakerStart, q.speakerEnd!));

describe('quotes', () => {
  it('finds curly and straight quotes with a cue after them', () => {
    const text = '“We will rebuild the bridge,” said Elena Marsh. "It takes a year," she added.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 2);
    assert.equal(inner(a.quotes[0]), 'We will rebuild the bridge,');
    assert.equal(a.quotes[0].speaker, 'Elena Marsh');
    assert.equal(a.quotes[0].attribution, 'cue-after');
    assert.equal(cueText(text, a.quotes[0]), 'Elena Marsh');
    // "she" resolves to the person named before.
    assert.equal(a.quotes[1].speaker, 'Elena Marsh');
    assert.equal(a.quotes[1].attribution, 'pronoun');
    assert.equal(cueText(text, a.quotes[1]), 'she');
  });

  it('attributes with a cue before, a partial quote and "according to"', () => {
    const text = 'Mayor Hugo Brandt said the city would “act within days” on the report. According to Brandt, the repairs would “cost far more than planned.”';
    const a = analyze(text);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[0].speaker, 'Hugo Brandt');
    assert.equal(a.quotes[0].attribution, 'cue-before');
    assert.equal(a.quotes[1].speaker, 'Hugo Brandt');
    assert.equal(a.quotes[1].attribution, 'according-to');
    assert.equal(cueText(text, a.quotes[1]), 'Brandt');
  });

  it('follows a subject pronoun back to its person, skips the name a parenthetical "he said" reports, and reads "The Russian said"', () => {
    const speakers = (text: string): (string | null)[] => analyze(text).quotes.map(q => q.speaker);
    assert.deepEqual(speakers('Brody Cassel sat with Rick Dalton. He told Dalton he had no plans to run.\n\n"I have got a job," he said.'), ['Brody Cassel']);
    assert.deepEqual(speakers('Jason Mercer disputed that analysis. Trump, he said, is "winning over people the pollsters never call."'), ['Jason Mercer']);
    assert.deepEqual(speakers('Yevgeny Kafelnikov needed only 94 minutes to beat Jan Siemerink. The Russian said he was "not thinking about the title yet".'), ['Yevgeny Kafelnikov']);
    assert.deepEqual(speakers('Marie-Jose Perec won easily. "It has been a long summer," the French woman said.'), ['Marie-Jose Perec']);
  });

  it('alternates the turns of an exchange of short quote paragraphs after a question or a broken-off line', () => {
    const speakers = (text: string): (string | null)[] => analyze(text).quotes.map(q => q.speaker);
    const court = '“Did you see the defendant that night?” prosecutor Amy Lin asked.\n\n“I did,” replied the witness, Carl Boone.\n\n“Where?”\n\n“At the gas station.”';
    assert.deepEqual(speakers(court), ['Amy Lin', 'Carl Boone', 'Amy Lin', 'Carl Boone']);
    const debate = '“That is simply not true,” Mr. Ray Doyle said.\n\n“You voted for it twice,” Ms. Kate Munroe said.\n\n“If you would let me finish —”\n\n“You have had twelve years.”';
    assert.deepEqual(speakers(debate), ['Ray Doyle', 'Kate Munroe', 'Ray Doyle', 'Kate Munroe']);
    // News writing: the last speaker goes on.
    const news = 'Mayor Ann Reed spoke first. “We will rebuild,” Reed said.\n\n“It will cost more,” said the treasurer, Joe Park.\n\n“But the money is there.”';
    assert.deepEqual(speakers(news), ['Ann Reed', 'Joe Park', 'Joe Park']);
  });

  it('gives a quote paragraph to the name signed on the next line after a dash (readers’ comments)', () => {
    const text = 'Readers weighed in.\n\n"I thought she won easily."\n\n― Janet Pruitt, 63, Columbus\n\n"Nothing changes my vote."\n\n― Rep. Marcus Hill (@MarcusHill)';
    assert.deepEqual(analyze(text).quotes.map(q => [q.speaker, q.attribution]), [['Janet Pruitt', 'cue-after'], ['Marcus Hill', 'cue-after']]);
  });

  it('continues the speaker before into a quote after a short lead-in with a colon ("Then, after a moment: “…”")', () => {
    const a = analyze('Ruth Abernathy laughed. "She is good," Abernathy said.\n\nThen, after a moment: "Don\'t tell her I said that."');
    assert.deepEqual(a.quotes.map(q => [q.speaker, q.attribution]), [['Ruth Abernathy', 'cue-after'], ['Ruth Abernathy', 'previous-paragraph']]);
  });

  it('resolves "he said" to the subject of the sentence before, not the person it names last', () => {
    const speakers = (text: string): (string | null)[] => analyze(text).quotes.map(q => q.speaker);
    assert.deepEqual(speakers('Capt. Owen Marsh said investigators had interviewed Tony Graves twice. “He was cooperative at first,” he said.'), ['Owen Marsh']);
    assert.deepEqual(speakers('Judge Amy Rowe scolded the defendant, Kara Lutz. “You have wasted this court’s time,” she said.'), ['Amy Rowe']);
    // Not a name in an opening phrase: "Asked about …".
    assert.deepEqual(speakers('Asked about Dan Reyes’s remarks, Paul Ortiz shrugged. “He says that every year,” he said.'), ['Paul Ortiz']);
  });

  it('gives a cue-less quote paragraph to the person the paragraph before is about, without a verb of saying', () => {
    const speakers = (text: string): (string | null)[] => analyze(text).quotes.map(q => q.speaker);
    assert.deepEqual(speakers('Mayor Karen Liu defended the budget on Thursday.\n\n“Every dollar in this plan is accounted for.”'), ['Karen Liu']);
    assert.deepEqual(speakers('Opposition health spokeswoman Vera Atkins disagreed.\n\n“The minister is making excuses.”'), ['Vera Atkins']);
    assert.deepEqual(speakers('Karen Liu spoke for an hour. She defended the cuts.\n\n“Every dollar is accounted for.”'), ['Karen Liu']);
    assert.deepEqual(speakers('Judge Ada Monroe read the letter. Then she addressed the defendant.\n\n“You took a life.”'), ['Ada Monroe']);
    // Nobody named: nobody guessed.
    assert.deepEqual(speakers('The council met on Tuesday.\n\n“Every dollar is accounted for.”'), [null]);
  });

  it('resolves "he said" to the person of the previous paragraph, skipping names inside quotes', () => {
    const text = 'Ravi Menon, the port director, spoke on Friday.\n\n“Nobody told Sara Lind about it,” he said.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker, 'Ravi Menon');
    assert.equal(cueText(text, a.quotes[0]), 'he');
  });

  it('gives a cue-less quote paragraph the speaker of the paragraph before', () => {
    const text = '“The harvest failed,” said Joao Pereira.\n\n“We have nothing left to sell.”';
    const a = analyze(text);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[1].speaker, 'Joao Pereira');
    assert.equal(a.quotes[1].attribution, 'previous-paragraph');
  });

  it('continues a quote over paragraphs when the next paragraph opens a quote', () => {
    const text = 'Ines Duarte said: “The first year was hard.\n\n“The second was worse, and we almost closed.”\n\nShe reopened in May.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0];
    assert.ok(q.text.startsWith('“The first year'));
    assert.ok(q.text.endsWith('almost closed.”'));
    assert.equal(q.speaker, 'Ines Duarte');
  });

  it('does not run a straight-quoted excerpt on into a paragraph that opens a curly quote', () => {
    const text = 'The magazine described the evening:\n\n"Kevin was asleep on the sofa.\n\n“Here he is, babe,” she said.';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map(q => q.text), ['"Kevin was asleep on the sofa.', '“Here he is, babe,”']);
  });

  it('keeps nested single quotes and apostrophes inside the quote', () => {
    const text = '“They called it ‘a miracle’ and we didn’t argue,” said Tom Ashby.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(inner(a.quotes[0]), 'They called it ‘a miracle’ and we didn’t argue,');
  });

  it('ignores scare quotes, titles and nicknames', () => {
    const a = analyze('The so-called “reform” passed. Fans of the film “Silent Harbour” queued. The plan was “premature” at best.');
    assert.deepEqual(a.quotes, []);
  });

  it('keeps an attributed short quote', () => {
    const a = analyze('Senator Ruth Kagame called the deal “reckless.”');
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker, 'Ruth Kagame');
  });

  it('keeps the listener in the cue words and takes "added" as a cue', () => {
    const text = '“The border stays open,” Karin Olsen told reporters. “For now,” she added.';
    const a = analyze(text);
    assert.equal(a.quotes.length, 2);
    assert.equal(a.quotes[0].cue, 'told reporters');
    assert.equal(a.quotes[0].speaker, 'Karin Olsen');
    assert.equal(a.quotes[1].cue, 'added');
    assert.equal(a.quotes[1].speaker, 'Karin Olsen');
  });

  it('attributes a byline-style dash and a speaker named after an appositive', () => {
    const text = '“Nobody asked us.” ― Lucia Ferreira\n\n“We will appeal,” Dmitri Orlov, the union’s lawyer, said.';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map(q => q.speaker), ['Lucia Ferreira', 'Dmitri Orlov']);
  });

  it('reads a dash signature whole, its last word an ordinary word too, up to the end of its line or the next quotation', () => {
    const text = 'Readers wrote in.\n\n“He draws attention away from the real questions.” ― Nell Carden Grey\n“No sympathy, no plan.” ― Lucia Ferreira';
    const a = analyze(text);
    assert.deepEqual(a.quotes.map(q => q.speaker), ['Nell Carden Grey', 'Lucia Ferreira']);
    assert.deepEqual(analyze('“He draws attention away.” ― Nell Carden Grey “No sympathy.” ― Lucia Ferreira').quotes.map(q => q.speaker), ['Nell Carden Grey', 'Lucia Ferreira']);
  });

  it('looks past a time phrase and a participle to the speaker', () => {
    const text = 'Governor Sara Mbeki on Friday defended the budget, saying it would "protect the poorest families."';
    const a = analyze(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].speaker, 'Sara Mbeki');
  });

  it('links quotes to their entity', () => {
    const a = analyze('“Prices will fall,” said Omar Saleh.\n\n“Not this year,” Saleh added.');
    const e = a.entities.find(x => x.name === 'Omar Saleh');
    assert.ok(e);
    assert.deepEqual(e.quotes, [0, 1]);
  });

  describe('speakers in news conventions', () => {
    const speakers = (text: string): (string | null)[] => analyze(text).quotes.map(q => q.speaker);

    it('reads a name followed by party and state in parentheses, with or without a role', () => {
      assert.deepEqual(speakers('Dana Whitcomb spoke first. “We are not done,” Rep. Tom Arkwright (D-Ore.) said.'), ['Tom Arkwright']);
      assert.deepEqual(speakers('“It is a double standard,” Rep. Tom Arkwright (R-Ohio), a panel member, said in an interview.'), ['Tom Arkwright']);
      assert.deepEqual(speakers('"We will act," Senate Majority Leader Mitch Barlow, R-Ky., said.'), ['Mitch Barlow']);
      assert.deepEqual(speakers('"We will act," Sen. Bernie Sandoval (Vt.), who lost the primaries to Clinton, said.'), ['Bernie Sandoval']);
    });

    it('reads a verb of saying right after a quote as a cue even where compromise takes it for an adjective', () => {
      const text = '“It is over,” said Lu Ming. “The data are thin,” noted Kim Soo-jin, who led the study. “Party time,” tweeted Dana Roe.';
      assert.deepEqual(speakers(text), ['Lu Ming', 'Kim Soo-jin', 'Dana Roe']);
    });

    it('takes the name set off after a role, not the role or its owner', () => {
      const text =
        '“We will not be rushed,” said the Senate minority leader, Tom Arkwright. “No comment,” said the company’s chief executive, Jane Foster. ' +
        '“We did not start this,” the spokesman, Lt. Col. Ivo Brandt, said. “He was a coward,” said Grove’s brother, Michael.';
      assert.deepEqual(speakers(text), ['Tom Arkwright', 'Jane Foster', 'Ivo Brandt', 'Michael']);
      // The name's own role after a comma stays the name's.
      assert.deepEqual(speakers('“It is over,” said Wei Xiaojun, deputy director of the bureau, on Friday.'), ['Wei Xiaojun']);
    });

    it('gives a quote from someone speaking for a person to that someone, and reads "the 74-year-old"', () => {
      assert.deepEqual(speakers('“Talks resume next week,” a spokeswoman for Chancellor Olaf Brandt said.'), ['a spokeswoman for Chancellor Olaf Brandt']);
      assert.deepEqual(speakers('“Art matters,” the 74-year-old said.'), ['the 74-year-old']);
    });

    it('does not take a party and state for a person', () => {
      const a = analyze('Sen. Robert Hale, R-Texas, told reporters: “I haven’t seen the bill.” Rep. Ann Lee, D-Calif., agreed.');
      assert.deepEqual(a.quotes.map(q => q.speaker), ['Robert Hale']);
      assert.deepEqual(a.people.map(p => p.text), ['Robert Hale', 'Ann Lee']);
    });

    it('takes a family name after a title led by a modifier for a person, so that "she" can be her', () => {
      const a = analyze('President Amos Biden spoke with Prime Minister Meloni on Tuesday. “We agreed on the need for calm,” she told reporters.');
      assert.deepEqual(a.quotes.map(q => q.speaker), ['Meloni']);
      assert.equal(a.people.find(p => p.text === 'Meloni')?.title, 'Prime Minister');
    });

    it('gives the words to the person who said them when "according to" names where they were reported', () => {
      assert.deepEqual(speakers('According to the Daily Ledger, Mayor Ines Prado said the city was “out of money.”'), ['Ines Prado']);
      assert.deepEqual(speakers('According to Dr. Wei Zhang, the virus “spreads faster than we thought.”'), ['Wei Zhang']);
      assert.deepEqual(speakers('The families met the police, according to their lawyers, and said they left with “more questions than answers.”'), ['their lawyers']);
      // No subject for the later verb to give: the source stays.
      assert.deepEqual(speakers('According to police, the suspect shouted “I have a bomb” before being tackled.'), ['police']);
    });

    it('reads lower-case role words before the name after the verb ("said head coach Tom Reed")', () => {
      assert.deepEqual(speakers('“We just didn’t show up,” said coach Tom Reed. “That’s on me.” “We lost,” said head coach Ida Berg. “No,” said police Sgt. Dan Ortiz.'), ['Tom Reed', 'Tom Reed', 'Ida Berg', 'Dan Ortiz']);
    });

    it('does not give a partial quote that ends its sentence to the subject of the next one', () => {
      assert.deepEqual(speakers('Union leader Ann Reed said: “We will strike.” Fans agreed.'), ['Ann Reed']);
      assert.deepEqual(speakers('Ann Reed said the talks were “productive.” Joe Grieve said they were “a waste of time.”'), ['Ann Reed', 'Joe Grieve']);
      assert.deepEqual(speakers('Mick Jagger, 80, said the band had "never felt better." Keith Richards wrote most of the songs.'), ['Mick Jagger']);
    });

    it('keeps a quote after a sentence that ends with a naming word ("… her name. “…”")', () => {
      assert.deepEqual(speakers('“I heard a boom,” said a neighbor who declined to give her name. “My kids were screaming.”'), ['a neighbor', 'a neighbor']);
    });

    it('resolves "the Brazilian said" and "the 19-year-old said" to the person the text is about', () => {
      assert.deepEqual(speakers('Mateo Ferreira gave the ball away twice. "We switched off," the Brazilian said. "You can\'t do that."'), ['Mateo Ferreira', 'Mateo Ferreira']);
      assert.deepEqual(speakers('Liam Carver, who set up the winner, was calm. "Why not us?" the 19-year-old said.'), ['Liam Carver']);
      // An unknown role stays a description.
      assert.deepEqual(speakers('Ann Lutz met the minister. "No," the minister said.'), ['the minister']);
    });

    it('keeps a described speaker whole across a long aside ("A senior European diplomat, speaking on condition …, said")', () => {
      assert.deepEqual(speakers('A senior European diplomat, speaking on condition of anonymity because he was not authorized to discuss the talks, said the mood was "tense but professional."'), ['A senior European diplomat']);
    });

    it('gives the words to the person named before "of" and her organisation, right before the verb', () => {
      assert.deepEqual(speakers('Jane Quellon of Acme Corp said the plan was "bad for everyone".'), ['Jane Quellon']);
      assert.deepEqual(speakers('Det. Insp. Rhiannon Pryce-Jones of Gwent Police said officers were "keeping an open mind".'), ['Rhiannon Pryce-Jones']);
      assert.deepEqual(speakers('Anneke Brouwer of the Kessington Institute said the results were "better than we dared hope".'), ['Anneke Brouwer']);
      // An organisation's own name with "of" stays whole.
      assert.deepEqual(speakers('The Bank of Ostravia said the rate was "too high for now".'), ['The Bank of Ostravia']);
    });

    it('gives the words to the person, not their state, and reads the subject after two opening phrases', () => {
      assert.deepEqual(speakers('Sen. Curtis Hollings of Wyoming, a frequent critic of the talks, called the framework "a surrender dressed up as a compromise."'), ['Curtis Hollings']);
      assert.deepEqual(speakers('Ruth Abernathy repairs boats.\n\nSo at 30, with no formal training, she picked up his tools.\n\n"I was terrified."'), ['Ruth Abernathy']);
    });

    it('reads wire conventions: an owner before a role, "quoted X as saying", "X, who tweeted", "interrupted"', () => {
      assert.deepEqual(speakers('Burundi’s military ruler Major Pierre Buyoya rejected the plan "with a gun to its head".'), ['Pierre Buyoya']);
      assert.deepEqual(speakers('"He follows orders," said Lebed’s aide Alexander Barkhatov.'), ['Alexander Barkhatov']);
      assert.deepEqual(speakers('"Hebron will not be divided," settler spokesman Noam Arnon quoted Moshe Mordechai as saying.'), ['Moshe Mordechai']);
      assert.deepEqual(speakers('Rep. Jason Chaffetz, who tweeted that the case had been "reopened," was pleased.'), ['Jason Chaffetz']);
      assert.deepEqual(speakers('"You voted for it twice," Ms. Munroe interrupted.'), ['Munroe']);
      assert.deepEqual(speakers('The Commission on Presidential Debates said in a statement that "no changes are under consideration."'), ['The Commission on Presidential Debates']);
    });

    it('reads "The Indiana governor …, saying" as a description of the governor, not a person named Indiana', () => {
      assert.deepEqual(speakers('Gov. Mike Pence spoke in Ohio. The Indiana governor also defended his running mate, saying, "He is talking about jobs."'), ['Mike Pence']);
      const text =
        'Republican vice presidential candidate Mike Pence is urging voters in North Carolina to "come home" to the GOP ticket.\n\n' +
        'Pence spoke to a crowd of about 1,500 people in Greenville. He said Democrats have "taken working families for granted for a generation."\n\n' +
        'The Indiana governor also defended running mate Donald Trump\'s remarks about trade, saying, "He\'s talking about jobs that left this state."';
      assert.equal(speakers(text).pop(), 'The Indiana governor');
    });

    it('does not give a quote to the one told to do something, nor to the noun ending a modifier of the subject', () => {
      assert.deepEqual(speakers('Judge Eleanor Whitcombe sustained the objection and told Alvarado to "ask questions, not make speeches."'), ['Eleanor Whitcombe']);
      assert.deepEqual(speakers('A former accountant accused of stealing $1.3 million from a children\'s charity told a jury that he had been "set up" by his boss.'), ['A former accountant']);
    });

    it('keeps the speaker before a quote when "according to" names only a document that reports it', () => {
      assert.deepEqual(speakers('Donald Trump told supporters that the news was "bigger than Watergate," according to a pool report.'), ['Donald Trump']);
      assert.deepEqual(speakers('The vote was "a farce," according to Sen. Ada Lee.'), ['Ada Lee']);
    });

    it('resolves "the judge said" to a justice, and takes the name set off after a lower-case role', () => {
      assert.deepEqual(speakers('Justice Harold Abernathy presided. "Counsel, you will ask questions," the judge said.'), ['Harold Abernathy']);
      assert.deepEqual(speakers('Her neighbour, retired schoolteacher Harbhajan Singh Gill, added that the drains were "choked with plastic and promises".'), ['Harbhajan Singh Gill']);
    });

    it('resolves "the 24-year-old striker said" to the person of that age', () => {
      assert.deepEqual(speakers('Luca Bianchi, 24, scored the winner. Tom Reed, 31, played well. “I have dreamed about this,” said the 24-year-old striker.'), ['Luca Bianchi']);
    });

    it('reads a verb with its particle ("shot back"), a colon after a sentence about someone, and an organisation’s whole name', () => {
      assert.deepEqual(speakers('“I am doing my job,” Mina Cho shot back.'), ['Mina Cho']);
      assert.deepEqual(speakers('Afterward, Tom Reed was blunt: “We were embarrassed.”'), ['Tom Reed']);
      assert.deepEqual(speakers('The Centers for Disease Control and Prevention said the risk was “low.” Procter & Gamble said sales were “resilient.”'), [
        'The Centers for Disease Control and Prevention',
        'Procter & Gamble',
      ]);
    });

    it('reads the name after an abbreviated title in "said Sen. X", not the title', () => {
      const text = '“We are ready,” said Gen. Marta Olsen. "Not yet," said Lt. Col. Ivo Brandt, a spokesman. "Soon," said Dr. Noor Abadi of Leeds.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(q => q.speaker), ['Marta Olsen', 'Ivo Brandt', 'Noor Abadi']);
      assert.deepEqual(a.quotes.map(q => cueText(text, q)), ['Marta Olsen', 'Ivo Brandt', 'Noor Abadi']);
    });

    it('resolves "the minister said" to the person last named with that title or role', () => {
      const text =
        'Foreign Minister Lin Haoran met his counterpart. "We will not back down," the minister said. Police spokesman Peter Ouma said two people died. ' +
        '"It was chaos," the spokesman added. Dr. Amina Yusuf, a surgeon at the hospital, treated the wounded. "We ran out of blood," the surgeon said. ' +
        'Sen. Ada Lindqvist spoke next. "No," the senator said. "Nobody knows," a spokesman said.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(q => q.speaker), ['Lin Haoran', 'Peter Ouma', 'Amina Yusuf', 'Ada Lindqvist', 'a spokesman']);
      // The cue stays where the text says it.
      assert.equal(cueText(text, a.quotes[0]), 'the minister');
      assert.equal(a.entities.find(e => e.name === 'Peter Ouma')?.role, 'Police spokesman');
    });

    it('takes the name set off by commas right before the verb as the speaker', () => {
      const text = 'Toni Ferraro praised the ruling.\nThe secretary general of CRB (Regional Bishops Board), Nunzio Galardi, has called the sentence "dangerous" and "ideological".';
      assert.deepEqual(speakers(text), ['Nunzio Galardi', 'Nunzio Galardi']);
    });

    it('resolves "he" past a woman named by her given name alone', () => {
      assert.deepEqual(speakers('Thomas Keller, the father, refused. His sister begged him to take Gloria to a doctor, but he replied "I am not able to do that".'), ['Thomas Keller']);
    });

    it('reads "according to police" however compromise tags the source', () => {
      assert.deepEqual(speakers('According to police, the suspect "acted alone." The man "fled on foot," according to police.'), ['police', 'police']);
    });

    it('takes a verb of manner between a quote and its speaker as the cue', () => {
      const text = 'Maria Lopez spoke first.\n\n"It is what it is," shrugged coach Dan Ruiz.\n\nAnna Berg won. "Yes," she laughed.';
      assert.deepEqual(speakers(text), ['Dan Ruiz', 'Anna Berg']);
    });

    it('takes the verb right before a quote as its cue over an earlier verb of saying', () => {
      assert.deepEqual(speakers('Lena Ostrova said Pavel Dunn paid nothing in those years ― Dunn boasted, “That makes me smart.”'), ['Pavel Dunn']);
    });

    it('does not take the words after a participle or a new sentence for the speaker', () => {
      assert.deepEqual(speakers('In a statement, Orla Brennan said: "The mine was highly successful," adding that its value quadrupled in a year.'), ['Orla Brennan']);
      assert.deepEqual(speakers('Jules Marchetti wrote that the plan was “smart as hell” and “full of s---.” Not that anyone in the business is arguing.'), ['Jules Marchetti', 'Jules Marchetti']);
    });

    it('keeps a generational suffix and a middle initial in the speaker’s name', () => {
      const a = analyze('"We hate this framing," Vann R. Hollister II, a writer for the weekly, said on Twitter.');
      assert.equal(a.quotes[0].speaker, 'Vann R. Hollister II');
      assert.deepEqual(a.people.map(p => p.text), ['Vann R. Hollister II']);
    });

    it('gives a cue-less quote the speaker of the sentence before that ends in a cue', () => {
      const a = analyze('Secretary of State Dan Ruiz negotiates with Russia over Syria, Marisol Ventana said. "The other factor the administration may be considering is timing."');
      assert.equal(a.quotes[0].speaker, 'Marisol Ventana');
      assert.equal(a.quotes[0].attribution, 'cue-before');
      // A sentence without a cue hands nothing on.
      assert.deepEqual(speakers('Marisol Ventana arrived on Monday. The talks stalled over a long list of demands. "Nothing moves."'), [null]);
    });

    it('reads a dash and a name after each quote of a long list of reader comments, with a no-break space after the dash', () => {
      const names = ['Teodora Quill', 'Ramon Estevez', 'Priya Nandakumar', 'Olu Adebayo', 'Grete Halvorsen', 'Marco Bellandi', 'Ines Carvalho', 'Tomasz Wielgus'];
      const lines = names.map((n, i) => `“Comment number ${i + 1} says the debate was a disappointment for everyone who watched it closely tonight.” ―\u00a0${n}`);
      const text = 'Readers wrote in after the debate.\n\n' + lines.join('\n');
      assert.ok(text.length > 900, 'the paragraph is long enough to be cut into blocks');
      assert.deepEqual(speakers(text), names);
    });

    it('does not read a title-case headline’s verbs and nouns as part of a name', () => {
      const a = analyze('Nora Baskin Grills Harbor Bank Chief Over Fake Accounts\n\nSen. Nora Baskin questioned the bank’s chief on Tuesday.');
      assert.deepEqual(a.entities.map(e => e.name), ['Nora Baskin']);
      assert.equal(a.entities[0].mentions.length, 2);
    });
  });

  describe('scare quotes against partial quotes', () => {
    const quoted = (text: string): string[] => analyze(text).quotes.map(inner);

    it('drops a short noun phrase in quotes after an article, even in a sentence with a speaker', () => {
      assert.deepEqual(quoted('The Daily Ledger noted the protest had grown into a "citizens network". More marches followed.'), []);
      assert.deepEqual(quoted('Mayor Tomas Reyes said he thinks the levy has a “sound basis”.'), []);
      assert.deepEqual(quoted('Mayor Tomas Reyes promised a "full review" from the council by June.'), []);
      assert.deepEqual(quoted('The garrison was ordered to prepare for such a “state of siege” at once.'), []);
    });

    it('keeps a quoted phrase after an article when it carries its own punctuation or is long', () => {
      assert.deepEqual(quoted('Mayor Tomas Reyes said the levy was a "sound idea."'), ['sound idea.']);
      assert.deepEqual(quoted('Mayor Tomas Reyes said the levy was a "sound idea that every family in the valley will feel" by spring.'), ['sound idea that every family in the valley will feel']);
    });

    it('drops names given with "known as", "calls itself", "goes by" and "so-called", even in a sentence with a speaker', () => {
      assert.deepEqual(quoted('The hackers belong to a group known as “Lazarus,” officials said.'), []);
      assert.deepEqual(quoted('Officials said the man, known locally as “Big Mike,” was arrested. The bill, known as the “Clean Rivers Act,” passed.'), []);
      assert.deepEqual(quoted('The group, which calls itself “Patriot Front,” said it would march. Vega, who goes by “Smitty,” said the team was ready.'), []);
      assert.deepEqual(quoted('The minister said the so-called “Rwanda plan” would go ahead.'), []);
    });

    it('drops a long title after "titled" or "dubbed the", and a poem’s title', () => {
      assert.deepEqual(quoted('The paper, titled “Sleep Duration and Cognitive Decline in Older Adults,” was published. The phone, dubbed the “Pixel Edge,” is out.'), []);
      assert.deepEqual(quoted('He read the poem “Still Here” aloud. The report, titled “We Are Not Done Yet,” said the city “must act now.”'), ['must act now.']);
    });

    it('drops the title of a work and a nickname inside a name, but keeps a name someone used for a person', () => {
      assert.deepEqual(quoted('He said he had watched “The Godfather” three times. She was reading “War and Peace” on the flight.'), []);
      assert.deepEqual(quoted('Dwayne “The Rock” Okafor said he was “deeply humbled” by the award.'), ['deeply humbled']);
      assert.deepEqual(quoted('Voters heard that Grant called the pageant winner “Miss Piggy” in 1996.'), ['Miss Piggy']);
    });

    it('drops a given name that a verb of naming gives a person ("called her “Teddy”"), but keeps a name-calling', () => {
      assert.deepEqual(quoted('Her friends called her “Teddy” all her life, and the press called him "Jimmy".'), []);
      assert.deepEqual(quoted('Rivals called her “Ruthless Rita” in 1996.'), ['Ruthless Rita']);
    });

    it('keeps a quoted noun phrase right after a verb of saying', () => {
      assert.deepEqual(quoted('The minister Lucia Conti said a "wider rethink" is needed.'), ['wider rethink']);
    });

    it('drops a one-word term used inside running text when no one is cued as saying it', () => {
      // "continue," ends its own clause: it is no cue for the quote in the next one.
      assert.deepEqual(quoted('While safety checks will continue, officials will drop the interview to "streamline" processing.'), []);
    });

    it('keeps one-word partial quotes a verb of describing hands to its object, all of a list', () => {
      const text = 'The bishops’ spokesman, Marco Bianchi, has called the ruling "reckless" and "cynical".';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(inner), ['reckless', 'cynical']);
      for (const q of a.quotes) assert.equal(q.speaker, 'Marco Bianchi');
    });

    it('keeps partial quotes after "described … as", "called it a" and "what … called"', () => {
      assert.deepEqual(quoted('Senator Ida Holm described the deal as “lopsided”.'), ['lopsided']);
      assert.deepEqual(quoted('Senator Ida Holm called it a “betrayal” of voters.'), ['betrayal']);
      assert.deepEqual(quoted('Senator Ida Holm condemned what she called a “brazen grab” for power.'), ['brazen grab']);
      assert.deepEqual(quoted('Cruz Ortega called his rival a "liar," a "bully" and a "coward".'), ['liar,', 'bully', 'coward']);
    });

    it('does not take a name after "called" or "so-called" for speech', () => {
      assert.deepEqual(quoted('The attack was claimed by a group called "Nightjar" on Tuesday.'), []);
      assert.deepEqual(quoted('Senator Ida Holm voted against the so-called “reform” again.'), []);
    });

    it('still finds a full sentence and a long partial quote after "said"', () => {
      const text = 'Coach Pavel Novak said, "We will win." He said the team would "play every match as if the title depended on it" this season.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(inner), ['We will win.', 'play every match as if the title depended on it']);
      for (const q of a.quotes) assert.equal(q.speaker, 'Pavel Novak');
    });
  });

  describe('unbalanced quotation marks', () => {
    it('closes a straight opening mark with a curly closing mark', () => {
      const text = 'Colleagues were blunt. "Kane has a huge pulpit, with a network behind him,” said Ruth Abernathy, a professor. “He cannot ignore the facts.”\n\nThe mayor said it would take "more hours” before details emerge.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(inner), ['Kane has a huge pulpit, with a network behind him,', 'He cannot ignore the facts.', 'more hours']);
      assert.deepEqual(a.quotes.slice(0, 2).map(q => q.speaker), ['Ruth Abernathy', 'Ruth Abernathy']);
    });

    it('starts no quote at a closing mark that nothing opened', () => {
      // A long paragraph is analysed in blocks; the stray mark sits in a later block of it.
      const filler = 'The council met again on Monday and heard reports from every district about roads, schools and water. '.repeat(8);
      const text = `${filler}Councillor Mia Berg also said the plan was ready," and the vote followed. Nobody objected.`;
      assert.deepEqual(analyze(text).quotes, []);
    });

    it('reads a mark left at the end of the line before a quote as its opening mark', () => {
      const text = '"Obviously, it is an opportunity," Dana Frater said."\nI think the reality is that markets are volatile."\nShares rose.';
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(q => q.text.replace(/^["\s]+|["\s]+$/g, '')), ['Obviously, it is an opportunity,', 'I think the reality is that markets are volatile.']);
      assert.equal(a.quotes[1].speaker, 'Dana Frater');
    });

    it('reads a closing-looking mark before a capitalised word as a misplaced opening mark', () => {
      const text = 'Councillor Mia Berg also said kits would go to every school," For example, classes can hold their own vote". Entries close in May.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.equal(a.quotes[0].text.replace(/^"\s*|"$/g, ''), 'For example, classes can hold their own vote');
      assert.equal(a.quotes[0].speaker, 'Mia Berg');
    });

    it('does not carry a quote left open at a paragraph end into a paragraph that does not open one', () => {
      const text = 'Mia Berg said: “The vote is set for May and we are ready\n\nThe council adjourned at noon.';
      const a = analyze(text);
      assert.equal(a.quotes.length, 1);
      assert.ok(a.quotes[0].text.endsWith('we are ready'));
    });
  });

  describe('a passive verb of saying', () => {
    it('gives the quote to the agent after "by", not to the subject of "was described as" or "was called"', () => {
      const text = 'The cuts were described as "a hammer blow" by island businesses. The plan was called "reckless" by Mayor Tom Hale.';
      assert.deepEqual(analyze(text).quotes.map(q => [q.text, q.speaker]), [['"a hammer blow"', 'island businesses'], ['"reckless"', 'Tom Hale']]);
    });
  });

  describe('British-style single quotes', () => {
    const quoted = (a: Analysis): string[] => a.quotes.map(q => q.text);

    it('finds single-quoted speech with a cue after it, curly or straight', () => {
      const text = '‘We will reopen the pier by June,’ said Harriet Vane. \'It will cost more,\' she added.';
      const a = analyze(text);
      assert.deepEqual(quoted(a), ['‘We will reopen the pier by June,’', "'It will cost more,'"]);
      assert.equal(a.quotes[0].speaker, 'Harriet Vane');
      assert.equal(a.quotes[1].speaker, 'Harriet Vane');
      assert.equal(cueText(text, a.quotes[1]), 'she');
    });

    it('finds single-quoted speech said by a group with no determiner ("police said"), and not after a group that says nothing', () => {
      const text = "'Stay away from the seafront,' police said. ‘Every year we pull someone out,’ officers warned. 'Storm chasers' residents call them.";
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(q => [q.text, q.speaker]), [
        ["'Stay away from the seafront,'", 'police'],
        ['‘Every year we pull someone out,’', 'officers'],
      ]);
    });

    it('finds a description in single marks after "remembered her as", "described the plan as", and its speaker', () => {
      const text = "Desmond Okoro, who sat beside her for a decade, remembered her as 'the conscience of the chamber'. The union described the plan as ‘a slow retreat’.";
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(q => [q.text, q.speaker]), [
        ["'the conscience of the chamber'", 'Desmond Okoro'],
        ['‘a slow retreat’', 'The union'],
      ]);
    });

    it('finds a paragraph that is one single-quoted quotation, and gives it the speaker of the quote before; a title-case subheading in single marks is no quote', () => {
      const text = "Gwen Pritchard runs a guest house. 'We've had people cancel,' she told the BBC.\n\n'If the boat doesn't come, the town doesn't eat. It's as simple as that.'\n\n'All Bets Are Off.'\n\nThe ferry sailed.";
      const a = analyze(text);
      assert.deepEqual(a.quotes.map(q => [q.text, q.speaker]), [
        ["'We've had people cancel,'", 'Gwen Pritchard'],
        ["'If the boat doesn't come, the town doesn't eat. It's as simple as that.'", 'Gwen Pritchard'],
      ]);
    });

    it('finds a description in straight single marks after "described as", closed before a space', () => {
      assert.deepEqual(quoted(analyze("The cuts have been described as 'a hammer blow' by island businesses.")), ["'a hammer blow'"]);
    });

    it('leaves a name after "known as" in single marks alone', () => {
      assert.deepEqual(quoted(analyze('On the estate she was known as ‘the Duchess’ to everyone.')), []);
    });

    it('finds single-quoted speech after "said:" and a quote resumed after its cue', () => {
      const text = "The coach Dev Anand said: 'We lost the midfield.' 'Nobody,' said Anand, 'expected that.'";
      const a = analyze(text);
      assert.deepEqual(quoted(a), ["'We lost the midfield.'", "'Nobody,'", "'expected that.'"]);
      for (const q of a.quotes) assert.equal(q.speaker, 'Dev Anand');
    });

    it('finds single-quoted speech cued by a noun phrase, a second quote of the same speaker, a partial quote and "told X:"', () => {
      const text =
        '‘We will rebuild,’ the mayor said. ‘It is a disgrace,’ said Tilda Marsh. ‘Nurses deserve better.’ ' +
        'Mr Hollis said the figures were ‘encouraging’, but warned that ‘there is more to do’. Ms Corrie told MSPs: ‘The people must decide.’';
      const a = analyze(text);
      assert.deepEqual(quoted(a), ['‘We will rebuild,’', '‘It is a disgrace,’', '‘Nurses deserve better.’', '‘encouraging’', '‘there is more to do’', '‘The people must decide.’']);
      assert.deepEqual(a.quotes.map(q => q.speaker), ['the mayor', 'Tilda Marsh', 'Tilda Marsh', 'Hollis', 'Hollis', 'Corrie']);
      // A thought after a comma is not a partial quote of the sentence's speaker.
      assert.deepEqual(quoted(analyze("She said she had to step back and think, 'This is their lives.' Then she left.")), []);
    });

    it('finds a single-quoted partial quote after "dismissed … as a"', () => {
      assert.deepEqual(quoted(analyze("Sussan Ley dismissed the event as a 'taxpayer-funded campaign launch'.")), ["'taxpayer-funded campaign launch'"]);
    });

    it('keeps a double quotation nested in a single-quoted one inside it', () => {
      const text = '‘He looked at me and said, “You’re finished,”’ said the former manager, Gary Pell. ‘My dad always said “never give up”,’ Pell said.';
      const a = analyze(text);
      assert.deepEqual(quoted(a), ['‘He looked at me and said, “You’re finished,”’', '‘My dad always said “never give up”,’']);
      assert.deepEqual(a.quotes.map(q => q.speaker), ['Gary Pell', 'Gary Pell']);
    });

    it('does not take apostrophes, elisions or scare quotes for quotations', () => {
      const text = "It's the '90s again: rock 'n' roll at O'Brien's bar, the players' union said. Critics called the plan 'a joke' and the 'experts' were wrong.";
      const a = analyze(text);
      assert.deepEqual(quoted(a), []);
    });

    it('keeps single quotes nested inside a double quote as part of it', () => {
      const text = '“They called it ‘a miracle,’ she said, and we agreed,” said Lena Moss.';
      const a = analyze(text);
      assert.deepEqual(quoted(a), [text.slice(0, text.indexOf(' said Lena'))]);
    });
  });
});
