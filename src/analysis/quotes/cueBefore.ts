// Cues before a quote: "Wei said: “…”", "Trump said the US would “…”", "According to Wei, …",
// "…, saying “…”", "Reed was blunt: “…”", "Trump’s claim that “…”", a sentence before that ends in
// a cue ("…, Schiff said. “…”"), and failing those the sentence's subject.
import { W, hasClass } from '../lexicon/lexicon';
import { Tag, type Token } from '../text/tokens';
import type { QuotePiece } from './quoteMarks';
import { type SpeakerMention, type QuoteCue, tokenAt, type Context, mentionOfCandidate, namesReportingDocument, sentenceStartIndex, tokenIndex, cueWords, lastWord, closesClause } from './cueContext';
import { nameAfterSource, phraseEndingAt, phraseStartingAt, sourceWords } from './phrases';
import { subjectOf, clauseSubject, nameBeforeColon, subjectOfSentence } from './subjects';
import { Evidence } from '../people/candidates';
import { SPACE_ONLY } from '../people/nameShape';

/**
 * "Wei said: “…”", "Trump said the US would “…”", "According to Wei, … “…”". The reporting
 * verb that governs the sentence wins: the first verb of saying ("Trump said … that Clinton
 * described it as “…”" is Trump's), else the verb nearest the quote.
 */
export function cueBefore(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const q = tokenAt(tokens, piece.start);
  const b = q - 1;
  if (b < 0 || tokens[b].end <= floorPos) return null;
  let floor = sentenceStartIndex(ctx, b);
  // "He said:" ends the sentence compromise sees, but it introduces the quote.
  if (q < tokens.length && tokens[q].sentence !== tokens[b].sentence && !/:\s*$/.test(tokens[b].post) && !/[,]\s*$/.test(tokens[b].post)) return null;
  // The first token of the sentence that starts at or after `floorPos`, at most `b`.
  floor = Math.min(b, Math.max(floor, tokenAt(tokens, floorPos)));
  // "According to the AP, the governor said the state was “out of money”": the source reports
  // someone else's words, and that someone's verb of saying comes later; failing it, the source.
  const index = tokenIndex(ctx);
  let according: QuoteCue | null = null;
  for (let i = index.prevAccordingTo[b]; i > floor; i = index.prevAccordingTo[i - 1]) {
    const source = phraseStartingAt(ctx, i + 1, b) ?? sourceWords(ctx, i + 1, b);
    if (!source) continue;
    // "According to his spokeswoman, Kang Yu-jung, …": the name after the role.
    const speaker = nameAfterSource(ctx, source, i + 1, b) ?? source;
    according = { kind: 'according-to', speaker, cue: 'according to', rule: 'speaker.according-to' };
    if (!reportsSpeech(tokens, tokenAt(tokens, speaker.end), b)) return according;
    break;
  }
  return joinedClauseCue(ctx, tokens, b, floor) ?? ownCueBefore(ctx, tokens, b, floor) ?? according ?? colonSubject(ctx, tokens, b, floor);
}

/**
 * "Moscow said the rouble had weakened, and Gref warned that rates were “choking” investment":
 * a main clause joined by ", and", ", but", ", while" or ";" that has its own subject and verb of
 * saying before the quote is the quote's clause, so the first verb of the sentence does not win.
 * The nearest such clause whose first verb of saying has a subject counts; ", and that …"
 * continues the reported words, so it is no new clause.
 */
function joinedClauseCue(ctx: Context, tokens: Token[], b: number, floor: number): QuoteCue | null {
  const index = tokenIndex(ctx);
  for (let j = b - 1; j > floor; j--) {
    const post = tokens[j].post;
    const start = /^;\s*$/.test(post) ? j + 1 : /^,\s*$/.test(post) && hasClass(tokens[j + 1].lower, W.ClauseJoiner) ? j + 2 : -1;
    if (start < 0 || start >= b || tokens[start].lower === 'that') continue;
    // The clause's first verb of saying only: looking further would read the same verbs again
    // for every comma before them (quadratic in a sentence that never ends).
    const i = index.nextSpeechVerb[start];
    if (i > b || (i > start && tokens[i - 1].lower === 'to')) continue;
    const speaker = subjectOf(ctx, i, start);
    if (speaker && !speaker.refersTo && (speaker.candidate !== undefined || speaker.pronoun)) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.joined-clause' };
  }
  return null;
}

/** "Afterward, Reed was blunt: “We were embarrassed.”": a colon hands the quote to the sentence's subject. */
function colonSubject(ctx: Context, tokens: Token[], b: number, floor: number): QuoteCue | null {
  if (!/:\s*["“]?$/.test(tokens[b].post)) return null;
  const speaker = subjectOfSentence(ctx, floor, b) ?? nameBeforeColon(ctx, floor, b);
  return speaker ? { kind: 'cue-before', speaker, cue: ':', rule: 'speaker.colon' } : null;
}

/** The verb of saying of the quote's own sentence before it, and its subject. */
function ownCueBefore(ctx: Context, tokens: Token[], b: number, floor: number): QuoteCue | null {
  // "… ― Trump boasted, “That makes me smart.”": a verb of saying right before the quote,
  // introducing it with a comma or colon, is the quote's own cue.
  if (hasClass(tokens[b].lower, W.SpeechVerb) && tokens[b].tags & Tag.Verb && !tokens[b].lower.endsWith('ing') && /^[,:]\s*$/.test(tokens[b].post.replace(/[“"]$/, ''))) {
    const speaker = subjectOf(ctx, b, floor);
    if (speaker && (speaker.candidate !== undefined || speaker.pronoun)) return { kind: 'cue-before', speaker, cue: cueWords(tokens, b), rule: 'speaker.cue-before' };
  }
  // "talks that Dutch minister Pieter van den Broek called “…”": a verb of describing right
  // before the quote, a name its subject, is the quote's own cue, before the sentence's verbs
  // (not a passive one: in "Ruth Okafor was called “a liar”" she is the one described).
  // (A form of "be" before it, as passiveAgent.ts reads a passive: "had called" is active.)
  const passive = b > floor && hasClass(tokens[b - 1].lower, W.PassiveAuxiliary);
  if (hasClass(tokens[b].lower, W.CharacterizingVerb) && tokens[b].tags & Tag.Verb && !passive) {
    const speaker = subjectOf(ctx, b, floor);
    const person = speaker?.candidate !== undefined && !speaker.refersTo ? ctx.candidates[speaker.candidate] : undefined;
    if (speaker && person && person.evidence >= Evidence.Weak && !person.blocked) return { kind: 'cue-before', speaker, cue: cueWords(tokens, b), rule: 'speaker.cue-before' };
  }
  // "The spot concludes with footage of Donald Trump saying, “…”": the last verb of saying
  // before the quote, a participle right after a name, introduces it, whatever verb comes first.
  const named = participleAfterName(ctx, b, floor);
  if (named) return named;
  // A verb in a relative clause ("an architect who said he was …, saying, “…”") yields to the
  // other verbs of the sentence; it speaks for the quote only when no other verb does.
  let relative: QuoteCue | null = null;
  const subjectOrDefer = (i: number): SpeakerMention | null => {
    const speaker = subjectOf(ctx, i, floor);
    // "Eli Abutbul, whose faction had threatened to …, said": the verb of a relative clause
    // opened by "whose" yields too.
    const owned = speaker && !speaker.refersTo && tokens[tokenAt(tokens, speaker.start) - 1]?.lower === 'whose';
    if (owned) {
      relative ??= { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.cue-before' };
      return null;
    }
    if (!speaker?.refersTo) return speaker;
    // "released a letter that says …": the document speaks for the one who issued it.
    if (namesReportingDocument(speaker.refersTo.text) || hasClass(lastWord(speaker.refersTo.text), W.SpeechNoun)) return clauseSubject(ctx, floor, i);
    relative ??= { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.cue-before' };
    return null;
  };
  const index = tokenIndex(ctx);
  for (let i = index.nextSpeechVerb[floor]; i <= b; i = index.nextSpeechVerb[i + 1]) {
    const speaker = subjectOrDefer(i);
    if (speaker) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.cue-before' };
  }
  for (let i = index.prevCueVerb[b]; i >= floor; i = i > 0 ? index.prevCueVerb[i - 1] : -1) {
    const t = tokens[i];
    // "While checks will continue, officials will act to “streamline” it": a verb that only
    // attaches quotes, ending its own clause at a comma, does not reach a quote further on.
    if (i < b && !hasClass(t.lower, W.SpeechVerb) && /^,/.test(t.post)) continue;
    // "to accuse", "saying": the speaker is the subject of the clause, not a word before the verb
    // ("The mayor posted a video saying …" is the mayor's) — unless a name or a pronoun is
    // right before the participle ("footage of Reed saying, “…”").
    const infinitive = i > floor && tokens[i - 1].lower === 'to';
    const participle = !infinitive && t.lower.endsWith('ing');
    if (infinitive || participle) {
      const direct = participle && i > floor && !/,\s*$/.test(tokens[i - 1].post) ? subjectOf(ctx, i, floor) : null;
      const speaker = direct && (direct.candidate !== undefined || direct.pronoun) ? direct : clauseSubject(ctx, floor, i);
      if (speaker) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.participle' };
      continue;
    }
    const speaker = subjectOrDefer(i);
    if (speaker) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.cue-before' };
    // "said Wei: “…”" (inverted, before the quote). Not the listener of "told Alvarado to “…”",
    // nor the subject of a clause the verb reports ("said they feared that …").
    if (hasClass(t.lower, W.ListenerVerb)) continue;
    const inverted = phraseStartingAt(ctx, i + 1, b);
    if (inverted && (inverted.candidate !== undefined || inverted.pronoun) && closesClause(ctx, inverted, b)) return { kind: 'cue-before', speaker: inverted, cue: t.text, rule: 'speaker.inverted-before' };
  }
  return relative;
}

/** How far back from a quote a participle of saying introduces it ("saying during the debate last week, “…”"). */
const PARTICIPLE_REACH = 10;

/**
 * The cue of a participle of saying right after a person's name, the last verb of saying before
 * token `b` and at most `PARTICIPLE_REACH` words before it ("footage of Donald Trump saying, “…”").
 * (The reach keeps a sentence of many short quotes linear: each quote looks back a few words only.)
 */
function participleAfterName(ctx: Context, b: number, floor: number): QuoteCue | null {
  const { tokens } = ctx;
  for (let i = b; i > floor && i > b - PARTICIPLE_REACH; i--) {
    const t = tokens[i];
    if (!hasClass(t.lower, W.SpeechVerb)) continue;
    if (!t.lower.endsWith('ing') || !SPACE_ONLY.test(tokens[i - 1].post)) return null;
    const named = ctx.byLast.get(i - 1);
    // (A lone family name whose person the document decides, "footage of Trump saying", counts;
    // a day, "tweets early Friday saying", does not.)
    if (named === undefined || ctx.candidates[named].blocked || tokens[i - 1].tags & Tag.Date) return null;
    return { kind: 'cue-before', speaker: mentionOfCandidate(ctx, named), cue: cueWords(tokens, i), rule: 'speaker.participle' };
  }
  return null;
}

/**
 * "…, Schiff said. “The other factor …”": a quote that opens a sentence with no cue of its own
 * takes the speaker of a sentence before it that ends in a cue ("X said.", "said X.", "X said in
 * an interview."), as news writing does. The sentence before must hold no quotation of its own
 * (then the previous quote's speaker carries on instead) and end within a few words of the verb.
 */
export function previousSentenceCue(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const b = tokenAt(tokens, piece.start) - 1;
  if (b < 0 || tokens[b].end <= floorPos || !/[.!?]\s*$/.test(tokens[b].post)) return null;
  const floor = sentenceStartIndex(ctx, b);
  if (tokens[floor].start < floorPos) return null;
  for (let i = b; i >= floor && i >= b - 5; i--) {
    const t = tokens[i];
    if (/[“”"]/.test(t.post) || /[“”"]/.test(t.pre)) return null;
    if (!hasClass(t.lower, W.SpeechVerb) || !(t.tags & Tag.Verb) || t.lower.endsWith('ing')) continue;
    const speaker = subjectOf(ctx, i, floor) ?? phraseStartingAt(ctx, i + 1, b);
    if (speaker && (speaker.candidate !== undefined || speaker.pronoun)) return { kind: 'cue-before', speaker, cue: cueWords(tokens, i), rule: 'speaker.previous-sentence' };
    return null;
  }
  return null;
}

/** A possessive name before a noun of saying, in the quote's sentence. */
export function possessiveCue(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const q = tokenAt(tokens, piece.start);
  const b = q - 1;
  // A quote opening its own sentence (“…, he said at the briefing before Reed’s comments. “…”)
  // is not in the sentence of the noun of saying.
  if (b < 0 || /[.!?]/.test(tokens[b].post)) return null;
  const floor = sentenceStartIndex(ctx, b);
  const { prevSpeechNoun } = tokenIndex(ctx);
  // (Token ends only grow: the first noun of saying that ends before `floorPos` ends the search.)
  for (let i = prevSpeechNoun[b]; i > floor; i = prevSpeechNoun[i - 1]) {
    if (tokens[i].end <= floorPos) break;
    const owner = tokens[i - 1];
    if (!owner.possessive) continue;
    const named = ctx.byLast.get(i - 1);
    const speaker = named !== undefined ? mentionOfCandidate(ctx, named) : phraseEndingAt(ctx, i - 1, floor);
    if (speaker) return { kind: 'cue-before', speaker, cue: tokens[i].text, rule: 'speaker.possessive-noun' };
  }
  return null;
}

/** The sentence's subject when it is a person or a pronoun: "Clinton cited … as “Miss Piggy”". */
export function sentenceSubject(ctx: Context, piece: QuotePiece, floorPos: number): QuoteCue | null {
  const { tokens } = ctx;
  const q = tokenAt(tokens, piece.start);
  if (q === 0) return null;
  const b = q - 1;
  const floor = sentenceStartIndex(ctx, b);
  if (tokens[floor].start < floorPos) return null;
  const speaker = subjectOfSentence(ctx, floor, b);
  return speaker && { kind: 'subject', speaker, cue: '', rule: 'speaker.sentence-subject' };
}

/**
 * A finite verb of saying with a subject of its own between tokens `from` and `to`, after a
 * comma: a clause of its own ("…, the governor said"), not a second verb ("…, and said").
 */
function reportsSpeech(tokens: Token[], from: number, to: number): boolean {
  if (from > to || !/^,/.test(tokens[from - 1]?.post ?? '') || tokens[from].tags & (Tag.Conjunction | Tag.Verb)) return false;
  for (let i = from + 1; i <= to; i++) if (hasClass(tokens[i].lower, W.SpeechVerb) && tokens[i].tags & Tag.Verb && !tokens[i].lower.endsWith('ing')) return true;
  return false;
}
