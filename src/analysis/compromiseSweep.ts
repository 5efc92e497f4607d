// compromise's post-tagger corrects its tags with a few hundred match patterns, run through its
// "sweep" (`methods.one.bulkMatch`): for each chunk of a sentence it lists the patterns whose
// hook words or tags occur in the chunk. compromise 14.17 finds them by walking *every* hook key
// of the pattern net for every chunk (and concatenating lists one by one), which took about a
// fifth of a paragraph's whole analysis. This is the same sweep with that step done from the
// other side — the chunk's own words and tags looked up among the hooks — and the hooks then
// taken in the net's key order, so the patterns run in exactly the order, and tag exactly as,
// compromise's own sweep (the rest is compromise's code as is, MIT licence). Installed on
// compromise's shared method table when this module loads.
import nlp from 'compromise';

interface SweepMatch {
  match?: unknown;
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

interface KeyOrder {
  /** `Object.keys(hooks)`: the order compromise walks the hooks in. */
  keys: string[];
  /** Each key's position in `keys`. */
  order: Map<unknown, number>;
  /** Per key (by position), its patterns' numbers; patterns with the same match text share one (compromise runs such a pattern once). */
  patternIds: Int32Array[];
  /** Per pattern number, the chunk that last took it (a stamp, so nothing is cleared between chunks). */
  takenIn: Int32Array;
  stamp: number;
}

/** Per net, its hook keys in order; a net is built once and not changed after. */
const keyOrders = new WeakMap<Record<string, SweepMatch[]>, KeyOrder>();

function keyOrder(hooks: Record<string, SweepMatch[]>): KeyOrder {
  let known = keyOrders.get(hooks);
  if (!known) {
    const keys = Object.keys(hooks);
    const byMatch = new Map<string, number>();
    const patternIds = keys.map(key =>
      Int32Array.from(hooks[key], m => {
        // compromise keys its "already seen" object by the pattern's match, as a property name.
        const id = String(m.match);
        if (!byMatch.has(id)) byMatch.set(id, byMatch.size);
        return byMatch.get(id)!;
      }),
    );
    known = { keys, order: new Map(keys.map((key, i) => [key, i])), patternIds, takenIn: new Int32Array(byMatch.size), stamp: 0 };
    keyOrders.set(hooks, known);
  }
  return known;
}

/**
 * The patterns hooked on the chunk's cached words and tags, in net key order, each pattern once,
 * and only those whose needs, "if no" and wants the chunk satisfies (compromise's trim-down).
 */
function hookedMatches(cache: Set<unknown>, hooks: Record<string, SweepMatch[]>, net: KeyOrder): SweepMatch[] {
  const { keys, order, patternIds, takenIn } = net;
  const found: number[] = [];
  for (const entry of cache) {
    const at = order.get(entry);
    if (at !== undefined) found.push(at);
  }
  found.sort((a, b) => a - b);
  // A fresh stamp per chunk; wrapping around after 2^31 chunks starts the stamps afresh.
  if (++net.stamp === 0x7fffffff) {
    takenIn.fill(0);
    net.stamp = 1;
  }
  const stamp = net.stamp;
  const maybe: SweepMatch[] = [];
  for (const at of found) {
    const list = hooks[keys[at]];
    const ids = patternIds[at];
    for (let i = 0; i < list.length; i++) {
      const id = ids[i];
      if (takenIn[id] === stamp) continue;
      takenIn[id] = stamp;
      if (satisfies(list[i], cache)) maybe.push(list[i]);
    }
  }
  return maybe;
}

function satisfies(m: SweepMatch, haves: Set<unknown>): boolean {
  if (!m.needs.every(need => haves.has(need))) return false;
  if (m.ifNo !== undefined && m.ifNo.some(no => haves.has(no))) return false;
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
  const hookKeys = keyOrder(net.hooks);
  const maybeList = docCache.map((cache, n) => {
    let list = hookedMatches(cache, net.hooks, hookKeys);
    if (net.always.length > 0) list = list.concat(net.always);
    const termCount = document[n].length;
    return list.filter(o => termCount >= o.minWords);
  });
  const results: object[] = [];
  for (let n = 0; n < maybeList.length; n += 1) {
    for (const m of maybeList[n]) {
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
