// The vetoes of a person-name candidate, as ordered records run by a loop rather than an
// if-chain: each cites the rule (people/rules.ts: id, plain-words reason, examples) that turns
// the candidate down, and the first that applies decides. Two tables, because the words of a run
// are read twice: first the capitalised run as written (a company suffix after it, "Rio de …"),
// then the name left once titles and modifiers are cut off ("Mount …", "… Square").
import { W, hasClass, longestWord } from '../lexicon/lexicon';
import { Lex, wordClass } from '../lexicon/wordClass';
import type { RuleRecord } from '../rules/ruleRecord';
import { Tag, type Token } from '../text/tokens';
import { isAllCaps, isCapitalised, isInitial } from './nameRuns';
import { NAME, NOT_PERSON, SPACE_ONLY, isTitleWord, knownPlaceOrGroup, nameLike, saintJoined, sentenceAdverb } from './nameShape';
import { countryInBrackets, personalUse } from './personalContext';
import { companySuffixAt } from './nonPersonUse';
import { personRule } from './rules';
import { mapped } from '../../common/mapped';

/** A capitalised run as written: tokens [first, last] of a paragraph. */
export interface RunView {
  tokens: Token[];
  text: string;
  first: number;
  last: number;
}

/**
 * What a run veto decides: nothing (`false`), drop the run (`true`), or block the tokens
 * [from, to) as the name of a company or a place, so that its words are not a person's elsewhere.
 */
export type RunVerdict = false | true | { from: number; to: number };

export interface RunVeto {
  rule: RuleRecord;
  decide(run: RunView): RunVerdict;
}

/** The vetoes of a run as written, in the order they are tried. */
export const RUN_VETOES: readonly RunVeto[] = [
  // "Fujitsu Ltd.", "Bidermann S.A.": the name before a company suffix.
  {
    rule: personRule('person.company-suffix'),
    decide: ({ tokens, text, first, last }) => {
      const suffix = companySuffixAt(tokens, text, first, last);
      return suffix >= 0 && { from: first, to: suffix };
    },
  },
  // "Freddie Mac", "General Electric", "T. Rowe Price Growth Fund": a firm or an agency named
  // like a person, alone or opening a longer name.
  {
    rule: personRule('person.known-firm'),
    decide: ({ tokens, first, last }) => {
      const from = tokens[first].tags & Tag.Determiner ? first + 1 : first;
      // A phrase longer than the list's longest entry is not in it: measured (at least its words
      // and spaces) before it is built.
      let length = last - from;
      for (let i = from; i <= last; i++) length += tokens[i].lower.length;
      for (let to = last; to > from; to--) {
        if (length <= longestWord(W.PersonShapedFirm) && hasClass(firmPhrase(tokens, from, to), W.PersonShapedFirm)) return { from, to: to + 1 };
        length -= tokens[to].lower.length + 1;
      }
      return false;
    },
  },
  // "Currently, …", "Nonetheless, …": an adverb opening the sentence, or a clause after a dash
  // or a colon ("Quant -- Generally, any analyst who …").
  {
    rule: personRule('person.sentence-adverb'),
    decide: ({ tokens, first, last }) => first === last && (tokens[first].sentenceStart || (first > 0 && /[—–:]|--/.test(tokens[first - 1].post))) && /^,/.test(tokens[first].post) && sentenceAdverb(tokens[first].lower),
  },
  // "Metropolitan Houston": a city.
  {
    rule: personRule('person.place-metro'),
    decide: ({ tokens, first, last }) => last === first + 1 && /^(?:metropolitan|metro)$/.test(tokens[first].lower) && { from: last, to: last + 1 },
  },
  // "Rio de Janeiro", "Banco de España", "Oaxaca de Juárez": a place or an institution, not a
  // person (a word known only as a place opens it; "Jordan de Souza" is a given name).
  {
    rule: personRule('person.place-particle'),
    decide: ({ tokens, first, last }) => {
      const f = first < last && tokens[first].tags & Tag.Determiner ? first + 1 : first;
      if (f >= last || !hasClass(tokens[f + 1].lower, W.NameParticle) || isCapitalised(tokens[f + 1])) return false;
      const c = wordClass(tokens[f].lower);
      return hasClass(tokens[f].lower, W.PlaceBeforeParticle) || (!!(c & Lex.Place) && !(c & NAME));
    },
  },
];

/** The name left of a run once leading titles, modifiers and trailing words are cut off. */
export interface NameView extends RunView {
  /** The name's tokens [k, end] inside the run [first, last]. */
  k: number;
  end: number;
  name: Token[];
  head: Token;
  tail: Token;
  headClass: number;
  tailClass: number;
  /** The first word of a title before the name, or -1. */
  titleFrom: number;
  /** Two undotted initials ("JK Rowling"). */
  initials: boolean;
  /** A lone ordinary word without a title ("Cruise"): a person only in personal use. */
  ordinaryWord: boolean;
  /** The last word is a regnal number ("Henry VIII", "King Olav V"). */
  regnal: boolean;
}

/**
 * "Henry VIII", "King Olav V", "Queen Elizabeth I": a Roman numeral after a monarch's or a
 * pope's name is part of the name. After a royal title any numeral counts; otherwise it must
 * follow a known given name, and "I" only where the name is no verb's or preposition's object.
 */
export function regnalNumber(tokens: Token[], k: number, end: number, titleFrom: number): boolean {
  const t = tokens[end];
  if (end <= k || !/^[IVX]+$/.test(t.text) || !hasClass(t.lower, W.RegnalNumeral)) return false;
  for (let i = Math.max(titleFrom, 0); titleFrom >= 0 && i < k; i++) if (hasClass(tokens[i].lower, W.RoyalTitle)) return true;
  if (end !== k + 1 || !(wordClass(tokens[k].lower) & (Lex.FirstName | Lex.PersonName))) return false;
  // "I" is the pronoun after a name that is an object ("told Ann I would"); a name opening its
  // clause keeps it ("Charles I was executed").
  const before = tokens[k - 1];
  return t.text !== 'I' || !before || before.sentence !== tokens[k].sentence || !(before.tags & (Tag.Verb | Tag.Preposition));
}

export interface NameVeto {
  rule: RuleRecord;
  rejects(name: NameView): boolean;
}

/** The words as the firm list writes them: lower case, hyphens as spaces, an initial with its dot ("t. rowe price"). */
function firmPhrase(tokens: Token[], from: number, to: number): string {
  return mapped(tokens.slice(from, to + 1), t => (isInitial(t) && !t.lower.endsWith('.') ? t.lower + '.' : t.lower)).join(' ').replace(/-/g, ' ');
}

/** The vetoes of the name, in the order they are tried; the first that rejects it is cited. */
export const NAME_VETOES: readonly NameVeto[] = [
  // (Not a family name with a saint's name joined by a hyphen, "St-Pierre": alone, like any lone
  // word, it is a person only with a title, a cue or a full name elsewhere, "Mathieu St-Pierre".)
  { rule: personRule('person.place-start'), rejects: v => v.name.length > 1 && hasClass(v.head.lower, W.NonPersonStart) && !saintFamilyName(v.name) },
  // "the Ministry of Foreign Affairs", "the National Union of Mineworkers": the end of an
  // institution's name after "of", not a person (unless a given name opens it).
  { rule: personRule('person.institution-of'), rejects: institutionOf },
  // "St. Louis", "St. Patrick's Day": a saint's name is a place, a church or a feast in the news.
  { rule: personRule('person.saint'), rejects: v => v.k > v.first && hasClass(v.tokens[v.k - 1].lower, W.SaintPrefix) },
  // "won an Oscar", "a Tony", "a Mercedes": an award or a thing, not a person.
  // (Not "a Rios rooting section": there the name modifies the noun after it.)
  { rule: personRule('person.thing-with-article'), rejects: v => v.name.length === 1 && v.titleFrom < 0 && v.k === v.first && v.first > 0 && /^(?:a|an)$/.test(v.tokens[v.first - 1].lower) && headsPhrase(v) },
  // "Halley's Comet", "Murphy's law", "Lou Gehrig's disease": named after a person, not the person.
  { rule: personRule('person.eponym'), rejects: v => !!v.tail.possessive && hasClass(v.tokens[v.end + 1]?.lower ?? '', W.EponymHead) },
  // "Galaxy S25", "Pixel 9 Pro": a digit in a word of the name makes a product or a code.
  { rule: personRule('person.has-digit'), rejects: v => v.name.some(t => /\d/.test(t.text)) },
  // "Tehreek-e-Insaf", "Jamaat-e-Islami": an Urdu or Persian compound joined by "-e-" or "-i-".
  { rule: personRule('person.izafat-compound'), rejects: v => joinedBetweenHyphens(v.name, t => /^[ei]$/.test(t.text)) },
  // "Chester-le-Street", "Stratford-upon-Avon", "Boulogne-sur-Mer": a town joined by a preposition.
  { rule: personRule('person.joined-town'), rejects: v => joinedBetweenHyphens(v.name, t => hasClass(t.text, W.TownJoiner)) },
  // "Amazon's Alexa", "a rival to Siri": a product named like a person, alone and without a title.
  { rule: personRule('person.known-product'), rejects: v => v.name.length === 1 && v.titleFrom < 0 && hasClass(v.head.lower, W.PersonShapedProduct) },
  // A lawmaker's party and state ("R-Texas", "D-Calif."), not a name.
  { rule: personRule('person.party-and-state'), rejects: ({ head }) => /^[RDI]-\p{Lu}/u.test(head.text) || (/^[RDI]$/.test(head.text) && head.post === '-') },
  { rule: personRule('person.place-or-organisation-head'), rejects: placeOrOrganisationHead },
  // "Hong Kong"; and "in North Carolina": a place whose first word was taken off as a modifier.
  {
    rule: personRule('person.known-place'),
    rejects: v => (v.name.length > 1 && knownPlaceOrGroup(mapped(v.name, t => t.lower))) || (v.k > v.first && v.end - v.first >= 1 && v.titleFrom < 0 && knownPlaceOrGroup(v.tokens.slice(v.first, v.end + 1).map(t => t.lower))),
  },
  // Capitals inside a name mean a headline or an acronym, except a generational suffix ("Newkirk II").
  {
    rule: personRule('person.capitals'),
    rejects: v => {
      const suffixAt = v.name.length > 1 && (v.regnal || hasClass(v.tail.lower, W.NameSuffix)) ? v.name.length - 1 : -1;
      return !v.initials && v.name.some((t, i) => isAllCaps(t) && !isInitial(t) && i !== suffixAt);
    },
  },
  // (Not a title that is also a family name, written mid-sentence, "King said": the document
  // decides, a person where it names someone in full with it, "Billie Jean King".)
  { rule: personRule('person.title-alone'), rejects: v => v.name.length === 1 && (isTitleWord(v.head) || !!(v.headClass & Lex.Honorific)) && !titleAsFamilyName(v) },
  // "the Natural Resources and Environmental Sustainability Minister said": a portfolio and its
  // title, the minister's name not given. (Not a title that is also a family name or a part of
  // a name, "Billie Jean King", "Ahmad Shah", nor a known given name before it.)
  {
    rule: personRule('person.title-last'),
    rejects: v => v.name.length > 1 && hasClass(v.tail.lower, W.Title) && !hasClass(v.tail.lower, W.FamilyNameTitle) && !hasClass(v.tail.lower, W.NamePartTitle) && !(wordClass(v.tail.lower) & (Lex.Surname | Lex.FirstName)) && !(v.headClass & Lex.FirstName),
  },
  // A people, not a person: "Iraqi Kurds", "Swiss Germans".
  {
    rule: personRule('person.a-people'),
    rejects: v => v.name.length === 1 && v.titleFrom < 0 && v.k > v.first && !!(wordClass(v.tokens[v.k - 1].lower) & Lex.Demonym) && !(v.headClass & NAME) && /[^s]s$/.test(v.head.lower),
  },
  // A group, not a person: "Islamists", "Libertarians".
  { rule: personRule('person.group-word'), rejects: v => v.name.length === 1 && !(v.headClass & NAME) && /(?:ist|ian|ite)s$/.test(v.head.lower) },
  // A lone ordinary word ("However", "Here") is a name only after a title ("Mr. Key"), or as a
  // family name in personal use ("Cruise said", "the Cruise video"), which the document decides.
  { rule: personRule('person.ordinary-word'), rejects: ordinaryWordAlone },
  // A pronoun is an ordinary word too ("He", "I'm").
  { rule: personRule('person.ordinary-word'), rejects: v => v.name.length === 1 && !!(v.head.tags & Tag.Pronoun) && v.titleFrom < 0 },
  { rule: personRule('person.initials-only'), rejects: v => v.name.every(t => isInitial(t)) },
  // "told The Kerry Courier", "on The Steve Harvey Morning Show": "The" capitalised inside a
  // sentence starts a title (a newspaper, a show, a band). Turned down, not blocked: a person
  // named in the title ("Harvey") is still a person elsewhere.
  { rule: personRule('person.the-title'), rejects: theTitle },
  // Single capitals without a dot are table headings or codes ("W D L G"), not initials; but an
  // Irish "Ó" before the family name is a name particle ("Pádraig Ó Briain").
  { rule: personRule('person.single-capitals'), rejects: v => v.name.some((t, i) => /^\p{Lu}$/u.test(t.text) && !isInitial(t) && !(v.regnal && i === v.name.length - 1) && !gaelicParticle(v.name, i)) },
];

/** A word of the name that `joins` says is a joining word, with a hyphen on both sides ("Jamaat-e-Islami", "Chester-le-Street"). */
function joinedBetweenHyphens(name: readonly Token[], joins: (t: Token) => boolean): boolean {
  return name.some((t, k) => k > 0 && t.post === '-' && name[k - 1].post === '-' && joins(t));
}

/** "The", capitalised but not opening its sentence, right before the name, without a title. */
function theTitle({ tokens, k, titleFrom }: NameView): boolean {
  const the = tokens[k - 1];
  return titleFrom < 0 && the !== undefined && the.text === 'The' && !the.sentenceStart && the.sentence === tokens[k].sentence && SPACE_ONLY.test(the.post) && !/[“"‘'(]$/.test(the.pre);
}

/** "St-Pierre", "Ste-Marie", "Saint-Laurent": a saint's name joined by a hyphen, one word. */
function saintFamilyName(name: readonly Token[]): boolean {
  return name.length === 2 && saintJoined(name[0]);
}

/** The word at `i` is a Gaelic name particle ("Ó", "Ní") with a family name after it in the name. */
function gaelicParticle(name: readonly Token[], i: number): boolean {
  return i < name.length - 1 && hasClass(name[i].lower, W.CapitalNameParticle) && isCapitalised(name[i + 1]);
}

/** A lone title that is also a family name ("King"), capitalised mid-sentence with nothing before it in the run. */
function titleAsFamilyName({ head, k, first, titleFrom }: NameView): boolean {
  return k === first && titleFrom < 0 && !head.sentenceStart && isCapitalised(head) && !isAllCaps(head) && hasClass(head.lower, W.FamilyNameTitle);
}

function institutionOf({ tokens, first, k, name, headClass }: NameView): boolean {
  const of = tokens[first - 1];
  const head = tokens[first - 2];
  if (!of || !head || (of.lower !== 'of' && of.lower !== 'on' && of.lower !== 'for') || !SPACE_ONLY.test(of.post) || !SPACE_ONLY.test(head.post) || !isCapitalised(head)) return false;
  if (headClass & Lex.FirstName || isTitleWord(head) || !(wordClass(head.lower) & Lex.NonPersonHead || hasClass(head.lower, W.NonPersonStart))) return false;
  // The name opens the run, or is an ordinary word after words of the institution ("Foreign
  // Affairs"); not a name that starts later ("University of Texas Arlington Amneh Jafari").
  return k === first || (name.length === 1 && !!(headClass & Lex.Common));
}

/** The name is followed by a pause or by a word that starts a new phrase ("won an Oscar in …"). */
function headsPhrase({ tokens, tail, end }: NameView): boolean {
  const next = tokens[end + 1];
  return !SPACE_ONLY.test(tail.post) || !!(next && next.tags & (Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Verb) && !next.lower.endsWith('ing'));
}

/**
 * "Tiananmen Square", "Justice Department": the last word heads a place or an organisation name.
 * A head that is also a family name ("Candlestick Park") makes a place too, unless a given name
 * comes first ("Grace Park" is a place, "Anthony Hill" a person). After an honorific a lone word
 * is a family name, whatever else it names ("Mrs. Hills", "Mr. Lane").
 */
function placeOrOrganisationHead(v: NameView): boolean {
  const { tokens, name, headClass, tailClass, k, titleFrom } = v;
  const honorificBefore = name.length === 1 && titleFrom >= 0 && k > 0 && hasClass(tokens[k - 1].lower, W.HonorificTitle);
  const headNamesPlace = name.length > 1 && !(headClass & (Lex.FirstName | Lex.ChineseSurname | Lex.KoreanSurname)) && name.slice(0, -1).every(t => !(wordClass(t.lower) & Lex.FirstName) && !isInitial(t));
  if (!(tailClass & Lex.NonPersonHead) || (tailClass & NAME && !headNamesPlace) || honorificBefore) return false;
  // "Hill made to walk off", "said Hill": a lone family name that also heads places ("Capitol
  // Hill"), in personal use, is left to the document (a person where it names "Anthony Hill").
  if (name.length === 1 && titleFrom < 0 && tailClass & Lex.SurnameHead && isCapitalised(v.head) && !isAllCaps(v.head) && personalUse(tokens, k)) return false;
  // "Darryn Hill (Australia) beat …": a family name that is also a place head, with the athlete's country.
  if (tailClass & Lex.SurnameHead && name.length === 2 && nameLike(name[0]) && countryInBrackets(tokens, v.end)) return false;
  const givenName = headClass & Lex.FirstName && !(headClass & Lex.AmbiguousFirst);
  // "Senator Jacqui Nguyen-Hall": after a title or a given name, the head word closes a
  // double-barrelled surname (a place is not hyphenated to its head, "City Hall"); a company's
  // double name stays one ("McGraw-Hill").
  if (name.length > 2 && name[name.length - 2].post === '-' && (titleFrom >= 0 || givenName)) return false;
  // "Trade Representative Carla Hills": after a title, a given name and a word that heads place names is a person.
  if (givenName && name.length === 2 && titleFrom >= 0 && tokens.slice(titleFrom, k).some(t => hasClass(t.lower, W.Title))) return false;
  return !(tailClass & Lex.SurnameHead && givenName && name.length <= 3 && name.slice(1, -1).every(t => nameLike(t)));
}

/** A lone ordinary or function word without a title, where nothing shows a person. */
function ordinaryWordAlone(v: NameView): boolean {
  const { tokens, name, head, headClass, k, titleFrom } = v;
  if (v.ordinaryWord) return !isCapitalised(head) || !personalUse(tokens, k) || !!(head.tags & (Tag.Plural | Tag.Pronoun | Tag.Value | Tag.Date));
  return name.length === 1 && !!(headClass & (Lex.Common | Lex.Function)) && !(headClass & NAME) && titleFrom < 0;
}

/** Whether the lone name is an ordinary word that a title does not vouch for (see NameView.ordinaryWord). */
export function isOrdinaryWordAlone(name: Token[], headClass: number, titleFrom: number): boolean {
  // A family name that also heads places ("Hill", "Field") is as ordinary a word as any other.
  const notPerson = headClass & Lex.SurnameHead ? NOT_PERSON & ~Lex.NonPersonHead : NOT_PERSON;
  return name.length === 1 && !!(headClass & Lex.Common) && !(headClass & (NAME | Lex.Function | notPerson)) && titleFrom < 0;
}

/** The first veto that rejects the name, or undefined. */
export function nameVeto(view: NameView): RuleRecord | undefined {
  for (const veto of NAME_VETOES) if (veto.rejects(view)) return veto.rule;
  return undefined;
}
