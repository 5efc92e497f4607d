// What a name's own words say: a known given or family name, initials, a Chinese or Korean
// name, a title word; the evidence a name's shape gives, and the gender its title or given name shows.
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, isKoreanSyllable, isPinyin, wordClass } from '../lexicon/wordClass';
import { Tag, type Token } from '../text/tokens';
import nlp from 'compromise';
import { isAllCaps, isCapitalised, isInitial } from './nameRuns';
import { ownEntry } from '../../common/wordTable';
import { Evidence, type Gender } from './candidate';
import { mapped } from '../../common/mapped';

export const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

export const PLACE_OR_GROUP_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Company', 'School']);

/** A multi-word place or organisation compromise knows as a whole ("Hong Kong", "Sri Lanka"), or a firm named like a person. */
export function knownPlaceOrGroup(words: string[]): boolean {
  const phrase = words.join(' ').toLowerCase();
  if (hasClass(phrase.replace(/-/g, ' '), W.PersonShapedFirm)) return true;
  const entry = ownEntry(lexicon, phrase);
  if (entry === undefined) return false;
  return (Array.isArray(entry) ? entry : [entry]).some(t => PLACE_OR_GROUP_TAGS.has(t));
}

/** A word compromise knows as an adverb or a conjunction only, or an "-ly" word no name list holds ("Currently", "Meantime"). */
export function sentenceAdverb(lower: string): boolean {
  if (wordClass(lower) & NAME) return false;
  const entry = ownEntry(lexicon, lower);
  if (entry !== undefined) return (Array.isArray(entry) ? entry : [entry]).every(t => t === 'Adverb' || t === 'Conjunction');
  return /ly$/.test(lower) || hasClass(lower, W.DiscourseAdverb);
}

export const NAME = Lex.FirstName | Lex.Surname | Lex.PersonName;

/** Only spaces between two words (no punctuation, no line break). */
export const SPACE_ONLY = /^[ \t\u00a0]+$/;

export const NOT_PERSON = Lex.Place | Lex.Organization | Lex.Demonym | Lex.Date | Lex.NonPersonWord | Lex.NonPersonHead | Lex.Value;

export const FUNCTION_TAGS = Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.QuestionWord | Tag.Auxiliary;


export function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The word as a name part: capitals-only headline words are title-cased, the possessive dropped. */
export function nameWord(t: Token): string {
  const word = t.possessive ? t.text.slice(0, t.text.length - t.possessive) : t.text;
  return isAllCaps(t) ? titleCase(word) : word;
}

/**
 * "St-Pierre", "Ste-Marie", "Saint-Laurent": a saint's name joined by a hyphen at token `t` opens
 * a family name in French-Canadian names ("Mathieu St-Pierre"); "St" alone is a street or a saint.
 */
export function saintJoined(t: Token): boolean {
  return t.post === '-' && hasClass(t.lower, W.SaintPrefix);
}

/** Name-like: a known name part, an initial, or a word that is not an ordinary English word. */
export function nameLike(t: Token): boolean {
  if (hasClass(t.lower, W.NameParticle)) return true;
  if (saintJoined(t)) return true;
  const c = wordClass(t.lower);
  if (c & NAME) return !(c & Lex.Function);
  if (isInitial(t)) return true;
  if (c & (NOT_PERSON | Lex.Common | Lex.Honorific)) return false;
  return !(t.tags & (FUNCTION_TAGS | Tag.Value | Tag.Date));
}

/** Could be a family name even though it is also an English word ("Butcher", "Such"). */
export function surnameLike(t: Token): boolean {
  if (nameLike(t)) return true;
  const c = wordClass(t.lower);
  if (c & Lex.SurnameHead) return true;
  if (c & (NOT_PERSON | Lex.Function | Lex.Honorific)) return false;
  return !(t.tags & (Tag.Plural | FUNCTION_TAGS | Tag.Value));
}

/**
 * The start of a title that the lower-case "of" or "for" cut off from the name's run ("Secretary
 * of State Antony Blinken", "Former Minister for Europe Ada Lee"): the index of its first token
 * before the run, or -1 when the run does not follow such a title head.
 */
export function titleOfPhraseStart(tokens: Token[], runFirst: number): number {
  const of = tokens[runFirst - 1];
  const head = tokens[runFirst - 2];
  if (!of || !head || (of.lower !== 'of' && of.lower !== 'for') || !hasClass(head.lower, W.Title)) return -1;
  if (!SPACE_ONLY.test(of.post) || !SPACE_ONLY.test(head.post) || head.sentence !== tokens[runFirst].sentence || !isCapitalised(head)) return -1;
  let s = runFirst - 2;
  while (s > 0 && isCapitalised(tokens[s - 1]) && isTitleWord(tokens[s - 1]) && SPACE_ONLY.test(tokens[s - 1].post) && tokens[s - 1].sentence === head.sentence) s--;
  return s;
}

export function isTitleWord(t: Token): boolean {
  return hasClass(t.lower, W.Title) || hasClass(t.lower, W.TitleModifier) || (t.lower.includes('-') && hasClass(t.lower.replace(/-/g, ''), W.Title));
}

/**
 * A place name that is also a family name after a given name ("Valeska Paris", "Alia Salem"):
 * a town or region only, not a country (those are never-a-person words), an organisation, or an
 * ordinary word.
 */
export function placeSurname(t: Token): boolean {
  const c = wordClass(t.lower);
  return !!(c & Lex.Place) && !(c & (NOT_PERSON & ~Lex.Place | Lex.Common | Lex.Function | Lex.Honorific)) && !isAllCaps(t);
}

/** A given name, known or unknown, then a place name as the family name ("Valeska Paris"). */
export function givenNameAndPlace(name: Token[]): boolean {
  if (name.length < 2 || !placeSurname(name[name.length - 1])) return false;
  for (let i = 0; i < name.length - 1; i++) if (!nameLike(name[i]) || wordClass(name[i].lower) & Lex.Place) return false;
  return true;
}


/**
 * Initials written without dots before a family name, inside a sentence ("a paper by AS Heagle",
 * "JK Rowling"): two capitals, not a known acronym, then one name-like word that ends the run.
 */
export function undottedInitials(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (k !== last - 1 || !/^\p{Lu}{2}$/u.test(t.text) || hasClass(t.lower, W.ShortAcronym) || t.sentenceStart || !/^ $/.test(t.post)) return false;
  const before = tokens[k - 1];
  if (!before || before.sentence !== t.sentence || isCapitalised(before)) return false;
  const next = tokens[last];
  const c = wordClass(next.lower);
  return nameLike(next) && !(c & (Lex.Common | NOT_PERSON | Lex.FirstName));
}

const withoutFinalDot = (lower: string): string => (lower.endsWith('.') ? lower.slice(0, -1) : lower);

/**
 * Word `i` of a name is a title that ends the words before it ("Charlotte Mayor Jennifer
 * Roberts"); not a title that is also a name part, right after a given name ("Ahmad Shah
 * Massoud": rule person.title-in-name).
 */
function titleInsideName(name: Token[], i: number): boolean {
  return hasClass(name[i].lower, W.Title) && !namePartTitleAt(name, i);
}

/**
 * Word `i` of a name is a title that is a name part here: after a given name, or a word the
 * lexicon does not know, as many given names are not in it ("Ahmad Shah Massoud", "Nasreen Begum
 * Qadiri"); not after a known word ("the Brackton Council Shah").
 */
function namePartTitleAt(name: Token[], i: number): boolean {
  if (i === 0 || !hasClass(name[i].lower, W.NamePartTitle)) return false;
  const before = wordClass(name[i - 1].lower);
  return !!(before & Lex.FirstName) || (before === 0 && !hasClass(name[i - 1].lower, W.Title));
}

/**
 * The name opens with a given name of two capitalised parts joined by a hyphen, the second a
 * known given name, and goes on after it ("Jean-Marie Le Pen", "Jean-Pierre Wood"): rule
 * person.compound-given-name.
 */
export function compoundGivenName(name: Token[]): boolean {
  return name.length >= 3 && name[0].post === '-' && /^\p{Lu}/u.test(name[1].text) && !!(wordClass(name[1].lower) & Lex.FirstName) && name[1].post !== '-';
}

/** A title word inside the name is part of it ("Ahmad Shah Massoud"): for the rule it cites. */
export function hasNamePartTitle(name: Token[]): boolean {
  return name.some((_, i) => namePartTitleAt(name, i));
}

/** Evidence from the name's own words and its title. */
export function shapeEvidence(whole: Token[], strongTitle: boolean, title: Token | null): number {
  // A generational suffix ("Newkirk II", "Jr.") says nothing about the name itself.
  const name = whole.length > 1 && hasClass(withoutFinalDot(whole[whole.length - 1].lower), W.NameSuffix) ? whole.slice(0, -1) : whole;
  // "Jean-Marie Le Pen": a given name joined to a known one by a hyphen is one given name, as
  // good as the known part alone, whatever the first part also means ("jean").
  if (compoundGivenName(name) && shapeEvidence(name.slice(1), strongTitle, title) === Evidence.Strong) return Evidence.Strong;
  // A title inside the run ("Charlotte Mayor Jennifer Roberts") means the name starts after it.
  if (name.length >= 3 && name.slice(1, -1).some((_, i) => titleInsideName(name, i + 1))) return Evidence.None;
  const classes = mapped(name, t => wordClass(t.lower));
  const n = name.length;
  const first = classes[0];
  const lastC = classes[n - 1];
  if (n === 1) {
    const t = name[0];
    if (strongTitle && title) {
      // "Mr. Key": an honorific makes even an ordinary word a name.
      // A title led by a modifier counts as much as one without ("Prime Minister Meloni").
      // So does a town's name ("Judge Hampton", "Senator Lincoln"): titles go before people.
      if (hasClass(title.lower, W.HonorificTitle) || surnameLike(t) || placeSurname(t)) return Evidence.Strong;
    }
    // A lone given or family name is a person only with context or document support.
    return Evidence.None;
  }
  const rest = name.slice(1);
  if (strongTitle && name.every(t => surnameLike(t))) return Evidence.Strong;
  // "Dr. Kaiser Bengali", "Mrs. Dawn French": after an honorific, two capitalised words are a
  // given name and a family name whatever else they mean (a title, a people), unless one is a
  // function word, a date, a place or the head of an organisation's name ("Mr. Smith Street").
  const honorific = strongTitle && !!title && hasClass(title.lower, W.HonorificTitle);
  if (honorific && n === 2 && !((first | lastC) & (Lex.Function | Lex.Date | Lex.Place | Lex.NonPersonHead))) return Evidence.Strong;
  // "Trade Representative Carla Hills": after a title, a known given name and a family name that
  // also heads place names.
  if (strongTitle && n === 2 && first & Lex.FirstName && !(first & (Lex.AmbiguousFirst | NOT_PERSON)) && lastC & Lex.NonPersonHead && !(lastC & (Lex.Function | Lex.Place | Lex.Date))) return Evidence.Strong;
  // "Professor Cres Eastman": a given name that is also a place, after a title.
  if (strongTitle && n === 2 && placeSurname(name[0]) && surnameLike(name[1]) && !(classes[1] & Lex.Common)) return Evidence.Strong;
  // A known given name and a town as the family name ("Alia Salem").
  // (After a title, a given name that is also a word counts too: "Judge Jack Hampton".)
  if (n === 2 && first & Lex.FirstName && !(first & (NOT_PERSON | Lex.Common | Lex.Function)) && (strongTitle || !(first & Lex.AmbiguousFirst)) && placeSurname(name[1])) return Evidence.Strong;
  // A known given name and a family name that is also a company or a word of another kind
  // ("Michael Dell", "Walt Disney", "Kanye West", "Michael J. Fox"), not a place or a date.
  // (Not a team, "the San Diego Padres", nor a faith, "Roman Catholic".)
  const brandSurname = (t: Token, c: number): boolean => !!(c & (Lex.Organization | Lex.NonPersonWord)) && !(c & (Lex.Place | Lex.NonPersonHead | Lex.Date | Lex.Demonym | Lex.Function | Lex.Common)) && !(t.tags & (Tag.Adjective | Tag.Plural)) && !/(?:ic|an|s)$/.test(t.lower);
  if (first & Lex.FirstName && !(first & (NOT_PERSON | Lex.Common | Lex.Function | Lex.AmbiguousFirst)) && n <= 3 && brandSurname(name[n - 1], lastC) && name.slice(1, -1).every(t => isInitial(t) || wordClass(t.lower) & Lex.FirstName)) return Evidence.Strong;
  // Initials and a family name ("J. Smith", "A.de Silva").
  if (isInitial(name[0]) && rest.every(t => isInitial(t) || surnameLike(t)) && !isInitial(name[n - 1])) return Evidence.Strong;
  // A known given name followed by name-like words ("Phil Simmons", "Mark Butcher"). A title
  // inside is not part of it ("Roman Emperor Charles"); a family name that is also a title at
  // the end is ("Larry King", "Howard Dean").
  if (first & (Lex.FirstName | Lex.PersonName) && !(first & (Lex.Function | Lex.AmbiguousFirst)) && rest.every((t, i) => surnameLike(t) && (i === rest.length - 1 || !titleInsideName(name, i + 1)))) {
    if (!(first & NOT_PERSON) || lastC & NAME) return Evidence.Strong;
  }
  // A given name that is also a word, or a word compromise reads as a name here, before a
  // family name or an unknown word ("Rose Cheruiyot", "Gail Devers").
  const softFirst = first & Lex.AmbiguousFirst || name[0].tags & Tag.Person && !(first & (NOT_PERSON | Lex.Function));
  if (softFirst && rest.every(t => nameLike(t)) && !(lastC & NOT_PERSON)) return Evidence.Strong;
  // A given name that is also a word before a family name that is also a word ("Bob Dole",
  // "Bill Gates"): likely a name, to be confirmed by the document or its context.
  if (n === 2 && first & Lex.AmbiguousFirst && !name[0].sentenceStart && surnameLike(name[1]) && !(lastC & (NOT_PERSON | Lex.NonPersonHead))) return Evidence.Weak;
  // Chinese names in either order ("Wei Xiaojun", "Xi Jinping", "Xiaobing Yan").
  if (n <= 3 && first & Lex.ChineseSurname && rest.every(t => isPinyin(t.lower) && !(wordClass(t.lower) & (Lex.Common | NOT_PERSON)))) return Evidence.Strong;
  if (n === 2 && lastC & Lex.ChineseSurname && isPinyin(name[0].lower) && !(first & (Lex.Common | NOT_PERSON))) return Evidence.Strong;
  // "Harbhajan Singh Gill", "Manpreet Kaur Sandhu": Singh or Kaur inside a name.
  if (n >= 3 && name.slice(1, -1).some(t => /^(?:singh|kaur)$/.test(t.lower)) && name.every(t => isCapitalised(t) && !(wordClass(t.lower) & NOT_PERSON))) return Evidence.Strong;
  // Korean names: family name then a given name of two syllables, hyphenated or not ("Kim
  // Shin-Wook", "Lee Jae-yong", "Kim Jong Un").
  if (n === 3 && first & Lex.KoreanSurname && (name[1].post === '-' || rest.every(t => !isAllCaps(t) && isKoreanSyllable(t.lower)))) return Evidence.Strong;
  // The same with a family name of either list and a lower-case second syllable ("Li In-mo").
  if (n === 3 && first & (Lex.KoreanSurname | Lex.ChineseSurname) && name[1].post === '-' && /^\p{Ll}{2,5}$/u.test(name[2].text)) return Evidence.Strong;
  // A known family name with name-like words before it ("Amneh Jafari").
  if (lastC & Lex.Surname && !(lastC & NOT_PERSON) && name.slice(0, -1).every(t => nameLike(t))) return Evidence.Strong;
  if (lastC & Lex.Surname && first & Lex.FirstName) return Evidence.Strong;
  // A capitalised particle between two words ("Marine Le Pen", "Ursula Von Trapp"): a name, unless
  // it starts like a place or an organisation ("Rio de Janeiro", "Banco de España").
  if (n >= 3 && name.slice(1, -1).some(t => hasClass(t.lower, W.NameParticle) && isCapitalised(t)) && !(first & (Lex.Place | Lex.Organization | Lex.NonPersonHead | NOT_PERSON)) && !hasClass(name[0].lower, W.NonPersonStart) && !(lastC & (Lex.Place | Lex.NonPersonHead))) return Evidence.Weak;
  // Words no dictionary knows, none of them an organisation or place word: probably a name.
  if (name.every(t => nameLike(t)) && classes.some(c => c & NAME || !(c & (Lex.Common | NOT_PERSON)))) return Evidence.Weak;
  return Evidence.None;
}

export function nameTokensAreNames(tokens: Token[], first: number, last: number): boolean {
  if (givenNameAndPlace(tokens.slice(first, last + 1))) return true;
  for (let i = first; i <= last; i++) if (!surnameLike(tokens[i])) return false;
  return true;
}

export function genderOf(name: Token[], title: Token[]): Gender | undefined {
  const titled = titleGender(mapped(title, t => t.lower));
  if (titled) return titled;
  const c = wordClass(name[0].lower);
  // A lone word is a given name ("Gloria") only when it is not also a family name ("Morris").
  if (name.length < 2 && !title.length && (c & (Lex.Surname | Lex.AmbiguousFirst) || !(c & Lex.FirstName))) return undefined;
  if (c & Lex.Male && !(c & Lex.Female)) return 'male';
  if (c & Lex.Female && !(c & Lex.Male)) return 'female';
  return undefined;
}

/** The gender the first gendered word of a title says ("Mrs." female, "Mr." male); words lower case, without dots. */
export function titleGender(words: Iterable<string>): 'male' | 'female' | undefined {
  for (const w of words) {
    if (hasClass(w, W.MaleTitle)) return 'male';
    if (hasClass(w, W.FemaleTitle)) return 'female';
  }
  return undefined;
}
