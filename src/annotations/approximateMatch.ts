// Approximate string matching with Myers' bit-parallel algorithm ("A fast bit-vector algorithm
// for approximate string matching based on dynamic programming", J. ACM 1999), in the block
// form that handles patterns longer than 32 characters. Each text character costs one pass
// over ceil(m / 32) machine words instead of m dynamic-programming cells, which is what makes
// fuzzy re-anchoring of long quotes in megabyte documents affordable.
//
// Written for this project (Hypothesis uses the `approx-string-match` package for the same job).
// Characters are UTF-16 code units, like every offset in the extension.

export interface ApproximateMatch {
  /** Half-open range of the text that matched. */
  start: number;
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between the pattern and text.slice(start, end). */
  errors: number;
}

const HIGH_BIT = 1 << 31;

/** A pattern prepared for the bit-parallel scan: one bit per pattern character per block. */
class BitPattern {
  readonly blocks: number;
  /** The bit of the pattern's last character within the last block. */
  readonly lastBit: number;
  private readonly peq = new Map<number, Int32Array>();
  private readonly none: Int32Array;
  /** Match masks of ASCII characters, `blocks` per character, looked up without a Map. */
  readonly ascii: Int32Array;

  constructor(readonly pattern: string) {
    this.blocks = Math.max(1, Math.ceil(pattern.length / 32));
    this.lastBit = 1 << ((pattern.length - 1) % 32);
    this.none = new Int32Array(this.blocks);
    this.ascii = new Int32Array(128 * this.blocks);
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let masks = this.peq.get(code);
      if (!masks) this.peq.set(code, (masks = new Int32Array(this.blocks)));
      masks[i >> 5] |= 1 << (i & 31);
      if (code < 128) this.ascii[code * this.blocks + (i >> 5)] |= 1 << (i & 31);
    }
  }

  masks(code: number): Int32Array {
    return this.peq.get(code) ?? this.none;
  }
}

/**
 * Runs the column recurrence over `text[from..to)` (or backwards over `text[to..from)` when
 * `backwards`), calling `onColumn(consumed, score)` after each character, where `score` is the
 * best edit distance of the pattern against a substring ending at the current character.
 * With `anchored`, the substring must start at the first character scanned (row 0 of the
 * dynamic programme counts insertions); otherwise it may start anywhere (row 0 is all zeros).
 * `onColumn` returns false to stop early.
 */
function scan(
  pattern: BitPattern,
  text: string,
  from: number,
  to: number,
  backwards: boolean,
  anchored: boolean,
  onColumn: (index: number, score: number) => boolean,
): void {
  const blocks = pattern.blocks;
  const last = blocks - 1;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  let score = pattern.pattern.length;
  const step = backwards ? -1 : 1;
  for (let j = backwards ? from - 1 : from; backwards ? j >= to : j < to; j += step) {
    const code = text.charCodeAt(j);
    const other = code < 128 ? undefined : pattern.masks(code);
    const base = code * blocks;
    let hin = anchored ? 1 : 0;
    for (let b = 0; b < blocks; b++) {
      const p = pv[b];
      const m = mv[b];
      let eq = other ? other[b] : pattern.ascii[base + b];
      const xv = eq | m;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = m | ~(xh | p);
      let mh = p & xh;
      const top = b === last ? pattern.lastBit : HIGH_BIT;
      const hout = (ph & top) !== 0 ? 1 : (mh & top) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
    if (!onColumn(j, score)) return;
  }
}

/**
 * `scan` for a pattern of at most 32 characters in search mode, as one tight loop: the common
 * case (most tags are short) and the one a whole-document fuzzy search spends its time in.
 * Calls `onColumn` only for columns within `maxErrors`.
 */
function scanOneBlock(pattern: BitPattern, text: string, from: number, to: number, maxErrors: number, onColumn: (index: number, score: number) => boolean): void {
  const top = pattern.lastBit;
  const ascii = pattern.ascii;
  let pv = -1;
  let mv = 0;
  let score = pattern.pattern.length;
  for (let j = from; j < to; j++) {
    const code = text.charCodeAt(j);
    const eq = code < 128 ? ascii[code] : pattern.masks(code)[0];
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & top) score++;
    else if (mh & top) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= maxErrors && !onColumn(j, score)) return;
  }
}

/**
 * Edit distances from one fixed string to many others, preparing the fixed one only once
 * (re-anchoring compares a tag's stored context with the context of every candidate place).
 */
export class DistanceFrom {
  private readonly pattern: BitPattern | undefined;

  constructor(readonly from: string) {
    this.pattern = from.length ? new BitPattern(from) : undefined;
  }

  /** Levenshtein distance between `from` and `to`. */
  distance(to: string): number {
    if (to === this.from) return 0;
    if (!this.pattern) return to.length;
    if (!to.length) return this.from.length;
    let result = this.from.length;
    scan(this.pattern, to, 0, to.length, false, true, (_j, score) => {
      result = score;
      return true;
    });
    return result;
  }

  /** 1 for equal strings, falling linearly to 0 as the distance reaches the longer length. */
  similarity(to: string): number {
    const longest = Math.max(this.from.length, to.length);
    return longest === 0 ? 1 : 1 - this.distance(to) / longest;
  }
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  return new DistanceFrom(a).distance(b);
}

/**
 * Every place in `text[from..to)` where `pattern` occurs with at most `maxErrors` edits.
 * Overlapping candidates are reduced to the best one of each run, so a match is reported once.
 * `limit` caps the number of matches returned (the ones with the fewest errors are kept).
 */
export function searchApproximate(text: string, pattern: string, maxErrors: number, from = 0, to = text.length, limit = 1000): ApproximateMatch[] {
  if (!pattern.length || from >= to) return [];
  const forward = new BitPattern(pattern);
  const ends: { end: number; errors: number }[] = [];
  // A run of consecutive end positions within the error bound is one match seen with different
  // amounts of trailing slack; keep only its best end.
  let runBest: { end: number; errors: number } | undefined;
  let previousEnd = -2;
  const onColumn = (j: number, score: number): boolean => {
    if (score <= maxErrors) {
      const end = j + 1;
      if (runBest && previousEnd === end - 1) {
        if (score < runBest.errors) runBest = { end, errors: score };
      } else {
        if (runBest) ends.push(runBest);
        runBest = { end, errors: score };
      }
      previousEnd = end;
    }
    return true;
  };
  if (forward.blocks === 1) scanOneBlock(forward, text, from, to, maxErrors, onColumn);
  else scan(forward, text, from, to, false, false, onColumn);
  if (runBest) ends.push(runBest);
  ends.sort((x, y) => x.errors - y.errors || x.end - y.end);
  const reversed = new BitPattern(reverse(pattern));
  const matches: ApproximateMatch[] = [];
  for (const { end, errors } of ends.slice(0, limit)) {
    matches.push({ start: findStart(reversed, text, end, errors, from), end, errors });
  }
  return matches.sort((x, y) => x.start - y.start);
}


/**
 * The start of the match ending at `end` with `errors` edits: scan backwards with the reversed
 * pattern anchored at `end`, and take the length whose distance is smallest, preferring the
 * length closest to the pattern's own.
 */
function findStart(reversed: BitPattern, text: string, end: number, errors: number, floor: number): number {
  const m = reversed.pattern.length;
  const limit = Math.max(floor, end - m - errors);
  let best = end - m;
  let bestScore = Infinity;
  scan(reversed, text, end, limit, true, true, (j, score) => {
    const length = end - j;
    if (score < bestScore || (score === bestScore && Math.abs(length - m) < Math.abs(end - best - m))) {
      bestScore = score;
      best = j;
    }
    return true;
  });
  return Math.max(floor, best);
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
