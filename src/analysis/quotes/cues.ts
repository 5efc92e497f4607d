// Who a quotation is attributed to, as far as its own paragraph tells: the cue finders of
// cueAfter.ts and cueBefore.ts, tried in a declared order for each quote (the first that finds a
// speaker wins), and the cue a paragraph hands on to a quote opening the next one. The speaker is
// returned as a mention in the paragraph (a name, a pronoun or a noun phrase); names and pronouns
// are resolved to people for the whole document later (assemble.ts).
import { SPEECH_VERBS } from '../lexicon/speechVerbs';
import type { NameCandidate } from '../people/candidates';
import { Tag, type Token } from '../tokens';
import type { QuotePiece } from './quoteMarks';
export type { QuoteCue, SpeakerMention } from './cueContext';
import { type QuoteCue, isCueVerb, type Context, REPORTING_DOCUMENT, sentenceStartIndex, sentenceOf } from './cueContext';
import { subjectOf, subjectOfSentence } from './subjects';
import { cueAfter, sentenceEndCue, accordingAfter } from './cueAfter';
import { cueBefore, previousSentenceCue, possessiveCue, sentenceSubject } from './cueBefore';

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
export function trailingCue(ctx: Context, pieces: QuotePiece[]): QuoteCue | null {
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
