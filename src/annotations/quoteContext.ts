// How well the text around a candidate place agrees with a tag's recorded context (the W3C
// TextQuoteSelector's prefix and suffix), and the score re-anchoring ranks candidates by.
import { DistanceFrom } from './approximateMatch';
import { QUOTE_CONTEXT_LENGTH, type TextQuote } from './types';

// Hypothesis' weights (match-quote.ts): the quote matters most, then each side's context,
// then a little for being near the expected place.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;

/**
 * Characters next to a candidate that must equal the recorded ones for that side of the
 * context to agree. Literal, not a similarity: in a text of repeated phrases a shifted copy
 * of the context is similar too. Fewer than the 32 recorded, so an edit a few words away
 * (or a sentence swapped with its neighbour, moving the document edge) still leaves it.
 */
const SIDE_RUN = 16;
/** Characters a side cut by the document's edge must still have to agree (see sideRunAgrees). */
const EDGE_RUN = 8;

export interface Candidate {
  start: number;
  end: number;
  score: number;
  /** Mean similarity of the two sides of the context to the recorded ones, 0–1. */
  context: number;
  /** Similarity of each side on its own. */
  prefix: number;
  suffix: number;
  /** Whether each side agrees: similar enough, or equal next to the candidate for a good stretch. */
  prefixAgrees: boolean;
  suffixAgrees: boolean;
}

function positionSimilarity(start: number, expected: number, textLength: number): number {
  return 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, textLength));
}

/** The stored prefix and suffix, compared with the context of candidate places. */
export class QuoteContext {
  private readonly prefix: DistanceFrom;
  private readonly suffix: DistanceFrom;
  /** How many characters of actual context to compare (the stored one may be cut by the document's edge). */
  private readonly prefixLength: number;
  private readonly suffixLength: number;

  constructor(private readonly quote: TextQuote) {
    const prefix = withoutCr(quote.prefix);
    const suffix = withoutCr(quote.suffix);
    this.prefix = new DistanceFrom(prefix);
    this.suffix = new DistanceFrom(suffix);
    this.prefixLength = cutByEdge(quote.prefix) ? QUOTE_CONTEXT_LENGTH : prefix.length;
    this.suffixLength = cutByEdge(quote.suffix) ? QUOTE_CONTEXT_LENGTH : suffix.length;
  }

  /** The context around `start..end` is exactly the recorded one. */
  agreesExactly(text: string, start: number, end: number): boolean {
    const { prefix, suffix } = this.quote;
    return (
      text.startsWith(suffix, end) &&
      text.slice(start - prefix.length >= 0 ? start - prefix.length : 0, start) === prefix &&
      (!cutByEdge(prefix) || start === prefix.length) &&
      (!cutByEdge(suffix) || end + suffix.length === text.length)
    );
  }

  /**
   * A cheap stand-in for `score` to shortlist many candidates: the share of context
   * characters that agree exactly, reading outwards from the candidate, and nearness.
   */
  quickRank(text: string, start: number, end: number, expected: number): number {
    const { before, after } = this.equalRuns(text, start, end);
    const agreement = (before / Math.max(1, this.quote.prefix.length) + after / Math.max(1, this.quote.suffix.length)) / 2;
    return agreement * 2 * CONTEXT_WEIGHT + positionSimilarity(start, expected, text.length) * POSITION_WEIGHT;
  }

  /** How many characters either side of the candidate equal the recorded context, reading outwards. */
  private equalRuns(text: string, start: number, end: number): { before: number; after: number } {
    const { prefix, suffix } = this.quote;
    let before = 0;
    while (before < prefix.length && text.charCodeAt(start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)) before++;
    let after = 0;
    while (after < suffix.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
    return { before, after };
  }

  score(text: string, start: number, end: number, quoteSimilarity: number, expected: number): Candidate {
    const before = withoutCr(text.slice(Math.max(0, start - 2 * QUOTE_CONTEXT_LENGTH), start)).slice(-this.prefixLength);
    const after = withoutCr(text.slice(end, end + 2 * QUOTE_CONTEXT_LENGTH)).slice(0, this.suffixLength);
    const prefix = this.prefix.similarity(before);
    const suffix = this.suffix.similarity(after);
    const score =
      (QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * positionSimilarity(start, expected, text.length)) / TOTAL_WEIGHT;
    const runs = this.equalRuns(text, start, end);
    // A side cut by the document's edge agrees when all of it is there and the edge is too.
    const prefixAgrees = sideRunAgrees(runs.before, this.quote.prefix.length, start - runs.before === 0);
    const suffixAgrees = sideRunAgrees(runs.after, this.quote.suffix.length, end + runs.after === text.length);
    return { start, end, score, context: (prefix + suffix) / 2, prefix, suffix, prefixAgrees, suffixAgrees };
  }
}

/**
 * A recorded side shorter than the usual context was cut by the document's edge. One unit
 * short is not: the context is trimmed so as not to split an emoji's surrogate pair.
 */
export function cutByEdge(side: string): boolean {
  return side.length < QUOTE_CONTEXT_LENGTH - 1;
}

/**
 * One side agrees by its characters next to the candidate: SIDE_RUN of them, or all of a
 * shorter recorded side (cut by the document's edge) with the document's edge right past it
 * too. A cut side of only a few characters ("." before the end) says little: it agrees only
 * with EDGE_RUN of them, or when empty (the tag touched the edge, and so does the candidate).
 */
function sideRunAgrees(run: number, recorded: number, atEdge: boolean): boolean {
  if (recorded >= SIDE_RUN) return run >= SIDE_RUN;
  return run === recorded && atEdge && (recorded === 0 || recorded >= EDGE_RUN);
}

function withoutCr(s: string): string {
  return s.includes('\r') ? s.replace(/\r/g, '') : s;
}

