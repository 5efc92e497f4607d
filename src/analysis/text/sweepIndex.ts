// Which of the post-tagger's patterns compromise's sweep would try on a sentence chunk, and in
// which order (compromise 14.17, sweep/methods/sweep/01-getHooks.js and 02-trim-down.js). compromise
// builds a set of the chunk's words and tags, walks *every* hook key of the pattern net against it
// (concatenating lists one by one) and then filters the list. Here it is done from the other side:
// the chunk's words and tags are stamped by their place among the keys, and each pattern is
// looked at only when the chunk has a key it cannot run without (one of its needs, or else one of
// the words it wants); those that pass compromise's filters are put in the order its walk meets
// them. Which key a pattern waits for does not change the answer, only how often the pattern is
// looked at in vain: it starts as a guess (a word is rarer than a tag) and is then chosen by how
// often each key turned up in the chunks seen so far. While stamping, it also notes which words
// have each key, so that the sweep can tell a pattern where its first words can be (`startsOf`):
// not needed by compromise's order, only to spare the matcher starts that cannot match.
import type { MatchTerm } from './stepTest';

/** A pattern of compromise's net, as far as the sweep reads it. */
export interface SweepPattern {
  match?: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

/** A pattern of the net, with where compromise's walk would meet it. */
export interface IndexedPattern<P extends SweepPattern, X> {
  pattern: P;
  /** What the sweep made of the pattern once (its compiled matcher). */
  prepared: X;
  /** Its number among the net's distinct patterns. */
  n: number;
  /** Patterns with the same match text share one id: compromise runs such a pattern once. */
  id: number;
  /** The positions of the hook keys it is listed under, ascending, and its place in each list. */
  keyAt: Int32Array;
  placeIn: Int32Array;
  /** Its needs, wants and "if no" words as key positions, tested against the chunk's stamps. */
  needAt: Int32Array;
  wantAt: Int32Array;
  ifNoAt: Int32Array;
  /** Per leading step of the pattern that takes one word, the keys that word needs one of. */
  prefixAt: Int32Array[];
}

/** Chunks seen before the keys a pattern waits for are chosen again by how often they turned up. */
const RETUNE_AFTER = [500, 5000];

export class SweepIndex<P extends SweepPattern, X> {
  /**
   * Each key's position: the hook keys first, in the order of `Object.keys(hooks)` (the order
   * compromise walks them in), then any other word or tag a pattern's needs, wants or "if no" name.
   */
  private readonly position = new Map<string, number>();
  /** A term's tag and its switch ("Noun|Verb") to the position of "#Tag" and "%Noun|Verb%". */
  private readonly tagPosition = new Map<string, number>();
  private readonly switchPosition = new Map<string, number>();
  /** The net's distinct patterns, indexed. */
  readonly patterns: IndexedPattern<P, X>[] = [];
  /** Per key position, the numbers of the patterns to look at when a chunk has that key. */
  private lookAt: PackedLists = packLists([]);
  /**
   * The patterns' keys, needs, wants and "if no" words (as in IndexedPattern) and their lengths
   * and ids, packed by pattern number: `candidates` reads them for every pattern it looks at, and
   * reading them from a few flat arrays rather than from each pattern's own is what keeps it cheap.
   */
  private readonly keysOf: PackedLists;
  private readonly placesOf: PackedLists;
  private readonly needsOf: PackedLists;
  private readonly wantsOf: PackedLists;
  private readonly ifNoOf: PackedLists;
  /** compromise's minWant and minWords; NaN where a pattern has none (no comparison passes). */
  private readonly minWant: Float64Array;
  private readonly minWords: Float64Array;
  private readonly idOf: Int32Array;
  /** More than the longest hook list: key position × this + place orders the patterns. */
  private readonly span: number;
  /** Stamps of the chunk that last had a key (by position), took a pattern (by n) and ran a match text (by id). */
  private readonly keyIn: Int32Array;
  private readonly patternIn: Int32Array;
  private readonly idIn: Int32Array;
  private stamp = 0;
  /** The chunk's key positions, and its patterns to try as sort codes (see `candidates`). */
  private readonly present: Int32Array;
  private readonly codes: Float64Array;
  /** In how many chunks each key turned up, and how many chunks were seen. */
  private readonly seen: Int32Array;
  private chunks = 0;
  /**
   * Per key, the words of the chunk that have it as bits (word i: bit i), valid where `maskIn`
   * holds the chunk's stamp; a word's text counts here too (compromise's word test reads it) but
   * not among the keys compromise's sweep sees.
   */
  private readonly mask: Int32Array;
  private readonly maskIn: Int32Array;
  /** Whether the chunk's masks were made: at most 31 words (one bit each). */
  private masked = false;
  /** A contraction in the chunk: a step may take two words, so only the first step's word is known. */
  private contracted = false;

  /**
   * `prefix` gives the keys of the pattern's leading one-word steps (patternMatcher.ts), from
   * which `startsOf` tells where in a chunk it may start.
   */
  constructor(hooks: Record<string, P[]>, prepare: (pattern: P) => X, prefix: (prepared: X) => readonly (readonly string[])[] = () => []) {
    const keys = Object.keys(hooks);
    keys.forEach((key, i) => this.position.set(key, i));
    const byPattern = new Map<P, { keyAt: number[]; placeIn: number[] }>();
    keys.forEach((key, k) =>
      hooks[key].forEach((pattern, place) => {
        let at = byPattern.get(pattern);
        if (!at) byPattern.set(pattern, (at = { keyAt: [], placeIn: [] }));
        at.keyAt.push(k);
        at.placeIn.push(place);
      }),
    );
    const ids = new Map<string, number>();
    for (const [pattern, at] of byPattern) {
      // compromise keys its "already seen" object by the pattern's match, as a property name.
      const text = String(pattern.match);
      if (!ids.has(text)) ids.set(text, ids.size);
      const prepared = prepare(pattern);
      this.patterns.push({
        pattern,
        prepared,
        n: this.patterns.length,
        id: ids.get(text)!,
        keyAt: Int32Array.from(at.keyAt),
        placeIn: Int32Array.from(at.placeIn),
        needAt: this.positionsOf(pattern.needs),
        wantAt: this.positionsOf(pattern.wants),
        ifNoAt: this.positionsOf(pattern.ifNo ?? []),
        prefixAt: prefix(prepared).map(keys => this.positionsOf(keys)),
      });
    }
    const { patterns } = this;
    this.keysOf = packLists(patterns.map(p => p.keyAt));
    this.placesOf = packLists(patterns.map(p => p.placeIn));
    this.needsOf = packLists(patterns.map(p => p.needAt));
    this.wantsOf = packLists(patterns.map(p => p.wantAt));
    this.ifNoOf = packLists(patterns.map(p => p.ifNoAt));
    this.minWant = Float64Array.from(patterns, p => p.pattern.minWant ?? NaN);
    this.minWords = Float64Array.from(patterns, p => p.pattern.minWords ?? NaN);
    this.idOf = Int32Array.from(patterns, p => p.id);
    for (const [key, k] of this.position) {
      if (key.startsWith('#')) this.tagPosition.set(key.slice(1), k);
      if (key.length > 1 && key.startsWith('%') && key.endsWith('%')) this.switchPosition.set(key.slice(1, -1), k);
    }
    const keyCount = this.position.size;
    this.span = Math.max(1, ...keys.map(key => hooks[key].length)) + 1;
    this.keyIn = new Int32Array(keyCount);
    this.patternIn = new Int32Array(this.patterns.length);
    this.idIn = new Int32Array(ids.size);
    this.present = new Int32Array(keyCount);
    this.codes = new Float64Array(this.patterns.length);
    this.seen = new Int32Array(keyCount);
    this.mask = new Int32Array(keyCount);
    this.maskIn = new Int32Array(keyCount);
    // Before any chunk is seen: a word turns up in fewer chunks than a tag.
    const guess = Float64Array.from([...this.position.keys()], key => (key.startsWith('#') ? 1e6 : 0) + (hooks[key]?.length ?? 0));
    this.index(guess);
  }

  private positionsOf(words: readonly string[]): Int32Array {
    return Int32Array.from(words, word => {
      if (!this.position.has(word)) this.position.set(word, this.position.size);
      return this.position.get(word)!;
    });
  }

  /**
   * Files each pattern under the keys that cost least to wait for: one of its needs (it runs only
   * if the chunk has all of them), or each of its wants (it needs at least one of them), or each
   * key it is hooked under (compromise meets it under none other).
   */
  private index(frequency: ArrayLike<number>): void {
    const lookAt: number[][] = Array.from({ length: this.position.size }, () => []);
    const sum = (at: Int32Array): number => at.reduce((total, k) => total + frequency[k], 0);
    for (const indexed of this.patterns) {
      let best = indexed.keyAt;
      let cost = sum(best);
      if (indexed.pattern.minWant >= 1 && indexed.wantAt.length > 0 && sum(indexed.wantAt) < cost) {
        best = indexed.wantAt;
        cost = sum(best);
      }
      for (const k of indexed.needAt) {
        if (frequency[k] < cost) {
          best = Int32Array.of(k);
          cost = frequency[k];
        }
      }
      for (const k of new Set(best)) lookAt[k].push(indexed.n);
    }
    this.lookAt = packLists(lookAt);
  }

  /**
   * Stamps the keys the chunk has, as compromise's cacheDoc lists them (its words, their switch,
   * implicit, machine and root forms and aliases, and "#" and each tag); returns how many there are
   * in `present`.
   */
  private stampKeys(terms: MatchTerm[]): number {
    const { position, tagPosition, switchPosition, keyIn, present } = this;
    // A fresh stamp per chunk; wrapping around after 2^31 chunks starts the stamps afresh.
    if (++this.stamp === 0x7fffffff) {
      keyIn.fill(0);
      this.maskIn.fill(0);
      this.patternIn.fill(0);
      this.idIn.fill(0);
      this.stamp = 1;
    }
    const { mask, maskIn } = this;
    const stamp = this.stamp;
    const masked = terms.length <= 31;
    this.masked = masked;
    this.contracted = false;
    let count = 0;
    /** The bit of the word being stamped (0 when the chunk has no masks). */
    let bit = 0;
    const markWord = (k: number | undefined): void => {
      if (k === undefined) return;
      if (maskIn[k] !== stamp) {
        maskIn[k] = stamp;
        mask[k] = bit;
      } else mask[k] |= bit;
    };
    const mark = (k: number | undefined): void => {
      if (k === undefined) return;
      if (keyIn[k] !== stamp) {
        keyIn[k] = stamp;
        present[count++] = k;
      }
      markWord(k);
    };
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i];
      bit = masked ? 1 << i : 0;
      if (term.normal !== '') mark(position.get(term.normal));
      if (term.switch) mark(switchPosition.get(term.switch));
      if (term.implicit) {
        this.contracted = true;
        mark(position.get(term.implicit));
      }
      if (term.machine) mark(position.get(term.machine));
      if (term.root) mark(position.get(term.root));
      if (term.alias) for (const alias of term.alias) mark(position.get(alias));
      for (const tag of term.tags) mark(tagPosition.get(tag));
      if (masked && term.text !== term.normal) markWord(position.get(term.text));
    }
    return count;
  }

  /**
   * The patterns hooked on the chunk's words and tags, in the order compromise's walk meets them
   * (by hook key, then place in the key's list), each match text once, and only those whose
   * needs, "if no" and wants the chunk satisfies and whose length fits (compromise's trim-down).
   */
  candidates(terms: MatchTerm[]): IndexedPattern<P, X>[] {
    const keyCount = this.stampKeys(terms);
    const { lookAt, span, keyIn, patternIn, idIn, stamp, present, codes, patterns, seen } = this;
    const { keysOf, placesOf, needsOf, wantsOf, ifNoOf, minWant, minWords, idOf } = this;
    const patternCount = patterns.length;
    let found = 0;
    for (let p = 0; p < keyCount; p++) {
      const key = present[p];
      seen[key]++;
      for (let l = lookAt.start[key], lookEnd = lookAt.start[key + 1]; l < lookEnd; l++) {
        const n = lookAt.items[l];
        if (patternIn[n] === stamp) continue;
        patternIn[n] = stamp;
        if (!hasAll(needsOf, n, keyIn, stamp) || !hasWants(wantsOf, n, minWant[n], keyIn, stamp)) continue;
        // Where the walk meets it: under the first of its keys the chunk has (with none, it never does).
        let i = keysOf.start[n];
        const end = keysOf.start[n + 1];
        while (i < end && keyIn[keysOf.items[i]] !== stamp) i++;
        if (i === end) continue;
        codes[found++] = (keysOf.items[i] * span + placesOf.items[i]) * patternCount + n;
      }
    }
    if (RETUNE_AFTER.includes(++this.chunks)) this.index(seen);
    sortFirst(codes, found);
    const maybe: IndexedPattern<P, X>[] = [];
    const termCount = terms.length;
    for (let c = 0; c < found; c++) {
      const n = codes[c] % patternCount;
      // compromise drops a later pattern with the same match text before its "if no" check.
      if (idIn[idOf[n]] === stamp) continue;
      idIn[idOf[n]] = stamp;
      if (hasAny(ifNoOf, n, keyIn, stamp)) continue;
      if (termCount >= minWords[n]) maybe.push(patterns[n]);
    }
    return maybe;
  }

  /**
   * Where in the chunk last given to `candidates` the pattern may start, as bits (word i: bit i;
   * 0: nowhere), from the words its leading one-word steps need; undefined when not known.
   */
  startsOf(indexed: IndexedPattern<P, X>): number | undefined {
    const { prefixAt } = indexed;
    if (!this.masked || prefixAt.length === 0) return undefined;
    const { mask, maskIn, stamp } = this;
    const steps = this.contracted ? 1 : prefixAt.length;
    let starts = -1;
    for (let j = 0; j < steps; j++) {
      let words = 0;
      for (const k of prefixAt[j]) if (maskIn[k] === stamp) words |= mask[k];
      // Step j tests the word j on from the start.
      starts &= words >>> j;
      if (starts === 0) return 0;
    }
    return starts;
  }
}

/** Lists of numbers packed in one array: list i is items[start[i]] up to items[start[i + 1]]. */
interface PackedLists {
  start: Int32Array;
  items: Int32Array;
}

function packLists(lists: readonly ArrayLike<number>[]): PackedLists {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (start[i + 1] = start[i] + list.length));
  const items = new Int32Array(start[lists.length]);
  lists.forEach((list, i) => items.set(list, start[i]));
  return { start, items };
}

/** Sorts the first `count` numbers in place (a chunk has a few dozen at most: insertion sort). */
function sortFirst(values: Float64Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const value = values[i];
    let j = i - 1;
    while (j >= 0 && values[j] > value) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = value;
  }
}

/** Whether the chunk has every key of list n. */
function hasAll(lists: PackedLists, n: number, keyIn: Int32Array, stamp: number): boolean {
  const { items } = lists;
  for (let i = lists.start[n], end = lists.start[n + 1]; i < end; i++) if (keyIn[items[i]] !== stamp) return false;
  return true;
}

/** Whether the chunk has some key of list n. */
function hasAny(lists: PackedLists, n: number, keyIn: Int32Array, stamp: number): boolean {
  const { items } = lists;
  for (let i = lists.start[n], end = lists.start[n + 1]; i < end; i++) if (keyIn[items[i]] === stamp) return true;
  return false;
}

/** compromise's wants: none, or at least `minWant` of them in the chunk. */
function hasWants(lists: PackedLists, n: number, minWant: number, keyIn: Int32Array, stamp: number): boolean {
  const { items } = lists;
  const begin = lists.start[n];
  const end = lists.start[n + 1];
  if (begin === end) return true;
  let found = 0;
  for (let i = begin; i < end; i++) if (keyIn[items[i]] === stamp) found++;
  return found >= minWant;
}
