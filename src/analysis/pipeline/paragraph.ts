// Everything one paragraph tells on its own, computed once per distinct paragraph text and
// cached: person-name candidates, quotation pieces with their cues, numbers. Offsets are
// relative to the paragraph; the document pass shifts them and links paragraphs together.
import { findNumberFindings } from '../numbers/findNumbers';
import { findNameCandidates, type NameCandidate } from '../people/candidates';
import { findCues, type QuoteCue } from '../quotes/cues';
import { findQuotePieces, type QuotePiece } from '../quotes/quoteMarks';
import { speechVeto } from '../quotes/speech';
import { parseParagraph } from '../text/tokens';
import type { Block } from './blocks';
import type { NumberMention, Rejection } from '../types';

export interface QuoteFinding extends QuotePiece {
  cue: QuoteCue | null;
  /** Starts the paragraph (only spaces before it): a cue-less one takes the previous speaker. */
  leading: boolean;
}

export interface ParagraphFindings {
  candidates: NameCandidate[];
  quotes: QuoteFinding[];
  /** The cue a paragraph ending in "X said:" gives the quote opening the next paragraph. */
  trailingCue: QuoteCue | null;
  numbers: NumberMention[];
  /** Quote pieces a rule turned down as scare quotes, titles or terms, with the rule's id. */
  rejectedQuotes: { start: number; end: number; rule: string }[];
  /** Number candidates a veto turned down (a phone number, the pronoun "one"), for --explain. */
  numberRejections: Rejection[];
  /** Name runs a veto turned down ("Mount Ostravo", a lone "However"), for --explain. */
  nameRejections: Rejection[];
}

/**
 * A block of the document with its findings: one object, so that after an edit each block after
 * it costs one new object (its offset moved), not two.
 */
export interface PlacedBlock extends Block {
  findings: ParagraphFindings;
}

export function analyzeParagraph(text: string): ParagraphFindings {
  const { doc, tokens } = parseParagraph(text);
  const { candidates, rejections: nameRejections } = findNameCandidates(tokens, text);
  const pieces = findQuotePieces(text);
  const { cues, trailing } = findCues(tokens, text, candidates, pieces);
  const firstNonSpace = text.search(/\S/);
  const quotes: QuoteFinding[] = [];
  const rejectedQuotes: ParagraphFindings['rejectedQuotes'] = [];
  pieces.forEach((piece, i) => {
    const cue = cues[i];
    const veto = speechVeto(text, tokens, piece, cue);
    if (veto) rejectedQuotes.push({ start: piece.start, end: piece.end, rule: veto });
    else quotes.push({ ...piece, cue, leading: piece.start === firstNonSpace });
  });
  const { numbers, rejections } = findNumberFindings(doc, text);
  return { candidates, quotes, trailingCue: trailing, numbers, rejectedQuotes, numberRejections: rejections, nameRejections };
}
