// compromise's post-tagger corrects its tags with a few hundred match patterns, run through its
// "sweep" (`methods.one.bulkMatch`): for each chunk of a sentence it lists the patterns whose
// hook words or tags occur in the chunk. compromise 14.17 finds them by walking *every* hook key
// of the pattern net for every chunk (and concatenating lists one by one), which took about a
// fifth of a paragraph's whole analysis. This is the same sweep with that step done from the
// other side: each pattern is indexed under one word or tag it cannot run without (or, with none,
// under each of those it wants), the chunk's own words and tags find the patterns to check, and
// these are then put in the order compromise's walk would meet them, so the patterns run in
// exactly the order, and tag exactly as, compromise's own sweep (the rest is compromise's code
// as is, MIT licence). Installed on compromise's shared method table when this module loads.
import nlp from 'compromise';
import { mayMatch, type MatchStep, type MatchTerm } from './matchPrefilter';

interface SweepMatch {
  match?: unknown;
  regs?: MatchStep[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}

type Term = object;
type Ptr = number[];

interface SweepMethods {
  one: {
    cacheDoc: (document: Term[][]) => Set<unknown>[];
    match: (docs: Term[][], match: SweepMatch) => { ptrs: Ptr[] };
    bulkMatch: (document: Term[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => object[];
  };
}

/** A pattern of the net, with where compromise's walk would meet it. */
interface IndexedPattern {
  pattern: SweepMatch;
  /** Its number among the net's distinct patterns. */
  n: number;
  /** Patterns with the same match text share one id: compromise runs such a pattern once. */
  id: number;
  /** The positions of the hook keys it is listed under, ascending, and its place in each list. */
  keyAt: Int32Array;
  placeIn: Int32Array;
  /**
   * Its needs and wants as key positions, so that a chunk's keys are tested by stamp rather
   * than by looking words up in the chunk's set; null when one of them is not a hook key (a
   * pattern then takes the look-up way).
   */
  needAt: Int32Array | null;
  wantAt: Int32Array | null;
}

interface NetIndex {
  /** Each hook key's position in `Object.keys(hooks)`, the order compromise walks the hooks in. */
  order: Map<unknown, number>;
  /**
   * Per key position, the patterns to look at when a chunk has that key: a pattern is there under
   * one of its needs (it runs only if the chunk has all of them: the rarest-looking one will do),
   * or, with no needs, under each of its wants.
   */
  lookAt: IndexedPattern[][];
  /** More than the longest hook list: key position × this + place orders the patterns. */
  span: number;
  /** Stamps of the chunk that last had a key (by position), took a pattern (by n) and ran a match text (by id). */
  keyIn: Int32Array;
  patternIn: Int32Array;
  idIn: Int32Array;
  stamp: number;
}

/** Per net, its index; a net is built once and not changed after. */
const netIndexes = new WeakMap<Record<string, SweepMatch[]>, NetIndex>();

function netIndex(hooks: Record<string, SweepMatch[]>): NetIndex {
  let known = netIndexes.get(hooks);
  if (known) return known;
  const keys = Object.keys(hooks);
  const order = new Map<unknown, number>(keys.map((key, i) => [key, i]));
  const byPattern = new Map<SweepMatch, { keyAt: number[]; placeIn: number[] }>();
  keys.forEach((key, k) =>
    hooks[key].forEach((pattern, place) => {
      let at = byPattern.get(pattern);
      if (!at) byPattern.set(pattern, (at = { keyAt: [], placeIn: [] }));
      at.keyAt.push(k);
      at.placeIn.push(place);
    }),
  );
  const ids = new Map<string, number>();
  const lookAt: IndexedPattern[][] = keys.map(() => []);
  let n = 0;
  for (const [pattern, at] of byPattern) {
    // compromise keys its "already seen" object by the pattern's match, as a property name.
    const text = String(pattern.match);
    if (!ids.has(text)) ids.set(text, ids.size);
    const positions = (keys: string[]): Int32Array | null => (keys.every(key => order.has(key)) ? Int32Array.from(keys, key => order.get(key)!) : null);
    const needAt = positions(pattern.needs);
    const wantAt = needAt && positions(pattern.wants);
    const indexed: IndexedPattern = {
      pattern,
      n: n++,
      id: ids.get(text)!,
      keyAt: Int32Array.from(at.keyAt),
      placeIn: Int32Array.from(at.placeIn),
      needAt: wantAt && needAt,
      wantAt,
    };
    const needs = pattern.needs.filter(need => order.has(need));
    if (needs.length > 0) {
      // A word is rarer in a chunk than a tag; among words (or tags), the shorter hook list.
      const rarity = (key: string): number => (key.startsWith('#') ? 1e6 : 0) + hooks[key].length;
      const rarest = needs.reduce((a, b) => (rarity(b) < rarity(a) ? b : a));
      lookAt[order.get(rarest)!].push(indexed);
    } else for (const k of indexed.keyAt) lookAt[k].push(indexed);
  }
  const span = Math.max(1, ...keys.map(key => hooks[key].length)) + 1;
  known = { order, lookAt, span, keyIn: new Int32Array(keys.length), patternIn: new Int32Array(n), idIn: new Int32Array(ids.size), stamp: 0 };
  netIndexes.set(hooks, known);
  return known;
}

/**
 * The patterns hooked on the chunk's cached words and tags, in the order compromise's walk meets
 * them (by hook key, then place in the key's list), each match text once, and only those whose
 * needs, "if no" and wants the chunk satisfies and whose length fits (compromise's trim-down).
 */
function hookedMatches(cache: Set<unknown>, net: NetIndex, termCount: number): SweepMatch[] {
  const { order, lookAt, span, keyIn, patternIn, idIn } = net;
  // A fresh stamp per chunk; wrapping around after 2^31 chunks starts the stamps afresh.
  if (++net.stamp === 0x7fffffff) {
    keyIn.fill(0);
    patternIn.fill(0);
    idIn.fill(0);
    net.stamp = 1;
  }
  const stamp = net.stamp;
  const present: number[] = [];
  for (const entry of cache) {
    const k = order.get(entry);
    if (k !== undefined) {
      keyIn[k] = stamp;
      present.push(k);
    }
  }
  const found: { at: number; indexed: IndexedPattern }[] = [];
  for (const k of present) {
    for (const indexed of lookAt[k]) {
      if (patternIn[indexed.n] === stamp) continue;
      patternIn[indexed.n] = stamp;
      if (!(indexed.needAt && indexed.wantAt ? hasKeys(indexed.needAt, indexed.wantAt, indexed.pattern.minWant, keyIn, stamp) : hasNeedsAndWants(indexed.pattern, cache))) continue;
      // Where the walk meets it: under the first of its keys the chunk has.
      let i = 0;
      while (keyIn[indexed.keyAt[i]] !== stamp) i++;
      found.push({ at: indexed.keyAt[i] * span + indexed.placeIn[i], indexed });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const maybe: SweepMatch[] = [];
  for (const { indexed } of found) {
    // compromise drops a later pattern with the same match text before its "if no" check.
    if (idIn[indexed.id] === stamp) continue;
    idIn[indexed.id] = stamp;
    const m = indexed.pattern;
    if (m.ifNo !== undefined && m.ifNo.some(no => cache.has(no))) continue;
    if (termCount >= m.minWords) maybe.push(m);
  }
  return maybe;
}

/** hasNeedsAndWants, with the chunk's keys as the stamps of their positions. */
function hasKeys(needAt: Int32Array, wantAt: Int32Array, minWant: number, keyIn: Int32Array, stamp: number): boolean {
  for (let i = 0; i < needAt.length; i++) if (keyIn[needAt[i]] !== stamp) return false;
  if (wantAt.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wantAt.length; i++) if (keyIn[wantAt[i]] === stamp) found++;
  return found >= minWant;
}

function hasNeedsAndWants(m: SweepMatch, haves: Set<unknown>): boolean {
  for (const need of m.needs) if (!haves.has(need)) return false;
  if (m.wants.length === 0) return true;
  let found = 0;
  for (const want of m.wants) if (haves.has(want)) found++;
  return found >= m.minWant;
}

const compromiseMethods = (nlp.methods() as unknown as SweepMethods).one;

/** compromise's own sweep, kept for the test that checks this one tags the same. */
export const compromiseBulkMatch = compromiseMethods.bulkMatch;

export const bulkMatch: SweepMethods['one']['bulkMatch'] = (document, net, methods, opts = {}) => {
  const docCache = methods.one.cacheDoc(document);
  const index = netIndex(net.hooks);
  const maybeList = docCache.map((cache, n) => {
    const termCount = document[n].length;
    const list = hookedMatches(cache, index, termCount);
    for (const m of net.always) if (termCount >= m.minWords) list.push(m);
    return list;
  });
  const results: object[] = [];
  for (let n = 0; n < maybeList.length; n += 1) {
    const terms = document[n] as MatchTerm[];
    for (const m of maybeList[n]) {
      if (!mayMatch(terms, m.regs)) continue;
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const todo: SweepMatch & { pointer?: Ptr } = Object.assign({}, m, { pointer: ptr });
          if (m.unTag !== undefined) todo.unTag = m.unTag;
          results.push(todo);
        }
        if (opts.matchOne === true) return [results[0]];
      }
    }
  }
  return results;
};

compromiseMethods.bulkMatch = bulkMatch;
