// Person-name candidates of one paragraph, with the local evidence for each: the name's own
// shape (a known given name, a family name, a Chinese name in either order), a title before it,
// a speech verb, a role noun, an age or an appositive. Whether a weakly supported candidate is a
// person is decided for the whole document later (a surname seen in a full name elsewhere).
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, wordClass } from '../lexicon/wordClass';
import { Tag, type Token } from '../text/tokens';
import { findNameRuns, isAllCaps, isCapitalised, type NameRun } from './nameRuns';
import { amongPlaces, listGroups } from './lists';
import { namedAfterMonarch, nonPersonUse, placePreposition } from './nonPersonUse';
import { nameBounds } from './nameBounds';
import { splitNameRun } from './runSplits';
import { EVIDENCE_RULES } from './candidateEvidence';
import { RUN_VETOES, isOrdinaryWordAlone, nameVeto, regnalNumber, type NameView, type RunView } from './candidateVetoes';
import type { Rejection } from '../types';
import { isDistrictName, isTownName } from '../lexicon/townNames';
import { Evidence, wordForms, type NameCandidate } from './candidate';
import { FUNCTION_TAGS, NAME, NOT_PERSON, SPACE_ONLY, compoundGivenName, genderOf, hasNamePartTitle, nameLike, nameWord, placeSurname, surnameLike, titleOfPhraseStart, undottedInitials } from './nameShape';
import { personalUse } from './personalContext';
import { readAgeAround, readAppositive, readRoleBefore, readRoleNounBefore } from './roles';
import { joinedLower, mapped } from '../../common/mapped';

export { Evidence, wordForms, type Gender, type NameCandidate } from './candidate';

/**
 * The paragraph's name candidates, and the runs a veto turned down (for --explain).
 * `skipLoneWords: false` sends every run down the full path (for the test of the skip).
 */
export function findNameCandidates(tokens: Token[], text: string, { skipLoneWords = true } = {}): { candidates: NameCandidate[]; rejections: Rejection[] } {
  const out: NameCandidate[] = [];
  const rejections: Rejection[] = [];
  for (const whole of findNameRuns(tokens)) {
    if (speakerLabel(tokens, text, whole)) {
      // "MS. OKAFOR:", a trial transcript's label: the honorific shows a person, and is no part of the name.
      const titled = whole.last > whole.first && hasClass(tokens[whole.first].lower, W.HonorificTitle);
      const label = headlineCandidate(tokens, titled ? whole.first + 1 : whole.first, whole.last);
      const gender = titled ? genderOf(tokens.slice(whole.first + 1, whole.last + 1), [tokens[whole.first]]) : undefined;
      if (label && titled) out.push({ ...label, evidence: Evidence.Strong, title: text.slice(tokens[whole.first].start, tokens[whole.first + 1].start).trim(), ...(gender && { gender }), rules: ['person.speaker-label', 'person.title-before'] });
      else if (label) out.push({ ...label, rules: ['person.speaker-label'] });
      continue;
    }
    for (const run of splitNameRun(tokens, text, whole)) {
      if (skipLoneWords && skippableLoneWord(tokens, text, run)) continue;
      const c = run.nickname ? nicknamedCandidate(tokens, text, run, run.nickname, rejections) : candidateFromRun(tokens, text, run.first, run.last, run.headline, rejections);
      // In a title-case headline every word is capitalised: two unknown words are not a name
      // unless the document names someone so elsewhere.
      if (c && run.titleCase && c.evidence < Evidence.Strong) c.evidence = Evidence.None;
      if (c) out.push(c);
      // "Plaid Cymru MS Iestyn ap Rhys", "Sinn Féin TD Aoife Quellon": a party or a firm opening the
      // run describes the name after it, which is judged on its own.
      if (c?.blocked && c.rules?.[0] === 'person.known-firm' && c.lastToken < run.last) {
        const rest = candidateFromRun(tokens, text, c.lastToken + 1, run.last, run.headline, rejections);
        if (rest) out.push(rest);
      }
    }
  }
  supportListedNames(tokens, out);
  return { candidates: out, rejections };
}

/**
 * "The", "He", "Later" opening a sentence: a lone word whose rejection is not recorded (see
 * `unrecordedRejection`) and which a name veto turns down: the full path would end in that
 * veto, or an earlier one, and return nothing, so the run is skipped. A third of all runs.
 */
export function skippableLoneWord(tokens: Token[], text: string, run: NameRun): boolean {
  if (run.first !== run.last || run.headline || run.nickname) return false;
  const t = tokens[run.first];
  if (!unrecordedRejection(t)) return false;
  const headClass = wordClass(t.lower);
  // A pronoun, or a function word that is no name: the person.ordinary-word vetoes always reject it.
  if (t.tags & Tag.Pronoun || (headClass & Lex.Function && !(headClass & NAME))) return true;
  // A lone word's name is the word itself, with no title before it (see nameBounds).
  const name = [t];
  const i = run.first;
  const view: NameView = { tokens, text, first: i, last: i, k: i, end: i, name, head: t, tail: t, headClass, tailClass: headClass, titleFrom: -1, initials: false, ordinaryWord: isOrdinaryWordAlone(name, headClass, -1), regnal: false };
  return nameVeto(view) !== undefined;
}

/**
 * A lone function word or pronoun ("The", "I", "He"), or a dictionary word capitalised only
 * because it opens a sentence ("Later"), is not recorded when a rule turns it down: nobody takes
 * it for a name, and listing every one would bury the rest.
 */
function unrecordedRejection(t: Token): boolean {
  const c = wordClass(t.lower);
  return !!(c & Lex.Function || t.tags & Tag.Pronoun || (t.sentenceStart && c & Lex.Common && !(c & NAME)));
}

/**
 * A run with a nickname in quotation marks inside ("Terry “Tank” Mulgrew"): the name is decided
 * on its own words, read as if the nickname were not there, and a nickname between a given name
 * and a family name is a person's (the name's span then holds the nickname). Token indices are
 * the paragraph's.
 */
function nicknamedCandidate(tokens: Token[], text: string, run: NameRun, nickname: { from: number; to: number }, rejections: Rejection[]): NameCandidate | null {
  const skipped = nickname.to - nickname.from + 1;
  const view = tokens.slice(0, nickname.from).concat(tokens.slice(nickname.to + 1));
  const c = candidateFromRun(view, text, run.first, run.last - skipped, run.headline, rejections);
  if (!c) return null;
  const inParagraph = (i: number): number => (i >= nickname.from ? i + skipped : i);
  const around = c.firstToken < nickname.from && c.lastToken >= nickname.from;
  c.firstToken = inParagraph(c.firstToken);
  c.lastToken = inParagraph(c.lastToken);
  if (around && !c.blocked) {
    c.evidence = Evidence.Strong;
    c.rules = [...(c.rules ?? []), 'person.nickname'];
  }
  return c;
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
  const cand: NameCandidate = { start: head.start, end: tail.end - tail.possessive, ...wordForms(mapped(tokens.slice(f, to), t => nameWord(t))), evidence: Evidence.None, sentence: head.sentence, firstToken: f, lastToken: to - 1 };
  return blockedCandidate(cand, rule);
}

/**
 * Records that `rule` turned down the tokens [from, to] (paragraph offsets), for --explain, unless
 * it is a lone word of `unrecordedRejection`.
 */
function reject(rejections: Rejection[], tokens: Token[], text: string, from: number, to: number, rule: string): null {
  if (from === to && unrecordedRejection(tokens[from])) return null;
  const start = tokens[from].start;
  const end = tokens[to].end - tokens[to].possessive;
  rejections.push({ start, end, text: text.slice(start, end), kind: 'person', rules: [rule] });
  return null;
}

/** The capitalised word right before the name opens a listed district with it ("Ang" of "Ang Mo Kio"). */
function districtFromBefore(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || !isCapitalised(before) || !SPACE_ONLY.test(before.post)) return false;
  for (let end = k + 1; end <= Math.min(k + 3, tokens.length); end++) if (isDistrictName(joinedLower(tokens, k - 1, end))) return true;
  return false;
}

function candidateFromRun(tokens: Token[], text: string, first: number, last: number, headline: boolean, rejections: Rejection[]): NameCandidate | null {
  if (headline) return headlineCandidate(tokens, first, last);
  const run: RunView = { tokens, text, first, last };
  for (const veto of RUN_VETOES) {
    const verdict = veto.decide(run);
    if (verdict === true) return reject(rejections, tokens, text, first, last, veto.rule.id);
    if (verdict) return blockedSpan(tokens, verdict.from, verdict.to, veto.rule.id);
  }
  const bounds = nameBounds(tokens, first, last, headline);
  const { k, end, titleFrom, roleFrom, strongTitle } = bounds;
  let evidence = bounds.evidence;
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
  const regnal = regnalNumber(tokens, k, end, titleFrom);
  const view: NameView = { tokens, text, first, last, k, end, name: nameTokens, head, tail, headClass, tailClass, titleFrom, initials, ordinaryWord, regnal };
  const veto = nameVeto(view);
  if (veto) return reject(rejections, tokens, text, k, end, veto.id);
  // "Boca Raton", "Baton Rouge": a town of two or more words; its words are not a person's elsewhere either.
  // A district of the hand list is one whatever its first word ("Kai Tak"), and is read whole
  // when its first word was split off the run ("in Ang Mo Kio").
  const phrase = nameTokens.length > 1 && titleFrom < 0 ? joinedLower(nameTokens) : '';
  const townName = phrase !== '' && ((!(headClass & Lex.FirstName && !(headClass & Lex.Place)) && isTownName(phrase)) || isDistrictName(phrase) || districtFromBefore(tokens, k));
  // "in Shah Alam", "near Prince Albert": after a preposition of place, a town whose name opens with a title word.
  const titledTown = titleFrom > 0 && placePreposition(tokens, titleFrom - 1) && isTownName(joinedLower(tokens, titleFrom, end + 1));

  const words: string[] = [];
  for (let i = 0; i < nameTokens.length; i++) {
    const w = initials && i === 0 ? nameTokens[i].text : nameWord(nameTokens[i]);
    if (w.length > 0) words.push(w);
  }
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

  if (townName || titledTown) return blockedCandidate(cand, 'person.town-name');
  if (ordinaryWord) {
    // Nothing more to learn: the document's full names decide.
    const use = nonPersonUse(tokens, text, first, end, k);
    return use ? blockedCandidate(cand, use) : cand;
  }
  // A lone place name that may be a family name: a person only in personal use.
  if (nameTokens.length === 1 && titleFrom < 0 && placeSurname(head) && !(headClass & NAME) && !personalUse(tokens, k)) cand.impersonal = true;
  const rules: string[] = [];
  if (regnal && cand.evidence < Evidence.Strong) {
    cand.evidence = Evidence.Strong;
    rules.push('person.regnal-number');
  } else if (titleFrom >= 0 && strongTitle) rules.push('person.title-before');
  else if (evidence === Evidence.Strong && nameTokens.length > 1) rules.push(hasNamePartTitle(nameTokens) ? 'person.title-in-name' : compoundGivenName(nameTokens) ? 'person.compound-given-name' : 'person.full-name');
  for (const evidenceRule of EVIDENCE_RULES) {
    const raised = evidenceRule.raise(view, cand.evidence);
    if (raised === undefined || raised <= cand.evidence) continue;
    cand.evidence = raised;
    rules.push(evidenceRule.rule.id);
  }
  if (titleFrom < 0 && cand.evidence < Evidence.Strong && amongPlaces(tokens, k, end)) return reject(rejections, tokens, text, k, end, 'person.among-places');
  const use = titleFrom < 0 ? nonPersonUse(tokens, text, first, end, k) : undefined;
  if (use) return blockedCandidate(cand, use);
  if (namesStormOrShip(tokens, first, k)) return blockedCandidate(cand, 'person.storm-or-ship');
  if (namedAfterMonarch(tokens, titleFrom, k, end)) return blockedCandidate(cand, 'person.named-after');
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
  // Set only when known: deleting a property would turn the object into a slow dictionary.
  const gender = genderOf(nameTokens, titleFrom >= 0 ? tokens.slice(titleFrom, k) : []);
  if (gender) cand.gender = gender;
  return cand;
}

/**
 * "OKONKWO-HAINES: Because …": a transcript's speaker label in capitals, opening a line before a
 * colon. Capitals say nothing of what the words are, so, like a headline's, they are a person
 * only where the document names one with them (see quotes/transcript.ts for the answer).
 */
function speakerLabel(tokens: Token[], text: string, run: NameRun): boolean {
  const head = tokens[run.first];
  const tail = tokens[run.last];
  if (run.last - run.first > 3 || !tail.post.startsWith(':') || tail.possessive) return false;
  const lineStart = text.lastIndexOf('\n', head.start - 1) + 1;
  if (/\S/.test(text.slice(lineStart, head.start))) return false;
  for (let i = run.first; i <= run.last; i++) if (!isAllCaps(tokens[i])) return false;
  return true;
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
