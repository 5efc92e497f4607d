// Re-anchoring tags to a text that may have changed since they were saved (another program,
// git, a newer version of the article). Layered like Hypothesis (annotation-tools.md §2, §4):
//
//   1. position: the recorded range still holds the recorded text with the recorded context
//      → `exact`;
//   2. quote: the recorded text found elsewhere (line ends LF/CRLF are treated as equal);
//      candidates are scored by how well their context matches and how near they are to
//      where the tag is expected → `moved` (or `exact` when the best is the old place);
//   3. fuzzy: text within an edit distance of 25% of the quote's length, scored the same way,
//      searched near the expected place first and then in the whole text → `fuzzy`;
//   4. otherwise → `orphaned`, keeping the recorded text.
//
// The guarantee the property tests check: an `exact` or `moved` tag always covers text equal
// to its recorded quote (up to line-end style); anything else is reported as fuzzy or orphaned.
// Never silently at other text.
import { DistanceFrom, searchApproximate } from './approximateMatch';
import { QUOTE_CONTEXT_LENGTH, type AnchorStatus, type TextQuote } from './types';

/** What re-anchoring needs to know about a tag: where it was, what it said, how it was anchored. */
export interface StoredAnchor {
  readonly start: number;
  readonly end: number;
  readonly quote: TextQuote;
  readonly anchor: AnchorStatus;
}

export interface AnchorResult {
  readonly start: number;
  readonly end: number;
  readonly status: AnchorStatus;
  /** How well the place matches the recorded quote and context, 0–1 (1 for an exact match). */
  readonly score: number;
}

export interface AnchorOptions {
  /** Where the tag's text is expected to start now; defaults to its recorded start. */
  readonly expectedStart?: number;
}

/** A fuzzy match may differ from the quote by at most this share of the quote's length. */
export const FUZZY_MAX_ERROR_RATE = 0.25;
/** Quotes shorter than this are only matched fuzzily when their context agrees. */
const SHORT_QUOTE = 16;
/** Quotes at least this long are distinctive enough to be trusted anywhere in the text. */
const DISTINCTIVE_QUOTE = 32;
/** A candidate this close to the expected place needs no context to be believed. */
const NEAR = 64;
/** Context agreement (0–1, the mean of prefix and suffix similarity) that makes a candidate credible. */
const CONTEXT_AGREES = 0.5;
/** Exact candidates refined with edit distances after a cheap first ranking. */
const REFINED_CANDIDATES = 32;
/** Exact search looks this far around the expected place before searching the whole text. */
const EXACT_WINDOW = 2048;
/** Fuzzy search looks this far around the expected place before searching the whole text. */
const FUZZY_WINDOW = 4096;

// Hypothesis' weights (match-quote.ts): the quote matters most, then each side's context,
// then a little for being near the expected place.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT;

/** Anchors one tag to `text`. Pure; see the file comment for the layers. */
export function anchorTag(stored: StoredAnchor, text: string, options: AnchorOptions = {}): AnchorResult {
  const quote = stored.quote;
  const expected = clamp(options.expectedStart ?? stored.start, 0, text.length);
  if (!quote.exact.length) return orphan(stored, text);
  const context = new QuoteContext(quote);

  if (stored.anchor !== 'orphaned' && holdsQuote(text, stored) && context.agreesExactly(text, stored.start, stored.end)) {
    return { start: stored.start, end: stored.end, status: 'exact', score: 1 };
  }

  const exact = bestExactMatch(text, quote, context, expected);
  if (exact && isCredible(exact, quote.exact.length, expected)) {
    const samePlace = stored.anchor !== 'orphaned' && exact.start === stored.start && exact.end === stored.end;
    return { start: exact.start, end: exact.end, status: samePlace ? 'exact' : 'moved', score: exact.score };
  }

  const fuzzy = bestFuzzyMatch(text, quote, context, expected);
  if (fuzzy) {
    const { start, end } = snapToWords(text, fuzzy, quote.exact);
    return { start, end, status: 'fuzzy', score: fuzzy.score };
  }
  return orphan(stored, text);
}

/**
 * Anchors all tags of a document. When `unchanged` (the text's fingerprint equals the one the
 * tags were saved with), each tag keeps its recorded range and status: nothing moved, and a
 * tag recorded as fuzzy stays flagged until the user re-attaches it. Otherwise tags still
 * exactly in place are anchored first, and the shift they show is used to predict where the
 * others should be (a paragraph inserted at the top moves everything after it alike).
 */
export function anchorTags(stored: readonly StoredAnchor[], text: string, options: { unchanged?: boolean } = {}): AnchorResult[] {
  const results: (AnchorResult | undefined)[] = stored.map(tag => {
    if (options.unchanged) {
      if (tag.anchor === 'orphaned') return orphan(tag, text);
      if (holdsQuote(text, tag)) return { start: tag.start, end: tag.end, status: tag.anchor, score: tag.anchor === 'exact' ? 1 : 0 };
      return undefined;
    }
    if (tag.anchor !== 'orphaned' && tag.quote.exact.length && holdsQuote(text, tag) && new QuoteContext(tag.quote).agreesExactly(text, tag.start, tag.end)) {
      return { start: tag.start, end: tag.end, status: 'exact', score: 1 };
    }
    return undefined;
  });
  // The rest in document order, each expected to have shifted like the nearest confidently
  // anchored tag before it.
  const order = stored.map((_, i) => i).sort((a, b) => stored[a].start - stored[b].start || a - b);
  let delta = 0;
  for (const i of order) {
    const tag = stored[i];
    let result = results[i];
    if (!result) results[i] = result = anchorTag(tag, text, { expectedStart: tag.start + delta });
    // An orphan's recorded position is only a hint: it says nothing about how the text shifted.
    if (tag.anchor !== 'orphaned' && (result.status === 'exact' || result.status === 'moved')) delta = result.start - tag.start;
  }
  return results as AnchorResult[];
}

function orphan(stored: StoredAnchor, text: string): AnchorResult {
  const start = clamp(stored.start, 0, text.length);
  return { start, end: clamp(stored.end, start, text.length), status: 'orphaned', score: 0 };
}

function holdsQuote(text: string, tag: StoredAnchor): boolean {
  return tag.start >= 0 && tag.end <= text.length && tag.end - tag.start === tag.quote.exact.length && text.startsWith(tag.quote.exact, tag.start);
}

interface Candidate {
  start: number;
  end: number;
  score: number;
  context: number;
}

function isCredible(candidate: Candidate, quoteLength: number, expected: number): boolean {
  return candidate.context >= CONTEXT_AGREES || quoteLength >= DISTINCTIVE_QUOTE || Math.abs(candidate.start - expected) <= NEAR;
}

/**
 * The best place holding the quote (LF and CRLF line ends count as equal). Looks near the
 * expected place first: a candidate there whose context agrees exactly cannot be beaten by
 * one farther away (same context, lower position score), so the whole text is only searched
 * when that fails. This keeps re-anchoring hundreds of tags in a large document fast.
 */
function bestExactMatch(text: string, quote: TextQuote, context: QuoteContext, expected: number): Candidate | undefined {
  const variants = lineEndVariants(quote.exact);
  const windowFrom = Math.max(0, expected - EXACT_WINDOW);
  const windowTo = Math.min(text.length, expected + quote.exact.length + EXACT_WINDOW);
  const near = rank(text, occurrences(text, variants, windowFrom, windowTo), context, expected);
  if (near && near.context === 1) return near;
  if (windowFrom === 0 && windowTo === text.length) return near;
  return rank(text, occurrences(text, variants, 0, text.length), context, expected);
}

function occurrences(text: string, variants: readonly string[], from: number, to: number): { start: number; end: number }[] {
  const places: { start: number; end: number }[] = [];
  for (const needle of variants) {
    for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = text.indexOf(needle, at + 1)) places.push({ start: at, end: at + needle.length });
  }
  return places;
}

function rank(text: string, places: { start: number; end: number }[], context: QuoteContext, expected: number): Candidate | undefined {
  if (!places.length) return undefined;
  let shortlist = places;
  if (places.length > REFINED_CANDIDATES) {
    // Rank cheaply by how many context characters agree exactly, then refine the best few.
    const quick = places.map(p => ({ p, rank: context.quickAgreement(text, p.start, p.end) * 2 * CONTEXT_WEIGHT + positionSimilarity(p.start, expected, text.length) * POSITION_WEIGHT }));
    quick.sort((a, b) => b.rank - a.rank || Math.abs(a.p.start - expected) - Math.abs(b.p.start - expected));
    shortlist = quick.slice(0, REFINED_CANDIDATES).map(q => q.p);
  }
  return best(shortlist.map(p => context.score(text, p.start, p.end, 1, expected)), expected);
}

function bestFuzzyMatch(text: string, quote: TextQuote, context: QuoteContext, expected: number): Candidate | undefined {
  const length = quote.exact.length;
  const maxErrors = Math.floor(length * FUZZY_MAX_ERROR_RATE);
  if (maxErrors < 1) return undefined;
  const acceptable = (c: Candidate) => length >= SHORT_QUOTE || c.context >= CONTEXT_AGREES;
  const search = (from: number, to: number) =>
    best(
      searchApproximate(text, quote.exact, maxErrors, from, to)
        .map(m => context.score(text, m.start, m.end, 1 - m.errors / length, expected))
        .filter(acceptable),
      expected,
    );
  const windowFrom = Math.max(0, expected - FUZZY_WINDOW);
  const windowTo = Math.min(text.length, expected + length + FUZZY_WINDOW);
  const near = search(windowFrom, windowTo);
  if (near || (windowFrom === 0 && windowTo === text.length)) return near;
  return search(0, text.length);
}

/**
 * An approximate match can start or end inside a neighbouring word when that costs no more
 * edits ("t statement" for "to statement" after "to" was cut to "t"). When the quote itself
 * starts (ends) on a word boundary, as a user's selection usually does, move the match's edge
 * to the nearest word boundary if that keeps the match within the error bound.
 */
function snapToWords(text: string, match: { start: number; end: number }, quote: string): { start: number; end: number } {
  const maxErrors = Math.floor(quote.length * FUZZY_MAX_ERROR_RATE);
  const distance = new DistanceFrom(quote);
  let { start, end } = match;
  const errors = () => distance.distance(text.slice(start, end));
  if (isWordChar(quote, 0) && !isWordBoundary(text, start)) {
    // On a tie, leave the neighbouring word out (the inner boundary comes first).
    const options = [wordStartAfter(text, start, end), wordStartBefore(text, start)].filter(s => s < end);
    start = pickEdge(options, s => distance.distance(text.slice(s, end)), start, errors(), maxErrors);
  }
  if (isWordChar(quote, quote.length - 1) && !isWordBoundary(text, end)) {
    const options = [wordEndBefore(text, end, start), wordEndAfter(text, end)].filter(e => e > start);
    end = pickEdge(options, e => distance.distance(text.slice(start, e)), end, errors(), maxErrors);
  }
  return { start, end };
}

function pickEdge(options: number[], cost: (edge: number) => number, current: number, currentCost: number, maxErrors: number): number {
  let best = current;
  let bestCost = Infinity;
  for (const option of options) {
    const c = cost(option);
    if (c <= maxErrors && c < bestCost) {
      best = option;
      bestCost = c;
    }
  }
  // Keep the unsnapped edge only when every boundary is beyond the error bound.
  return bestCost === Infinity || bestCost > currentCost + 2 ? current : best;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
}

function isWordBoundary(text: string, i: number): boolean {
  return !isWordChar(text, i - 1) || !isWordChar(text, i);
}

function wordStartBefore(text: string, i: number): number {
  while (i > 0 && isWordChar(text, i - 1)) i--;
  return i;
}

function wordStartAfter(text: string, i: number, limit: number): number {
  while (i < limit && isWordChar(text, i)) i++;
  while (i < limit && !isWordChar(text, i)) i++;
  return i;
}

function wordEndAfter(text: string, i: number): number {
  while (i < text.length && isWordChar(text, i)) i++;
  return i;
}

function wordEndBefore(text: string, i: number, limit: number): number {
  while (i > limit && isWordChar(text, i - 1)) i--;
  while (i > limit && !isWordChar(text, i - 1)) i--;
  return i;
}

function best(candidates: Candidate[], expected: number): Candidate | undefined {
  let winner: Candidate | undefined;
  for (const c of candidates) {
    if (!winner || c.score > winner.score || (c.score === winner.score && Math.abs(c.start - expected) < Math.abs(winner.start - expected))) winner = c;
  }
  return winner;
}

function positionSimilarity(start: number, expected: number, textLength: number): number {
  return 1 - Math.min(1, Math.abs(start - expected) / Math.max(1, textLength));
}

/** The stored prefix and suffix, compared with the context of candidate places. */
class QuoteContext {
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
    this.prefixLength = quote.prefix.length >= QUOTE_CONTEXT_LENGTH ? prefix.length : QUOTE_CONTEXT_LENGTH;
    this.suffixLength = quote.suffix.length >= QUOTE_CONTEXT_LENGTH ? suffix.length : QUOTE_CONTEXT_LENGTH;
  }

  /** The context around `start..end` is exactly the recorded one. */
  agreesExactly(text: string, start: number, end: number): boolean {
    const { prefix, suffix } = this.quote;
    return (
      text.startsWith(suffix, end) &&
      text.slice(start - prefix.length >= 0 ? start - prefix.length : 0, start) === prefix &&
      (prefix.length >= QUOTE_CONTEXT_LENGTH || start === prefix.length) &&
      (suffix.length >= QUOTE_CONTEXT_LENGTH || end + suffix.length === text.length)
    );
  }

  /** Share of context characters that agree, reading outwards from the candidate (cheap). */
  quickAgreement(text: string, start: number, end: number): number {
    const { prefix, suffix } = this.quote;
    let before = 0;
    while (before < prefix.length && text.charCodeAt(start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)) before++;
    let after = 0;
    while (after < suffix.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
    return (before / Math.max(1, prefix.length) + after / Math.max(1, suffix.length)) / 2;
  }

  score(text: string, start: number, end: number, quoteSimilarity: number, expected: number): Candidate {
    const before = withoutCr(text.slice(Math.max(0, start - 2 * QUOTE_CONTEXT_LENGTH), start)).slice(-this.prefixLength);
    const after = withoutCr(text.slice(end, end + 2 * QUOTE_CONTEXT_LENGTH)).slice(0, this.suffixLength);
    const prefix = this.prefix.similarity(before);
    const suffix = this.suffix.similarity(after);
    const score =
      (QUOTE_WEIGHT * quoteSimilarity + CONTEXT_WEIGHT * (prefix + suffix) + POSITION_WEIGHT * positionSimilarity(start, expected, text.length)) / TOTAL_WEIGHT;
    return { start, end, score, context: (prefix + suffix) / 2 };
  }
}

function withoutCr(s: string): string {
  return s.includes('\r') ? s.replace(/\r/g, '') : s;
}

/** The quote as written, and with its line ends converted to LF and to CRLF. */
function lineEndVariants(exact: string): string[] {
  if (!/[\r\n]/.test(exact)) return [exact];
  const lf = exact.replace(/\r\n/g, '\n');
  return [...new Set([exact, lf, lf.replace(/\n/g, '\r\n')])];
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
