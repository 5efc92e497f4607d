// Person-name candidates of one paragraph, with the local evidence for each: the name's own
// shape (a known given name, a family name, a Chinese name in either order), a title before it,
// a speech verb, a role noun, an age or an appositive. Whether a weakly supported candidate is a
// person is decided for the whole document later (a surname seen in a full name elsewhere).
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, isListedWord, wordClass } from '../lexicon/wordClass';
import { Tag, type Token } from '../tokens';
import { findNameRuns, isAllCaps, isCapitalised, isInitial } from './nameRuns';
import { amongPlaces, listGroups } from './lists';
import { nonPersonUse } from './nonPersonUse';
import { RUN_VETOES, isOrdinaryWordAlone, nameVeto, type NameView, type RunView } from './candidateVetoes';
import type { Rejection } from '../types';
import { isTownName } from '../lexicon/townNames';
import { Evidence, wordForms, type NameCandidate } from './candidate';
import { FUNCTION_TAGS, NAME, NOT_PERSON, SPACE_ONLY, genderOf, givenNameAndPlace, isTitleWord, nameLike, nameWord, placeSurname, shapeEvidence, surnameLike, titleOfPhraseStart, undottedInitials } from './nameShape';
import { contextIsPersonal, ledBy, nextToNumber, personalUse } from './personalContext';
import { readAgeAround, readAppositive, readRoleBefore, readRoleNounBefore } from './roles';

export { Evidence, wordForms, type Gender, type NameCandidate } from './candidate';

/** The paragraph's name candidates, and the runs a veto turned down (for --explain). */
export function findNameCandidates(tokens: Token[], text: string): { candidates: NameCandidate[]; rejections: Rejection[] } {
  const out: NameCandidate[] = [];
  const rejections: Rejection[] = [];
  for (const run of findNameRuns(tokens)) {
    const c = candidateFromRun(tokens, text, run.first, run.last, run.headline, rejections);
    // In a title-case headline every word is capitalised: two unknown words are not a name
    // unless the document names someone so elsewhere.
    if (c && run.titleCase && c.evidence < Evidence.Strong) c.evidence = Evidence.None;
    if (c) out.push(c);
  }
  supportListedNames(tokens, out);
  return { candidates: out, rejections };
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

/** "Fujitsu Ltd.", "Metropolitan Houston": the tokens [from, to) as the name of a company or a place, blocked by `rule`. */
function blockedSpan(tokens: Token[], from: number, to: number, rule: string): NameCandidate | null {
  let f = from;
  while (f < to && (tokens[f].tags & FUNCTION_TAGS || wordClass(tokens[f].lower) & Lex.Function)) f++;
  if (f >= to) return null;
  const head = tokens[f];
  const tail = tokens[to - 1];
  const cand: NameCandidate = { start: head.start, end: tail.end - tail.possessive, ...wordForms(tokens.slice(f, to).map(nameWord)), evidence: Evidence.None, sentence: head.sentence, firstToken: f, lastToken: to - 1 };
  return blockedCandidate(cand, rule);
}

/**
 * Records that `rule` turned down the tokens [from, to] (paragraph offsets), for --explain. A lone
 * function word or pronoun ("The", "I", "He"), or a dictionary word capitalised only because it
 * opens a sentence ("Later"), is not recorded: nobody takes it for a name, and listing every one
 * would bury the rest.
 */
function reject(rejections: Rejection[], tokens: Token[], text: string, from: number, to: number, rule: string): null {
  if (from === to) {
    const c = wordClass(tokens[from].lower);
    if (c & Lex.Function || tokens[from].tags & Tag.Pronoun || (tokens[from].sentenceStart && c & Lex.Common && !(c & NAME))) return null;
  }
  const start = tokens[from].start;
  const end = tokens[to].end - tokens[to].possessive;
  rejections.push({ start, end, text: text.slice(start, end), kind: 'person', rules: [rule] });
  return null;
}

function candidateFromRun(tokens: Token[], text: string, first: number, last: number, headline: boolean, rejections: Rejection[]): NameCandidate | null {
  if (headline) return headlineCandidate(tokens, first, last);
  const run: RunView = { tokens, text, first, last };
  for (const veto of RUN_VETOES) {
    const verdict = veto.decide(run);
    if (verdict === true) return reject(rejections, tokens, text, first, last, veto.rule.id);
    if (verdict) return blockedSpan(tokens, verdict.from, verdict.to, veto.rule.id);
  }
  // Cut off leading words that are not part of the name: titles ("President"), role modifiers
  // ("Chinese", "Deputy"), function words and sentence-initial ordinary words ("However").
  let k = first;
  let titleFrom = -1;
  let roleFrom = -1;
  let strongTitle = false;
  while (k < last) {
    const t = tokens[k];
    const c = wordClass(t.lower);
    if (isInitial(t) || hasClass(t.lower, W.NameParticle) && isCapitalised(tokens[k + 1])) break;
    if (undottedInitials(tokens, k, last)) break;
    // "Professor Cres Eastman": after a title, a word that is also a place is a given name.
    if (strongTitle && k === last - 1 && placeSurname(t) && surnameLike(tokens[last]) && !(wordClass(tokens[last].lower) & Lex.Common)) break;
    // "Les Ferdinand", "Rose Cheruiyot": a given name that is also a word, before an unknown name.
    if (c & Lex.AmbiguousFirst && nameLike(tokens[k + 1]) && !(wordClass(tokens[k + 1].lower) & Lex.Common)) break;
    if (isTitleWord(t) && !(c & NAME && tokens[k + 1] && !nameLike(tokens[k + 1]))) {
      if (titleFrom < 0) titleFrom = k;
      if (roleFrom < 0) roleFrom = k;
      if (hasClass(t.lower, W.Title)) strongTitle = true;
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
    const afterGivenName = wordClass(tokens[end - 1].lower) & Lex.FirstName && !(wordClass(tokens[end - 2].lower) & (Lex.FirstName | Lex.Surname));
    // (Not the second half of a hyphenated given name: "Moon Jae-in".)
    // (Nor the given name after a Vietnamese middle name: "Tran Van Hung", "Nguyen Thi Mai".)
    const afterMiddleName = /^(?:van|văn|thi|thị|singh|kaur)$/.test(tokens[end - 1].lower) && isCapitalised(tokens[end - 1]) || hasClass(tokens[end - 1].lower, W.NameParticle);
    // (Nor an unlisted word compromise reads as part of the person's name: "Liz Ann Sonders".)
    const readAsSurname = t.tags & Tag.Person && !isListedWord(t.lower);
    if (c & Lex.Common && !(c & (NAME | Lex.NonPersonHead)) && !hasClass(t.lower, W.NameSuffix) && !afterGivenName && !afterMiddleName && tokens[end - 1].post !== '-' && !readAsSurname && !isInitial(tokens[end - 1])) end--;
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
      const afterTitle = hasClass(tokens[k2 - 1].lower, W.Title) || prevClass & Lex.NonPersonHead && !(prevClass & (NAME | Lex.SurnameHead | Lex.AmbiguousFirst));
      if (!(wordClass(t.lower) & (Lex.FirstName | Lex.ChineseSurname | Lex.AmbiguousFirst)) && !isInitial(t) && !(afterTitle && !isTitleWord(t) && end - k2 >= 1)) continue;
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
  const initials = nameTokens.length === 2 && undottedInitials(tokens, k, end);
  const ordinaryWord = isOrdinaryWordAlone(nameTokens, headClass, titleFrom);
  const view: NameView = { tokens, text, first, last, k, end, name: nameTokens, head, tail, headClass, tailClass, titleFrom, initials, ordinaryWord };
  const veto = nameVeto(view);
  if (veto) return reject(rejections, tokens, text, k, end, veto.id);
  // "Boca Raton", "Baton Rouge": a town of two or more words; its words are not a person's elsewhere either.
  const townName = nameTokens.length > 1 && titleFrom < 0 && !(headClass & Lex.FirstName && !(headClass & Lex.Place)) && isTownName(nameTokens.map(t => t.lower).join(' '));

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
  const rules: string[] = [];
  if (titleFrom >= 0 && strongTitle) rules.push('person.title-before');
  else if (evidence === Evidence.Strong && nameTokens.length > 1) rules.push('person.full-name');
  if (cand.evidence < Evidence.Strong && contextIsPersonal(tokens, k, end)) {
    const before = cand.evidence;
    if (nameTokens.every(t => surnameLike(t)) && !(headClass & NOT_PERSON && !(headClass & NAME))) cand.evidence = Evidence.Strong;
    else if (givenNameAndPlace(nameTokens)) cand.evidence = Evidence.Strong;
    if (cand.evidence > before) rules.push('person.speech-cue');
  }
  // "the Monti government", "the Trump administration": a leader's name before what they lead,
  // even when the document never gives the full name.
  if (cand.evidence === Evidence.None && nameTokens.length === 1 && titleFrom < 0 && !(headClass & (NOT_PERSON | Lex.Common | Lex.Function)) && ledBy(tokens, k)) {
    cand.evidence = Evidence.Weak;
    rules.push('person.leads');
  }
  // A lone given name ("Gloria") is probably a person, unless it sits in a table of results.
  if (cand.evidence === Evidence.None && nameTokens.length === 1 && headClass & Lex.FirstName && !(headClass & (Lex.AmbiguousFirst | NOT_PERSON | Lex.Common | Lex.Function)) && !nextToNumber(tokens, k, end)) {
    cand.evidence = Evidence.Weak;
    rules.push('person.given-name');
  }
  if (titleFrom < 0 && cand.evidence < Evidence.Strong && amongPlaces(tokens, k, end)) return reject(rejections, tokens, text, k, end, 'person.among-places');
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
  if (cand.age !== undefined) rules.push('person.age');
  if (cand.role && !rules.length) rules.push('person.role');
  if (rules.length) cand.rules = rules;
  cand.gender = genderOf(nameTokens, titleFrom >= 0 ? tokens.slice(titleFrom, k) : []);
  if (!cand.gender) delete cand.gender;
  return cand;
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

/** "Hurricane Katrina", "USS Gerald R. Ford", "HMS Queen Elizabeth": a storm's or a ship's name. */
function namesStormOrShip(tokens: Token[], first: number, nameStart: number): boolean {
  for (let i = first; i <= nameStart; i++) if (hasClass(tokens[i].lower, W.StormOrShipPrefix)) return true;
  return false;
}
