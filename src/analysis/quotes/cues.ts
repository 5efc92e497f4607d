// Who a quotation is attributed to, as far as its own paragraph tells: the cue finders of
// cueAfter.ts and cueBefore.ts, tried in a declared order for each quote (the first that finds a
// speaker wins), and the cue a paragraph hands on to a quote opening the next one. The speaker is
// returned as a mention in the paragraph (a name, a pronoun or a noun phrase); names and pronouns
// are resolved to people for the whole document later (assemble.ts).
import { W, hasClass } from '../lexicon/lexicon';
import type { NameCandidate } from '../people/candidates';
import { Tag, type Token } from '../text/tokens';
import type { QuotePiece } from './quoteMarks';
export type { QuoteCue, SpeakerMention } from './cueContext';
import { type QuoteCue, isCueVerb, type Context, namesReportingDocument, sentenceStartOf, sentenceOf } from './cueContext';
import { subjectOf, subjectOfSentence } from './subjects';
import { cueAfter, sentenceEndCue, accordingAfter } from './cueAfter';
import { cueBefore, previousSentenceCue, possessiveCue, sentenceSubject } from './cueBefore';
import { passiveAgentCue } from './passiveAgent';
import { labelCue } from './transcript';

/** What a cue finder knows about the quote it looks at. */
interface QuoteAtHand {
  piece: QuotePiece;
  /** Where the quote's sentence may start at the earliest: after an earlier quote that ends a sentence. */
  floorPos: number;
  /** The cue of the quote before it in the paragraph, when that quote is in the same sentence. */
  previousInSentence: QuoteCue | null;
}

/**
 * The cue finders for a quote that opens in this paragraph, in the order they are tried: the
 * first that finds a speaker decides (each cue names the rule that found it, see rules.ts).
 */
const CUE_FINDERS: readonly ((ctx: Context, q: QuoteAtHand) => QuoteCue | null)[] = [
  // "described as “a hammer blow” by island businesses": the agent of a passive verb of saying.
  (ctx, q) => passiveAgentCue(ctx, q.piece),
  // "…,” he said" / "…,” according to Wei" — but "Trump told supporters the news was “bigger
  // than Watergate,” according to a pool report": a document that reports the words does not
  // replace the one who said them.
  (ctx, q) => {
    const after = cueAfter(ctx, q.piece) ?? accordingAfter(ctx, q.piece);
    if (after?.kind !== 'according-to') return after;
    if (namesReportingDocument(after.speaker.text)) return cueBefore(ctx, q.piece, q.floorPos) ?? after;
    const before = cueBefore(ctx, q.piece, q.floorPos);
    return before?.rule === 'speaker.cue-before' ? before : after;
  },
  (ctx, q) => cueBefore(ctx, q.piece, q.floorPos),
  (ctx, q) => sentenceEndCue(ctx, q.piece),
  (ctx, q) => possessiveCue(ctx, q.piece, q.floorPos),
  // "He said that Clinton’s “only experience …” was her “criminal” attempt": a second quote in
  // the sentence with no cue of its own belongs to the first one's speaker.
  (_ctx, q) => (q.previousInSentence && q.previousInSentence.kind !== 'subject' ? { ...q.previousInSentence, rule: 'speaker.same-sentence' } : null),
  (ctx, q) => previousSentenceCue(ctx, q.piece, q.floorPos),
  (ctx, q) => sentenceSubject(ctx, q.piece, q.floorPos),
];

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
  // An earlier quotation of a few words ("Morning Joe") does not cut the sentence's cue off,
  // unless it ends its sentence ("… were “productive.” Grieve said …"): the end of the last
  // quotation before the piece that does, kept as the pieces go by.
  let floorPos = 0;
  // The quotation in marks before the piece (a transcript's answer holds its quotations: it
  // neither cuts their cues off nor shares its speaker with them).
  let before = -1;
  pieces.forEach((piece, i) => {
    if (piece.label) {
      cues.push(labelCue(ctx, piece));
      return;
    }
    if (before >= 0 && cutsCueOff(text, pieces[before])) floorPos = pieces[before].end;
    const previous = before;
    before = i;
    // The rest of a quote opened in an earlier paragraph: only a cue after it.
    if (!piece.opened) {
      cues.push(cueAfter(ctx, piece) ?? accordingAfter(ctx, piece));
      return;
    }
    const sameSentence = previous >= 0 && sentenceOf(tokens, pieces[previous].end - 1) === sentenceOf(tokens, piece.start);
    const q: QuoteAtHand = { piece, floorPos, previousInSentence: sameSentence ? cues[previous] : null };
    let cue: QuoteCue | null = null;
    for (const find of CUE_FINDERS) if ((cue = find(ctx, q))) break;
    cues.push(cue);
  });
  return { cues, trailing: trailingCue(ctx, pieces) };
}

/** A quotation of four words or more, or one that ends its sentence, cuts off the cues before it from the quotes after it. */
function cutsCueOff(text: string, piece: QuotePiece): boolean {
  const quoted = text.slice(piece.start, piece.end);
  return (quoted.match(/\S+/g) ?? []).length >= 4 || /[.!?]["”’']?$/.test(quoted);
}

/**
 * The speaker a paragraph hands on to a quote opening the next paragraph: "The New York Times
 * reports:" / "He said," closing the paragraph, or else the subject of its last verb of saying
 * outside quotes ("Caddell said the polls were tight." then a paragraph of quotation).
 */
export function trailingCue(ctx: Context, pieces: QuotePiece[]): QuoteCue | null {
  const { tokens, text } = ctx;
  if (!tokens.length) return null;
  const lastTok = tokens[tokens.length - 1];
  const introduces = /^[:,]\s*$/.test(lastTok.post) && text.slice(lastTok.end).trim().length <= 1;
  // (The last piece to end: a transcript's answer ends after the quotations inside it.)
  let floorPos = 0;
  for (const p of pieces) floorPos = Math.max(floorPos, p.end);
  const floor = introduces ? sentenceStartOf(tokens, tokens.length - 1) : 0;
  // The start of the sentence of the token being looked at, found once per sentence as the
  // walk goes back (the token tables are not built for this: most paragraphs have no quote).
  let sentence = -1;
  let sentenceStart = 0;
  for (let i = tokens.length - 1; i >= floor; i--) {
    if (tokens[i].end <= floorPos) break;
    if (introduces ? isCueVerb(tokens[i]) : hasClass(tokens[i].lower, W.SpeechVerb) && tokens[i].tags & Tag.Verb) {
      if (tokens[i].sentence !== sentence) {
        sentence = tokens[i].sentence;
        sentenceStart = sentenceStartOf(tokens, i);
      }
      const speaker = subjectOf(ctx, i, sentenceStart);
      if (speaker) return { kind: introduces ? 'cue-before' : 'subject', speaker, cue: tokens[i].text, rule: introduces ? 'speaker.paragraph-intro' : 'speaker.paragraph-cue' };
      if (introduces) return null;
    }
  }
  if (introduces) {
    // "On July 6, 2015, Sanders made the following comment:" ¶ “…”: no verb of saying, but the
    // colon hands the next paragraph's quote to the sentence's subject, as within a paragraph.
    const subject = subjectOfSentence(ctx, floor, tokens.length - 1);
    return subject && (subject.candidate !== undefined || subject.pronoun === 'he' || subject.pronoun === 'she') ? { kind: 'cue-before', speaker: subject, cue: ':', rule: 'speaker.paragraph-intro' } : null;
  }
  // No verb of saying: the person the last sentence is about ("Mayor Karen Liu defended the
  // budget on Thursday." ¶ “Every dollar …”), named or a pronoun, when no quote ends it.
  const last = sentenceStartOf(tokens, tokens.length - 1);
  if (tokens[last].start < floorPos) return null;
  const subject = subjectOfSentence(ctx, last, tokens.length - 1);
  if (!subject || subject.pronoun && subject.pronoun !== 'he' && subject.pronoun !== 'she') return null;
  return { kind: 'subject', speaker: subject, cue: '', rule: 'speaker.paragraph-subject' };
}
