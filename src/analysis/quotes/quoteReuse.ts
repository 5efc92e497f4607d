// After a small edit of a long document, almost every quote is attributed exactly as in the last
// run, moved by the edit's length difference: re-resolving every speaker on each keystroke cost
// most of an edit's time. The last run's quotes are kept with the stretch of the document each
// attribution read (its reach: the paragraphs around the quote, the mentions and sentences its
// "he"/"the minister" looked back at, the quotes whose speaker it carried on); a quote whose
// pieces are the same and whose reach lies wholly outside what the edit changed is carried over,
// every other one is attributed again. The people of both runs must be the same (the edit did
// not change who is a person): then everything such a quote reads is unchanged.
import { firstIndex } from '../../common/firstIndex';
import type { PeopleChanges } from '../people/redecide';
import type { QuoteFinding } from '../pipeline/paragraph';
import type { AttributionKind, Quote } from '../types';

export interface Piece {
  paragraph: number;
  finding: QuoteFinding;
}

/** A quotation, joined over the paragraphs it runs through. */
export interface MergedQuote {
  start: number;
  end: number;
  pieces: Piece[];
}

/** A quote's speaker as the document pass decided it. */
export interface Attributed {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  cue?: string;
  attribution: AttributionKind;
  entity: number | null;
  /** Ids of the speaker rules that decided it, in the order they applied. */
  rules: string[];
}

/**
 * A run's quotes, to carry over after an edit: for each quote of `merged`, its output object and
 * its attribution with what that read, as lists side by side. After a one-word edit of a long
 * document thousands of quotes are carried over; reading a few numbers from these lists costs far
 * less than following an object per quote to its attribution and its pieces, scattered over the
 * heap (that walk was most of an edit's time).
 */
export interface QuoteMemo {
  merged: MergedQuote[];
  /** The output quote (also made for an answer dropped below, which keeps its place). */
  quotes: Quote[];
  /** The attribution, its offsets `shift` short of this run's (moved lazily: rarely read again). */
  attributed: Attributed[];
  shift: Float64Array;
  /** The speaker's entity, -1 for none (the attribution's, read without it). */
  entity: Int32Array;
  /** The lowest and highest document offsets the attribution depended on, in this run's text. */
  low: Float64Array;
  high: Float64Array;
  /** The paragraph of the quote's last piece. */
  paragraph: Int32Array;
  /** 1: an answer of a transcript whose label names no person, which is no quote (see transcript.ts). */
  dropped: Uint8Array;
}

/** An empty memo for `merged`, to be filled quote by quote. */
export function newQuoteMemo(merged: MergedQuote[]): QuoteMemo {
  const n = merged.length;
  return { merged, quotes: new Array<Quote>(n), attributed: new Array<Attributed>(n), shift: new Float64Array(n), entity: new Int32Array(n), low: new Float64Array(n), high: new Float64Array(n), paragraph: new Int32Array(n), dropped: new Uint8Array(n) };
}

/**
 * The edit between two runs: the last run's text [lo, oldHi) became [lo, oldHi + delta); the
 * paragraphs are as many, those in [from, from + count) re-split.
 */
export interface EditedStretch {
  lo: number;
  oldHi: number;
  delta: number;
  from: number;
  count: number;
}

/** A quote may be left open at the end of a paragraph with these quotes, to run on into the next. */
function endsOpen(quotes: readonly QuoteFinding[]): boolean {
  return quotes.length > 0 && !quotes[quotes.length - 1].closed;
}

/** Index of the first quote of `merged` ending in paragraph `pi` or later (merged quotes come in that order). */
function firstEndingFrom(merged: readonly MergedQuote[], pi: number): number {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = merged[mid];
    if (m.pieces[m.pieces.length - 1].paragraph < pi) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which paragraphs the merge of quotes over paragraphs must walk again after an edit, the rest
 * being the last run's: [walkFrom, walkTo), widened from the edited blocks until no quote is left
 * open across either end (the merge carries only an open quote from one paragraph to the next,
 * so outside those bounds it decides as last time). `keep` quotes of the last run lie before,
 * those from `moveFrom` on after (moved by the edit's delta).
 */
export function mergeBounds(old: readonly MergedQuote[], quotesOf: (pi: number) => readonly QuoteFinding[], paragraphs: number, edit: EditedStretch): { walkFrom: number; walkTo: number; keep: number; moveFrom: number } {
  let walkFrom = edit.from;
  while (walkFrom > 0 && endsOpen(quotesOf(walkFrom - 1))) walkFrom--;
  // At least one paragraph past the re-split ones, so that the paragraph before `walkTo` is the
  // same in both runs.
  let walkTo = Math.min(paragraphs, edit.from + edit.count + 1);
  while (walkTo < paragraphs && endsOpen(quotesOf(walkTo - 1))) walkTo++;
  return { walkFrom, walkTo, keep: firstEndingFrom(old, walkFrom), moveFrom: walkTo < paragraphs ? firstEndingFrom(old, walkTo) : old.length };
}

/** The last run's merged quote moved by `delta` (its pieces are the same paragraphs' findings). */
export function movedMerged(m: MergedQuote, delta: number): MergedQuote {
  return delta ? { start: m.start + delta, end: m.end + delta, pieces: m.pieces } : m;
}

/** An attribution with its offsets moved by `shift`. */
export function shiftAttributed(a: Attributed, shift: number): Attributed {
  if (!shift || a.speakerStart === null) return a;
  return { ...a, speakerStart: a.speakerStart + shift, speakerEnd: a.speakerEnd === null ? null : a.speakerEnd + shift };
}

/**
 * The same quote moved by `delta` (a new object, its fields in the order a fresh one has). One
 * literal with the cue and one without: a field added to a literal afterwards costs a second
 * allocation, for each of the thousands of quotes after an edit.
 */
export function shiftQuote(q: Quote, delta: number): Quote {
  if (!delta) return q;
  const speakerStart = q.speakerStart === null ? null : q.speakerStart + delta;
  const speakerEnd = q.speakerEnd === null ? null : q.speakerEnd + delta;
  if (q.cue === undefined) return { start: q.start + delta, end: q.end + delta, text: q.text, speaker: q.speaker, speakerStart, speakerEnd, attribution: q.attribution, rules: q.rules };
  return { start: q.start + delta, end: q.end + delta, text: q.text, speaker: q.speaker, speakerStart, speakerEnd, attribution: q.attribution, rules: q.rules, cue: q.cue };
}

function samePieces(a: MergedQuote, b: MergedQuote): boolean {
  // Quotes kept or moved from the last run share its pieces.
  if (a.pieces === b.pieces) return true;
  if (a.pieces.length !== b.pieces.length) return false;
  for (let i = 0; i < a.pieces.length; i++) if (a.pieces[i].finding !== b.pieces[i].finding || a.pieces[i].paragraph !== b.pieces[i].paragraph) return false;
  return true;
}

/**
 * For each quote of this run, the index of the same quote in the last run (-1 for none), and the
 * stretch [low, high] of the last run's text that the edit changed: the edited paragraphs, and
 * every quote the edit made, unmade, lengthened or cut (a quote mark typed or deleted).
 */
export function alignQuotes(old: MergedQuote[], merged: MergedQuote[], edit: EditedStretch): { match: Int32Array; low: number; high: number } {
  const { lo, oldHi, delta } = edit;
  const match = new Int32Array(merged.length).fill(-1);
  const matchedOld = new Uint8Array(old.length);
  let low = lo;
  let high = oldHi;
  for (let k = 0, i = 0; k < merged.length; k++) {
    const q = merged[k];
    const shift = q.end <= lo ? 0 : q.start >= oldHi + delta ? delta : NaN;
    if (!Number.isNaN(shift)) {
      const start = q.start - shift;
      while (i < old.length && old[i].start < start) i++;
      const o = old[i];
      if (o && o.start === start && o.end === q.end - shift && samePieces(o, q)) {
        match[k] = i;
        matchedOld[i] = 1;
        continue;
      }
    }
    // In the last run's offsets (a part inside the edited stretch counts as all of it).
    low = Math.min(low, q.start < lo ? q.start : q.start >= oldHi + delta ? q.start - delta : lo);
    high = Math.max(high, q.end <= lo ? q.end : q.end >= oldHi + delta ? q.end - delta : oldHi);
  }
  for (let i = 0; i < old.length; i++) {
    if (matchedOld[i]) continue;
    low = Math.min(low, old[i].start);
    high = Math.max(high, old[i].end);
  }
  return { match, low, high };
}

/**
 * After an edit that changed some people, whether the attribution of the last run's quote `i` read none of them: no
 * mention decided again within what it read, and its speaker not among the entities decided again.
 */
export function unchangedPeople(changes: PeopleChanges, memo: QuoteMemo, i: number): boolean {
  const { dirty, entityMap } = changes;
  const low = memo.low[i];
  const at = firstIndex(dirty.length, k => dirty[k] >= low);
  if (at < dirty.length && dirty[at] <= memo.high[i]) return false;
  return memo.entity[i] < 0 || entityMap[memo.entity[i]] >= 0;
}
