// What the cue finders share: the speaker mention and cue types, the paragraph's tokens and
// name candidates (the context), and small readings of tokens (a pronoun, a verb of saying, a
// sentence's bounds). The pipeline: phrases.ts reads noun phrases, subjects.ts finds the subject
// of a verb or a sentence, cueAfter.ts and cueBefore.ts find a quote's cue, cues.ts runs them in
// order for each quote of a paragraph.
import { W, hasClass } from '../lexicon/lexicon';
import type { NameCandidate } from '../people/candidates';
import { Tag, type Token } from '../text/tokens';
import { firstIndex } from '../../common/firstIndex';
import { mapped } from '../../common/mapped';

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

/**
 * Token `i` is a cue verb (isCueVerb), or a participle of saying right after a comma, the
 * clause's verb though compromise tags it a noun before a bare noun (", saying inflation was …").
 */
export function isCueVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isCueVerb(t)) return true;
  return i > 0 && t.lower.endsWith('ing') && hasClass(t.lower, W.SpeechVerb) && /,\s*$/.test(tokens[i - 1].post) && tokens[i - 1].sentence === t.sentence;
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
  /** The paragraph's token tables, built by `tokenIndex` the first time a cue finder needs them. */
  index?: TokenIndex;
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
 * short quotes ("“a” “b” “c” …") would otherwise cost its length for every piece. Each table is
 * built the first time a finder reads it: most paragraphs have no quote piece and need none
 * (`trailingCue` finds sentence starts with `sentenceStartOf`), and the later finders, which
 * read most of the tables, run only when the earlier ones found no cue.
 */
export class TokenIndex {
  private starts?: number[];
  private ends?: number[];
  private cueVerbs?: number[];
  private speechVerbs?: number[];
  private accordingTos?: number[];
  private speechNouns?: number[];
  private quoteMarks?: number[];

  constructor(private readonly tokens: readonly Token[]) {}

  get sentenceStart(): readonly number[] {
    return (this.starts ??= nearestBefore(this.tokens, (t, i) => i === 0 || this.tokens[i - 1].sentence !== t.sentence));
  }

  get sentenceEnd(): readonly number[] {
    return (this.ends ??= nearestAfter(this.tokens, (t, i) => i + 1 === this.tokens.length || this.tokens[i + 1].sentence !== t.sentence));
  }

  /** The nearest token at or before `i` that `isCueVerbAt` accepts, -1 for none. */
  get prevCueVerb(): readonly number[] {
    return (this.cueVerbs ??= nearestBefore(this.tokens, (_, i) => isCueVerbAt(this.tokens, i)));
  }

  /** The nearest finite verb of saying (not "-ing") at or after `i`, `length` for none. */
  get nextSpeechVerb(): readonly number[] {
    return (this.speechVerbs ??= nearestAfter(this.tokens, t => hasClass(t.lower, W.SpeechVerb) && !!(t.tags & Tag.Verb) && !t.lower.endsWith('ing')));
  }

  /** The nearest "to" of "according to" at or before `i`, -1 for none. */
  get prevAccordingTo(): readonly number[] {
    return (this.accordingTos ??= nearestBefore(this.tokens, (t, i) => t.lower === 'to' && i > 0 && this.tokens[i - 1].lower === 'according'));
  }

  /** The nearest noun of saying ("claim", "remarks") at or before `i`, -1 for none. */
  get prevSpeechNoun(): readonly number[] {
    return (this.speechNouns ??= nearestBefore(this.tokens, t => hasClass(t.lower, W.SpeechNoun)));
  }

  /** Tokens up to `i` (exclusive) with a quotation mark before or after them. */
  get quoteMarksBefore(): readonly number[] {
    if (!this.quoteMarks) {
      const counts = [0];
      for (let i = 0; i < this.tokens.length; i++) counts.push(counts[i] + (hasQuoteMark(this.tokens[i].pre) || hasQuoteMark(this.tokens[i].post) ? 1 : 0));
      this.quoteMarks = counts;
    }
    return this.quoteMarks;
  }
}

/** For each token, the nearest token at or before it that passes `test`; -1 for none. */
function nearestBefore(tokens: readonly Token[], test: (t: Token, i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) out.push(test(tokens[i], i) ? i : i > 0 ? out[i - 1] : -1);
  return out;
}

/** For each token, the nearest token at or after it that passes `test`; `length` for none (also at index `length`). */
function nearestAfter(tokens: readonly Token[], test: (t: Token, i: number) => boolean): number[] {
  const n = tokens.length;
  const out = new Array<number>(n + 1);
  out[n] = n;
  for (let i = n - 1; i >= 0; i--) out[i] = test(tokens[i], i) ? i : out[i + 1];
  return out;
}

/** A straight or curly double quotation mark in `s` (a token's `pre` or `post`: a few characters). */
function hasQuoteMark(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const ch = s[k];
    if (ch === '"' || ch === '“' || ch === '”') return true;
  }
  return false;
}

/** The paragraph's token tables (see `TokenIndex`), one per context. */
export function tokenIndex(ctx: Context): TokenIndex {
  return (ctx.index ??= new TokenIndex(ctx.tokens));
}

/** The first token of the sentence of token `i`, walking back: `TokenIndex.sentenceStart` without the tables. */
export function sentenceStartOf(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1].sentence === tokens[i].sentence) k--;
  return k;
}

export function sentenceStartIndex(ctx: Context, i: number): number {
  return tokenIndex(ctx).sentenceStart[i];
}

export function sentenceEndIndex(ctx: Context, i: number): number {
  return tokenIndex(ctx).sentenceEnd[i];
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
    return mapped(tokens.slice(v, e + 1), t => t.text).join(' ');
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
