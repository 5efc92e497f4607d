// Person-name candidates of one paragraph, with the local evidence for each: the name's own
// shape (a known given name, a family name, a Chinese name in either order), a title before it,
// a speech verb, a role noun, an age or an appositive. Whether a weakly supported candidate is a
// person is decided for the whole document later (a surname seen in a full name elsewhere).
import { Lex, isKoreanSyllable, isListedWord, isPinyin, wordClass } from '../lexicon/wordClass';
import { NAME_SUFFIXES, POST_NOMINALS, TITLE_MODIFIERS, TITLE_WORDS, titleGender } from '../lexicon/titles';
import { EPONYM_HEADS, NAMED_THING_PREFIXES, PLACE_BEFORE_PARTICLE, NON_PERSON_STARTS, PERSON_SHAPED_FIRMS } from '../lexicon/nonPersonWords';
import { SPEECH_VERBS } from '../lexicon/speechVerbs';
import { Tag, type Token } from '../tokens';
import nlp from 'compromise';
import { PARTICLES, findNameRuns, isAllCaps, isCapitalised, isInitial } from './nameRuns';
import { amongPlaces, isListConjunction, listGroups } from './lists';
import { ownEntry } from '../../common/wordTable';
import { companySuffixAt, nonPersonUse } from './nonPersonUse';
import { isTownName } from '../lexicon/townNames';

/** How sure the paragraph alone is that a candidate is a person. */
export const Evidence = {
  /** Only a person if the document names them more fully elsewhere ("Wei" after "Wei Xiaojun"). */
  None: 0,
  /** A known given or family name alone: a person unless the document says otherwise. */
  Weak: 1,
  /** A full name, a title, a speech verb, an age…: a person. */
  Strong: 2,
} as const;

export type Gender = 'male' | 'female';

export interface NameCandidate {
  /** Name span (no title, no possessive), relative to the paragraph. */
  start: number;
  end: number;
  /** The name's words in title case ("Wei", "Xiaojun"). */
  words: string[];
  /** The same words in lower case, and joined by spaces: computed once, compared often. */
  lowerWords: string[];
  key: string;
  evidence: number;
  sentence: number;
  /** Index of the first and last name token, for the quote-attribution pass. */
  firstToken: number;
  lastToken: number;
  title?: string;
  role?: string;
  age?: number;
  gender?: Gender;
  /** Written in a capitals-only headline: a person only where the document names them elsewhere. */
  headline?: boolean;
  /** For a headline run, the span of each word: the document pass picks out the known names. */
  parts?: { start: number; end: number }[];
  /**
   * The words around show an organisation or a place ("Pirelli shares", "news agency Tanjug"):
   * not a person here, and its words are not people elsewhere unless the document says so.
   */
  blocked?: boolean;
  /**
   * A lone word that is also a place or an ordinary word ("Paris", "Cruise") in words that do
   * not show a person ("in Paris", "Paris, France"): not a person here, even in a document that
   * names someone with it in full. In personal use ("Paris claims", "Paris's father", "the
   * Cruise video") the flag is absent and such a word refers to that person.
   */
  impersonal?: boolean;
  /** Ids of the rules that decided the candidate (see rules.ts), in the order they applied. */
  rules?: string[];
}

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const PLACE_OR_GROUP_TAGS = new Set(['Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'Company', 'School']);

/** A multi-word place or organisation compromise knows as a whole ("Hong Kong", "Sri Lanka"), or a firm named like a person. */
function knownPlaceOrGroup(words: string[]): boolean {
  const phrase = words.join(' ').toLowerCase();
  if (PERSON_SHAPED_FIRMS.has(phrase.replace(/-/g, ' '))) return true;
  const entry = ownEntry(lexicon, phrase);
  if (entry === undefined) return false;
  return (Array.isArray(entry) ? entry : [entry]).some(t => PLACE_OR_GROUP_TAGS.has(t));
}

/** A word compromise knows as an adverb or a conjunction only, or an "-ly" word no name list holds ("Currently", "Meantime"). */
function sentenceAdverb(lower: string): boolean {
  if (wordClass(lower) & NAME) return false;
  const entry = ownEntry(lexicon, lower);
  if (entry !== undefined) return (Array.isArray(entry) ? entry : [entry]).every(t => t === 'Adverb' || t === 'Conjunction');
  return /ly$/.test(lower) || /^(?:meantime|nonetheless|furthermore|moreover|however|meanwhile|nevertheless)$/.test(lower);
}

const NAME = Lex.FirstName | Lex.Surname | Lex.PersonName;
/** Only spaces between two words (no punctuation, no line break). */
const SPACE_ONLY = /^[ \t\u00a0]+$/;
const NOT_PERSON = Lex.Place | Lex.Organization | Lex.Demonym | Lex.Date | Lex.NonPersonWord | Lex.NonPersonHead | Lex.Value;
const FUNCTION_TAGS = Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.QuestionWord | Tag.Auxiliary;
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'messrs', 'mme', 'mlle', 'rev', 'reverend', 'lord', 'lady']);

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The word as a name part: capitals-only headline words are title-cased, the possessive dropped. */
function nameWord(t: Token): string {
  const word = t.possessive ? t.text.slice(0, t.text.length - t.possessive) : t.text;
  return isAllCaps(t) ? titleCase(word) : word;
}

/** Name-like: a known name part, an initial, or a word that is not an ordinary English word. */
function nameLike(t: Token): boolean {
  if (PARTICLES.has(t.lower)) return true;
  const c = wordClass(t.lower);
  if (c & NAME) return !(c & Lex.Function);
  if (isInitial(t)) return true;
  if (c & (NOT_PERSON | Lex.Common | Lex.Honorific)) return false;
  return !(t.tags & (FUNCTION_TAGS | Tag.Value | Tag.Date));
}

/** Could be a family name even though it is also an English word ("Butcher", "Such"). */
function surnameLike(t: Token): boolean {
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
function titleOfPhraseStart(tokens: Token[], runFirst: number): number {
  const of = tokens[runFirst - 1];
  const head = tokens[runFirst - 2];
  if (!of || !head || (of.lower !== 'of' && of.lower !== 'for') || !TITLE_WORDS.has(head.lower)) return -1;
  if (!SPACE_ONLY.test(of.post) || !SPACE_ONLY.test(head.post) || head.sentence !== tokens[runFirst].sentence || !isCapitalised(head)) return -1;
  let s = runFirst - 2;
  while (s > 0 && isCapitalised(tokens[s - 1]) && isTitleWord(tokens[s - 1]) && SPACE_ONLY.test(tokens[s - 1].post) && tokens[s - 1].sentence === head.sentence) s--;
  return s;
}


function isTitleWord(t: Token): boolean {
  return TITLE_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || TITLE_WORDS.has(t.lower.replace(/-/g, ''));
}

/**
 * A place name that is also a family name after a given name ("Valeska Paris", "Alia Salem"):
 * a town or region only, not a country (those are never-a-person words), an organisation, or an
 * ordinary word.
 */
function placeSurname(t: Token): boolean {
  const c = wordClass(t.lower);
  return !!(c & Lex.Place) && !(c & (NOT_PERSON & ~Lex.Place | Lex.Common | Lex.Function | Lex.Honorific)) && !isAllCaps(t);
}

/** A given name, known or unknown, then a place name as the family name ("Valeska Paris"). */
function givenNameAndPlace(name: Token[]): boolean {
  if (name.length < 2 || !placeSurname(name[name.length - 1])) return false;
  for (let i = 0; i < name.length - 1; i++) if (!nameLike(name[i]) || wordClass(name[i].lower) & Lex.Place) return false;
  return true;
}

/** Two-letter acronyms and sports-club prefixes ("SC Freiburg", "FK Partizan"): not a person's initials. */
const ACRONYMS = new Set(`us uk un eu ap ai tv pc bp gm hp it pr id ny la vw is ok mp pm ea ge ib db ms os ip ad bc nz sa nv bv ag co st
dj mc ii iv vi xi fc ac sc sv rc cd ud cf sd rb sk fk nk bk if ik ks ss kv vv`.split(/\s+/));

/**
 * Initials written without dots before a family name, inside a sentence ("a paper by AS Heagle",
 * "JK Rowling"): two capitals, not a known acronym, then one name-like word that ends the run.
 */
function undottedInitials(tokens: Token[], k: number, last: number): boolean {
  const t = tokens[k];
  if (k !== last - 1 || !/^\p{Lu}{2}$/u.test(t.text) || ACRONYMS.has(t.lower) || t.sentenceStart || !/^ $/.test(t.post)) return false;
  const before = tokens[k - 1];
  if (!before || before.sentence !== t.sentence || isCapitalised(before)) return false;
  const next = tokens[last];
  const c = wordClass(next.lower);
  return nameLike(next) && !(c & (Lex.Common | NOT_PERSON | Lex.FirstName));
}

/** Nouns for a person's family and circle: "Paris's father" makes "Paris" a person. */
const PERSONAL_NOUNS = new Set(`father mother parents parent wife husband son sons daughter daughters brother brothers sister
sisters family children child mum mom dad grandmother grandfather uncle aunt cousin widow fiancee fiance girlfriend boyfriend
partner lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson aides aide friend friends career life death
funeral birthday home house wedding marriage claims claim account testimony memoir lawsuit allegations statement comments
remarks words book role campaign`.split(/\s+/));

/** Nouns a person's name modifies: "the Trump administration", "the Cruise video". */
const MODIFIED_BY_NAME = new Set(`administration government cabinet presidency premiership era campaign camp aides team video
interview speech memo letter doctrine family estate foundation biography`.split(/\s+/));

/**
 * The words around a lone ambiguous word make it a person: a verb after it (its subject: "Paris
 * claims", "Paris also left"), a possessive before a family or personal noun ("Paris's father"),
 * "the … administration", or the personal contexts of `contextIsPersonal` ("said Paris").
 */
function personalUse(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const after = tokens[i + 1];
  if (contextIsPersonal(tokens, i, i)) return true;
  if (!after || after.sentence !== t.sentence || !SPACE_ONLY.test(t.post)) return false;
  // "Paris's father"; for a word that is not a place, any noun it owns ("Levy's visit").
  if (t.possessive) return PERSONAL_NOUNS.has(after.lower) || (!(wordClass(t.lower) & Lex.Place) && !!(after.tags & Tag.Noun));
  // "Levy and Kinkel would …": joined to another name.
  if (isListConjunction(after) && tokens[i + 2] && isCapitalised(tokens[i + 2]) && nameLike(tokens[i + 2]) && !(wordClass(tokens[i + 2].lower) & (Lex.Common | NOT_PERSON))) return true;
  if (MODIFIED_BY_NAME.has(after.lower) && tokens[i - 1]?.tags & (Tag.Determiner | Tag.Possessive)) return true;
  const isVerb = (x: Token): boolean => !!(x.tags & Tag.Verb) && !(x.tags & (Tag.Auxiliary | Tag.Noun));
  // A present-tense "-s" verb may be a plural noun misread ("sold Glass bottles"): it counts
  // when it is a verb of saying or the word opens its clause.
  const before = tokens[i - 1];
  const opensClause = t.sentenceStart || !before || /[,;:(“"]/.test(before.post) || !!(before.tags & (Tag.Conjunction | Tag.Adverb | Tag.Date));
  if (isVerb(after) && (after.tags & Tag.PastTense || SPEECH_VERBS.has(after.lower) || opensClause)) return true;
  // "Paris also claims", "Paris was born", "Paris not having": an adverb, an auxiliary or a
  // negation, then the verb.
  const next = tokens[i + 2];
  if ((after.tags & (Tag.Adverb | Tag.Auxiliary) || after.lower === 'not') && SPACE_ONLY.test(after.post) && !!next && isVerb(next)) return true;
  // "claimed Paris was a volunteer": the subject of "was"/"is" in reported speech.
  return COPULAS.has(after.lower) && !!before && (SPEECH_VERBS.has(before.lower) || before.lower === 'that');
}

const COPULAS = new Set(['is', 'was']);

/** What a leader's name can qualify: "the Obama administration", "the Assad regime". */
const LED_BY_NAME = new Set(['administration', 'government', 'cabinet', 'presidency', 'premiership', 'regime', 'junta']);

/** "the <Name> government": the word at `i` between "the" and a body a person leads. */
function ledBy(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Not a nationality compromise does not know ("the Burmese government").
  if (/(?:ese|ian|ish)$/.test(tokens[i].lower)) return false;
  return !!before && !!after && before.lower === 'the' && LED_BY_NAME.has(after.lower) && SPACE_ONLY.test(tokens[i].post) && !tokens[i].possessive;
}

export function findNameCandidates(tokens: Token[], text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of findNameRuns(tokens)) {
    const c = candidateFromRun(tokens, text, run.first, run.last, run.headline);
    // In a title-case headline every word is capitalised: two unknown words are not a name
    // unless the document names someone so elsewhere.
    if (c && run.titleCase && c.evidence < Evidence.Strong) c.evidence = Evidence.None;
    if (c) out.push(c);
  }
  supportListedNames(tokens, out);
  return out;
}

/**
 * Names listed with people are people ("the gods Zeus, Hera and Athena", "Lukaku, Carrasco and
 * Mertens"): in a list of three or more names where one is a person, an unknown word that would
 * otherwise need the document's support is taken as a name too. Words the lexicon knows as
 * ordinary, places or organisations are left to the usual rules.
 */
function supportListedNames(tokens: Token[], candidates: NameCandidate[]): void {
  for (const items of listGroups(tokens, candidates)) {
    if (items.length < 3) continue;
    const usable = (c: NameCandidate): boolean => !c.headline && !c.blocked && !c.impersonal;
    if (!items.some(c => usable(c) && c.evidence >= Evidence.Weak)) continue;
    for (const c of items) {
      if (!usable(c) || c.evidence !== Evidence.None) continue;
      let unknown = true;
      for (let k = c.firstToken; k <= c.lastToken && unknown; k++) unknown = nameLike(tokens[k]) && !(wordClass(tokens[k].lower) & (Lex.Common | NOT_PERSON));
      if (unknown) c.evidence = Evidence.Weak;
    }
  }
}

/** The candidate as a name the text shows is not a person's, by the rule `rule`. */
function blockedCandidate(cand: NameCandidate, rule: string): NameCandidate {
  cand.blocked = true;
  cand.evidence = Evidence.None;
  cand.rules = [rule];
  return cand;
}

/** "Fujitsu Ltd.", "Bidermann S.A.": the name before a company suffix, blocked as a company's. */
function companyCandidate(tokens: Token[], first: number, suffix: number): NameCandidate | null {
  let f = first;
  while (f < suffix && (tokens[f].tags & FUNCTION_TAGS || wordClass(tokens[f].lower) & Lex.Function)) f++;
  if (f >= suffix) return null;
  const head = tokens[f];
  const tail = tokens[suffix - 1];
  const cand: NameCandidate = { start: head.start, end: tail.end - tail.possessive, ...wordForms(tokens.slice(f, suffix).map(nameWord)), evidence: Evidence.None, sentence: head.sentence, firstToken: f, lastToken: suffix - 1 };
  return blockedCandidate(cand, 'person.company-suffix');
}

function candidateFromRun(tokens: Token[], text: string, first: number, last: number, headline: boolean): NameCandidate | null {
  if (headline) return headlineCandidate(tokens, first, last);
  const suffix = companySuffixAt(tokens, text, first, last);
  if (suffix >= 0) return companyCandidate(tokens, first, suffix);
  // "Freddie Mac", "General Electric": a firm or an agency named like a person.
  const from = tokens[first].tags & Tag.Determiner ? first + 1 : first;
  if (from < last && PERSON_SHAPED_FIRMS.has(tokens.slice(from, last + 1).map(t => t.lower).join(' ').replace(/-/g, ' '))) return blockedCandidate(companyCandidate(tokens, from, last + 1)!, 'person.known-firm');
  // "Currently, …", "Nonetheless, …": an adverb opening the sentence.
  if (first === last && tokens[first].sentenceStart && /^,/.test(tokens[first].post) && sentenceAdverb(tokens[first].lower)) return null;
  // "Metropolitan Houston": a city.
  if (last === first + 1 && /^(?:metropolitan|metro)$/.test(tokens[first].lower)) {
    const city = companyCandidate(tokens, last, last + 1);
    return city && blockedCandidate(city, 'person.place-metro');
  }
  // "Rio de Janeiro", "Banco de España": a place or an institution, not a person.
  const f = first < last && tokens[first].tags & Tag.Determiner ? first + 1 : first;
  if (f < last && PLACE_BEFORE_PARTICLE.has(tokens[f].lower) && PARTICLES.has(tokens[f + 1].lower) && !isCapitalised(tokens[f + 1])) return null;
  // Cut off leading words that are not part of the name: titles ("President"), role modifiers
  // ("Chinese", "Deputy"), function words and sentence-initial ordinary words ("However").
  let k = first;
  let titleFrom = -1;
  let roleFrom = -1;
  let strongTitle = false;
  while (k < last) {
    const t = tokens[k];
    const c = wordClass(t.lower);
    if (isInitial(t) || PARTICLES.has(t.lower) && isCapitalised(tokens[k + 1])) break;
    if (undottedInitials(tokens, k, last)) break;
    // "Professor Cres Eastman": after a title, a word that is also a place is a given name.
    if (strongTitle && k === last - 1 && placeSurname(t) && surnameLike(tokens[last]) && !(wordClass(tokens[last].lower) & Lex.Common)) break;
    // "Les Ferdinand", "Rose Cheruiyot": a given name that is also a word, before an unknown name.
    if (c & Lex.AmbiguousFirst && nameLike(tokens[k + 1]) && !(wordClass(tokens[k + 1].lower) & Lex.Common)) break;
    if (isTitleWord(t) && !(c & NAME && tokens[k + 1] && !nameLike(tokens[k + 1]))) {
      if (titleFrom < 0) titleFrom = k;
      if (roleFrom < 0) roleFrom = k;
      if (TITLE_WORDS.has(t.lower)) strongTitle = true;
      k++;
      continue;
    }
    // "Midfielder Declan Rice", "Founder Michael Dell": a role noun opening the sentence.
    if (k === first && t.sentenceStart && last - k >= 2 && !(c & NAME) && SPACE_ONLY.test(t.post) && (t.tags & Tag.Actor || /(?:er|or|ist|ian)$/.test(t.lower)) && isCapitalised(tokens[k + 1]) && !isInitial(tokens[k + 1])) {
      if (roleFrom < 0) roleFrom = k;
      k++;
      continue;
    }
    const isFunction = (c & Lex.Function || t.tags & FUNCTION_TAGS) && !(c & NAME);
    // A sentence-initial word compromise reads as part of a person's name ("Tiger Woods") stays.
    const readAsName = t.tags & Tag.Person && !(t.tags & (Tag.Verb | Tag.Adverb)) && k < last && tokens[k + 1].tags & Tag.Person && surnameLike(tokens[k + 1]);
    // "Marine Le Pen": a word before a capitalised particle and a name is a given name.
    const beforeParticle = k + 2 <= last && PARTICLES.has(tokens[k + 1].lower) && isCapitalised(tokens[k + 1]) && isCapitalised(tokens[k + 2]) && !(c & Lex.Function);
    const ordinary = c & Lex.Common && !(c & NAME) && (t.sentenceStart || t.tags & (Tag.Verb | Tag.Adverb)) && !readAsName && !beforeParticle;
    const placeOrGroup = c & (Lex.Place | Lex.Demonym | Lex.Organization | Lex.NonPersonWord | Lex.Date) && !(c & NAME);
    if (isFunction || ordinary || placeOrGroup || isAllCaps(t) && !headline) {
      // A place or nationality before a title belongs to the role ("Chinese President").
      const roleWord = c & (Lex.Place | Lex.Demonym | Lex.Organization) && !(c & (Lex.Date | Lex.NonPersonWord));
      if (roleWord && roleFrom < 0) roleFrom = k;
      else if (!roleWord) roleFrom = -1;
      titleFrom = -1;
      strongTitle = false;
      k++;
      continue;
    }
    break;
  }
  // The last word alone may still be a title or an ordinary word: no name left.
  let end = last;
  // "Simon Hart KC", "Ann Lee MP": letters after the name.
  if (end > k + 1 && POST_NOMINALS.has(tokens[end].lower) && isAllCaps(tokens[end])) end--;
  // A trailing ordinary noun after a full name ("Ahmed Mohamed Image") is not part of it, but
  // a family name that is also a word after a given name is ("Tom Cruise"), and a place or
  // organisation head makes the whole run a non-person ("Al-Ghaza Hotel").
  if (end - k >= 2) {
    const t = tokens[end];
    const c = wordClass(t.lower);
    const afterGivenName = wordClass(tokens[end - 1].lower) & Lex.FirstName && !(wordClass(tokens[end - 2].lower) & (Lex.FirstName | Lex.Surname));
    // (Not the second half of a hyphenated given name: "Moon Jae-in".)
    // (Nor the given name after a Vietnamese middle name: "Tran Van Hung", "Nguyen Thi Mai".)
    const afterMiddleName = /^(?:van|văn|thi|thị|singh|kaur)$/.test(tokens[end - 1].lower) && isCapitalised(tokens[end - 1]) || PARTICLES.has(tokens[end - 1].lower);
    // (Nor an unlisted word compromise reads as part of the person's name: "Liz Ann Sonders".)
    const readAsSurname = t.tags & Tag.Person && !isListedWord(t.lower);
    if (c & Lex.Common && !(c & (NAME | Lex.NonPersonHead)) && !NAME_SUFFIXES.has(t.lower) && !afterGivenName && !afterMiddleName && tokens[end - 1].post !== '-' && !readAsSurname && !isInitial(tokens[end - 1])) end--;
  }
  let titleToken = titleFrom >= 0 ? tokens[titleFrom] : null;
  let evidence = shapeEvidence(tokens.slice(k, end + 1), strongTitle, titleToken);
  if (evidence < Evidence.Strong) {
    // A full name may start later in the run: "Shadow Home Secretary Yvette Cooper",
    // "Scientologist Tom Cruise". Take the first later start that makes a strong name.
    for (let k2 = k + 1; k2 < end; k2++) {
      const t = tokens[k2];
      // A name starts at a known given name, an initial, or right after a title word ("Research
      // Director Raj Shah") or an organisation's head word ("the Refugee Council Enver Solomon").
      const prevClass = wordClass(tokens[k2 - 1].lower);
      const afterTitle = TITLE_WORDS.has(tokens[k2 - 1].lower) || prevClass & Lex.NonPersonHead && !(prevClass & (NAME | Lex.SurnameHead | Lex.AmbiguousFirst));
      if (!(wordClass(t.lower) & (Lex.FirstName | Lex.ChineseSurname | Lex.AmbiguousFirst)) && !isInitial(t) && !(afterTitle && !isTitleWord(t) && end - k2 >= 1)) continue;
      // A middle initial after a name-like word ("Vann R. Newkirk") does not start the name.
      if (isInitial(t) && nameLike(tokens[k2 - 1]) && !(wordClass(tokens[k2 - 1].lower) & (Lex.Common | NOT_PERSON))) continue;
      let tf = k2;
      while (tf > k && isTitleWord(tokens[tf - 1])) tf--;
      const st = tokens.slice(tf, k2).some(x => TITLE_WORDS.has(x.lower));
      const e2 = shapeEvidence(tokens.slice(k2, end + 1), st, tf < k2 ? tokens[tf] : null);
      // After an organisation's name, two unknown words are as good a name as anywhere else.
      const afterGroup = afterTitle && !TITLE_WORDS.has(tokens[k2 - 1].lower) && evidence === Evidence.None;
      if (e2 === Evidence.Strong || (afterGroup && e2 === Evidence.Weak)) {
        roleFrom = tf > k ? k : -1;
        if (roleFrom >= 0 && tf === k2) roleFrom = -1;
        titleFrom = tf < k2 ? tf : -1;
        if (roleFrom < 0 && tf > k) roleFrom = k;
        titleToken = titleFrom >= 0 ? tokens[titleFrom] : null;
        strongTitle = st;
        k = k2;
        evidence = e2;
        break;
      }
    }
  }
  const nameTokens = tokens.slice(k, end + 1);
  if (!nameTokens.length) return null;
  // One hyphenated word ("Spider-Gwen", "Lifestyle-Religion") is a lone word, however many parts
  // it is split into: like any lone word, a person only with a title, a cue or the document's
  // support. A lower-case particle inside ("Inzamam-ul-Haq") shows a name.
  const hyphenated = nameTokens.length > 1 && nameTokens.every((t, i) => i === nameTokens.length - 1 || t.post === '-');
  if (evidence === Evidence.Weak && hyphenated && nameTokens.every((t, i) => i === 0 || isCapitalised(t))) evidence = Evidence.None;
  const head = nameTokens[0];
  const tail = nameTokens[nameTokens.length - 1];
  const headClass = wordClass(head.lower);
  const tailClass = wordClass(tail.lower);
  if (NON_PERSON_STARTS.has(head.lower) && nameTokens.length > 1) return null;
  // "St. Louis", "St. Patrick's Day": a saint's name is a place, a church or a feast in the news.
  if (k > first && /^(?:st|saint|ste|sainte|san|santa)$/.test(tokens[k - 1].lower)) return null;
  // "won an Oscar", "a Tony", "a Mercedes": an award or a thing, not a person.
  // (Not "a Rios rooting section": there the name modifies the noun after it.)
  const headsPhrase = !SPACE_ONLY.test(tail.post) || !!(tokens[end + 1] && tokens[end + 1].tags & (Tag.Preposition | Tag.Conjunction | Tag.Determiner | Tag.Verb) && !tokens[end + 1].lower.endsWith('ing'));
  if (nameTokens.length === 1 && titleFrom < 0 && k === first && first > 0 && /^(?:a|an)$/.test(tokens[first - 1].lower) && headsPhrase) return null;
  // "Halley's Comet", "Murphy's law", "Lou Gehrig's disease": named after a person, not the person.
  if (tail.possessive && EPONYM_HEADS.has(tokens[end + 1]?.lower ?? '')) return null;
  // "Galaxy S25", "Pixel 9 Pro": a digit in a word of the name makes a product or a code.
  if (nameTokens.some(t => /\d/.test(t.text))) return null;
  // A lawmaker's party and state ("R-Texas", "D-Calif."), not a name.
  if (/^[RDI]-\p{Lu}/u.test(head.text) || /^[RDI]$/.test(head.text) && head.post === '-') return null;
  // (After an honorific a lone word is a family name, whatever else it names: "Mrs. Hills", "Mr. Lane".)
  const honorificBefore = nameTokens.length === 1 && titleFrom >= 0 && k > 0 && HONORIFICS.has(tokens[k - 1].lower);
  // A head that is also a family name ("Candlestick Park", "Westminster Abbey") makes a place
  // too, unless a given name comes first ("Grace Park").
  const headNamesPlace = nameTokens.length > 1 && !(headClass & (Lex.FirstName | Lex.ChineseSurname | Lex.KoreanSurname)) && nameTokens.slice(0, -1).every(t => !(wordClass(t.lower) & Lex.FirstName) && !isInitial(t));
  if (tailClass & Lex.NonPersonHead && (!(tailClass & NAME) || headNamesPlace) && !honorificBefore) {
    // "Grace Road" is a place, "Anthony Hill" a person: a family-name head after a given name.
    const givenName = headClass & Lex.FirstName && !(headClass & Lex.AmbiguousFirst);
    if (!(tailClass & Lex.SurnameHead && givenName && nameTokens.length <= 3 && nameTokens.slice(1, -1).every(t => nameLike(t)))) return null;
  }
  if (nameTokens.length > 1 && knownPlaceOrGroup(nameTokens.map(t => t.lower))) return null;
  // "Boca Raton", "Baton Rouge": a town of two or more words; its words are not a person's elsewhere either.
  const townName = nameTokens.length > 1 && titleFrom < 0 && !(headClass & Lex.FirstName && !(headClass & Lex.Place)) && isTownName(nameTokens.map(t => t.lower).join(' '));
  // "in North Carolina": a place whose first word was taken off as a modifier.
  if (k > first && end - first >= 1 && titleFrom < 0 && knownPlaceOrGroup(tokens.slice(first, end + 1).map(t => t.lower))) return null;
  const initials = nameTokens.length === 2 && undottedInitials(tokens, k, end);
  // Capitals inside a name mean a headline or an acronym, except a generational suffix ("Newkirk II").
  const suffixAt = nameTokens.length > 1 && NAME_SUFFIXES.has(tail.lower) ? nameTokens.length - 1 : -1;
  if (nameTokens.some((t, i) => isAllCaps(t) && !isInitial(t) && i !== suffixAt) && !initials) return null;
  if (nameTokens.length === 1 && (isTitleWord(head) || headClass & Lex.Honorific)) return null;
  // A people, not a person: "Iraqi Kurds", "Swiss Germans".
  if (nameTokens.length === 1 && titleFrom < 0 && k > first && wordClass(tokens[k - 1].lower) & Lex.Demonym && !(headClass & NAME) && /[^s]s$/.test(head.lower)) return null;
  // A group, not a person: "Islamists", "Libertarians".
  if (nameTokens.length === 1 && !(headClass & NAME) && /(?:ist|ian|ite)s$/.test(head.lower)) return null;
  // A lone ordinary word ("However", "Here") is a name only after a title ("Mr. Key").
  // A lone ordinary word may still be a family name in personal use ("Cruise said", "the Cruise
  // video"); the document pass keeps it only where someone is named with it in full.
  const ordinaryWord = nameTokens.length === 1 && headClass & Lex.Common && !(headClass & (NAME | Lex.Function | NOT_PERSON)) && titleFrom < 0;
  if (ordinaryWord && (!isCapitalised(head) || !personalUse(tokens, k) || head.tags & (Tag.Plural | Tag.Pronoun | Tag.Value | Tag.Date))) return null;
  if (nameTokens.length === 1 && headClass & (Lex.Common | Lex.Function) && !(headClass & NAME) && titleFrom < 0 && !ordinaryWord) return null;
  if (nameTokens.length === 1 && head.tags & Tag.Pronoun && titleFrom < 0) return null;
  if (nameTokens.every(t => isInitial(t))) return null;
  // Single capitals without a dot are table headings or codes ("W D L G"), not initials.
  if (nameTokens.some(t => /^\p{Lu}$/u.test(t.text) && !isInitial(t))) return null;

  const words = nameTokens.map((t, i) => (initials && i === 0 ? t.text : nameWord(t))).filter(w => w.length > 0);
  if (!words.length) return null;
  const cand: NameCandidate = {
    start: head.start,
    // "Martin Luther King Jr.": the suffix's dot is part of the name.
    end: tail.end - tail.possessive + (nameTokens.length > 1 && /^[js]r$/.test(tail.lower) && !tail.possessive && tail.post.startsWith('.') ? 1 : 0),
    ...wordForms(words),
    evidence: initials ? Math.max(evidence, Evidence.Weak) : evidence,
    sentence: head.sentence,
    firstToken: k,
    lastToken: end,
  };
  const upTo = (i: number): number => tokens[i].end + (tokens[i].post.startsWith('.') ? 1 : 0);
  // "Secretary of State Antony Blinken", "Minister for Europe Ada Lee": the run starts after
  // "of"/"for", and its leading words finish a title begun before.
  const ofTitle = (titleFrom === first || roleFrom === first) && k > first ? titleOfPhraseStart(tokens, first) : -1;
  if (ofTitle >= 0) cand.title = text.slice(tokens[ofTitle].start, upTo(k - 1));
  else if (titleFrom >= 0) cand.title = text.slice(tokens[titleFrom].start, upTo(k - 1));
  if (ofTitle < 0 && roleFrom >= 0 && (titleFrom < 0 || roleFrom < titleFrom)) cand.role = text.slice(tokens[roleFrom].start, upTo(k - 1));

  if (townName) return blockedCandidate(cand, 'person.town-name');
  if (ordinaryWord) {
    // Nothing more to learn: the document's full names decide.
    const use = nonPersonUse(tokens, text, first, end, k);
    return use ? blockedCandidate(cand, use) : cand;
  }
  // A lone place name that may be a family name: a person only in personal use.
  if (nameTokens.length === 1 && titleFrom < 0 && placeSurname(head) && !(headClass & NAME) && !personalUse(tokens, k)) cand.impersonal = true;
  if (cand.evidence < Evidence.Strong && contextIsPersonal(tokens, k, end)) {
    if (nameTokens.every(t => surnameLike(t)) && !(headClass & NOT_PERSON && !(headClass & NAME))) cand.evidence = Evidence.Strong;
    else if (givenNameAndPlace(nameTokens)) cand.evidence = Evidence.Strong;
  }
  // "the Monti government", "the Trump administration": a leader's name before what they lead,
  // even when the document never gives the full name.
  if (cand.evidence === Evidence.None && nameTokens.length === 1 && titleFrom < 0 && !(headClass & (NOT_PERSON | Lex.Common | Lex.Function)) && ledBy(tokens, k)) cand.evidence = Evidence.Weak;
  // A lone given name ("Gloria") is probably a person, unless it sits in a table of results.
  if (cand.evidence === Evidence.None && nameTokens.length === 1 && headClass & Lex.FirstName && !(headClass & (Lex.AmbiguousFirst | NOT_PERSON | Lex.Common | Lex.Function)) && !nextToNumber(tokens, k, end)) {
    cand.evidence = Evidence.Weak;
  }
  if (titleFrom < 0 && cand.evidence < Evidence.Strong && amongPlaces(tokens, k, end)) return null;
  const use = titleFrom < 0 ? nonPersonUse(tokens, text, first, end, k) : undefined;
  if (use) return blockedCandidate(cand, use);
  if (namesStormOrShip(tokens, first, k)) return blockedCandidate(cand, 'person.storm-or-ship');
  readAppositive(tokens, text, end, cand);
  if (cand.age === undefined) readAgeAround(tokens, k, end, cand);
  if (!cand.role) readRoleBefore(tokens, text, k === first ? first : k, end, cand);
  if (!cand.role && k === first) readRoleNounBefore(tokens, text, k, cand);
  if (cand.age !== undefined && cand.evidence < Evidence.Strong && nameTokens.every(t => surnameLike(t))) cand.evidence = Evidence.Strong;
  // A lone word compromise reads as a plural ("Eyewitnesses told", but also "Woods", "Seles") is
  // a person only where the document names someone with it in full.
  if (nameTokens.length === 1 && titleFrom < 0 && head.tags & Tag.Plural && !(head.tags & Tag.ProperNoun) && !(headClass & NAME)) cand.evidence = Evidence.None;
  cand.gender = genderOf(nameTokens, titleFrom >= 0 ? tokens.slice(titleFrom, k) : []);
  if (!cand.gender) delete cand.gender;
  return cand;
}

export function wordForms(words: string[]): { words: string[]; lowerWords: string[]; key: string } {
  const lowerWords = words.map(w => w.toLowerCase());
  return { words, lowerWords, key: lowerWords.join(' ') };
}

/** A run in a capitals-only headline: every word kept, decided by the document pass. */
function headlineCandidate(tokens: Token[], first: number, last: number): NameCandidate | null {
  const parts: { start: number; end: number }[] = [];
  const words: string[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens[i];
    parts.push({ start: t.start, end: t.end - t.possessive });
    words.push(nameWord(t));
  }
  const head = tokens[first];
  const tail = tokens[last];
  return { start: head.start, end: tail.end - tail.possessive, ...wordForms(words), evidence: Evidence.None, sentence: head.sentence, firstToken: first, lastToken: last, headline: true, parts };
}

/** Evidence from the name's own words and its title. */
function shapeEvidence(whole: Token[], strongTitle: boolean, title: Token | null): number {
  // A generational suffix ("Newkirk II", "Jr.") says nothing about the name itself.
  const name = whole.length > 1 && NAME_SUFFIXES.has(whole[whole.length - 1].lower.replace(/\.$/, '')) ? whole.slice(0, -1) : whole;
  // A title inside the run ("Charlotte Mayor Jennifer Roberts") means the name starts after it.
  if (name.length >= 3 && name.slice(1, -1).some(t => TITLE_WORDS.has(t.lower))) return Evidence.None;
  const classes = name.map(t => wordClass(t.lower));
  const n = name.length;
  const first = classes[0];
  const lastC = classes[n - 1];
  if (n === 1) {
    const t = name[0];
    if (strongTitle && title) {
      // "Mr. Key": an honorific makes even an ordinary word a name.
      // A title led by a modifier counts as much as one without ("Prime Minister Meloni").
      if (HONORIFICS.has(title.lower) || surnameLike(t)) return Evidence.Strong;
    }
    // A lone given or family name is a person only with context or document support.
    return Evidence.None;
  }
  const rest = name.slice(1);
  if (strongTitle && name.every(t => surnameLike(t))) return Evidence.Strong;
  // "Professor Cres Eastman": a given name that is also a place, after a title.
  if (strongTitle && n === 2 && placeSurname(name[0]) && surnameLike(name[1]) && !(classes[1] & Lex.Common)) return Evidence.Strong;
  // A known given name and a town as the family name ("Alia Salem").
  if (n === 2 && first & Lex.FirstName && !(first & (NOT_PERSON | Lex.Common | Lex.Function | Lex.AmbiguousFirst)) && placeSurname(name[1])) return Evidence.Strong;
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
  if (first & (Lex.FirstName | Lex.PersonName) && !(first & (Lex.Function | Lex.AmbiguousFirst)) && rest.every((t, i) => surnameLike(t) && (i === rest.length - 1 || !TITLE_WORDS.has(t.lower)))) {
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
  // A known family name with name-like words before it ("Amneh Jafari").
  if (lastC & Lex.Surname && !(lastC & NOT_PERSON) && name.slice(0, -1).every(t => nameLike(t))) return Evidence.Strong;
  if (lastC & Lex.Surname && first & Lex.FirstName) return Evidence.Strong;
  // A capitalised particle between two words ("Marine Le Pen", "Ursula Von Trapp"): a name, unless
  // it starts like a place or an organisation ("Rio de Janeiro", "Banco de España").
  if (n >= 3 && name.slice(1, -1).some(t => PARTICLES.has(t.lower) && isCapitalised(t)) && !(first & (Lex.Place | Lex.Organization | Lex.NonPersonHead | NOT_PERSON)) && !NON_PERSON_STARTS.has(name[0].lower) && !(lastC & (Lex.Place | Lex.NonPersonHead))) return Evidence.Weak;
  // Words no dictionary knows, none of them an organisation or place word: probably a name.
  if (name.every(t => nameLike(t)) && classes.some(c => c & NAME || !(c & (Lex.Common | NOT_PERSON)))) return Evidence.Weak;
  return Evidence.None;
}

/** "Hurricane Katrina", "USS Gerald R. Ford", "HMS Queen Elizabeth": a storm's or a ship's name. */
function namesStormOrShip(tokens: Token[], first: number, nameStart: number): boolean {
  for (let i = first; i <= nameStart; i++) if (NAMED_THING_PREFIXES.has(tokens[i].lower)) return true;
  return false;
}

function nextToNumber(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return !!(before && before.tags & Tag.Value && before.sentence === tokens[first].sentence) || !!(after && after.tags & Tag.Value && after.sentence === tokens[last].sentence);
}

/** Words around the name that only a person takes: a speech verb, a role noun, "according to". */
function contextIsPersonal(tokens: Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const lastTok = tokens[last];
  const plainAfter = !lastTok.possessive && /^[ \t\u00a0]*$/.test(lastTok.post);
  // "Washington, who climbed back …": a relative "who" follows only a person.
  // Not "the Cardinals, who" or "the Briton, who" (a team, a nationality), nor "a developer in
  // Virginia, who" (the place of the person before).
  if (after && !lastTok.possessive && /^,\s*$/.test(lastTok.post) && after.lower === 'who' && after.sentence === lastTok.sentence) {
    if (!(before && before.tags & (Tag.Determiner | Tag.Preposition)) && !(lastTok.tags & Tag.Plural) && !(wordClass(lastTok.lower) & Lex.Demonym)) return true;
  }
  if (after && plainAfter && after.sentence === lastTok.sentence) {
    if (SPEECH_VERBS.has(after.lower) && !after.lower.endsWith('ing') && !(after.tags & Tag.Noun && !(after.tags & Tag.Verb))) return true;
    // "O’Rourke and O’Neill spoke": the first of two names that speak together.
    const other = tokens[last + 2];
    if (isListConjunction(after) && other && isCapitalised(other) && /^[ \t\u00a0]*$/.test(after.post) && /^[ \t\u00a0]*$/.test(other.post) && SPEECH_VERBS.has(tokens[last + 3]?.lower ?? '') && tokens[last + 3].tags & Tag.Verb) return true;
    // "Wei also said", "Trump has said"
    const next = tokens[last + 2];
    if (next && (after.tags & (Tag.Adverb | Tag.Auxiliary)) && /^[ \t\u00a0]*$/.test(after.post) && SPEECH_VERBS.has(next.lower)) return true;
  }
  if (before && /^[ \t\u00a0]*$/.test(before.post) && before.sentence === tokens[first].sentence) {
    if (SPEECH_VERBS.has(before.lower) && before.tags & Tag.Verb) {
      // "said Wei" — but not "told Reuters": an inverted cue comes after a quote or a comma,
      // and the name ends the clause ("said Eagles owner Jeffrey Lurie" names the owner).
      const prior = tokens[first - 2];
      const endsClause = !after || !plainAfter || !(after.tags & (Tag.Noun | Tag.ProperNoun)) || !!(after.tags & Tag.Pronoun);
      if (endsClause && (!prior || /[,”"’:]/.test(prior.post) || prior.post.includes('—'))) return true;
    }
    if (before.lower === 'to' && tokens[first - 2]?.lower === 'according') return true;
    // "pollster Pat Caddell", "captain Chris Lewis", "off-spinner Such"
    if (before.tags & Tag.Actor && !/^\p{Lu}/u.test(before.text) && !(before.tags & Tag.Plural)) return true;
  }
  return false;
}

/** ", 40," after a name is an age; ", deputy director-general of …," a role; ", 71, the former prime minister," both. */
function readAppositive(tokens: Token[], text: string, last: number, cand: NameCandidate): void {
  const lastTok = tokens[last];
  // (The dot of "Jr." or of an initial may come before the comma.)
  if (!/^\.?,\s*$/.test(lastTok.post) || lastTok.possessive || lastTok.post.startsWith('.') && !NAME_SUFFIXES.has(lastTok.lower) && !isInitial(lastTok)) return;
  const next = tokens[last + 1];
  if (!next || next.sentence !== lastTok.sentence) return;
  if (/^\d{1,3}$/.test(next.text) && /^(?:[,;.)]|\s*$)/.test(next.post.trim() || ',')) {
    const age = Number(next.text);
    if (age > 0 && age < 120) {
      cand.age = age;
      if (/^,\s*$/.test(next.post)) readRole(tokens, text, last + 1, cand);
    }
    return;
  }
  readRole(tokens, text, last, cand);
}

/**
 * An age written around the name other than ", 40,": "23-year-old Tamika Jones", "James
 * Harris, 40-year-old father of three", "Sara Ahmadi (35)", "Diego Ruiz, aged 19,".
 */
function readAgeAround(tokens: Token[], first: number, last: number, cand: NameCandidate): void {
  const yearsOld = (i: number): number | undefined =>
    i >= 0 && i + 2 < tokens.length && /^\d{1,3}$/.test(tokens[i].text) && tokens[i].post === '-' && tokens[i + 1].lower === 'year' && tokens[i + 1].post === '-' && tokens[i + 2].lower === 'old' ? Number(tokens[i].text) : undefined;
  const lastTok = tokens[last];
  const next = tokens[last + 1];
  let age = yearsOld(first - 3);
  if (age === undefined && next && next.sentence === lastTok.sentence) {
    if (/^,\s*$/.test(lastTok.post)) age = yearsOld(last + 1) ?? (next.lower === 'aged' && /^\d{1,3}$/.test(tokens[last + 2]?.text ?? '') ? Number(tokens[last + 2].text) : undefined);
    else if (/^\(\d{1,3}\)$/.test(next.text) && SPACE_ONLY.test(lastTok.post)) age = Number(next.text.slice(1, -1));
  }
  // "Christine Vane died at 79.", "Peter Hale died in April aged 94.": the sentence's subject.
  const subject = tokens[first].sentenceStart || tokens[first - 1]?.sentence !== tokens[first].sentence || isTitleWord(tokens[first - 1]) && !!tokens[first - 1].sentenceStart;
  // (After an appositive: "Desmond Tutu, the Nobel peace laureate, died at 90".)
  let from = last + 1;
  if (/^,\s*$/.test(lastTok.post)) {
    for (let c = last + 1; c < tokens.length && c <= last + 15 && tokens[c].sentence === lastTok.sentence; c++) {
      if (/^,\s*$/.test(tokens[c].post)) {
        from = c + 1;
        break;
      }
    }
  }
  for (let i = from; subject && age === undefined && i < tokens.length && i <= from + 2 && tokens[i].sentence === lastTok.sentence; i++) {
    if (tokens[i].lower !== 'died' && tokens[i].lower !== 'dies') continue;
    for (let j = i + 1; j < tokens.length && j <= i + 6 && tokens[j].sentence === lastTok.sentence; j++) {
      if ((tokens[j].lower === 'at' || tokens[j].lower === 'aged') && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && /^(?:[.,;]|$)/.test(tokens[j + 1].post.trim())) age = Number(tokens[j + 1].text);
    }
  }
  if (age !== undefined && age > 0 && age < 120) cand.age = age;
}

/** A role set off by commas after token `last`: "a spokesman for the military", "South Africa’s president". */
function readRole(tokens: Token[], text: string, last: number, cand: NameCandidate): void {
  const lastTok = tokens[last];
  const next = tokens[last + 1];
  if (!next || next.sentence !== lastTok.sentence) return;
  // A role: up to the next comma, starting with a determiner, an adjective or a role noun and
  // containing a role noun early on ("a spokesman for the military", "deputy director-general of …").
  // It may start with its owner's name: "South Africa’s president", "Apple’s chief executive".
  let owner = -1;
  for (let i = last + 1; i <= last + 3 && i < tokens.length && /^\p{Lu}/u.test(tokens[i].text); i++) {
    if (tokens[i].possessive) {
      owner = i;
      break;
    }
    if (!SPACE_ONLY.test(tokens[i].post)) break;
  }
  const ownedRole = owner >= 0 && owner + 1 < tokens.length && !/^\p{Lu}/u.test(tokens[owner + 1].text);
  let j = last + 1;
  let hasActor = false;
  const limit = Math.min(tokens.length - 1, last + 25);
  for (; j <= limit; j++) {
    const t = tokens[j];
    if (t.sentence !== lastTok.sentence) return;
    if (j - last <= 4 && isRoleNoun(t)) hasActor = true;
    // "in Chelsea, the mayor also said that …" is a clause, not a role.
    if (t.tags & Tag.Verb && SPEECH_VERBS.has(t.lower)) return;
    // Not a role: a verb, a capitalised word, or a clause ("…, in which 1,426 people died", "…, who …").
    if (j === last + 1 && (t.tags & Tag.Verb && !(t.tags & Tag.Actor) || /^\p{Lu}/u.test(t.text) && !(t.tags & Tag.Determiner) && !ownedRole || t.tags & (Tag.Preposition | Tag.Conjunction | Tag.QuestionWord) || t.tags & Tag.Pronoun && !(t.tags & Tag.Possessive))) return;
    if (/[,;:()“”"]/.test(t.post) || /[.!?]/.test(t.post)) break;
  }
  if (!hasActor || j > limit) return;
  if (!/^,/.test(tokens[j].post) && !/^[.]/.test(tokens[j].post)) return;
  if (cand.evidence < Evidence.Strong && nameTokensAreNames(tokens, cand.firstToken, cand.lastToken)) cand.evidence = Math.max(cand.evidence, Evidence.Weak);
  cand.role = text.slice(next.start, tokens[j].end - tokens[j].possessive + tokens[j].possessive);
}

/** A job or role noun: compromise's Actor tag, a title word, or an agent ending ("negotiator"). */
function isRoleNoun(t: Token): boolean {
  if (/^\p{Lu}/u.test(t.text) && !TITLE_WORDS.has(t.lower)) return false;
  if (t.tags & Tag.Actor || TITLE_WORDS.has(t.lower)) return true;
  return !!(t.tags & Tag.Noun) && /(?:or|er|ist|ian|ee)s?$/.test(t.lower) && t.lower.length > 4 && !(wordClass(t.lower) & (Lex.Function | Lex.Date));
}

/**
 * A role written before the name and set off by commas: "The agency’s envoy in Nairobi, Peter
 * Mwangi, declined …". The phrase runs from the sentence start to the comma and holds a role noun.
 */
function readRoleBefore(tokens: Token[], text: string, first: number, last: number, cand: NameCandidate): void {
  const before = tokens[first - 1];
  if (!before || !/^,\s*$/.test(before.post) || !/^,/.test(tokens[last].post) || before.sentence !== tokens[first].sentence) return;
  let s = first - 1;
  while (s > 0 && tokens[s - 1].sentence === before.sentence && !/[,;:()“”"]/.test(tokens[s - 1].post) && first - s < 15) s--;
  const phrase = tokens.slice(s, first);
  if (!phrase.some(isRoleNoun) || phrase.some(t => t.tags & Tag.Verb && !(t.tags & Tag.Noun))) return;
  let from = s;
  // Drop a leading conjunction or preposition that joins the phrase to what came before.
  while (from < first - 1 && tokens[from].tags & (Tag.Conjunction | Tag.Preposition)) from++;
  cand.role = text.slice(tokens[from].start, before.end);
  if (cand.evidence < Evidence.Strong && nameTokensAreNames(tokens, first, last)) cand.evidence = Evidence.Strong;
}

/**
 * A lower-case role noun written right before the name, with the words that qualify it: "police
 * spokesman John Ochieng", "English captain Harry Kane", "immigration barrister Colin Yeo".
 */
function readRoleNounBefore(tokens: Token[], text: string, first: number, cand: NameCandidate): void {
  const noun = tokens[first - 1];
  if (!noun || noun.sentence !== tokens[first].sentence || !/^[ \t\u00a0]$/.test(noun.post) || isCapitalised(noun) || !isRoleNoun(noun)) return;
  let s = first - 1;
  while (s > 0 && first - s < 4) {
    const p = tokens[s - 1];
    if (p.sentence !== noun.sentence || !/^[ \t\u00a0]$/.test(p.post) || p.possessive) break;
    if (p.tags & (Tag.Determiner | Tag.Verb | Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.Value)) break;
    if (!(p.tags & (Tag.Adjective | Tag.Noun | Tag.ProperNoun | Tag.Demonym))) break;
    s--;
  }
  cand.role = text.slice(tokens[s].start, noun.end);
}

function nameTokensAreNames(tokens: Token[], first: number, last: number): boolean {
  if (givenNameAndPlace(tokens.slice(first, last + 1))) return true;
  for (let i = first; i <= last; i++) if (!surnameLike(tokens[i])) return false;
  return true;
}

function genderOf(name: Token[], title: Token[]): Gender | undefined {
  const titled = titleGender(title.map(t => t.lower));
  if (titled) return titled;
  const c = wordClass(name[0].lower);
  // A lone word is a given name ("Gloria") only when it is not also a family name ("Morris").
  if (name.length < 2 && !title.length && (c & (Lex.Surname | Lex.AmbiguousFirst) || !(c & Lex.FirstName))) return undefined;
  if (c & Lex.Male && !(c & Lex.Female)) return 'male';
  if (c & Lex.Female && !(c & Lex.Male)) return 'female';
  return undefined;
}
