// compromise's post-tagger corrects its tags with a few hundred match patterns, run through its
// "sweep" (`methods.one.bulkMatch`): for each chunk of a sentence it lists the patterns whose
// hook words or tags occur in the chunk, then runs its matcher for each. Both steps took most of
// the post-tagger's time: compromise walks every hook key of the net for every chunk, and its
// matcher re-reads each pattern from every word. This is the same sweep with the list made from
// the chunk's side (sweepIndex.ts) and each pattern run by its compiled matcher
// (patternMatcher.ts): the patterns run in exactly the order, and match exactly as, in
// compromise's own sweep (the rest is compromise's code as is, MIT licence). Installed on
// compromise's shared method table when this module loads.
import nlp from 'compromise';
import { compilePattern, type CompiledPattern, type MatchRecord } from './patternMatcher';
import type { MatchTerm } from './stepTest';
import { SweepIndex, type SweepPattern } from './sweepIndex';

interface SweepMatch extends MatchRecord, SweepPattern {
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, SweepMatch[]>;
  always: SweepMatch[];
}

type Ptr = unknown[];

interface SweepMethods {
  one: {
    match: (docs: MatchTerm[][], match: SweepMatch) => { ptrs: Ptr[] };
    bulkMatch: (document: MatchTerm[][], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => object[];
  };
}

/** Per net, its index; a net is built once and not changed after. */
const netIndexes = new WeakMap<Record<string, SweepMatch[]>, SweepIndex<SweepMatch, CompiledPattern | null>>();

function netIndex(hooks: Record<string, SweepMatch[]>): SweepIndex<SweepMatch, CompiledPattern | null> {
  let known = netIndexes.get(hooks);
  if (!known) netIndexes.set(hooks, (known = new SweepIndex(hooks, compilePattern, matcher => matcher?.prefix ?? [])));
  return known;
}

/** The "always" patterns (no hook word), compiled once each. */
const alwaysCompiled = new WeakMap<SweepMatch, CompiledPattern | null>();

function compiledAlways(m: SweepMatch): CompiledPattern | null {
  if (!alwaysCompiled.has(m)) alwaysCompiled.set(m, compilePattern(m));
  return alwaysCompiled.get(m)!;
}

const compromiseMethods = (nlp.methods() as unknown as SweepMethods).one;

/** compromise's own sweep, kept for the test that checks this one tags the same. */
export const compromiseBulkMatch = compromiseMethods.bulkMatch;

export const bulkMatch: SweepMethods['one']['bulkMatch'] = (document, net, methods, opts = {}) => {
  const index = netIndex(net.hooks);
  const results: object[] = [];
  /** Runs a pattern on chunk n (compromise's own matcher where it has no compiled one); false to stop. */
  const run = (n: number, m: SweepMatch, matcher: CompiledPattern | null, starts?: number): boolean => {
    const terms = document[n];
    const ptrs = matcher ? matcher.match(terms, starts) : methods.one.match([terms], m).ptrs;
    if (ptrs.length === 0) return true;
    for (const ptr of ptrs) {
      ptr[0] = n;
      // compromise's Object.assign({}, m, { pointer: ptr }), the same keys in the same order,
      // without the throwaway object holding the pointer.
      const todo: SweepMatch & { pointer?: Ptr } = Object.assign({}, m);
      todo.pointer = ptr;
      if (m.unTag !== undefined) todo.unTag = m.unTag;
      results.push(todo);
    }
    return opts.matchOne !== true;
  };
  for (let n = 0; n < document.length; n += 1) {
    for (const indexed of index.candidates(document[n])) {
      // Where the pattern's first words cannot be, it cannot start: those starts are not tried.
      const starts = index.startsOf(indexed);
      if (starts !== 0 && !run(n, indexed.pattern, indexed.prepared, starts)) return [results[0]];
    }
    for (const m of net.always) if (document[n].length >= m.minWords && !run(n, m, compiledAlways(m))) return [results[0]];
  }
  return results;
};

compromiseMethods.bulkMatch = bulkMatch;
