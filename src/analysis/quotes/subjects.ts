// The subject of a verb of saying ("Wei also said", "Wei Xiaojun, deputy director …, said", "the
// department, which reported"), of a clause ("At the debate, Clinton …, saying") and of a sentence
// (the person it is about), as a speaker mention.
import { W, hasClass } from '../lexicon/lexicon';
import { Evidence } from '../people/candidates';
import { isCapitalised } from '../people/nameRuns';
import { Tag } from '../text/tokens';
import { type SpeakerMention, SPACE, SKIPPABLE, tokenAt, type Context, mentionOfCandidate, pronounMention, isPronoun, actionVerbAt } from './cueContext';
import { phraseEndingAt, roleStart, phraseStartingAt, headOfModifiedPhrase, modifiedNoun } from './phrases';

/**
 * "Chaffetz, who tweeted that …", "the police department, which reported …", "a letter that
 * says …": the relative pronoun at token `e` is the mention, and it stands for the name or the
 * noun phrase right before it (for a phrase set off by commas after a name, that name:
 * "McConnell, now the majority leader, who said …").
 */
function relativeSubject(ctx: Context, e: number, floor: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  const t = tokens[e];
  if (!hasClass(t.lower, W.RelativePronoun) || e - 1 < floor || !/^,?[ \t\u00a0]*$/.test(tokens[e - 1].post)) return null;
  // "that" right after a comma is not a relative pronoun here; after a verb it opens a reported clause.
  if (t.lower === 'that' && (/^,/.test(tokens[e - 1].post) || tokens[e - 1].tags & Tag.Verb)) return null;
  let refersTo: SpeakerMention | null = null;
  const named = ctx.byLast.get(e - 1);
  if (named !== undefined) refersTo = mentionOfCandidate(ctx, named);
  else {
    const phrase = phraseEndingAt(ctx, e - 1, floor);
    if (!phrase || phrase.pronoun) return null;
    const p = tokenAt(tokens, phrase.start);
    const owner = phrase.candidate === undefined && p - 1 > floor && /^,/.test(tokens[p - 1].post) ? ctx.byLast.get(p - 1) : undefined;
    refersTo = owner !== undefined ? mentionOfCandidate(ctx, owner) : phrase;
  }
  return { start: t.start, end: t.end, text: text.slice(t.start, t.end), refersTo };
}

/**
 * "Sen. Curtis Hollings of Wyoming", "Rep. Joey Salcedo of the 2nd District of Nueva Ecija": the
 * name before a chain of "of" phrases (no comma inside) whose last one starts at token `first`, if any.
 */
function ownerBeforeOf(ctx: Context, first: number, floor: number): number | undefined {
  const { tokens } = ctx;
  if (first < 2 || tokens[first - 1].lower !== 'of') return undefined;
  for (let k = first - 2; k >= floor && k >= first - 8 && SPACE.test(tokens[k].post); k--) {
    const owner = ctx.byLast.get(k);
    if (owner !== undefined && tokens[k + 1].lower === 'of') return owner;
  }
  return undefined;
}

/** The subject of the verb at `v`: skips adverbs and auxiliaries ("Wei also said", "has said"). */
export function subjectOf(ctx: Context, v: number, floor: number): SpeakerMention | null {
  const { tokens } = ctx;
  let e = v - 1;
  // "Sen. Claire McCaskill (D-Mo.) said": the name before the parenthesis.
  if (e >= floor && /\)\s*$/.test(tokens[e].post)) {
    while (e >= floor && !tokens[e].pre.includes('(')) e--;
    e--;
  }
  while (e >= floor && tokens[e].tags & SKIPPABLE && !(tokens[e].tags & (Tag.Pronoun | Tag.Noun)) && SPACE.test(tokens[e].post)) e--;
  // "Ruto on Tuesday defended", "Trump last week said": a time phrase before the verb is not its subject.
  while (e > floor && tokens[e].tags & Tag.Date && SPACE.test(tokens[e].post)) {
    e--;
    while (e > floor && tokens[e].tags & (Tag.Date | Tag.Adjective | Tag.Determiner) && SPACE.test(tokens[e].post)) e--;
    if (tokens[e].tags & Tag.Preposition) e--;
  }
  if (e < floor) return null;
  const t = tokens[e];
  const relative = relativeSubject(ctx, e, floor);
  if (relative) return relative;
  if (SPACE.test(t.post) || t.post === '' || /^['’]/.test(t.post) || /\)\s*$/.test(t.post)) {
    const phrase = phraseEndingAt(ctx, e, floor);
    // "compared to 11% of Democratic claims": one capitalised word after "of" that names nobody
    // modifies a noun compromise reads as a verb of saying; it is no subject ("groups of
    // protesters chanted" keeps its plural head).
    if (phrase && phrase.candidate === undefined && !phrase.pronoun && phrase.start === t.start && e - 1 >= floor && tokens[e - 1].lower === 'of' && isCapitalised(t) && !(t.tags & Tag.Plural)) return null;
    // "A former accountant accused of stealing from a children's charity told …": the phrase
    // before the verb ends a modifier; the subject opens the sentence.
    // So are "a narrator in the Ortiz ad asks", "Protesters marching through the streets chanted".
    return (phrase && headOfModifiedPhrase(ctx, phrase, floor, e)) ?? phrase;
  }
  // "Mitch McConnell, R-Ky., said": an abbreviation's dot may come before the comma.
  if (/^\.?,\s*$/.test(t.post)) {
    // "The secretary general, Nunzio Galantino, has called": the name set off right before the verb.
    const own = ctx.byLast.get(e);
    const setOff = own !== undefined && ctx.candidates[own].evidence >= Evidence.Weak && /,\s*$/.test(tokens[roleStart(tokens, ctx.candidates[own].firstToken, floor) - 1]?.post ?? '');
    if (own !== undefined && setOff && e > floor) return mentionOfCandidate(ctx, own);
    // "Wei Xiaojun, deputy director-general of …, said": the name before the appositive.
    for (let i = e - 1; i >= floor && i >= e - 30; i--) {
      if (/^\.?\)?,/.test(tokens[i].post)) {
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said", "Sen. Bernie Sanders (Vt.),
        // who lost …, said": skip the parenthesis.
        let n = i;
        if (/^\.?\)/.test(tokens[i].post)) {
          while (n > floor && !tokens[n].pre.includes('(')) n--;
          n--;
        }
        // "Sir Keir Bramwell MP, Member for Holbeck East, told": the letters after the name are not part of it.
        while (n > floor && hasClass(tokens[n].lower, W.PostNominal) && SPACE.test(tokens[n - 1].post)) n--;
        const named = n >= floor ? ctx.byLast.get(n) : undefined;
        if (named !== undefined) {
          // "Sen. Curtis Hollings of Wyoming, a critic …, called": the person, not their state.
          return mentionOfCandidate(ctx, ownerBeforeOf(ctx, ctx.candidates[named].firstToken, floor) ?? named);
        }
        const p = phraseEndingAt(ctx, i, floor);
        // The phrase opens the clause, or a name that opens it after its title ("MK Eli Abutbul of
        // the Torah party, whose faction …, said").
        const opens = p && (p.start === tokens[floor].start || (p.candidate !== undefined && roleStart(tokens, ctx.candidates[p.candidate].firstToken, floor) === floor));
        if (p && (i === floor || /[,;:]/.test(tokens[i - 1]?.post ?? ',') || opens)) return p;
        // "Officials at the port authority, a branch of …, said".
        const head = p && headOfModifiedPhrase(ctx, p, floor, i);
        if (head) return head;
      }
    }
  }
  return null;
}

/** The first name or pronoun of a clause, after an introductory phrase ("At the debate, Clinton …"). */
export function clauseSubject(ctx: Context, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  // "Dean, a former party chairman, poked at …, tweeting": a name set off by a comma opens the clause.
  const opening = ctx.byFirst.get(floor);
  if (opening !== undefined && !ctx.candidates[opening].blocked && /^,/.test(tokens[ctx.candidates[opening].lastToken].post)) return mentionOfCandidate(ctx, opening);
  // (A capitalised word the name finder left alone, "Dean, a medical doctor, …", too.)
  if (opening === undefined && floor + 1 < before && isCapitalised(tokens[floor]) && tokens[floor].tags & Tag.Noun && /^,\s*$/.test(tokens[floor].post) && tokens[floor + 1].tags & Tag.Determiner) {
    return { start: tokens[floor].start, end: tokens[floor].end, text: tokens[floor].text };
  }
  let s = floor;
  for (let i = floor; i < before && i < floor + 8; i++) {
    if (/^,/.test(tokens[i].post)) {
      s = i + 1;
      break;
    }
  }
  for (let i = s; i < before && i <= s + 2; i++) {
    const named = ctx.byFirst.get(i);
    if (named !== undefined) return modifiedNoun(ctx, named, floor, before) ?? mentionOfCandidate(ctx, named);
    // ("it" only before a verb of action: "Meanwhile, it attacked …", not "it is …".)
    if (isPronoun(tokens[i]) && (tokens[i].lower !== 'it' || actionVerbAt(tokens, i + 1))) return pronounMention(tokens[i]);
    if (!(tokens[i].tags & (Tag.Determiner | Tag.Adjective))) break;
  }
  // Else the first person named in the clause before any verb ("Kenya’s President William Ruto
  // on Tuesday defended …, saying …").
  for (let i = s; i < before; i++) {
    if (tokens[i].tags & Tag.Verb && !(tokens[i].tags & Tag.Noun)) break;
    const named = ctx.byFirst.get(i);
    if (named === undefined || (tokens[i - 1] && tokens[i - 1].tags & Tag.Preposition)) continue;
    // "ANKARA — Turkey's central bank kept …, saying": a name owning the noun after it opens
    // the noun phrase that is the subject.
    const owned = tokens[ctx.candidates[named].lastToken].possessive ? nounPhraseSubject(ctx, i, before) : null;
    return owned ?? mentionOfCandidate(ctx, named);
  }
  // Else a noun phrase with its verb, at the sentence's start or after a comma ("The mayor posted
  // a video saying …", "After the vote, several groups issued a statement calling it …").
  for (let i = floor - 1; i < before; i++) {
    if (i >= floor && !/^,/.test(tokens[i].post)) continue;
    const phrase = nounPhraseSubject(ctx, i + 1, before);
    if (phrase) return phrase;
  }
  return null;
}

/** A noun phrase starting at token `s` and followed by its verb, before token `before`: "several environmental groups granted". */
function nounPhraseSubject(ctx: Context, s: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  if (s >= before || tokens[s].tags & (Tag.Preposition | Tag.Pronoun | Tag.Conjunction | Tag.Verb | Tag.Adverb | Tag.QuestionWord)) return null;
  const phrase = phraseStartingAt(ctx, s, before - 1);
  if (!phrase || phrase.pronoun) return null;
  const next = tokenAt(tokens, phrase.end);
  return next < before && SPACE.test(tokens[next - 1].post) && actionVerbAt(tokens, next) ? phrase : null;
}

/**
 * The person a sentence starting at token `floor` is about, before token `before`: a name
 * opening it after its title ("House Speaker Paul Ryan, R-Wis., despite …"), or a name or a
 * pronoun after an introductory phrase ("At Monday’s debate, Clinton cited …") or an adverb
 * ("Then she addressed …").
 */
export function subjectOfSentence(ctx: Context, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  const opening = nameOpening(ctx, floor, before);
  if (opening) return opening;
  // After an adverb, or after one or two introductory phrases ("So at 30, with no training, she …").
  const starts: number[] = [];
  for (let i = floor; i < before && i < floor + 14 && starts.length < 3; i++) if (/^,/.test(tokens[i].post)) starts.push(i + 1);
  if (!starts.length) starts.push(floor);
  if (tokens[floor].tags & Tag.Adverb && SPACE.test(tokens[floor].post)) starts.push(floor + 1);
  for (const s of starts) {
    // "Afterward, Mayor Dan Reed was blunt": a title and a name after the introductory phrase.
    const titled = s > floor ? nameOpening(ctx, s, before) : null;
    if (titled) return titled;
    for (let i = s; i <= Math.min(before, s + 1); i++) {
      const named = ctx.byFirst.get(i);
      if (named !== undefined) return mentionOfCandidate(ctx, named);
      if (isPronoun(tokens[i]) && tokens[i].lower !== 'it') return pronounMention(tokens[i]);
      if (!(tokens[i].tags & Tag.Determiner)) break;
    }
  }
  return null;
}

/**
 * "Mayor Whitcombe: “We will rebuild”": a sentence that is only a name (after at most four words
 * of title or role), ending at token `last` right before a colon, as a headline gives a speaker.
 */
export function nameBeforeColon(ctx: Context, floor: number, last: number): SpeakerMention | null {
  const named = nameOpening(ctx, floor, last + 1);
  return named && named.end === ctx.tokens[last].end ? named : null;
}

/**
 * The name starting the sentence at token `floor`, after at most four words of title, role or
 * organisation ("House Speaker Paul Ryan", "Opposition health spokeswoman Victoria Atkins").
 */
function nameOpening(ctx: Context, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  for (let i = floor; i < before && i <= floor + 4; i++) {
    const named = ctx.byFirst.get(i);
    if (named !== undefined) {
      const c = ctx.candidates[named];
      // "Burundi's military ruler Major Pierre Buyoya": an owner before the role, not the subject;
      // so is a party or a firm ("Plaid Cymru MS Iestyn ap Rhys").
      if ((tokens[c.lastToken].possessive || c.blocked) && c.lastToken < before) {
        i = c.lastToken;
        continue;
      }
      return c.lastToken < before && c.evidence >= Evidence.Weak && !c.blocked ? mentionOfCandidate(ctx, named) : null;
    }
    const t = tokens[i];
    const roleWord = !isCapitalised(t) && t.tags & (Tag.Noun | Tag.Adjective) && !(t.tags & (Tag.Verb | Tag.Pronoun | Tag.Plural));
    if (!(isCapitalised(t) || roleWord) || t.tags & (Tag.Preposition | Tag.Conjunction | Tag.Adverb | Tag.Date) || !/^\.?[ \t\u00a0]+$/.test(t.post)) return null;
  }
  return null;
}
