// A person's role and age written around the name: ", 40,", ", a spokesman for the military,",
// "23-year-old Tamika Jones", "police spokesman John Ochieng".
import { W, hasClass } from '../lexicon/lexicon';
import { Lex, wordClass } from '../lexicon/wordClass';
import { Tag, type Token } from '../text/tokens';
import { isCapitalised, isInitial } from './nameRuns';
import { Evidence, type NameCandidate } from './candidate';
import { isTitleWord, nameTokensAreNames, SPACE_ONLY } from './nameShape';

/** ", 40," after a name is an age; ", deputy director-general of …," a role; ", 71, the former prime minister," both. */
export function readAppositive(tokens: Token[], text: string, last: number, cand: NameCandidate): void {
  const lastTok = tokens[last];
  // (The dot of "Jr." or of an initial may come before the comma.)
  if (!/^\.?,\s*$/.test(lastTok.post) || lastTok.possessive || lastTok.post.startsWith('.') && !hasClass(lastTok.lower, W.NameSuffix) && !isInitial(lastTok)) return;
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
export function readAgeAround(tokens: Token[], first: number, last: number, cand: NameCandidate): void {
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
  if (subject && age === undefined) age = ageAtDeath(tokens, last);
  if (age !== undefined && age > 0 && age < 120) cand.age = age;
}

/** "… died at 79", "… died in April aged 94", after the name ending at `last` and its appositive, if any. */
function ageAtDeath(tokens: Token[], last: number): number | undefined {
  const lastTok = tokens[last];
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
  let age: number | undefined;
  for (let i = from; age === undefined && i < tokens.length && i <= from + 2 && tokens[i].sentence === lastTok.sentence; i++) {
    if (tokens[i].lower !== 'died' && tokens[i].lower !== 'dies') continue;
    for (let j = i + 1; j < tokens.length && j <= i + 6 && tokens[j].sentence === lastTok.sentence; j++) {
      if ((tokens[j].lower === 'at' || tokens[j].lower === 'aged') && /^\d{1,3}$/.test(tokens[j + 1]?.text ?? '') && /^(?:[.,;]|$)/.test(tokens[j + 1].post.trim())) age = Number(tokens[j + 1].text);
    }
  }
  return age;
}

/** A role set off by commas after token `last`: "a spokesman for the military", "South Africa’s president". */
export function readRole(tokens: Token[], text: string, last: number, cand: NameCandidate): void {
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
    if (t.tags & Tag.Verb && hasClass(t.lower, W.SpeechVerb)) return;
    // Not a role: a verb, a capitalised word, or a clause ("…, in which 1,426 people died", "…, who …").
    if (j === last + 1 && (t.tags & Tag.Verb && !(t.tags & Tag.Actor) || /^\p{Lu}/u.test(t.text) && !(t.tags & Tag.Determiner) && !ownedRole || t.tags & (Tag.Preposition | Tag.Conjunction | Tag.QuestionWord) || t.tags & Tag.Pronoun && !(t.tags & Tag.Possessive))) return;
    if (/[,;:()“”"]/.test(t.post) || /[.!?]/.test(t.post)) break;
  }
  if (!hasActor || j > limit) return;
  if (!/^,/.test(tokens[j].post) && !/^[.]/.test(tokens[j].post)) return;
  if (namesAnotherPerson(tokens, last + 1, j)) return;
  if (cand.evidence < Evidence.Strong && nameTokensAreNames(tokens, cand.firstToken, cand.lastToken)) cand.evidence = Math.max(cand.evidence, Evidence.Weak);
  cand.role = text.slice(next.start, tokens[j].end - tokens[j].possessive + tokens[j].possessive);
}

/**
 * True when the phrase from token `from` to `to` ends with a role noun and a capitalised name
 * after it: "In Beyoglu, greengrocer Hatice Yildirim, 63, said": the role is that person's, and
 * the word before the comma ("Beyoglu") is no one the phrase describes.
 */
function namesAnotherPerson(tokens: Token[], from: number, to: number): boolean {
  let k = to;
  while (k > from && /^\p{Lu}/u.test(tokens[k].text) && SPACE_ONLY.test(tokens[k - 1].post)) k--;
  return k < to && isRoleNoun(tokens[k]) && !/^\p{Lu}/u.test(tokens[k].text);
}

/** A job or role noun: compromise's Actor tag, a title word, or an agent ending ("negotiator"). */
export function isRoleNoun(t: Token): boolean {
  if (/^\p{Lu}/u.test(t.text) && !hasClass(t.lower, W.Title)) return false;
  if (t.tags & Tag.Actor || hasClass(t.lower, W.Title)) return true;
  return !!(t.tags & Tag.Noun) && /(?:or|er|ist|ian|ee)s?$/.test(t.lower) && t.lower.length > 4 && !(wordClass(t.lower) & (Lex.Function | Lex.Date));
}

/**
 * A role written before the name and set off by commas: "The agency’s envoy in Nairobi, Peter
 * Mwangi, declined …". The phrase runs from the sentence start to the comma and holds a role noun.
 */
export function readRoleBefore(tokens: Token[], text: string, first: number, last: number, cand: NameCandidate): void {
  const before = tokens[first - 1];
  if (!before || !/^,\s*$/.test(before.post) || !/^,/.test(tokens[last].post) || before.sentence !== tokens[first].sentence) return;
  let s = first - 1;
  // A dash ends the phrase too: "DUBLIN – The Taoiseach, Pádraig Ó Briain," (a dateline is no role).
  while (s > 0 && tokens[s - 1].sentence === before.sentence && !/[,;:()“”"–—]|\s-\s/.test(tokens[s - 1].post) && first - s < 15) s--;
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
export function readRoleNounBefore(tokens: Token[], text: string, first: number, cand: NameCandidate): void {
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
