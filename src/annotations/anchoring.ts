// Re-anchoring tags to a text that may have changed since they were saved (another program,
// git, a newer version of the article). Layered like Hypothesis (annotation-tools.md §2, §4),
// but stricter about what it claims: a confident place in the wrong text is the worst outcome
// (Hypothesis client#7571), worse than an honest `fuzzy` or `orphaned`.
//
//   1. position: the recorded range still holds the recorded text with the recorded context
//      → `exact`;
//   2. quote: the recorded text found elsewhere (line ends LF/CRLF are treated as equal), on
//      word boundaries wherever the tag was (a tag on "50" is never found inside "500"), with
//      its context agreeing on both sides → `moved` (`exact` when it is the old place);
//   3. edited in place: the recorded prefix and suffix still stand together near the expected
//      place around other text ("50" became "500") → `fuzzy` over that text, or `orphaned` if
//      nothing is left between them. Another copy of the old text elsewhere is not the tag;
//   4. quote with the context agreeing on one side → `moved` (or `exact`);
//   5. the only occurrence of the text in the whole document → `moved`, when the text is long
//      enough to say where it is and was not repeated around the tag when it was saved;
//   6. fuzzy: text within an edit distance of 25% of the quote's length, scored by context and
//      nearness, searched near the expected place first and then in the whole text → `fuzzy`;
//   7. otherwise → `orphaned`, keeping the recorded text.
//
// Nearness alone is never evidence: another "said" at the old offset is another sentence's.
// The guarantee the property tests check: an `exact` or `moved` tag always covers text equal
// to its recorded quote (up to line-end style), at the tag's own text; anything else is
// reported as fuzzy or orphaned. Never silently at other text.
import { DistanceFrom, searchApproximate } from './approximateMatch';
import { cutByEdge, QuoteContext, type Candidate } from './quoteContext';
import { QUOTE_CONTEXT_LENGTH, type AnchorStatus, type TextQuote, type TextRange } from './types';
import { hasNameFoundOnlyIn, isWordBoundary, isWordChar, keepsWordEdges, recordedWordEdges, wordEndAfter, wordEndBefore, wordStartAfter, wordStartBefore, type WordEdges } from './wordBoundaries';

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
/**
 * The only occurrence of a distinctive quote at least this long is taken for the tag even
 * when its context was rewritten. Shorter text ("said", "40", "Wei") being unique now says
 * little: the tag's own occurrence may be the one that was deleted.
 */
const UNIQUE_QUOTE = 12;
/** Context agreement (0–1, the mean of prefix and suffix similarity) that lets a short quote match fuzzily. */
const CONTEXT_AGREES = 0.5;
/** Exact candidates refined with edit distances after a cheap first ranking. */
const REFINED_CANDIDATES = 32;
/** Exact search looks this far around the expected place before searching the whole text. */
const EXACT_WINDOW = 2048;
/** Fuzzy search looks this far around the expected place before searching the whole text. */
const FUZZY_WINDOW = 4096;
/** How far from the expected place the recorded context is looked for around edited text. */
const EDITED_WINDOW = 2048;
/** Recorded context (both sides together) needed before it can show the text was edited in place. */
const EDITED_MIN_CONTEXT = 8;

/** Anchors one tag to `text`. Pure; see the file comment for the layers. */
export function anchorTag(stored: StoredAnchor, text: string, options: AnchorOptions = {}): AnchorResult {
  const quote = stored.quote;
  const expected = clamp(options.expectedStart ?? stored.start, 0, text.length);
  if (!quote.exact.length) return orphan(stored, text);
  const context = new QuoteContext(quote);

  if (stored.anchor !== 'orphaned' && holdsQuote(text, stored) && context.agreesExactly(text, stored.start, stored.end)) {
    return { start: stored.start, end: stored.end, status: 'exact', score: 1 };
  }
  const found = (c: Candidate, status: 'moved' | 'fuzzy' = 'moved'): AnchorResult => {
    const samePlace = status === 'moved' && stored.anchor !== 'orphaned' && c.start === stored.start && c.end === stored.end;
    return { start: c.start, end: c.end, status: samePlace ? 'exact' : status, score: c.score };
  };

  const edges = recordedWordEdges(quote);
  const exact = bestExactMatch(text, quote, context, expected, edges);
  if (exact && exact.context === 1) return found(exact);

  const edited = editedInPlace(text, quote, expected);
  if (edited) {
    if (edited.start === edited.end) return orphan(stored, text);
    return found(context.score(text, edited.start, edited.end, new DistanceFrom(quote.exact).similarity(text.slice(edited.start, edited.end)), expected), 'fuzzy');
  }
  if (exact && (exact.prefixAgrees || exact.suffixAgrees)) return found(exact);

  const only = onlyOccurrence(text, quote, edges);
  if (only) return found(context.score(text, only.start, only.end, 1, expected));

  const fuzzy = bestFuzzyMatch(text, quote, context, expected);
  if (fuzzy) return found({ ...fuzzy, ...snapToWords(text, fuzzy, quote.exact) }, 'fuzzy');
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

/**
 * The best place holding the quote (LF and CRLF line ends count as equal). Looks near the
 * expected place first: a candidate there whose context agrees exactly cannot be beaten by
 * one farther away (same context, lower position score), so the whole text is only searched
 * when that fails. This keeps re-anchoring hundreds of tags in a large document fast.
 */
function bestExactMatch(text: string, quote: TextQuote, context: QuoteContext, expected: number, edges: WordEdges): Candidate | undefined {
  const variants = lineEndVariants(quote.exact);
  const windowFrom = Math.max(0, expected - EXACT_WINDOW);
  const windowTo = Math.min(text.length, expected + quote.exact.length + EXACT_WINDOW);
  const near = rank(text, occurrences(text, variants, edges, windowFrom, windowTo), context, expected);
  if (near && near.context === 1) return near;
  if (windowFrom === 0 && windowTo === text.length) return near;
  return rank(text, occurrences(text, variants, edges, 0, text.length), context, expected);
}

/** Places in `text[from..to)` holding one of `variants` on the word boundaries in `edges`; at most `limit`. */
function occurrences(text: string, variants: readonly string[], edges: WordEdges, from: number, to: number, limit = Infinity): TextRange[] {
  const places: TextRange[] = [];
  for (const needle of variants) {
    for (let at = text.indexOf(needle, from); at >= 0 && at + needle.length <= to && places.length < limit; at = text.indexOf(needle, at + 1)) {
      if (keepsWordEdges(text, at, at + needle.length, edges)) places.push({ start: at, end: at + needle.length });
    }
  }
  return places;
}

/**
 * The quote's only occurrence in the whole text, taken for the tag even though its context
 * was rewritten (a sentence reworded around a name). That it is unique now proves little by
 * itself: the tag's own occurrence may be the one that was deleted, and another copy left.
 * So only when the text is distinctive — long enough, with a name found nowhere else in the
 * document ("Kowalczyk", not "Trump fentanyl", unique only as a chance pairing of words found
 * elsewhere, nor "officials million", common words that happen to be rare here) — and was not
 * repeated within its own recorded context either.
 */
function onlyOccurrence(text: string, quote: TextQuote, edges: WordEdges): TextRange | undefined {
  // A quote written by hand without context has no occurrence of its own to have lost.
  const handWritten = !quote.prefix && !quote.suffix;
  if (!handWritten && quote.exact.trim().length < UNIQUE_QUOTE) return undefined;
  const around = quote.prefix + quote.exact + quote.suffix;
  if (around.indexOf(quote.exact) !== quote.prefix.length || around.includes(quote.exact, quote.prefix.length + 1)) return undefined;
  const places = occurrences(text, lineEndVariants(quote.exact), edges, 0, text.length, 2);
  if (places.length !== 1) return undefined;
  return handWritten || hasNameFoundOnlyIn(text, places[0]) ? places[0] : undefined;
}

/**
 * The range between the recorded prefix and suffix when both still stand near the expected
 * place with something other than the quote between them: the tagged text itself was edited
 * there ("50" became "500"; an empty range when it was deleted). Context cut short by the
 * document's edge must still be at that edge. White space at the range's ends is left out.
 */
function editedInPlace(text: string, quote: TextQuote, expected: number): TextRange | undefined {
  const { prefix, suffix, exact } = quote;
  if (prefix.length + suffix.length < EDITED_MIN_CONTEXT) return undefined;
  const maxBetween = 2 * exact.length + QUOTE_CONTEXT_LENGTH;
  const starts: number[] = [];
  if (cutByEdge(prefix)) {
    if (text.startsWith(prefix)) starts.push(prefix.length);
  } else {
    const to = Math.min(text.length, expected + EDITED_WINDOW);
    for (let at = text.indexOf(prefix, Math.max(0, expected - EDITED_WINDOW - prefix.length)); at >= 0 && at <= to; at = text.indexOf(prefix, at + 1)) starts.push(at + prefix.length);
  }
  let best: TextRange | undefined;
  for (const start of starts) {
    const end = cutByEdge(suffix) ? (text.endsWith(suffix) ? text.length - suffix.length : -1) : text.indexOf(suffix, start);
    if (end < start || end - start > maxBetween || text.slice(start, end) === exact) continue;
    if (!best || Math.abs(start - expected) < Math.abs(best.start - expected)) best = trimSpace(text, start, end);
  }
  return best;
}

function trimSpace(text: string, start: number, end: number): TextRange {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function rank(text: string, places: { start: number; end: number }[], context: QuoteContext, expected: number): Candidate | undefined {
  if (!places.length) return undefined;
  let shortlist = places;
  if (places.length > REFINED_CANDIDATES) {
    // Rank cheaply by how many context characters agree exactly, then refine the best few.
    const quick = places.map(p => ({ p, rank: context.quickRank(text, p.start, p.end, expected) }));
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

function best(candidates: Candidate[], expected: number): Candidate | undefined {
  let winner: Candidate | undefined;
  for (const c of candidates) {
    if (!winner || c.score > winner.score || (c.score === winner.score && Math.abs(c.start - expected) < Math.abs(winner.start - expected))) winner = c;
  }
  return winner;
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
