// The quote and speaker rules, in the order they apply (see ../rules/ruleRecord.ts for the record
// format). A quote's `rules` name how it was found ("quote.…") and then how its speaker was
// ("speaker.…": the cue that found the speaker mention, then how a pronoun, a relative pronoun
// or a description was resolved, then how the speaker was carried on to a later quote). The
// reasons complete "speaker: …" on the hover card, next to the cue and the speaker mention.
import { defineRules } from '../rules/ruleRecord';

export const QUOTES_RULES = defineRules([
  // How a quotation is found.
  {
    id: 'quote.double-marks',
    subject: 'quote',
    reason: 'words between double quotation marks, read as speech',
    examples: { match: ['[“We will rebuild the bridge,”] said Elena Marsh.'], noMatch: ['Critics called it the “reform” of the year.'] },
  },
  {
    id: 'quote.transcript-answer',
    subject: 'quote',
    reason: 'a Q&A transcript\'s answer: the words after a speaker\'s label ("OKONKWO-HAINES: …") are that person\'s',
    examples: {
      match: ['Mara Quellon has guided ships for 19 years.\n\nQ: Why now?\n\nQUELLON: [Because the ships got bigger and the channel did not.]'],
      noMatch: ['Q: Why now?\n\nCorrection: An earlier version of this article gave the wrong date.'],
    },
  },
  {
    id: 'quote.single-marks',
    subject: 'quote',
    reason: 'words between single quotation marks that read as speech, not as apostrophes',
    examples: {
      match: ["[‘We will rebuild,’] the mayor said.", 'Desmond Okoro remembered her as [‘the conscience of the chamber’].', "[‘Stay away from the seafront’], police warned."],
      noMatch: ["It's the '90s again at O'Brien's bar.", 'On the estate she was known as ‘the Duchess’ to everyone.'],
    },
  },
  {
    id: 'quote.multi-paragraph',
    subject: 'quote',
    reason: 'a quotation running over several paragraphs: each paragraph opens with a mark, only the last one closes',
    examples: {
      match: ['Mayor Ann Reed said:\n\n[“We will rebuild the bridge.\n\n“It will take a year.”]'],
      noMatch: ['“We will rebuild the bridge,” Mayor Ann Reed said.\n\n“It will take a year.”'],
    },
  },
  // Quotation marks that are not speech (vetoes: the candidate is rejected).
  {
    id: 'quote.no-words',
    subject: 'quote',
    reason: 'quotation marks around no words',
    examples: { match: ['The sign read [“…”] and nothing else.'], noMatch: ['[“We will rebuild,”] said Elena Marsh.'] },
  },
  {
    id: 'quote.cited-title',
    subject: 'quote',
    reason: 'the title of an article in a list of sources: a dash, the publication and its date follow on the line',
    examples: {
      match: ['Sources\n[“Storm delays Halden festival”] — Halden Arbeiderblad, October 11, 2026'],
      noMatch: ['[“I was never voting for either of them.”] ― Marcus Hill'],
    },
  },
  {
    id: 'quote.named',
    subject: 'quote',
    reason: 'a name or a term: a word before it names rather than reports (so-called, dubbed, known as)',
    examples: { match: ['The group calls itself [“Neighbours First”] on its posters.', 'They opposed the so-called [“quiet rule”] from the start.'], noMatch: ['Reed called the ruling [“dangerous”] on Monday.'] },
  },
  {
    id: 'quote.title',
    subject: 'quote',
    reason: 'the title of a work: after “titled”, after “of” or a possessive, or watched, read or sung',
    examples: { match: ['Reed said she had watched [“The Long Night”] twice.', 'He wrote a paper titled [“Sleep, Memory and Decline in Adults Over Seventy”] last year.'], noMatch: ['“The night was long,” she said.'] },
  },
  {
    id: 'quote.title-case',
    subject: 'quote',
    reason: 'a short phrase with every word capitalised that nobody is cued as saying: a title or a name',
    examples: { match: ['The crowd at [“Harvest Fair”] grew all day.'], noMatch: ['[“Harvest Fair Is Over,”] the mayor said.'] },
  },
  {
    id: 'quote.nickname',
    subject: 'quote',
    reason: 'a nickname: between the parts of a name, or a given name a verb of naming gives a person ("called her “Teddy”")',
    examples: { match: ['Reed said that Dwayne [“The Rock”] Johnson waved.', 'Her friends called her [“Teddy”] all her life.'], noMatch: ['[“The Rock is here,”] Dwayne Johnson said.', 'Voters heard that Grant called the pageant winner [“Miss Piggy”] in 1996.'] },
  },
  {
    id: 'quote.scare-term',
    subject: 'quote',
    reason: 'one to three words the writer set in quotes, with nobody cued as saying them',
    examples: { match: ['The club had grown into a [“support movement”] by spring.'], noMatch: ['Reed said the club had grown into [“a support movement that nobody can stop.”]'] },
  },
  // Where the speaker mention is found: cues after the quote.
  {
    id: 'speaker.cue-after',
    subject: 'speaker',
    reason: 'a verb of saying after the quote',
    examples: { match: ['[“It is over,”] said Wei Xiaojun.', 'Reed spoke. [“We are done,”] she said.'], noMatch: ['[“It is over,”] when Reed spoke to the crowd.'] },
  },
  {
    id: 'speaker.manner-after',
    subject: 'speaker',
    reason: 'a verb of manner after the quote, in a clause of its own',
    examples: { match: ['Cho was asked again. [“Not today,”] Cho shot back.'], noMatch: ['[“Not today,”] Cho said.'] },
  },
  {
    id: 'speaker.dash-after',
    subject: 'speaker',
    reason: 'a name after a dash closing the quote',
    examples: { match: ['[“I was never voting for either of them.”] ― Marcus Hill'], noMatch: ['[“I was never voting for either of them,”] Marcus Hill said.'] },
  },
  {
    id: 'speaker.signed-below',
    subject: 'speaker',
    reason: 'a name signed under the quote, on the next line after a dash',
    examples: { match: ['Readers weighed in.\n\n[“I thought she won easily.”]\n\n― Janet Pruitt, 63, Columbus'], noMatch: ['[“I thought she won easily,”] Janet Pruitt said.'] },
  },
  {
    id: 'speaker.quoted-as',
    subject: 'speaker',
    reason: '“quoted … as saying” after the quote: the one quoted',
    examples: { match: ['[“We will stay,”] spokesman Noam Avni quoted Moshe Levin as saying.', '[“We will respond firmly,”] the official news agency quoted Foreign Ministry spokesman Liu Quellon as saying.'], noMatch: ['[“We will stay,”] spokesman Noam Avni said.'] },
  },
  {
    id: 'speaker.sentence-end',
    subject: 'speaker',
    reason: 'the sentence closes on “…, she said”',
    examples: { match: ['Dana Ortiz spoke last. [“You pushed the staff past their limit”] to cut costs, she said.'], noMatch: ['[“You pushed the staff past their limit,”] she said.'] },
  },
  {
    id: 'speaker.according-to',
    subject: 'speaker',
    reason: '“according to” names the source (unless a verb of saying before the quote names who said it)',
    examples: { match: ['The repairs would [“cost far more than planned,”] according to Hugo Brandt.'], noMatch: ['Hugo Brandt said the repairs would “cost far more than planned.”', 'Mayor Hugo Brandt told the council the repairs would “cost far more than planned,” according to his spokeswoman.'] },
  },
  // Cues before the quote.
  {
    id: 'speaker.cue-before',
    subject: 'speaker',
    reason: 'a verb of saying before the quote, in its sentence (its subject; a person named before "of" and an organisation: the person)',
    examples: { match: ['Mayor Hugo Brandt said the city would [“act within days”] on the report.', 'Hugo Brandt of Acme Corp said the plan was [“bad for everyone”].', 'Sir Hugo Brandt MP, Member for Holbeck East, told MPs the bill was [“unworkable”].'], noMatch: ['[“We will act within days,”] Mayor Hugo Brandt said.'] },
  },
  {
    id: 'speaker.joined-clause',
    subject: 'speaker',
    reason: 'a verb of saying in the clause before the quote, joined to the sentence by “, and”, “, but” or “;” (its subject, not the first speaker of the sentence)',
    examples: {
      match: ['Moscow said the rouble had weakened, and Hugo Brandt warned that rates were [“choking”] investment.', 'The ministry said it would act; Hugo Brandt said that was [“too late”].'],
      noMatch: ['Hugo Brandt said the rouble had weakened, and that rates were “choking” investment.', 'Hugo Brandt said the rouble had weakened, and rates were “choking” investment.'],
    },
  },
  {
    id: 'speaker.transcript-label',
    subject: 'speaker',
    reason: 'a Q&A transcript\'s answer: the label before it names the speaker',
    examples: {
      match: ['Mara Quellon has guided ships for 19 years.\n\nQ: Why now?\n\nQUELLON: [Because the ships got bigger and the channel did not.]', 'Q: Why now?\n\nMara Quellon: [Because the ships got bigger.]\n\nQ: And then?\n\nMara Quellon: [We asked the port.]'],
      noMatch: ['Mara Quellon has guided ships for 19 years. Q: Why now?'],
    },
  },
  {
    id: 'speaker.inverted-before',
    subject: 'speaker',
    reason: 'a verb of saying before the quote, with the speaker after the verb',
    examples: { match: ['Then, in a low voice, said Wei Xiaojun: [“It is over.”]'], noMatch: ['Officials said they feared that smugglers “may use new routes.”'] },
  },
  {
    id: 'speaker.participle',
    subject: 'speaker',
    reason: '“…, saying” or “to call”: the subject of the clause speaks',
    examples: { match: ['The mayor posted a video on Monday saying the plan was [“a gift to landlords.”]'], noMatch: ['The mayor said the plan was “a gift to landlords.”'] },
  },
  {
    id: 'speaker.passive-agent',
    subject: 'speaker',
    reason: 'a verb of saying or describing in the passive before the quote ("was described as", "has been called"): the speaker is the agent after "by"',
    examples: {
      match: ['The cuts have been described as [“a hammer blow”] by island businesses.', 'The plan was called [“reckless”] by Mayor Hugo Brandt.'],
      noMatch: ['Island businesses described the cuts as “a hammer blow” by any measure.', 'The mayor called the plan “reckless” by the standards of the day.'],
    },
  },
  {
    id: 'speaker.colon',
    subject: 'speaker',
    reason: 'a sentence ending in a colon hands the quote to its subject; a headline that is only a name and a colon, to the name',
    examples: { match: ['Afterward, Mayor Dan Reed was blunt: [“We were embarrassed.”]', 'Mayor Whitcombe: [“We will rebuild”]\n\nDale Whitcombe spoke on Monday.'], noMatch: ['Mayor Dan Reed said: “We were embarrassed.”'] },
  },
  {
    id: 'speaker.possessive-noun',
    subject: 'speaker',
    reason: 'a name’s words, in the quote’s sentence (Reed’s claim that “…”)',
    examples: { match: ['Nobody believed Dan Reed’s claim that the budget was [“balanced to the cent.”]'], noMatch: ['Dan Reed said the budget was “balanced to the cent.”'] },
  },
  {
    id: 'speaker.same-sentence',
    subject: 'speaker',
    reason: 'an earlier quote of the same sentence has this speaker',
    examples: { match: ['Ann Reed said the plan’s “only real effect so far” was her [“criminal”] waste.'], noMatch: ['Ann Reed said the plan’s “only real effect so far” was waste.'] },
  },
  {
    id: 'speaker.previous-sentence',
    subject: 'speaker',
    reason: 'the sentence before ends with a verb of saying',
    examples: { match: ['The vote was close, Senator Ann Reed said. [“The other side never showed up.”]'], noMatch: ['The vote was close. “The other side never showed up,” Senator Ann Reed said.'] },
  },
  {
    id: 'speaker.sentence-subject',
    subject: 'speaker',
    reason: 'the person the sentence is about, with no verb of saying',
    examples: { match: ['At the hearing, Ann Reed waved the report and wanted [“a full inquiry by the end of the year.”]'], noMatch: ['At the hearing, Ann Reed said she wanted “a full inquiry by the end of the year.”'] },
  },
  // From the paragraph before.
  {
    id: 'speaker.paragraph-intro',
    subject: 'speaker',
    reason: 'the paragraph before ends with “… said:”',
    examples: { match: ['Mayor Karen Liu told the council:\n\n[“Every dollar is accounted for.”]'], noMatch: ['Mayor Karen Liu spoke.\n\n“Every dollar is accounted for,” Liu said.'] },
  },
  {
    id: 'speaker.paragraph-cue',
    subject: 'speaker',
    reason: 'the last verb of saying of the paragraph before',
    examples: { match: ['Mayor Karen Liu said the budget was balanced.\n\n[“Every dollar is accounted for.”]'], noMatch: ['Mayor Karen Liu said the budget was balanced.\n\n“Every dollar is accounted for,” Liu said.'] },
  },
  {
    id: 'speaker.paragraph-subject',
    subject: 'speaker',
    reason: 'the person the last sentence of the paragraph before is about',
    examples: { match: ['Mayor Karen Liu defended the budget on Thursday.\n\n[“Every dollar is accounted for.”]'], noMatch: ['Mayor Karen Liu said the budget was balanced.\n\n“Every dollar is accounted for.”'] },
  },
  // How the mention is resolved.
  {
    id: 'speaker.pronoun',
    subject: 'speaker',
    reason: 'the pronoun stands for the person last named before it',
    examples: { match: ['Elena Marsh took the stage. [“It takes a year,”] she added.'], noMatch: ['[“It takes a year,”] said Elena Marsh.'] },
  },
  {
    id: 'speaker.it-organisation',
    subject: 'speaker',
    reason: '“it” stands for the organisation last named as saying something before it ("The ministry said …"), or that opens its own sentence ("The council rejected what it called …")',
    examples: {
      match: [
        'The ministry said in a statement that exports rose. [“The trend is stable,”] it said.',
        'Brackton Motors Corp. said sales fell. [“Demand is weak,”] it added.',
        'The Brackton City Council on Friday rejected what it called [“a reckless budget.”]',
      ],
      noMatch: ['Elena Marsh said exports rose. [“The trend is stable,”] she said.'],
    },
  },
  {
    id: 'speaker.relative-pronoun',
    subject: 'speaker',
    reason: '“who” or “which” stands for the name or the phrase before it',
    examples: { match: ['The board met with Carla Wendt, who in 2019 said the district had to become [“a place families choose.”]'], noMatch: ['Carla Wendt said the district had to become “a place families choose.”'] },
  },
  {
    id: 'speaker.role',
    subject: 'speaker',
    reason: 'the role stands for the person last named with it',
    examples: { match: ['Finance Minister Rosa Klein left early. [“We will not pay,”] the minister said.'], noMatch: ['[“We will not pay,”] Finance Minister Rosa Klein said.'] },
  },
  {
    id: 'speaker.age',
    subject: 'speaker',
    reason: 'the age stands for the person last named with it',
    examples: { match: ['Tom Ruiz, 24, scored twice. [“I got lucky,”] the 24-year-old striker said.'], noMatch: ['Tom Ruiz, 24, scored twice. “I got lucky,” Ruiz said.'] },
  },
  {
    id: 'speaker.redescription',
    subject: 'speaker',
    reason: 'a description that, by convention, stands for the person last named',
    examples: { match: ['Marie-Jose Perec won easily. [“It has been a long summer,”] the French woman said.'], noMatch: ['Marie-Jose Perec won easily. “It has been a long summer,” Perec said.'] },
  },
  // Carried on from another quote.
  {
    id: 'speaker.previous-quote',
    subject: 'speaker',
    reason: 'the quote before it, in the same paragraph, has this speaker',
    examples: { match: ['“We will rebuild,” said Ann Reed, who chairs the board. [“It will cost more.”]'], noMatch: ['“We will rebuild,” said Ann Reed, who chairs the board. “It will cost more,” Joe Park said.'] },
  },
  {
    id: 'speaker.previous-paragraph',
    subject: 'speaker',
    reason: 'a paragraph of quotation goes on with the speaker of the paragraph before',
    examples: { match: ['“It will cost more,” said the treasurer, Joe Park.\n\n[“But the money is there.”]'], noMatch: ['“It will cost more,” said the treasurer, Joe Park.\n\n“But the money is there,” Ann Reed said.'] },
  },
  {
    id: 'speaker.dialogue-turn',
    subject: 'speaker',
    reason: 'an exchange of short quotes: after a question, the other person’s turn',
    examples: {
      match: ['“Did you see the defendant that night?” prosecutor Amy Lin asked.\n\n“I did,” replied the witness, Carl Boone.\n\n[“Where?”]'],
      noMatch: ['“Did you see the defendant that night?” prosecutor Amy Lin asked.\n\n“I did,” replied the witness, Carl Boone.\n\n“Where?” Lin asked.'],
    },
  },
]);
