// What the cue finders share: the speaker mention and cue types, the paragraph's tokens and
// name candidates (the context), and small readings of tokens (a pronoun, a verb of saying, a
// sentence's bounds). The pipeline: phrases.ts reads noun phrases, subjects.ts finds the subject
// of a verb or a sentence, cueAfter.ts and cueBefore.ts find a quote's cue, cues.ts runs them in
// order for each quote of a paragraph.
import { W, hasClass } from '../lexicon/lexicon';
import type { NameCandidate } from '../people/candidates';
import { Tag, type Token } from '../text/tokens';
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

/** A phrase that ends with a document reporting someone's words: "according to a pool report", "a transcript". */
export function namesReportingDocument(phrase: string): boolean {
  // The last word, or its last part ("press-release").
  return hasClass(lastWord(phrase).split('-').pop() ?? '', W.ReportingDocument);
}




/**
 * Tables read once per paragraph so that the cue finders, run for every quote piece, jump to
 * what they look for instead of walking back over the sentence each time: a sentence of many
 * short quotes ("“a” “b” “c” …") would otherwise cost its length for every piece.
 */
export interface TokenIndex {
  sentenceStart: Int32Array;
  sentenceEnd: Int32Array;
  /** The nearest token at or before `i` that `isCueVerb` accepts, -1 for none. */
  prevCueVerb: Int32Array;
  /** The nearest finite verb of saying (not "-ing") at or after `i`, `length` for none. */
  nextSpeechVerb: Int32Array;
  /** The nearest "to" of "according to" at or before `i`, -1 for none. */
  prevAccordingTo: Int32Array;
  /** The nearest noun of saying ("claim", "remarks") at or before `i`, -1 for none. */
  prevSpeechNoun: Int32Array;
  /** Tokens up to `i` (exclusive) with a quotation mark before or after them. */
  quoteMarksBefore: Int32Array;
}

const tokenIndexes = new WeakMap<Token[], TokenIndex>();
const QUOTE_MARK = /[“”"]/;

export function indexOfTokens(tokens: Token[]): TokenIndex {
  let index = tokenIndexes.get(tokens);
  if (index) return index;
  const n = tokens.length;
  index = {
    sentenceStart: new Int32Array(n),
    sentenceEnd: new Int32Array(n),
    prevCueVerb: new Int32Array(n),
    nextSpeechVerb: new Int32Array(n + 1),
    prevAccordingTo: new Int32Array(n),
    prevSpeechNoun: new Int32Array(n),
    quoteMarksBefore: new Int32Array(n + 1),
  };
  const { sentenceStart, sentenceEnd, prevCueVerb, nextSpeechVerb, prevAccordingTo, prevSpeechNoun, quoteMarksBefore } = index;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const previous = i > 0 ? tokens[i - 1] : undefined;
    sentenceStart[i] = previous && previous.sentence === t.sentence ? sentenceStart[i - 1] : i;
    prevCueVerb[i] = isCueVerb(t) ? i : i > 0 ? prevCueVerb[i - 1] : -1;
    prevAccordingTo[i] = t.lower === 'to' && previous?.lower === 'according' ? i : i > 0 ? prevAccordingTo[i - 1] : -1;
    prevSpeechNoun[i] = hasClass(t.lower, W.SpeechNoun) ? i : i > 0 ? prevSpeechNoun[i - 1] : -1;
    quoteMarksBefore[i + 1] = quoteMarksBefore[i] + (QUOTE_MARK.test(t.pre) || QUOTE_MARK.test(t.post) ? 1 : 0);
  }
  nextSpeechVerb[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const t = tokens[i];
    sentenceEnd[i] = i + 1 < n && tokens[i + 1].sentence === t.sentence ? sentenceEnd[i + 1] : i;
    nextSpeechVerb[i] = hasClass(t.lower, W.SpeechVerb) && t.tags & Tag.Verb && !t.lower.endsWith('ing') ? i : nextSpeechVerb[i + 1];
  }
  tokenIndexes.set(tokens, index);
  return index;
}

export function sentenceStartIndex(tokens: Token[], i: number): number {
  return indexOfTokens(tokens).sentenceStart[i];
}

export function sentenceEndIndex(tokens: Token[], i: number): number {
  return indexOfTokens(tokens).sentenceEnd[i];
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
