// What the cue finders share: the speaker mention and cue types, the paragraph's tokens and
// name candidates (the context), and small readings of tokens (a pronoun, a verb of saying, a
// sentence's bounds). The pipeline: phrases.ts reads noun phrases, subjects.ts finds the subject
// of a verb or a sentence, cueAfter.ts and cueBefore.ts find a quote's cue, cues.ts runs them in
// order for each quote of a paragraph.
import { W, hasClass } from '../lexicon/lexicon';
import type { NameCandidate } from '../people/candidates';
import { Tag, type Token } from '../tokens';
import { firstIndex } from '../../common/firstIndex';

export type Pronoun = 'he' | 'she' | 'they' | 'it' | 'i' | 'we';

export const PRONOUNS = new Set<string>(['he', 'she', 'they', 'it', 'i', 'we']);

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

type CueKind = 'cue-after' | 'cue-before' | 'according-to' | 'subject';

export interface QuoteCue {
  kind: CueKind;
  speaker: SpeakerMention;
  /** The cue words ("said", "told reporters", "according to"). */
  cue: string;
  /** Id of the rule that found the speaker ("speaker.cue-after"), see rules.ts. */
  rule: string;
}

export const SPACE = /^[ \t\u00a0]*$/;

export const SENTENCE_END = /[.!?]/;

/**
 * The sentence ends after token `t`, unless its dot ends an abbreviated title or an initial
 * ("said Sen. Ada Lee", "Rod J. Rosenstein").
 */
export function endsSentence(t: Token): boolean {
  if (!SENTENCE_END.test(t.post)) return false;
  if (!/^\.[ \t\u00a0]*$/.test(t.post)) return true;
  return !(t.tags & Tag.Honorific || hasClass(t.lower, W.AbbreviatedTitle) || /^\p{Lu}$/u.test(t.text));
}

export const SKIPPABLE = Tag.Adverb | Tag.Auxiliary;

export const NP_TAGS = Tag.Noun | Tag.Adjective | Tag.Determiner | Tag.ProperNoun | Tag.Value | Tag.Possessive | Tag.Actor | Tag.Person | Tag.Place | Tag.Organization | Tag.Demonym | Tag.Acronym;

export function isCueVerb(t: Token): boolean {
  if (!hasClass(t.lower, W.QuoteCueVerb)) return false;
  // "the claim", "a call": nouns are not cues, unless compromise also saw a verb.
  if (t.tags & Tag.Verb) return true;
  return hasClass(t.lower, W.SpeechVerb) && !(t.tags & (Tag.Noun | Tag.Adjective));
}

/** Index of the first token starting at or after `pos`. */
export function tokenAt(tokens: Token[], pos: number): number {
  return firstIndex(tokens.length, i => tokens[i].start >= pos);
}

export interface Context {
  tokens: Token[];
  text: string;
  candidates: NameCandidate[];
  /** Candidate index by its first and last token index. */
  byFirst: Map<number, number>;
  byLast: Map<number, number>;
}

export function mentionOfCandidate(ctx: Context, index: number): SpeakerMention {
  const c = ctx.candidates[index];
  return { start: c.start, end: c.end, text: ctx.text.slice(c.start, c.end), candidate: index };
}

export function pronounMention(t: Token): SpeakerMention {
  const base = t.lower.replace(/['’].*$/, '');
  return { start: t.start, end: t.start + base.length, text: t.text.slice(0, base.length), pronoun: base as Pronoun };
}

export function isPronoun(t: Token): boolean {
  return PRONOUNS.has(t.lower.replace(/['’].*$/, '')) && !!(t.tags & Tag.Pronoun);
}

/** A document that reports someone's words: "according to a pool report", "a transcript". */
export const REPORTING_DOCUMENT = /\b(?:report|statement|readout|transcript|filing|memo|document|release|letter|recording|video|footage)s?$/i;



/** Nouns for people who speak or act for someone else. */
export const SPOKESPEOPLE = /^(?:spokes(?:man|men|woman|women|person|people)|lawyers?|attorneys?|aides?|advisers?|advisors?|representatives?|counsel|agents?|publicists?|deputies|deputy|envoys?)$/;




export function sentenceStartIndex(tokens: Token[], i: number): number {
  const s = tokens[i].sentence;
  while (i > 0 && tokens[i - 1].sentence === s) i--;
  return i;
}

export function sentenceEndIndex(tokens: Token[], i: number): number {
  const s = tokens[i].sentence;
  while (i + 1 < tokens.length && tokens[i + 1].sentence === s) i++;
  return i;
}

export function sentenceOf(tokens: Token[], pos: number): number {
  const i = Math.min(tokenAt(tokens, pos), tokens.length - 1);
  return i >= 0 ? tokens[i].sentence : -1;
}

/** "said" plus a listener: "told reporters", "told USA Today". */
export function cueWords(tokens: Token[], v: number): string {
  const t = tokens[v];
  if ((t.lower === 'told' || t.lower === 'tells' || t.lower === 'tell') && tokens[v + 1] && SPACE.test(t.post)) {
    let e = v + 1;
    while (e + 1 < tokens.length && e - v < 4 && SPACE.test(tokens[e].post) && tokens[e + 1].tags & (Tag.Noun | Tag.ProperNoun) && !(tokens[e + 1].tags & Tag.Verb)) e++;
    return tokens.slice(v, e + 1).map((x, i, arr) => x.text + (i < arr.length - 1 ? ' ' : '')).join('');
  }
  return t.text;
}

export function lastWord(phrase: string): string {
  return (/[\p{L}'’-]+$/u.exec(phrase)?.[0] ?? '').toLowerCase();
}

/** The mention ends its clause: a comma, a colon or the sentence's end after it, or the quote at `b`. */
export function closesClause(ctx: Context, mention: SpeakerMention, b: number): boolean {
  const last = tokenAt(ctx.tokens, mention.end) - 1;
  return last >= b || /^[,:;.!?—–]/.test(ctx.tokens[last].post);
}

/** A verb that is not an auxiliary or a copula at token `i`: "attacked", not "is" or "has". */
export function actionVerbAt(tokens: Token[], i: number): boolean {
  return i < tokens.length && !!(tokens[i].tags & Tag.Verb) && !(tokens[i].tags & Tag.Auxiliary);
}
