// compromise's pre-tagger guesses each word's tags in three passes over each clause: the first
// looks at punctuation, the second at the word alone (its case, ending, shape, prefix), the
// third at its neighbours. This is compromise's driver (preTagger/compute/tagger/index.js, MIT
// licence) running compromise's own steps in the same order, with one difference: the steps
// that read only the term itself are run once per distinct state of a term, and later terms in
// the same state get the change they made (text/termChange.ts). News repeats its words, so most
// terms are replays. A state is everything those steps read: the word's text, its punctuation,
// normal, machine and implicit forms, its tags so far and the fields the steps write, whether it
// starts its sentence and whether the clause is all capitals. The memo is bounded (it starts
// afresh past MAX_STATES) and assumes compromise's model does not change while the process runs
// (this project adds nothing to it). Installed on compromise's shared compute table when this
// module loads.
import nlp from 'compromise';
import * as step from './compromisePasses';
import type { PassTerm } from './compromisePasses';
import { switches } from './switchStep';
import { changeSince, hasTagsInOrder, replay, stateOf, type TermChange, type TermState } from './termChange';

interface World {
  model: object;
  methods: { two: { quickSplit: (docs: PassTerm[][]) => PassTerm[][] } };
  compute: Record<string, (view: View) => unknown>;
}
interface View {
  docs: PassTerm[][];
  model: object;
  methods: World['methods'];
  world: World;
}

const world = nlp.world() as unknown as World;

/** compromise's own pre-tagger, kept for the test that checks this one tags the same. */
export const compromisePreTagger = world.compute.preTagger;

/** A term state seen before (everything the second pass's word-only steps read, and the prior values of the fields they write), and what the steps did to it. */
export interface Seen {
  pre: string;
  post: string;
  normal: string;
  machine: string | undefined;
  implicit: string | undefined;
  /** YELLING and SENTENCE_START bits. */
  flags: number;
  switch: unknown;
  confidence: unknown;
  dirty: unknown;
  chunk: unknown;
  tags: readonly string[];
  /** The second pass's steps before the year check: tagSwitch, case, suffix, regex, prefix. */
  second: TermChange;
  /** The third pass's word-only steps on the state the second pass left (acronym, parent tags), once first needed. */
  third?: { change: TermChange; acronym: boolean };
}

const YELLING = 1;
const SENTENCE_START = 2;

/**
 * Past this many distinct states the memo starts afresh. Near the bound it holds about 26 MB
 * (peak RSS of the CLI on all eval texts, 214 MB with the memo against 189 MB without, at about
 * 44,000 states).
 */
export const MAX_STATES = 50_000;
/**
 * The states seen, by the term's text. Looked up by the text string itself, which the word
 * memo (text/wordMemo.ts) shares among a word's terms, so that its hash is computed once: a key
 * built anew for each term cost more than the steps it saved.
 */
const seenByText = new Map<string, Seen[]>();
let states = 0;

/** Empties the memo (tests that compare with compromise's own pre-tagger start from nothing). */
export function clearPreTaggerMemo(): void {
  seenByText.clear();
  states = 0;
}

/** The number of distinct term states the memo holds. */
export function preTaggerMemoSize(): number {
  return states;
}

/**
 * `a === b` for every field isState compares. One comparison for all of them: V8 learns the
 * kinds of values a comparison sees before it optimises, and a comparison that had seen only
 * `undefined` (a term's switch, confidence) or only interned strings (its punctuation) threw the
 * optimised pre-tagger away the first time another kind turned up, once per field.
 */
function same(a: unknown, b: unknown): boolean {
  return a === b;
}

/** Is the term in the state `seen` was taken from? (Exported for its test.) */
export function isState(seen: Seen, term: PassTerm, flags: number): boolean {
  return (
    seen.flags === flags &&
    same(seen.pre, term.pre) &&
    same(seen.post, term.post) &&
    same(seen.normal, term.normal) &&
    same(seen.machine, term.machine) &&
    same(seen.implicit, term.implicit) &&
    same(seen.switch, term.switch) &&
    same(seen.confidence, term.confidence) &&
    same(seen.dirty, term.dirty) &&
    same(seen.chunk, term.chunk) &&
    hasTagsInOrder(term, seen.tags)
  );
}

function find(term: PassTerm, flags: number): Seen | undefined {
  const list = seenByText.get(term.text);
  if (list) for (const seen of list) if (isState(seen, term, flags)) return seen;
  return undefined;
}

function remember(term: PassTerm, flags: number, before: TermState, second: TermChange): Seen {
  if (states >= MAX_STATES) clearPreTaggerMemo();
  const seen: Seen = {
    pre: term.pre,
    post: term.post,
    normal: term.normal,
    machine: term.machine,
    implicit: term.implicit,
    flags,
    switch: before.fields[0],
    confidence: before.fields[1],
    dirty: before.fields[2],
    chunk: before.fields[3],
    tags: before.tags,
    second,
  };
  const list = seenByText.get(term.text);
  if (list) list.push(seen);
  else seenByText.set(term.text, [seen]);
  states += 1;
  return seen;
}

/** compromise's test for a clause in capitals (ignoreCase): then no word is a proper noun by its case. */
function isYelling(terms: PassTerm[]): boolean {
  // 'John F Kennedy' is not yelling: it needs more than three words that are not proper nouns.
  let notProper = 0;
  for (const t of terms) if (!t.tags.has('ProperNoun')) notProper += 1;
  if (notProper <= 3) return false;
  return terms.every(t => !/^[a-z]/.test(t.text));
}

function wordSteps(terms: PassTerm[], i: number, model: object, world: World, yelling: boolean): void {
  step.tagSwitch(terms, i, model);
  if (!yelling) step.checkCase(terms, i, model);
  step.checkSuffix(terms, i, model);
  step.checkRegex(terms, i, model, world);
  step.checkPrefix(terms, i, model);
}

/**
 * The second pass over a clause. Returns, per term, the outcome it followed when the third
 * pass may replay its word-only steps too (not when the year check then changed the term).
 */
function secondPass(terms: PassTerm[], model: object, world: World, yelling: boolean): Array<Seen | undefined> {
  const followed: Array<Seen | undefined> = new Array<Seen | undefined>(terms.length);
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (term.frozen === true) continue;
    let seen: Seen | undefined;
    // compromise's case check gives a term with no index one; such a term is tagged as it is.
    if (term.index === undefined) {
      wordSteps(terms, i, model, world, yelling);
    } else {
      const flags = (yelling ? YELLING : 0) | (term.index[1] === 0 ? SENTENCE_START : 0);
      seen = find(term, flags);
      if (seen) {
        replay(term, seen.second);
      } else {
        const before = stateOf(term);
        wordSteps(terms, i, model, world, yelling);
        seen = remember(term, flags, before, changeSince(term, before));
      }
    }
    // '1993' as a year reads the neighbours: always run, on the words it may tag. compromise's
    // step leaves all others as they are (it first asks for a four-character number); called for
    // those alone, the call is too rare for V8 to inline it here, so that its deopts on new
    // neighbours (a year opening a clause, a decimal) no longer recompile this whole pass.
    const size = term.tags.size;
    if (term.normal.length === 4 && term.tags.has('NumericValue')) step.checkYear(terms, i, model);
    if (term.tags.size === size) followed[i] = seen;
  }
  return followed;
}

/** The third pass's word-only steps: acronym, then parent tags. Returns whether it was an acronym. */
function acronymAndParents(terms: PassTerm[], i: number, model: object, outcome: Seen | undefined): boolean {
  const term = terms[i];
  if (outcome === undefined || term.frozen === true) {
    const acronym = Boolean(step.checkAcronym(terms, i, model));
    step.fillTags(terms, i, model);
    return acronym;
  }
  if (outcome.third) {
    replay(term, outcome.third.change);
    return outcome.third.acronym;
  }
  const before = stateOf(term);
  const acronym = Boolean(step.checkAcronym(terms, i, model));
  step.fillTags(terms, i, model);
  outcome.third = { change: changeSince(term, before), acronym };
  return acronym;
}

/** compromise's verb-type step leaves a verb with one of these tags as it is. */
function hasVerbType(term: PassTerm): boolean {
  const tags = term.tags;
  return tags.has('PastTense') || tags.has('PresentTense') || tags.has('Auxiliary') || tags.has('Modal') || tags.has('Particle');
}

function thirdPass(terms: PassTerm[], model: object, world: World, yelling: boolean, followed: Array<Seen | undefined>): void {
  for (let i = 0; i < terms.length; i += 1) {
    let found = acronymAndParents(terms, i, model, followed[i]);
    found = found || Boolean(step.neighbours(terms, i, model));
    if (!found) step.nounFallback(terms, i, model);
  }
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (term.frozen === true) continue;
    step.orgWords(terms, i, world, yelling);
    step.placeWords(terms, i, world, yelling);
    // A word with no switch (Noun|Verb, …) is one compromise's switch step leaves as it is.
    if (term.switch) switches(terms, i, world as unknown as Parameters<typeof switches>[2]);
    // compromise's step builds a list and a closure for every word it looks at, and tags only a
    // verb with none of these tags (as Infinitive): called for those alone.
    if (term.tags.has('Verb') && !hasVerbType(term)) step.verbType(terms, i, model, world);
    step.hyphens(terms, i, model, world);
  }
  step.imperative(terms, world);
}

function preTagger(view: View): PassTerm[][] {
  const { methods, model, world } = view;
  const docs = view.docs;
  for (const terms of docs) step.colons(terms, 0, model, world);
  // compromise's rough split into clauses, at commas and semicolons.
  const clauses = methods.two.quickSplit(docs);
  for (const terms of clauses) {
    const yelling = isYelling(terms);
    const followed = secondPass(terms, model, world, yelling);
    thirdPass(terms, model, world, yelling, followed);
  }
  return clauses;
}

world.compute.preTagger = preTagger;
