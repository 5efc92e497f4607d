// The person rules, in the order they apply (see ../rules/ruleRecord.ts for the record format).
// Vetoes first (a name the words around show to be a company, a place or a work), then the
// evidence that makes a name a person's, then the document's vote.
import { defineRules, type RuleRecord } from '../rules/ruleRecord';

const rule = (id: string, reason: string, match: string[], noMatch: string[] = []): RuleRecord => ({ id, subject: 'person', reason, examples: { match, noMatch } });
const veto = rule;

export const PEOPLE_RULES = defineRules([
  veto('person.company-suffix', 'a company suffix follows the name ("Inc.", "Corp.", "Ltd.", "S.A.")', ['[Brantwell] Ltd. said profits rose.', 'Shares in [Osterhaus] S.A. fell.'], ['[Amara Brantwell] said profits rose.']),
  veto('person.known-firm', 'a firm, an agency or a party named like a person ("Freddie Mac", "General Electric", "Sinn Féin")', ['Traders bought [Freddie Mac] securities.', '[Sinn Féin] housing spokeswoman Aoife Quellon objected.']),
  veto('person.sentence-adverb', 'an adverb opening the sentence ("Currently, …"), not a name', ['[Currently], the plant is idle.']),
  veto('person.place-metro', 'a city: "metropolitan …"', ['Jobs grew in metropolitan [Brackton] last year.']),
  veto('person.place-particle', 'a place or an institution: "Rio de …", "Banco de …", a known place before "de" ("Oaxaca de Juárez")', ['Tourists visited [Rio de Janeiro].', 'In the state capital, [Oaxaca de Juárez], the shaking lasted a minute.'], ['[Diego Costa] scored twice.', 'The minister, [Pablo de la Vega], spoke.']),
  veto('person.place-start', 'a word that starts a place or an organisation name ("Mount …", "Lake …", "Bank of …")', ['Climbers reached [Mount Ostravo] at dawn.'], ['Mathieu St-Quellon said no. [St-Quellon] added that he was tired.']),
  veto('person.institution-of', 'the end of an institution\'s name after "of" ("the Ministry of Foreign Affairs")', ['The Ministry of Foreign [Affairs] said so.', 'The National Union of [Quarrymen] called a strike.'], ['The Secretary of State [Ada Quellon] arrived.']),
  veto('person.saint', '"St." or "San" before it: a place, a church or a feast', ['The parade reached St. [Osbert] on Monday.']),
  veto('person.thing-with-article', '"a" or "an" before a lone name that heads its phrase: an award or a thing ("won an Oscar")', ['She won a [Brackley] in 2019.'], ['A [Rios] rooting section cheered.']),
  veto('person.eponym', 'something named after a person ("Halley\'s Comet", "Murphy\'s law")', ["Doctors diagnosed [Varga]'s disease early."]),
  veto('person.has-digit', 'a digit in a word of the name: a product or a code ("Galaxy S25")', ['The [Velsor X5] sold out in a day.']),
  veto('person.izafat-compound', 'an Urdu or Persian compound joined by "-e-" or "-i-" ("Tehreek-e-Insaf", "Jamaat-e-Islami"): a party or a movement', ['Lawmakers of the opposition [Tehreek-e-Quellon] walked out.'], ['[Inzamam-ul-Quellon] scored a century.']),
  veto('person.joined-town', 'a town joined by a preposition with hyphens ("Chester-le-Street", "Stratford-upon-Avon", "Boulogne-sur-Mer")', ['The match at [Quellon-le-Street] was rained off.', 'She grew up in [Ostrava-sur-Mer], near the coast.'], ['[Inzamam-ul-Quellon] scored a century.']),
  veto('person.known-product', 'a product named like a person, alone ("Alexa", "Siri")', ["The speaker answers faster than Amazon's [Alexa]."], ['[Alexa Quellon] said so.']),
  veto('person.party-and-state', 'a lawmaker\'s party and state ("R-Texas"), not a name', ['Sen. Ada Quellon ([R-Texas]) objected.']),
  veto('person.place-or-organisation-head', 'the last word names a place or an organisation ("… Square", "… Department", "… Survey")', ['Crowds filled [Ostravo Square] on Sunday.', 'The U.S. [Geological Survey] said the quake was shallow.'], ['[Anthony Hill] said so.', 'Senator [Jacqui Nguyen-Hall] said so.']),
  veto('person.known-place', 'a place or an organisation the dictionary knows as a whole ("Hong Kong", "Sri Lanka")', ['Flights to [Hong Kong] resumed.']),
  veto('person.capitals', 'a word in capitals inside the name: an acronym or a headline', ['The [Velsor NASDAQ] index fell.', "Traders cited [CME]'s FedWatch tool."]),
  veto('person.title-alone', 'a title or an honorific alone, without a name', ['The crowd cheered when [President] arrived.']),
  veto('person.title-last', 'a portfolio ending in a title, with no name after it ("the Environmental Sustainability Minister said")', ['The Natural Resources and [Environmental Sustainability Minister] said so.'], ['Billie Jean King won.', 'Ahmad Shah said so.']),
  veto('person.a-people', 'a people, not a person ("Iraqi Kurds")', ['Many Iraqi [Kurds] fled north.']),
  veto('person.group-word', 'a group, not a person ("Islamists", "Libertarians")', ['The [Islamists] won the vote.']),
  veto('person.ordinary-word', 'a lone ordinary word or a pronoun, with nothing that shows a person', ['Visitors saw the [Image] exhibit.']),
  veto('person.initials-only', 'initials alone, without a name', ['The letters were [J. K]. in the door.']),
  veto('person.the-title', '"The" capitalised inside a sentence before the name: the title of a newspaper, a show or a band ("told The Kerry Courier")', ['Ruiz told The [Brackton Voice] that rents had risen.', 'The song was a hit for The [Ostrava Quellons] in 1964.'], ['The [Maria Quellon] I knew was kind.', 'Ruiz told the Rev. [Ann Quellon] so.']),
  veto('person.single-capitals', 'single capitals without dots: a table heading or a code ("W D L")', ['The table read Team [W D L Pts]'], ['Mr [Ó Quellon] said so.', 'The Taoiseach, [Pádraig Ó Quellon], spoke.']),
  veto('person.among-places', 'listed among places ("Irving, Texas", "Victoria, Queensland and …")', ['Rain fell on [Oltrava], Texas, and nearby towns.']),
  veto('person.court-case', 'a court case ("Roe v. Wade")', ['The ruling in [Halvorsen] v. Ohio stands.']),
  veto('person.place-of', 'a place: "the village of …"', ['Fighting reached the village of [Ostravka] on Monday.']),
  veto('person.shares-of', 'a listed company: "shares of …", "a stake in …"', ['Shares of [Quellon] fell 4%.', 'The fund bought a stake in [Quellon] last year.'], ['Ms. Pike spoke with [Tomas Quellon] on Monday.']),
  veto('person.named-after', 'a street, a building or a ship named after someone ("Martin Luther King Jr. Boulevard", "the Queen Mary")', ['Traffic was diverted from Martin Luther King Jr. Boulevard.', 'The Queen [Mary] docked in Long Beach.', 'They met at the Prince [Albert] pub on Friday.'], ['Queen [Mary] opened the bridge in 1932.', 'The late Queen [Mary] opened it.', 'The Emperor [Napoleon] crossed the Alps.']),
  veto('person.organisation-word-after', 'a word after the name shows a company, a place or a market benchmark ("… shares", "… airport", "… crude")', ['[Dravik] shares rose 3% in early trading.', '[Brent] crude rose 94 cents.']),
  veto('person.team-before-position', 'a player\'s position after the name shows a team ("Chelsea defender", "the Inter Milan player")', ['He was fouled by [Chelsea] central defender Franck Leboeuf.', 'The [Inter Milan] player was sent off.'], ['[Quellon] defended the goal well.']),
  veto('person.company-possessive', 'the name owns what only a company has ("…\'s shareholders")', ["[Corvane]'s shareholders approved the merger."], ["[Lena Corvane]'s lawyers appealed."]),
  veto('person.possessive-firm', 'a firm named after its founder: "at Christie\'s,", "shopped at Macy\'s before noon", "Lloyd\'s Bank", "Kidder\'s Mr. Arthur"', ["The prints sold at [Vosberg]'s, the auction house.", "[Vosberg]'s Mr. Tull said so.", "She shopped at [Macy]'s before noon."], ["[Vosberg]'s father said so.", "She stayed at [Ada Vosberg]'s until noon."]),
  veto('person.ampersand', 'joined by "&": a firm ("Douglas & Lomason")', ['The deal was handled by [Pettigrew] & Sons.']),
  veto('person.organisation-word-before', 'a word before the name shows a company, a place or a work ("the carmaker …")', ['Profits at the carmaker [Velsor] fell.', 'A director of the Leeds builder [Marchbank] was jailed.', 'She starred in the show [Ostravo] for years.', 'Her short films [Madame Lune] and The Garden won prizes.'], ['The kitchen was fitted by builder [Dave Marchbank] last May.', 'Court records show [Quellon] was convicted in 2016.']),
  veto('person.workplace-at', 'after a role noun and "at": where the person works or lives ("an analyst at …", "a farmer at …")', ['An analyst at [Brackton Quellon] said shares fell.', 'A cocoa farmer at [Sefwi Wiawso], Akosua Quellon, said so.'], ['The man at [Ann Quellon]\'s side said nothing.', 'She waved at [Ann Quellon] from the door.']),
  veto('person.town-after-preposition', 'a town or a city after "in", "near" or "came to"', ['She returned to [Greenville] two days later.'], ['She spoke to [Greenville] on Monday.']),
  veto('person.town-name', 'the name of a town or a city of two words or more ("Baton Rouge")', ['Retirees flock to [Boca Raton] every winter.']),
  veto('person.which-follows', '", which" follows the name: a thing, not a person', ['The treaty with [Ostravia], which wants the dam, lapsed.'], ['The letter from [Ada Ostrava], who wants the dam, arrived.']),
  veto('person.launched-product', 'unveiled or launched: a product or a mission ("unveiled …")', ['The start-up unveiled [Quellon], a voice assistant.'], ["The party launched [Quellon]'s campaign."]),
  veto('person.company-held', 'a company: "closely held …", "…, owned by …"', ['In July, closely held [Ventross] sold the paper.', '[Streamwave], owned by Helix Media Group, has 210 million subscribers.'], ['[Ada Ostrava], owner of the mill, spoke.']),
  veto('person.based-company', 'a company: "Miami-based …", "…, based in …"', ['Last week, Denver-based [Oltramar] disclosed a loss.', '[Oltramar], based in the town of Brasov, exported more.', 'She joined [İzmir-based Deniz Yatırım] in May.']),
  veto('person.town-in-table', 'a town next to numbers in a table of results: its team', ['Division one [Bradford] 4 2 0 2 Portsmouth 4 2 0 2.']),
  veto('person.based-place', 'a place: "the …-based bank"', ['The [Brackton]-based bank cut its dividend.']),
  veto('person.score-line', 'a team in a result line, each name followed by its score ("Ashby Vale 3 Kingsmoor Rovers 1")', ['[Ashby Vale] 3 Kingsmoor Rovers 1: Okafor double sinks Rovers', 'Kingsmoor Rovers 0 [Ashby Vale] 2.'], ['[Okafor] 12, 58; Pritchard 71.']),
  veto('person.town-state', 'a town before a US state ("Greenville, S.C.")', ['She moved to [Pellston], Mich., in 1985.'], ['[Ann Marie Pellston], Mich., wrote to the editor.']),
  veto('person.us-state', 'a US state written short after its town ("Aloha, Ore.")', ['James Spence, Aloha, [Ore]., was fined $5,000.'], ['The letter from [Ore] Quellon arrived.']),
  veto('person.cited-source', 'the publication in a list of sources, after a cited article\'s title and a dash, before a date', ['Sources\n"Storm delays the festival" — [Halden Arbeiderblad], October 11, 2026'], ['"I was never voting for either of them." ― [Marcus Hill]']),
  veto('person.quoted-title', 'the name alone in quotation marks: the title of a show, a book or a film', ['Stations that bought "[Halvorsen]" reruns paid record prices.']),
  veto('person.company-says-its', 'the name speaks of itself as "its": a company', ['[Quellon] said its profit fell.', '[Quellon] said it expects a loss.'], ['[Quellon] said he was tired.']),
  veto('person.company-appositive', 'described as a company ("…, a maker of …", "… is a holding company")', ['[Tarvex], a maker of valves, said sales rose.', '[Tarvex] is an Italian holding company.'], ['[Tarvex], a lawyer for the family, said no.']),
  veto('person.the-name', '"the" before a lone name that acts or owns: an institution ("The Merc said")', ['The [Drovna] said the limit would stay.']),
  veto('person.storm-or-ship', 'the name of a storm or a ship ("Hurricane …", "USS …")', ['[Hurricane Odalys] hit the coast. Later Odalys moved north.']),
  rule('person.title-before', 'a title before a capitalised name ("Mrs.", "President", "Det. Insp.", "Cllr")', ['Mrs. [Quellon] said the plan failed.', 'Det. Insp. [Owen Quellon] led the inquiry.', 'Cllr [Jane Quellon] objected.', 'Sgt. [Dafydd ap Quellon] said the car was grey.', 'Rt. Hon. [Tunde Quellon] adjourned the debate.', 'Taoiseach [Micheál Quellon] spoke.']),
  rule('person.regnal-number', 'a monarch\'s or a pope\'s name with its number ("Henry VIII", "King Olav V")', ['The portrait shows [Henry VIII] in 1540.', 'Queen [Elizabeth I] never married.'], ['Later [Ann] I would say no.']),
  rule('person.full-name', 'a given name and a family name ("Amara Quellon"), or initials and a family name', ['[Maria Quellon] arrived late.', 'The report by [J. Quellon] was late.', 'The mayor, [Mathieu St-Quellon], said no.']),
  rule('person.compound-given-name', 'a full name whose given name is two parts joined by a hyphen, the second a known given name ("Jean-Marie Le Pen"): the whole is the name, not only the part from the known given name on', ['[Jean-Marie Le Quellon] spoke first.', 'The director, [Mary-Kate Field], said so.'], ['[Amara Quellon] spoke first.']),
  rule('person.title-in-name', 'a full name with a title word inside that is a name part after a given name ("Ahmad Shah Massoud"), not a title before the rest', ['[Ahmad Shah Quellon] sent a message.', 'The letter from [Amina Begum Quellon] arrived.'], ['The [Shah] of Ostravia fled.']),
  rule('person.speech-cue', 'a verb of saying or "according to" next to the name', ['"We will win," said [Quellon].'], ['Shares of [Quellon] fell.']),
  rule('person.name-shape', 'capitalised words no dictionary knows, written like a name', ['[Amara Quellon] arrived late.']),
  rule('person.leads', 'a leader\'s name before what they lead ("the Trump administration")', ['Critics of the [Quellon] administration protested.']),
  rule('person.country-in-brackets', 'a full name with a country in brackets after it, as results give an athlete\'s ("Asa Carlsson (Sweden)")', ['[Torvald Ekholm] (Sweden) beat Ian Lusk (U.S.) 6-4.'], ['Bayern Munich (Germany) beat Ajax 2-1.']),
  rule('person.bowling-figures', 'a name before a bowler\'s figures in a cricket scorecard ("Dharmasena 9-0-49-1")', ['Bowling: [Vellaraj] 9-0-49-1, Ostin 10-0-41-2.'], ['The vote was [Ostravo] 9-0 in favour.']),
  rule('person.speaker-label', 'a transcript\'s speaker label in capitals ("OKONKWO-HAINES: …"), a person where the article names them in full, or after an honorific ("MS. OKAFOR: …", a trial transcript\'s)', ['Mara Quellon has guided ships for 19 years.\n\nQ: Why now?\n\n[QUELLON]: Because the ships got bigger and the channel did not.', 'THE COURT: Please be seated.\n\nMS. [QUELLON]: Objection. Leading.'], ['NEW DELHI: The government said on Monday that the rains would come early.']),
  rule('person.nickname', 'a nickname in quotation marks between a given name and a family name ("Terry “Tank” Mulgrew")', ['Rovers boss [Terry "Tank" Mulgrew] was less happy.', 'A cross from [Callum “Chalky” White] found him.'], ['She read "Hamlet" to the class.']),
  rule('person.known-as', 'a nickname after a person\'s name and ", known as" ("Wanderley da Silva, known as Dedé,")', ['Its president, Wanderley da Silva, known as [Dedé], said no.'], ['The city of Rio de Janeiro, known as [Rio], is hot.']),
  rule('person.given-name', 'a known given name alone', ['[Gloria] arrived late.']),
  rule('person.age', 'an age next to the name (", 42,", "23-year-old")', ['[Quellon], 42, was arrested.']),
  rule('person.role', 'a role set off by commas next to the name (", a spokeswoman for …,")', ['The council\'s envoy, [Quellon Varga], declined to comment.']),
  {
    id: 'person.non-person-elsewhere',
    subject: 'person',
    reason: 'the name is used as a company, an organisation or a place elsewhere in the article',
    examples: {
      match: ['Shares of Quellon fell. Later, [Quellon] said the plan was sound.', 'Brantwell Ltd. cut jobs. [Brantwell] said demand was weak.'],
      noMatch: ['Shares of Quellon fell. Mrs. Quellon said the plan was sound. [Quellon] said more.'],
    },
  },
  {
    id: 'person.named-elsewhere',
    subject: 'person',
    reason: 'the article confirms the name as a person elsewhere (with a title or a cue)',
    examples: { match: ['Mrs. Quellon arrived late. The delay, [Quellon] added, was brief. A Quellon aide agreed.'], noMatch: [] },
  },
  {
    id: 'person.full-name-elsewhere',
    subject: 'person',
    reason: 'a short form of a full name used elsewhere in the article',
    examples: { match: ['Amara Quellon arrived late. [Quellon] apologised.'], noMatch: ['[Amara Quellon] arrived late.'] },
  },
]);

const PEOPLE_RULES_BY_ID = new Map(PEOPLE_RULES.map(r => [r.id, r]));

/** The person rule with this id; throws at load for an id the table above does not declare. */
export function personRule(id: string): RuleRecord {
  const found = PEOPLE_RULES_BY_ID.get(id);
  if (!found) throw new Error(`person rule "${id}" is not declared in people/rules.ts`);
  return found;
}
