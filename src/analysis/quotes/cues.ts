// Who a quotation is attributed to, as far as its own paragraph tells: a cue verb after the
// quote ("…,” he said" / "…,” said Wei"), before it ("Wei said: “…”", "Trump said the US would
// “…”"), "according to X", or failing those the subject of the sentence that carries the quote.
// The speaker is returned as a mention in the paragraph (a name, a pronoun or a noun phrase);
// names and pronouns are resolved to people for the whole document later.
import { QUOTE_CUE_VERBS, SPEECH_VERBS } from '../lexicon/speechVerbs';
import { ABBREVIATED_TITLES, TITLE_WORDS } from '../lexicon/titles';
import { Evidence, type NameCandidate } from '../people/candidates';
import { isCapitalised } from '../people/nameRuns';
import { Tag, type Token } from '../tokens';
import type { QuotePiece } from './quoteMarks';
import { firstIndex } from '../../common/firstIndex';

export type Pronoun = 'he' | 'she' | 'they' | 'it' | 'i' | 'we';
const PRONOUNS = new Set<string>(['he', 'she', 'they', 'it', 'i', 'we']);

/** The mention that names a quote's speaker, relative to the paragraph. */
export interface SpeakerMention {
  start: number;
  end: number;
  text: string;
  /** Index of the person-name candidate of the paragraph, when the mention is a name. */
  candidate?: number;
  pronoun?: Pronoun;
  /** For a relative pronoun ("who", "which"), the name or phrase it stands for. */
  refersTo?: SpeakerMention;
}

export type CueKind = 'cue-after' | 'cue-before' | 'according-to' | 'subject';

export interface QuoteCue {
  kind: CueKind;
  speaker: SpeakerMention;
  /** The cue words ("said", "told reporters", "according to"). */
  cue: string;
}

const SPACE = /^[ \t\u00a0]*$/;
const SENTENCE_END = /[.!?]/;

/**
 * The sentence ends after token `t`, unless its dot ends an abbreviated title or an initial
 * ("said Sen. Ada Lee", "Rod J. Rosenstein").
 */
function endsSentence(t: Token): boolean {
  if (!SENTENCE_END.test(t.post)) return false;
  if (!/^\.[ \t\u00a0]*$/.test(t.post)) return true;
  return !(t.tags & Tag.Honorific || ABBREVIATED_TITLES.has(t.lower) || /^\p{Lu}$/u.test(t.text));
}
const SKIPPABLE = Tag.Adverb | Tag.Auxiliary;
const NP_TAGS = Tag.Noun | Tag.Adjective | Tag.Determiner | Tag.ProperNoun | Tag.Value | Tag.Possessive | Tag.Actor | Tag.Person | Tag.Place | Tag.Organization | Tag.Demonym | Tag.Acronym;

function isCueVerb(t: Token): boolean {
  if (!QUOTE_CUE_VERBS.has(t.lower)) return false;
  // "the claim", "a call": nouns are not cues, unless compromise also saw a verb.
  if (t.tags & Tag.Verb) return true;
  return SPEECH_VERBS.has(t.lower) && !(t.tags & (Tag.Noun | Tag.Adjective));
}

/** Index of the first token starting at or after `pos`. */
function tokenAt(tokens: Token[], pos: number): number {
  return firstIndex(tokens.length, i => tokens[i].start >= pos);
}

interface Context {
  tokens: Token[];
  text: string;
  candidates: NameCandidate[];
  /** Candidate index by its first and last token index. */
  byFirst: Map<number, number>;
  byLast: Map<number, number>;
}

function mentionOfCandidate(ctx: Context, index: number): SpeakerMention {
  const c = ctx.candidates[index];
  return { start: c.start, end: c.end, text: ctx.text.slice(c.start, c.end), candidate: index };
}

function pronounMention(t: Token): SpeakerMention {
  const base = t.lower.replace(/['’].*$/, '');
  return { start: t.start, end: t.start + base.length, text: t.text.slice(0, base.length), pronoun: base as Pronoun };
}

function isPronoun(t: Token): boolean {
  return PRONOUNS.has(t.lower.replace(/['’].*$/, '')) && !!(t.tags & Tag.Pronoun);
}

/** Words that join the parts of an organisation's capitalised name: "Centers for Disease Control and Prevention". */
const NAME_JOINERS = /^(?:and|of|for|on|in|&)$/;
/** The text after a word that is an "&" of a firm's name ("Procter & Gamble"). */
const AMPERSAND = /^\s*&\s*$/;

/** Token `j` joins two capitalised words of one name: "Control and Prevention" (j at "and"). */
function joinsName(tokens: Token[], j: number): boolean {
  return j >= 1 && j + 1 < tokens.length && NAME_JOINERS.test(tokens[j].lower) && SPACE.test(tokens[j].post) && isCapitalised(tokens[j - 1]) && SPACE.test(tokens[j - 1].post) && isCapitalised(tokens[j + 1]);
}

/** Token `j` ends with an "&" before a capitalised word of the same name: "Procter & Gamble" written "Procter" + " & ". */
function ampersandAfter(tokens: Token[], j: number): boolean {
  return j >= 0 && j + 1 < tokens.length && isCapitalised(tokens[j]) && AMPERSAND.test(tokens[j].post) && isCapitalised(tokens[j + 1]);
}

/** The words from token `first` on end a longer capitalised name: "… Control and Prevention", "Procter & Gamble". */
function insideName(tokens: Token[], first: number): boolean {
  const p = tokens[first - 1];
  if (!p) return false;
  if (isCapitalised(p) && AMPERSAND.test(p.post)) return true;
  return first >= 2 && NAME_JOINERS.test(p.lower) && isCapitalised(tokens[first - 2]) && SPACE.test(tokens[first - 2].post);
}

/** The noun phrase that ends at token `e` ("the announcer", "Professor Eastman", "he"). */
function phraseEndingAt(ctx: Context, e: number, floor: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  if (e < floor || e < 0) return null;
  const named = ctx.byLast.get(e);
  if (named !== undefined && !insideName(tokens, ctx.candidates[named].firstToken)) return onBehalfOf(ctx, named, floor) ?? mentionOfCandidate(ctx, named);
  const t = tokens[e];
  if (isPronoun(t)) return pronounMention(t);
  if (!(t.tags & (Tag.Noun | Tag.ProperNoun | Tag.Acronym)) || t.tags & Tag.Pronoun) return null;
  let s = e;
  let orgName = false;
  while (s - 1 >= floor && s - 1 >= e - 9) {
    const p = tokens[s - 1];
    // Inside a capitalised name: "Centers for Disease Control and Prevention", "Procter & Gamble".
    if (s - 2 >= floor && joinsName(tokens, s - 1)) {
      s -= 2;
      orgName = true;
      continue;
    }
    if (ampersandAfter(tokens, s - 1)) {
      s--;
      orgName = true;
      continue;
    }
    // Words joined by spaces or hyphens ("the 74-year-old").
    if (!SPACE.test(p.post) && p.post !== '-' || !(p.tags & NP_TAGS) || p.tags & (Tag.Pronoun | Tag.Verb) && !(p.tags & Tag.Possessive)) break;
    s--;
    if (p.tags & Tag.Determiner) break;
  }
  // Prefer a person's name inside the phrase ("Clinton spokesman Nick Merrill"), not in an
  // organisation's name.
  // (A name the paragraph gives no evidence for, "A senior European diplomat", is not one.)
  for (let i = e; i >= s && !orgName; i--) {
    const named2 = ctx.byLast.get(i);
    if (named2 !== undefined && (ctx.candidates[named2].evidence >= Evidence.Weak || i === e)) return mentionOfCandidate(ctx, named2);
  }
  return { start: tokens[s].start, end: t.end, text: text.slice(tokens[s].start, t.end) };
}

/**
 * "a spokeswoman for Chancellor Olaf Brandt", "lawyers for Maxwell": someone who speaks for the
 * person named, not that person. The whole phrase, or null when the name is not after such a noun.
 */
function onBehalfOf(ctx: Context, named: number, floor: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  const c = ctx.candidates[named];
  const f = titleStart(tokens, c.firstToken, floor) - 1;
  const noun = tokens[f - 1];
  if (f - 1 < floor || (tokens[f].lower !== 'for' && tokens[f].lower !== 'of') || !SPACE.test(tokens[f].post) || !noun || !SPACE.test(noun.post)) return null;
  if (!(noun.tags & Tag.Noun) || isCapitalised(noun) || !SPOKESPEOPLE.test(noun.lower)) return null;
  const phrase = phraseEndingAt(ctx, f - 1, floor);
  return phrase && { start: phrase.start, end: c.end, text: text.slice(phrase.start, c.end) };
}

/** A document that reports someone's words: "according to a pool report", "a transcript". */
const REPORTING_DOCUMENT = /\b(?:report|statement|readout|transcript|filing|memo|document|release|letter|recording|video|footage)s?$/i;

/** Verbs whose object is the one spoken to: "told Alvarado to “…”", "asked Kim whether …". */
const LISTENER_VERBS = new Set(['told', 'tells', 'tell', 'telling', 'asked', 'asks', 'ask', 'asking', 'urged', 'urges', 'ordered', 'orders', 'warned', 'warns', 'reminded', 'instructed']);

/** Particles that make a verb one of speaking: "shot back", "fired back", "cut in", "went on", "chimed in". */
const PARTICLES_OF_SPEECH = new Set(['back', 'in', 'on', 'up']);

/** Nouns for people who speak or act for someone else. */
const SPOKESPEOPLE = /^(?:spokes(?:man|men|woman|women|person|people)|lawyers?|attorneys?|aides?|advisers?|advisors?|representatives?|counsel|agents?|publicists?|deputies|deputy|envoys?)$/;

/** Index of the first of the title words right before token `i` ("Lt. Col. Peter Lerner" → "Lt."). */
function titleStart(tokens: Token[], i: number, floor: number): number {
  while (i - 1 >= floor && isCapitalised(tokens[i - 1]) && (tokens[i - 1].tags & Tag.Honorific || ABBREVIATED_TITLES.has(tokens[i - 1].lower) || TITLE_WORDS.has(tokens[i - 1].lower)) && /^\.?[ \t\u00a0]+$/.test(tokens[i - 1].post)) i--;
  return i;
}

/** Index of the first word of a title or of a lower-case role right before token `i` ("retired schoolteacher Harbhajan Gill"). */
function roleStart(tokens: Token[], i: number, floor: number): number {
  let s = titleStart(tokens, i, floor);
  for (let n = 0; n < 3 && s - 1 >= floor && !isCapitalised(tokens[s - 1]) && !(tokens[s - 1].tags & (Tag.Pronoun | Tag.Determiner | Tag.Preposition | Tag.Conjunction | Tag.Auxiliary)) && SPACE.test(tokens[s - 1].post); n++) s--;
  return s;
}

/**
 * "…,” said the Senate minority leader, Mitch McConnell.": a name set off by a comma at token
 * `i` (after its title, if any) that ends the clause, or null.
 */
function nameAfterComma(ctx: Context, i: number): SpeakerMention | null {
  const { tokens } = ctx;
  let j = i;
  while (j < tokens.length && j - i < 4 && ctx.byFirst.get(j) === undefined && isCapitalised(tokens[j]) && titleStart(tokens, j + 1, i) === i) j++;
  const named = ctx.byFirst.get(j);
  if (named === undefined) return null;
  const c = ctx.candidates[named];
  const post = tokens[c.lastToken].post;
  return c.lastToken === tokens.length - 1 || /^[.,;!?]/.test(post) ? mentionOfCandidate(ctx, named) : null;
}

/** The noun phrase that starts at token `s` ("said Wei", "said the post"). */
function phraseStartingAt(ctx: Context, s: number, ceiling: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  if (s > ceiling || s >= tokens.length) return null;
  let owner: number | undefined;
  for (let i = s; i <= Math.min(ceiling, s + 5); i++) {
    const named = ctx.byFirst.get(i);
    // "said Lebed's aide Alexander Barkhatov": the aide, not the owner.
    if (named !== undefined && owner === undefined && tokens[ctx.candidates[named].lastToken].possessive) {
      owner = named;
      i = ctx.candidates[named].lastToken;
      continue;
    }
    if (named !== undefined) return mentionOfCandidate(ctx, named);
    if (!SPACE.test(tokens[i].post) && !tokens[i].post.startsWith('.')) break;
    // Role words before the name, whatever compromise tagged them ("said head coach Tom Reed",
    // where it reads "head" and "coach" as verbs); a function word ends the phrase.
    if (tokens[i].tags & (Tag.Preposition | Tag.Conjunction | Tag.Pronoun | Tag.QuestionWord | Tag.Value) && !(tokens[i].tags & Tag.Honorific)) break;
  }
  const t = tokens[s];
  if (isPronoun(t)) return pronounMention(t);
  if (!(t.tags & NP_TAGS) || t.tags & Tag.Pronoun) return null;
  let e = s;
  while (e + 1 <= ceiling && e - s < 7 && (SPACE.test(tokens[e].post) || tokens[e].post === '-')) {
    const n = tokens[e + 1];
    // "the 24-year-old striker": the words of a hyphenated compound belong to the phrase.
    if (tokens[e].post !== '-' && (!(n.tags & NP_TAGS) || n.tags & (Tag.Verb | Tag.Preposition | Tag.Conjunction))) break;
    e++;
  }
  return { start: t.start, end: tokens[e].end, text: text.slice(t.start, tokens[e].end) };
}

/**
 * "according to police, …", "…,” according to police.": the words after "according to" up to
 * the comma or the sentence end, whatever compromise tagged them ("police" reads as a verb to
 * it). At most five words.
 */
function sourceWords(ctx: Context, s: number, ceiling: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  for (let e = s; e <= ceiling && e < s + 5; e++) {
    if (/^[,.;]/.test(tokens[e].post) || e === tokens.length - 1) return { start: tokens[s].start, end: tokens[e].end, text: text.slice(tokens[s].start, tokens[e].end) };
    if (!SPACE.test(tokens[e].post)) return null;
  }
  return null;
}

/** Relative pronouns that can be the subject of a verb of saying. */
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/**
 * "Chaffetz, who tweeted that …", "the police department, which reported …", "a letter that
 * says …": the relative pronoun at token `e` is the mention, and it stands for the name or the
 * noun phrase right before it (for a phrase set off by commas after a name, that name:
 * "McConnell, now the majority leader, who said …").
 */
function relativeSubject(ctx: Context, e: number, floor: number): SpeakerMention | null {
  const { tokens, text } = ctx;
  const t = tokens[e];
  if (!RELATIVE_PRONOUNS.has(t.lower) || e - 1 < floor || !/^,?[ \t\u00a0]*$/.test(tokens[e - 1].post)) return null;
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

/** The subject of the verb at `v`: skips adverbs and auxiliaries ("Wei also said", "has said"). */
function subjectOf(ctx: Context, v: number, floor: number): SpeakerMention | null {
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
        const named = n >= floor ? ctx.byLast.get(n) : undefined;
        if (named !== undefined) {
          // "Sen. Curtis Hollings of Wyoming, a critic …, called": the person, not their state.
          const first = ctx.candidates[named].firstToken;
          const owner = first >= 2 && tokens[first - 1].lower === 'of' ? ctx.byLast.get(first - 2) : undefined;
          return mentionOfCandidate(ctx, owner ?? named);
        }
        const p = phraseEndingAt(ctx, i, floor);
        if (p && (i === floor || /[,;:]/.test(tokens[i - 1]?.post ?? ',') || p.start === tokens[floor].start)) return p;
        // "Officials at the port authority, a branch of …, said".
        const head = p && headOfModifiedPhrase(ctx, p, floor, i);
        if (head) return head;
      }
    }
  }
  return null;
}

/**
 * The noun phrase opening the sentence at token `floor` when `phrase` sits in a modifier of it —
 * after a preposition ("a narrator in [the Ortiz ad]", "Officials at [the port authority]") or
 * a participle ("Protesters marching through [the streets]") — or null.
 */
function headOfModifiedPhrase(ctx: Context, phrase: SpeakerMention, floor: number, ceiling: number): SpeakerMention | null {
  const { tokens } = ctx;
  if (phrase.pronoun) return null;
  const start = tokenAt(tokens, phrase.start);
  if (start <= floor || !(tokens[start - 1].tags & Tag.Preposition)) return null;
  const opener = tokens[floor];
  const named = ctx.byFirst.get(floor);
  const nounFirst = opener.tags & Tag.Determiner || opener.tags & Tag.Noun && !(opener.tags & (Tag.Person | Tag.Pronoun | Tag.Verb | Tag.Preposition)) && (named === undefined || ctx.candidates[named].evidence < Evidence.Weak);
  if (!nounFirst) return null;
  const head = phraseStartingAt(ctx, floor, ceiling);
  if (!head || head.pronoun || head.end > phrase.start) return null;
  // The head is followed by the modifier: a preposition or a participle.
  const next = tokens[tokenAt(tokens, head.end)];
  return next && (next.tags & Tag.Preposition || next.tags & Tag.Verb && /(?:ing|ed)$/.test(next.lower)) ? head : null;
}

function sentenceStartIndex(tokens: Token[], i: number): number {
  const s = tokens[i].sentence;
  while (i > 0 && tokens[i - 1].sentence === s) i--;
  return i;
}

function sentenceEndIndex(tokens: Token[], i: number): number {
  const s = tokens[i].sentence;
  while (i + 1 < tokens.length && tokens[i + 1].sentence === s) i++;
  return i;
}

/** "…,” he said" / "…,” said Wei" / "…” – Matthew Ingram". */
function cueAfter(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens, text } = ctx;
  let a = tokenAt(tokens, piece.end);
  // A free-standing dash is a token of its own: "…” ― Sonya Herridge" (compromise may keep the
  // space after it in the token's text).
  while (a < tokens.length && /^[—–―-]+\s*$/.test(tokens[a].text)) a++;
  if (a >= tokens.length) return null;
  const gap = text.slice(piece.end, tokens[a].start);
  if (!/^[\s,—–―-]*$/.test(gap) || gap.includes('\n')) return null;
  // The quote ends a clause ("…,” he said) rather than running on ("“absolutely right” when he
  // said") or ending its sentence ("… full of s---.” Not that anyone … is arguing").
  const lastChar = text.slice(piece.start, piece.end).replace(/["“”’'»\s]+$/u, '').slice(-1);
  const punctuated = /[,?!—–―-]/.test(lastChar) || /[,—–―-]/.test(gap);
  const first = tokens[a];
  // "…,” when Clinton blasted him", "…,” though she noted": a clause of its own, not the quote's cue.
  if (SUBORDINATORS.has(first.lower)) return null;
  const verbNext = (i: number): boolean => i < tokens.length && isCueVerb(tokens[i]);
  // A quote that ends a sentence begun before it ("Reed said the talks were “productive.” Grieve
  // said …", "The union said: “We will strike.” Fans agreed.") is not the subject's of the next one.
  const endsOthersSentence = lastChar === '.' && !/(?:^|[.!?]["”’]?)\s*$/.test(text.slice(Math.max(0, piece.start - 3), piece.start));
  const speakerThenVerb = !endsOthersSentence && ((isPronoun(first) && verbNext(a + 1)) || (ctx.byFirst.has(a) && verbNext(ctx.candidates[ctx.byFirst.get(a)!].lastToken + 1)));
  if (!punctuated && !speakerThenVerb) return null;
  const last = Math.min(tokens.length - 1, a + 25);
  // "…,” said Wei" — but not "…,” adding that …": a participle's subject is the sentence's.
  // Right after the quote and its comma a verb of saying is a verb, whatever compromise tagged it
  // ("“It is over,” said Wei", "…,” noted Kim": it may read "said" or "noted" as an adjective).
  if (punctuated && (isCueVerb(first) || QUOTE_CUE_VERBS.has(first.lower) && !(first.tags & Tag.Noun)) && !first.lower.endsWith('ing')) {
    let end = a;
    while (end < last && !endsSentence(tokens[end]) && !/[,;:]/.test(tokens[end].post)) end++;
    const speaker = phraseStartingAt(ctx, a + 1, end);
    // "said the company’s chief executive, Jane Foster": the name after the role. Not when the
    // phrase is itself a name and the comma opens its role ("said Wei Xiaojun, deputy director").
    const ownName = speaker?.candidate !== undefined && ctx.candidates[speaker.candidate].lastToken === end;
    const apposed = !ownName && /^,/.test(tokens[end].post) ? nameAfterComma(ctx, end + 1) : null;
    if (apposed) return { kind: 'cue-after', speaker: apposed, cue: first.text };
    if (speaker) return { kind: 'cue-after', speaker, cue: first.text };
  }
  // "…,” shrugged coach Dan Ruiz" / "…,” he laughed.": any verb of manner between the quote and
  // its speaker, in a clause of its own.
  if (punctuated) {
    const manner = (v: number): boolean => v < tokens.length && !!(tokens[v].tags & Tag.PastTense) && !(tokens[v].tags & Tag.Auxiliary) && !tokens[v].lower.endsWith('ing');
    if (manner(a) && SPACE.test(first.post)) {
      let s = a + 1;
      if (s < tokens.length && !isCapitalised(tokens[s]) && tokens[s].tags & (Tag.Actor | Tag.Noun) && SPACE.test(tokens[s].post)) s++;
      const named = ctx.byFirst.get(s);
      if (named !== undefined && /^[.,;!?]|^$/.test(tokens[ctx.candidates[named].lastToken].post)) return { kind: 'cue-after', speaker: mentionOfCandidate(ctx, named), cue: first.text };
    }
    if (isPronoun(first) && manner(a + 1) && SPACE.test(first.post) && /^[.,;!?]/.test(tokens[a + 1].post)) return { kind: 'cue-after', speaker: pronounMention(first), cue: tokens[a + 1].text };
    // "…,” Cho shot back." / "…,” the president cut in.": a name or a pronoun, a verb and its particle.
    const subjectEnd = ctx.byFirst.has(a) ? ctx.candidates[ctx.byFirst.get(a)!].lastToken : isPronoun(first) ? a : -1;
    const v = subjectEnd + 1;
    if (subjectEnd >= 0 && manner(v) && SPACE.test(tokens[subjectEnd].post) && SPACE.test(tokens[v].post) && PARTICLES_OF_SPEECH.has(tokens[v + 1]?.lower ?? '') && /^[.,;!?:]/.test(tokens[v + 1].post)) {
      const speaker = ctx.byFirst.has(a) ? mentionOfCandidate(ctx, ctx.byFirst.get(a)!) : pronounMention(first);
      return { kind: 'cue-after', speaker, cue: `${tokens[v].text} ${tokens[v + 1].text}` };
    }
  }
  // A dash and a name closing the paragraph: a byline-style attribution ("…” ― Sonya Herridge).
  if (/[—–―-]/.test(gap) && ctx.byFirst.has(a)) {
    const idx = ctx.byFirst.get(a)!;
    const c = ctx.candidates[idx];
    const after = tokenAt(tokens, c.end);
    const endPost = tokens[c.lastToken].post;
    if (after >= tokens.length || SENTENCE_END.test(endPost) || endPost.includes('\n') || tokens[after].sentence !== tokens[a].sentence) {
      return { kind: 'cue-after', speaker: mentionOfCandidate(ctx, idx), cue: gap.trim() };
    }
  }
  let inParens = false;
  for (let v = a + 1; v <= last; v++) {
    const prev = tokens[v - 1];
    // "Rep. Gwen Moore (D-Wis.) said": skip a parenthesis.
    if (prev.pre.includes('(')) inParens = true;
    if (inParens) {
      // The word after the closing parenthesis may be the verb ("(R-Fla.) said").
      if (!prev.post.includes(')')) continue;
      inParens = false;
    } else if (!/^\.,/.test(prev.post)) {
      // (A dot then a comma ends an abbreviation, not the sentence: "McConnell, R-Ky., said".)
      if (endsSentence(prev)) break;
      if (/[;:“”"]/.test(prev.post)) break;
    }
    // "…,” a narrator in the ad asks.": a verb of saying closing the sentence, whatever compromise tagged it.
    if (isCueVerb(tokens[v]) || SPEECH_VERBS.has(tokens[v].lower) && endsSentence(tokens[v]) && !(tokens[v - 1].tags & (Tag.Determiner | Tag.Possessive | Tag.Adjective))) {
      // "…,” settler spokesman Noam Arnon quoted Mordechai as saying.": the one quoted.
      const quoted = tokens[v].lower === 'quoted' ? ctx.byFirst.get(v + 1) : undefined;
      if (quoted !== undefined && tokens[ctx.candidates[quoted].lastToken + 1]?.lower === 'as') return { kind: 'cue-after', speaker: mentionOfCandidate(ctx, quoted), cue: 'quoted … as saying' };
      const speaker = subjectOf(ctx, v, a);
      if (speaker) return { kind: 'cue-after', speaker, cue: cueWords(tokens, v) };
      return null;
    }
  }
  return null;
}

/** Conjunctions that open a subordinate clause: after a quote they start a clause of their own. */
const SUBORDINATORS = new Set(['when', 'while', 'though', 'although', 'because', 'after', 'before', 'if', 'since', 'until', 'unless', 'whereas', 'whether', 'once']);

/**
 * "“The only way things change is jail time” for the bosses, she said.": a sentence closing on
 * ", she said" / ", said Ortiz" attributes the quotes inside it that have no cue of their own.
 * The closing clause is short and holds nothing but the speaker, the verb and a few words.
 */
function sentenceEndCue(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, piece.end);
  if (a >= tokens.length || a === 0 || tokens[a].sentence !== tokens[a - 1].sentence) return null;
  const end = sentenceEndIndex(tokens, a);
  let k = end - 1;
  while (k >= a && !/^,/.test(tokens[k].post)) k--;
  if (k < a || end - k > 8) return null;
  for (let i = a; i <= end; i++) if (/[“”"]/.test(tokens[i].pre + tokens[i].post)) return null;
  const s = k + 1;
  const named = ctx.byFirst.get(s);
  let speaker: SpeakerMention | null = null;
  let v = -1;
  if (isPronoun(tokens[s]) && tokens[s].lower !== 'it') {
    speaker = pronounMention(tokens[s]);
    v = s + 1;
  } else if (named !== undefined) {
    speaker = mentionOfCandidate(ctx, named);
    v = ctx.candidates[named].lastToken + 1;
  } else if (isCueVerb(tokens[s]) && ctx.byFirst.has(s + 1)) {
    speaker = mentionOfCandidate(ctx, ctx.byFirst.get(s + 1)!);
    v = s;
  }
  if (!speaker || v > end || !isCueVerb(tokens[v]) || tokens[v].lower.endsWith('ing')) return null;
  // Nothing after the verb but a few words without a verb ("she said in an interview").
  for (let i = v + 1; i <= end; i++) if (tokens[i].tags & Tag.Verb && !ctx.byFirst.has(i)) return null;
  return { kind: 'cue-after', speaker, cue: tokens[v].text };
}

/**
 * A finite verb of saying with a subject of its own between tokens `from` and `to`, after a
 * comma: a clause of its own ("…, the governor said"), not a second verb ("…, and said").
 */
function reportsSpeech(tokens: Token[], from: number, to: number): boolean {
  if (from > to || !/^,/.test(tokens[from - 1]?.post ?? '') || tokens[from].tags & (Tag.Conjunction | Tag.Verb)) return false;
  for (let i = from + 1; i <= to; i++) if (SPEECH_VERBS.has(tokens[i].lower) && tokens[i].tags & Tag.Verb && !tokens[i].lower.endsWith('ing')) return true;
  return false;
}

/**
 * "The Indiana governor": a capitalised word the paragraph gives no evidence for, modifying the
 * lower-case noun after it, is part of a description, not a name. The description, or null.
 */
function modifiedNoun(ctx: Context, named: number, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  const c = ctx.candidates[named];
  if (c.evidence >= Evidence.Weak) return null;
  let j = c.lastToken;
  while (j + 1 < before && SPACE.test(tokens[j].post) && !isCapitalised(tokens[j + 1]) && tokens[j + 1].tags & Tag.Noun && !(tokens[j + 1].tags & Tag.Verb)) j++;
  return j > c.lastToken ? phraseEndingAt(ctx, j, floor) : null;
}

/** "said" plus a listener: "told reporters", "told USA Today". */
function cueWords(tokens: Token[], v: number): string {
  const t = tokens[v];
  if ((t.lower === 'told' || t.lower === 'tells' || t.lower === 'tell') && tokens[v + 1] && SPACE.test(t.post)) {
    let e = v + 1;
    while (e + 1 < tokens.length && e - v < 4 && SPACE.test(tokens[e].post) && tokens[e + 1].tags & (Tag.Noun | Tag.ProperNoun) && !(tokens[e + 1].tags & Tag.Verb)) e++;
    return tokens.slice(v, e + 1).map((x, i, arr) => x.text + (i < arr.length - 1 ? ' ' : '')).join('');
  }
  return t.text;
}

/**
 * "Wei said: “…”", "Trump said the US would “…”", "According to Wei, … “…”". The reporting
 * verb that governs the sentence wins: the first verb of saying ("Trump said … that Clinton
 * described it as “…”" is Trump's), else the verb nearest the quote.
 */
function cueBefore(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const q = tokenAt(tokens, piece.start);
  const b = q - 1;
  if (b < 0 || tokens[b].end <= floorPos) return null;
  let floor = sentenceStartIndex(tokens, b);
  // "He said:" ends the sentence compromise sees, but it introduces the quote.
  if (q < tokens.length && tokens[q].sentence !== tokens[b].sentence && !/:\s*$/.test(tokens[b].post) && !/[,]\s*$/.test(tokens[b].post)) return null;
  while (floor < b && tokens[floor].start < floorPos) floor++;
  // "According to the AP, the governor said the state was “out of money”": the source reports
  // someone else's words, and that someone's verb of saying comes later; failing it, the source.
  let according: QuoteCue | null = null;
  for (let i = b; i >= floor; i--) {
    const t = tokens[i];
    if (t.lower === 'to' && i > floor && tokens[i - 1].lower === 'according') {
      const speaker = phraseStartingAt(ctx, i + 1, b) ?? sourceWords(ctx, i + 1, b);
      if (!speaker) continue;
      according = { kind: 'according-to', speaker, cue: 'according to' };
      if (!reportsSpeech(tokens, tokenAt(tokens, speaker.end), b)) return according;
      break;
    }
  }
  return ownCueBefore(ctx, tokens, b, floor) ?? according ?? colonSubject(ctx, tokens, b, floor);
}

/** "Afterward, Reed was blunt: “We were embarrassed.”": a colon hands the quote to the sentence's subject. */
function colonSubject(ctx: Context, tokens: Token[], b: number, floor: number): QuoteCue | null {
  if (!/:\s*["“]?$/.test(tokens[b].post)) return null;
  const speaker = subjectOfSentence(ctx, floor, b);
  return speaker ? { kind: 'cue-before', speaker, cue: ':' } : null;
}

/** The verb of saying of the quote's own sentence before it, and its subject. */
function ownCueBefore(ctx: Context, tokens: Token[], b: number, floor: number): QuoteCue | null {
  // "… ― Trump boasted, “That makes me smart.”": a verb of saying right before the quote,
  // introducing it with a comma or colon, is the quote's own cue.
  if (SPEECH_VERBS.has(tokens[b].lower) && tokens[b].tags & Tag.Verb && !tokens[b].lower.endsWith('ing') && /^[,:]\s*$/.test(tokens[b].post.replace(/[“"]$/, ''))) {
    const speaker = subjectOf(ctx, b, floor);
    if (speaker && (speaker.candidate !== undefined || speaker.pronoun)) return { kind: 'cue-before', speaker, cue: cueWords(tokens, b) };
  }
  // A verb in a relative clause ("an architect who said he was …, saying, “…”") yields to the
  // other verbs of the sentence; it speaks for the quote only when no other verb does.
  let relative: QuoteCue | null = null;
  const subjectOrDefer = (i: number): SpeakerMention | null => {
    const speaker = subjectOf(ctx, i, floor);
    if (!speaker?.refersTo) return speaker;
    // "released a letter that says …": the document speaks for the one who issued it.
    if (REPORTING_DOCUMENT.test(speaker.refersTo.text) || SPEECH_NOUNS.has(lastWord(speaker.refersTo.text))) return clauseSubject(ctx, floor, i);
    relative ??= { kind: 'cue-before', speaker, cue: cueWords(tokens, i) };
    return null;
  };
  for (let i = floor; i <= b; i++) {
    const t = tokens[i];
    if (!SPEECH_VERBS.has(t.lower) || !(t.tags & Tag.Verb) || t.lower.endsWith('ing')) continue;
    const speaker = subjectOrDefer(i);
    if (speaker) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i) };
  }
  for (let i = b; i >= floor; i--) {
    const t = tokens[i];
    if (!isCueVerb(t)) continue;
    // "While checks will continue, officials will act to “streamline” it": a verb that only
    // attaches quotes, ending its own clause at a comma, does not reach a quote further on.
    if (i < b && !SPEECH_VERBS.has(t.lower) && /^,/.test(t.post)) continue;
    // "to accuse", "saying": the speaker is the subject of the clause, not a word before the verb
    // ("The mayor posted a video saying …" is the mayor's) — unless a name or a pronoun is
    // right before the participle ("footage of Reed saying, “…”").
    const infinitive = i > floor && tokens[i - 1].lower === 'to';
    const participle = !infinitive && t.lower.endsWith('ing');
    if (infinitive || participle) {
      const direct = participle && i > floor && !/,\s*$/.test(tokens[i - 1].post) ? subjectOf(ctx, i, floor) : null;
      const speaker = direct && (direct.candidate !== undefined || direct.pronoun) ? direct : clauseSubject(ctx, floor, i);
      if (speaker) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i) };
      continue;
    }
    const speaker = subjectOrDefer(i);
    if (speaker) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i) };
    // "said Wei: “…”" (inverted, before the quote). Not the listener of "told Alvarado to “…”",
    // nor the subject of a clause the verb reports ("said they feared that …").
    if (LISTENER_VERBS.has(t.lower)) continue;
    const inverted = phraseStartingAt(ctx, i + 1, b);
    if (inverted && (inverted.candidate !== undefined || inverted.pronoun) && closesClause(ctx, inverted, b)) return { kind: 'cue-before', speaker: inverted, cue: t.text };
  }
  return relative;
}

function lastWord(phrase: string): string {
  return (/[\p{L}'’-]+$/u.exec(phrase)?.[0] ?? '').toLowerCase();
}

/**
 * "…, Schiff said. “The other factor …”": a quote that opens a sentence with no cue of its own
 * takes the speaker of a sentence before it that ends in a cue ("X said.", "said X.", "X said in
 * an interview."), as news writing does. The sentence before must hold no quotation of its own
 * (then the previous quote's speaker carries on instead) and end within a few words of the verb.
 */
function previousSentenceCue(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const b = tokenAt(tokens, piece.start) - 1;
  if (b < 0 || tokens[b].end <= floorPos || !/[.!?]\s*$/.test(tokens[b].post)) return null;
  const floor = sentenceStartIndex(tokens, b);
  if (tokens[floor].start < floorPos) return null;
  for (let i = b; i >= floor && i >= b - 5; i--) {
    const t = tokens[i];
    if (/[“”"]/.test(t.post) || /[“”"]/.test(t.pre)) return null;
    if (!SPEECH_VERBS.has(t.lower) || !(t.tags & Tag.Verb) || t.lower.endsWith('ing')) continue;
    const speaker = subjectOf(ctx, i, floor) ?? phraseStartingAt(ctx, i + 1, b);
    if (speaker && (speaker.candidate !== undefined || speaker.pronoun)) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i) };
    return null;
  }
  return null;
}

/** The mention ends its clause: a comma, a colon or the sentence's end after it, or the quote at `b`. */
function closesClause(ctx: Context, mention: SpeakerMention, b: number): boolean {
  const last = tokenAt(ctx.tokens, mention.end) - 1;
  return last >= b || /^[,:;.!?—–]/.test(ctx.tokens[last].post);
}

/** The first name or pronoun of a clause, after an introductory phrase ("At the debate, Clinton …"). */
function clauseSubject(ctx: Context, floor: number, before: number): SpeakerMention | null {
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
    if (named !== undefined && !(tokens[i - 1] && tokens[i - 1].tags & Tag.Preposition)) return mentionOfCandidate(ctx, named);
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

/** A verb that is not an auxiliary or a copula at token `i`: "attacked", not "is" or "has". */
function actionVerbAt(tokens: Token[], i: number): boolean {
  return i < tokens.length && !!(tokens[i].tags & Tag.Verb) && !(tokens[i].tags & Tag.Auxiliary);
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

/** Nouns of saying: with a possessive before them they attribute a quote ("Trump’s claim that there were “…”"). */
const SPEECH_NOUNS = new Set(['claim', 'claims', 'statement', 'statements', 'words', 'remark', 'remarks', 'comment', 'comments', 'assertion', 'description', 'promise', 'pledge', 'warning', 'accusation', 'charge', 'tweet', 'tweets', 'message', 'speech', 'argument', 'suggestion', 'view', 'insistence']);

/** A possessive name before a noun of saying, in the quote's sentence. */
function possessiveCue(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const q = tokenAt(tokens, piece.start);
  const b = q - 1;
  if (b < 0) return null;
  const floor = sentenceStartIndex(tokens, b);
  for (let i = b; i > floor; i--) {
    if (tokens[i].end <= floorPos) break;
    if (!SPEECH_NOUNS.has(tokens[i].lower)) continue;
    const owner = tokens[i - 1];
    if (!owner.possessive) continue;
    const named = ctx.byLast.get(i - 1);
    const speaker = named !== undefined ? mentionOfCandidate(ctx, named) : phraseEndingAt(ctx, i - 1, floor);
    if (speaker) return { kind: 'cue-before', speaker, cue: tokens[i].text };
  }
  return null;
}

function sentenceOf(tokens: Token[], pos: number): number {
  const i = Math.min(tokenAt(tokens, pos), tokens.length - 1);
  return i >= 0 ? tokens[i].sentence : -1;
}

/** "…,” according to Wei." */
function accordingAfter(ctx: Context, piece: QuotePiece): QuoteCue | null {
  const { tokens } = ctx;
  const a = tokenAt(tokens, piece.end);
  if (a + 2 >= tokens.length) return null;
  if (tokens[a].lower !== 'according' || tokens[a + 1].lower !== 'to') return null;
  const end = sentenceEndIndex(tokens, a);
  const speaker = phraseStartingAt(ctx, a + 2, end) ?? sourceWords(ctx, a + 2, end);
  return speaker ? { kind: 'according-to', speaker, cue: 'according to' } : null;
}

/** The sentence's subject when it is a person or a pronoun: "Clinton cited … as “Miss Piggy”". */
function sentenceSubject(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const q = tokenAt(tokens, piece.start);
  if (q === 0) return null;
  const b = q - 1;
  const floor = sentenceStartIndex(tokens, b);
  if (tokens[floor].start < floorPos) return null;
  const speaker = subjectOfSentence(ctx, floor, b);
  return speaker && { kind: 'subject', speaker, cue: '' };
}

/**
 * The person a sentence starting at token `floor` is about, before token `before`: a name
 * opening it after its title ("House Speaker Paul Ryan, R-Wis., despite …"), or a name or a
 * pronoun after an introductory phrase ("At Monday’s debate, Clinton cited …") or an adverb
 * ("Then she addressed …").
 */
function subjectOfSentence(ctx: Context, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  const opening = nameOpening(ctx, floor, before);
  if (opening) return opening;
  // After an adverb, or after one or two introductory phrases ("So at 30, with no training, she …").
  const starts: number[] = [];
  for (let i = floor; i < before && i < floor + 14 && starts.length < 3; i++) if (/^,/.test(tokens[i].post)) starts.push(i + 1);
  if (!starts.length) starts.push(floor);
  if (tokens[floor].tags & Tag.Adverb && SPACE.test(tokens[floor].post)) starts.push(floor + 1);
  for (const s of starts) {
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
 * The name starting the sentence at token `floor`, after at most four words of title, role or
 * organisation ("House Speaker Paul Ryan", "Opposition health spokeswoman Victoria Atkins").
 */
function nameOpening(ctx: Context, floor: number, before: number): SpeakerMention | null {
  const { tokens } = ctx;
  for (let i = floor; i < before && i <= floor + 4; i++) {
    const named = ctx.byFirst.get(i);
    if (named !== undefined) {
      const c = ctx.candidates[named];
      // "Burundi's military ruler Major Pierre Buyoya": an owner before the role, not the subject.
      if (tokens[c.lastToken].possessive && c.lastToken < before) {
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

/**
 * The cue of each quote piece of a paragraph (null when the paragraph has none), plus the cue a
 * paragraph ending in "X said:" gives the quote that opens the next paragraph.
 */
export function findCues(tokens: Token[], text: string, candidates: NameCandidate[], pieces: QuotePiece[]): { cues: (QuoteCue | null)[]; trailing: QuoteCue | null } {
  const ctx: Context = { tokens, text, candidates, byFirst: new Map(), byLast: new Map() };
  candidates.forEach((c, i) => {
    ctx.byFirst.set(c.firstToken, i);
    ctx.byLast.set(c.lastToken, i);
  });
  const cues: (QuoteCue | null)[] = [];
  pieces.forEach((piece, i) => {
    // An earlier quotation of a few words ("Morning Joe") does not cut the sentence's cue off,
    // unless it ends its sentence ("… were “productive.” Grieve said …").
    let floorPos = 0;
    for (let j = i - 1; j >= 0; j--) {
      const quoted = text.slice(pieces[j].start, pieces[j].end);
      if ((quoted.match(/\S+/g) ?? []).length >= 4 || /[.!?]["”’']?$/.test(quoted)) {
        floorPos = pieces[j].end;
        break;
      }
    }
    if (!piece.opened) {
      cues.push(cueAfter(ctx, piece) ?? accordingAfter(ctx, piece));
      return;
    }
    // "Trump told supporters the news was “bigger than Watergate,” according to a pool report":
    // a document that reports the words does not replace the one who said them.
    let after = cueAfter(ctx, piece) ?? accordingAfter(ctx, piece);
    if (after?.kind === 'according-to' && REPORTING_DOCUMENT.test(after.speaker.text)) after = cueBefore(ctx, piece, floorPos) ?? after;
    const own = after ?? cueBefore(ctx, piece, floorPos) ?? sentenceEndCue(ctx, piece) ?? possessiveCue(ctx, piece, floorPos);
    // "He said that Clinton’s “only experience …” was her “criminal” attempt": a second quote in
    // the sentence with no cue of its own belongs to the first one's speaker.
    const previous = i > 0 ? cues[i - 1] : null;
    const sameSentence = i > 0 && sentenceOf(tokens, pieces[i - 1].end - 1) === sentenceOf(tokens, piece.start);
    cues.push(own ?? (previous && sameSentence && previous.kind !== 'subject' ? previous : previousSentenceCue(ctx, piece, floorPos) ?? sentenceSubject(ctx, piece, floorPos)));
  });
  return { cues, trailing: trailingCue(ctx, pieces) };
}

/**
 * The speaker a paragraph hands on to a quote opening the next paragraph: "The New York Times
 * reports:" / "He said," closing the paragraph, or else the subject of its last verb of saying
 * outside quotes ("Caddell said the polls were tight." then a paragraph of quotation).
 */
function trailingCue(ctx: Context, pieces: QuotePiece[]): QuoteCue | null {
  const { tokens, text } = ctx;
  if (!tokens.length) return null;
  const lastTok = tokens[tokens.length - 1];
  const introduces = /^[:,]\s*$/.test(lastTok.post) && text.slice(lastTok.end).trim().length <= 1;
  const floorPos = pieces.length ? pieces[pieces.length - 1].end : 0;
  const floor = introduces ? sentenceStartIndex(tokens, tokens.length - 1) : 0;
  for (let i = tokens.length - 1; i >= floor; i--) {
    if (tokens[i].end <= floorPos) break;
    if (introduces ? isCueVerb(tokens[i]) : SPEECH_VERBS.has(tokens[i].lower) && tokens[i].tags & Tag.Verb) {
      const speaker = subjectOf(ctx, i, sentenceStartIndex(tokens, i));
      if (speaker) return { kind: introduces ? 'cue-before' : 'subject', speaker, cue: tokens[i].text };
      if (introduces) return null;
    }
  }
  if (introduces) return null;
  // No verb of saying: the person the last sentence is about ("Mayor Karen Liu defended the
  // budget on Thursday." ¶ “Every dollar …”), named or a pronoun, when no quote ends it.
  const last = sentenceStartIndex(tokens, tokens.length - 1);
  if (tokens[last].start < floorPos) return null;
  const subject = subjectOfSentence(ctx, last, tokens.length - 1);
  if (!subject || subject.pronoun && subject.pronoun !== 'he' && subject.pronoun !== 'she') return null;
  return { kind: 'subject', speaker: subject, cue: '' };
}
