// Where the name starts and ends inside a capitalised run: the leading titles ("President"),
// role modifiers ("Chinese", "Deputy"), function words and sentence-opening words ("However")
// are cut off, and so is a trailing ordinary noun ("Ahmed Mohamed Image"); a full name that
// starts later in the run ("Shadow Home Secretary Yvette Cooper") is preferred to a weak one.
import { Lex, isKoreanSyllable, isListedWord, wordClass } from '../lexicon/wordClass';
import { W, hasClass } from '../lexicon/lexicon';
import { Tag, type Token, endsLineOrMeetsQuote } from '../text/tokens';
import { isAllCaps, isCapitalised, isInitial, particleStart } from './nameRuns';
import { Evidence } from './candidate';
import { FUNCTION_TAGS, NAME, NOT_PERSON, SPACE_ONLY, isTitleWord, nameLike, placeSurname, saintJoined, shapeEvidence, surnameLike, titleOfPhraseStart, undottedInitials } from './nameShape';

/** The name inside the run [first, last], with the title and role words before it. */
export interface NameBounds {
  /** The name's tokens [k, end]. */
  k: number;
  end: number;
  /** The first word of a title before the name ("Deputy Prime Minister"), or -1. */
  titleFrom: number;
  /** The first word of a role before the name ("Chinese President", "Midfielder"), or -1. */
  roleFrom: number;
  /** The title holds a title word proper ("Mrs.", "President"), not only modifiers. */
  strongTitle: boolean;
  /** What the name's own shape says (Evidence). */
  evidence: number;
}

/** Token k opens a sentence, or follows a dash or a colon (a dateline's, a label's). */
function opensClause(tokens: Token[], k: number): boolean {
  return tokens[k].sentenceStart || (k > 0 && /^\s*[—–:]\s*$|^\s+-\s+$/.test(tokens[k - 1].post));
}

/**
 * "Q." or "A." opening a line, before a title or a word that is no name (a function word, an
 * ordinary word: "Did", "Yes", "He"): a transcript's mark, not an initial ("A. Quellon" stays one).
 */
function transcriptMark(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!next || (t.text !== 'Q' && t.text !== 'A') || !/^\. +$/.test(t.post) || (k > 0 && !tokens[k - 1].post.includes('\n'))) return false;
  const c = wordClass(next.lower);
  return hasClass(next.lower, W.HonorificTitle) || !!(c & Lex.Function) || !!(next.tags & FUNCTION_TAGS) || !!(c & Lex.Common) && !(c & NAME);
}

export function nameBounds(tokens: Token[], first: number, last: number, headline: boolean): NameBounds {
  // Cut off leading words that are not part of the name: titles ("President"), role modifiers
  // ("Chinese", "Deputy"), function words and sentence-initial ordinary words ("However").
  let k = first;
  let titleFrom = -1;
  let roleFrom = -1;
  let strongTitle = false;
  // The run's words up to here are title words: a portfolio may follow them.
  let roleEnd = first;
  while (k < last) {
    const t = tokens[k];
    const c = wordClass(t.lower);
    // "Q. Did you see him?", "A. Yes.", "Q. Ms. Whitcombe, where…": a trial transcript's question
    // and answer marks at a line's start, before a word no given name follows an initial with.
    if (k === first && transcriptMark(tokens, k)) {
      titleFrom = -1;
      roleFrom = -1;
      roleEnd = k + 1;
      k++;
      continue;
    }
    // An initial, particles before the family name ("de Silva", "de la Cruz") or an abbreviated
    // given name ("Ma. Cristina", "Md. Shahidul") open the name.
    if (isInitial(t) || particleStart(tokens, k) || hasClass(t.lower, W.AbbreviatedGivenName) && t.post.startsWith('.')) break;
    // "St-Pierre": a saint's name joined by a hyphen is one family name, not "St" and a saint.
    if (saintJoined(t) && isCapitalised(tokens[k + 1])) break;
    if (undottedInitials(tokens, k, last)) break;
    // "Taman Sri Muda was flooded", "Mount Kenya is…": a word that opens only a place's name is
    // never cut off (not as a role, nor as a sentence's first word), so the place is judged whole.
    if (hasClass(t.lower, W.PlacePrefix)) break;
    // "Professor Cres Eastman": after a title, a word that is also a place is a given name.
    if (strongTitle && k === last - 1 && placeSurname(t) && surnameLike(tokens[last]) && !(wordClass(tokens[last].lower) & Lex.Common)) break;
    // "Les Ferdinand", "Rose Cheruiyot": a given name that is also a word, before an unknown name.
    if (c & Lex.AmbiguousFirst && nameLike(tokens[k + 1]) && !(wordClass(tokens[k + 1].lower) & Lex.Common)) break;
    // "Tan Sri Yusof Idris": a title of two words whose first alone is a name ("Tan Wei Ming").
    if (k + 2 <= last && SPACE_ONLY.test(t.post) && hasClass(`${t.lower} ${tokens[k + 1].lower}`, W.TwoWordTitle)) {
      if (titleFrom < 0) titleFrom = k;
      if (roleFrom < 0) roleFrom = k;
      strongTitle = true;
      k += 2;
      continue;
    }
    // "Dr. Kaiser Bengali", "Dr. Prince Ekong": a monarch's title after a title proper, before a
    // capitalised word, is a given name (titles do not stack that way: "Queen Elizabeth", not "Dr. Queen").
    if (strongTitle && k < last && hasClass(t.lower, W.RoyalTitle) && isCapitalised(tokens[k + 1]) && !isTitleWord(tokens[k + 1])) break;
    // "Pak Darto" and "Pak Joko Widodo" are Darto and Joko Widodo; "Pak Pong-ju" and "Pak Ui
    // Chun", Korean names (Korean syllables after it), keep their family name.
    if (hasClass(t.lower, W.SingleNameTitle) && last > k + 1 && tokens.slice(k + 1, last + 1).every(n => isKoreanSyllable(n.lower))) break;
    if (isTitleWord(t) && !(c & NAME && tokens[k + 1] && !nameLike(tokens[k + 1]))) {
      if (titleFrom < 0) titleFrom = k;
      if (roleFrom < 0) roleFrom = k;
      if (hasClass(t.lower, W.Title)) strongTitle = true;
      if (k === roleEnd) roleEnd = k + 1;
      k++;
      continue;
    }
    // "Midfielder Declan Rice", "Founder Michael Dell": a role noun opening the sentence, or the
    // story after its dateline ("NEW ORLEANS — Quarterback Dion Vance threw…").
    if (k === first && opensClause(tokens, k) && last - k >= 2 && !(c & NAME) && SPACE_ONLY.test(t.post) && (t.tags & Tag.Actor || /(?:er|or|ist|ian)$/.test(t.lower) || hasClass(t.lower, W.PositionNoun)) && isCapitalised(tokens[k + 1]) && !isInitial(tokens[k + 1])) {
      if (roleFrom < 0) roleFrom = k;
      k++;
      continue;
    }
    // "Secretary for Development Raymond Tsang", "Minister of Housing Ana Ruiz": after a title
    // and "of"/"for", an ordinary word before a name finishes the title (the portfolio).
    if (k === roleEnd && c & Lex.Common && !(c & NAME) && k < last && SPACE_ONLY.test(t.post) && nameLike(tokens[k + 1]) && titleOfPhraseStart(tokens, first) >= 0) {
      if (roleFrom < 0) roleFrom = k;
      roleEnd = k + 1;
      k++;
      continue;
    }
    // "Nominated MP Kavitha Ramasamy", "Backbench MP Ann Reed": a sentence's first word before the
    // letters of an office ("MP", "MEP") and a name describes the member.
    if (k === first && opensClause(tokens, k) && k + 2 <= last && !(c & NAME) && SPACE_ONLY.test(t.post) && isAllCaps(tokens[k + 1]) && hasClass(tokens[k + 1].lower, W.PostNominal) && nameLike(tokens[k + 2])) {
      if (roleFrom < 0) roleFrom = k;
      k++;
      continue;
    }
    // "Fed Chairman Greenspan", "Defense Secretary Ann Reed" inside a sentence: an ordinary word
    // before a title and a name qualifies the title (not "Valley Queen Cheese Factory").
    if (c & Lex.Common && !(c & NAME) && k + 2 <= last && SPACE_ONLY.test(t.post) && isTitleWord(tokens[k + 1]) && nameLike(tokens[k + 2])) {
      if (roleFrom < 0) roleFrom = k;
      k++;
      continue;
    }
    const isFunction = (c & Lex.Function || t.tags & FUNCTION_TAGS) && !(c & NAME);
    // A sentence-initial word compromise reads as part of a person's name ("Tiger Woods") stays.
    const readAsName = t.tags & Tag.Person && !(t.tags & (Tag.Verb | Tag.Adverb)) && k < last && tokens[k + 1].tags & Tag.Person && surnameLike(tokens[k + 1]);
    // "Marine Le Pen": a word before a capitalised particle and a name is a given name.
    const beforeParticle = k + 2 <= last && hasClass(tokens[k + 1].lower, W.NameParticle) && isCapitalised(tokens[k + 1]) && isCapitalised(tokens[k + 2]) && !(c & Lex.Function);
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
  if (end > k + 1 && hasClass(tokens[end].lower, W.PostNominal) && isAllCaps(tokens[end])) end--;
  // A trailing ordinary noun after a full name ("Ahmed Mohamed Image") is not part of it, but
  // a family name that is also a word after a given name is ("Tom Cruise"), and a place or
  // organisation head makes the whole run a non-person ("Al-Ghaza Hotel").
  if (end - k >= 2) {
    const t = tokens[end];
    const c = wordClass(t.lower);
    // (A given name after a hyphen is the second half of one given name: "Mary-Kate Field".)
    const afterGivenName = wordClass(tokens[end - 1].lower) & Lex.FirstName && (!(wordClass(tokens[end - 2].lower) & (Lex.FirstName | Lex.Surname)) || tokens[end - 2].post === '-');
    // (Not the second half of a hyphenated given name: "Moon Jae-in".)
    // (Nor the given name after a Vietnamese middle name: "Tran Van Hung", "Nguyen Thi Mai".)
    const afterMiddleName = /^(?:van|văn|thi|thị|singh|kaur)$/.test(tokens[end - 1].lower) && isCapitalised(tokens[end - 1]) || hasClass(tokens[end - 1].lower, W.NameParticle);
    // (Nor a word no dictionary lists, common only by its ending, "-ders": "Liz Ann Sonders",
    // "Thomas Richard Meinders"; nor the last word of a signature, "“…” ― Nell Carden Grey".)
    const readAsSurname = !isListedWord(t.lower) || signedLine(tokens, first, end);
    // (Nor a family name that is also a title: "Billie Jean King".)
    if (c & Lex.Common && !(c & (NAME | Lex.NonPersonHead)) && !hasClass(t.lower, W.NameSuffix) && !hasClass(t.lower, W.Title) && !afterGivenName && !afterMiddleName && tokens[end - 1].post !== '-' && !readAsSurname && !isInitial(tokens[end - 1])) end--;
  }
  let titleToken = titleFrom >= 0 ? tokens[titleFrom] : null;
  let evidence = shapeEvidence(tokens.slice(k, end + 1), strongTitle, titleToken);
  // Right after a title, a word no list knows, shaped like a name and not like a role, is the
  // name's first word: "minister Zaheer Iqbal Channar" keeps "Zaheer" though "Iqbal" is a known
  // given name and "Zaheer" is not. (Without the title, "Tulane Prof. James Wright" or
  // "Reynard Mercedes-Benz" start no name there.)
  const titledUnknownName = k > 0 && isTitleWord(tokens[k - 1]) && tokens[k - 1].sentence === tokens[k].sentence && unknownGivenName(tokens[k]);
  // After a word that opens only a place's name, a name starts only after a title that follows
  // the place ("Fort Worth Mayor Mattie Parker"): "Taman Sri Muda" holds no "Sri Muda".
  const placeFirst = hasClass(tokens[k].lower, W.PlacePrefix);
  if (evidence < Evidence.Strong && !titledUnknownName) {
    // A full name may start later in the run: "Shadow Home Secretary Yvette Cooper",
    // "Scientologist Tom Cruise". Take the first later start that makes a strong name.
    for (let k2 = k + 1; k2 < end; k2++) {
      const t = tokens[k2];
      // A name starts at a known given name, an initial, or right after a title word ("Research
      // Director Raj Shah") or an organisation's head word ("the Refugee Council Enver Solomon").
      const prevClass = wordClass(tokens[k2 - 1].lower);
      const afterTitle = hasClass(tokens[k2 - 1].lower, W.Title) || prevClass & Lex.NonPersonHead && !(prevClass & (NAME | Lex.SurnameHead | Lex.AmbiguousFirst));
      if (!(wordClass(t.lower) & (Lex.FirstName | Lex.ChineseSurname | Lex.AmbiguousFirst)) && !isInitial(t) && !(afterTitle && !isTitleWord(t) && end - k2 >= 1)) continue;
      if (placeFirst && !(isTitleWord(tokens[k2 - 1]) && k2 - 1 > k + 1)) continue;
      // A middle initial after a name-like word ("Vann R. Newkirk") does not start the name.
      if (isInitial(t) && nameLike(tokens[k2 - 1]) && !(wordClass(tokens[k2 - 1].lower) & (Lex.Common | NOT_PERSON))) continue;
      let tf = k2;
      while (tf > k && isTitleWord(tokens[tf - 1])) tf--;
      const st = tokens.slice(tf, k2).some(x => hasClass(x.lower, W.Title));
      const e2 = shapeEvidence(tokens.slice(k2, end + 1), st, tf < k2 ? tokens[tf] : null);
      // After an organisation's name, two unknown words are as good a name as anywhere else.
      const afterGroup = afterTitle && !hasClass(tokens[k2 - 1].lower, W.Title) && evidence === Evidence.None;
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
  return { k, end, titleFrom, roleFrom, strongTitle, evidence };
}

/**
 * The run [first, end] signs a quotation: a dash before it, and after it the end of the text or
 * of its line, or the next quotation ("“…” ― Nell Carden Grey “…”"): nothing but the name.
 */
function signedLine(tokens: Token[], first: number, end: number): boolean {
  // (compromise may keep a lone dash as a word of its own.)
  const previous = tokens[first - 1];
  const before = `${previous && /^[—–―]\s*$/.test(previous.text) ? previous.text : ''}${previous?.post ?? ''}${tokens[first].pre}`;
  return /[—–―]\s*$/.test(before) && endsLineOrMeetsQuote(tokens, end);
}

/**
 * A capitalised word no word list knows, shaped like a name: not a role noun compromise knows
 * (an Actor) nor one made with "-ist" ("Scientologist"). "-er" and "-ian" are left out of that
 * ending on purpose: unknown names end so too ("Zaheer", "Kaiser").
 */
function unknownGivenName(t: Token): boolean {
  return isCapitalised(t) && !isAllCaps(t) && !isInitial(t) && wordClass(t.lower) === 0 && !isListedWord(t.lower) && !(t.tags & Tag.Actor) && !/ist$/.test(t.lower) && nameLike(t);
}
