// compromise's matcher (`methods.one.match`, compromise 14.17 match/methods/match/), for one
// pattern on one sentence chunk, with the pattern prepared once. compromise re-reads the parsed
// pattern at every try, copies the rest of the chunk (`terms.slice(i)`) and builds a fresh match
// state for every word it starts from, and walks its chain of term tests for every step; for the
// post-tagger's few hundred patterns on every chunk that was a third of the parse. Here each step
// is compiled once (stepTest.ts), the chunk is read in place, one state is reused, and a start
// whose first step fails is passed over without setting anything up.
//
// The control flow is compromise's, step for step (from-here.js, steps/*.js, steps/logic/*.js),
// including its quirks (a "foo?" that peeks at the next step, greedy steps that stop where the
// next step would match, `=== true` against truthy tests): it must find exactly compromise's
// matches, since the post-tagger tags what they point at. A pattern with a kind of step this does
// not compile gets no matcher (`compilePattern` answers null), and compromise's own runs instead.
// MIT licence, as compromise.
import { compileStepTest, type MatchStep, type MatchTerm, type StepTest } from './stepTest';
import { StepKind, tryFrom, type State, type Step } from './patternSteps';

/** A match as compromise points at it: [sentence, start, end, start term id, end term id]. */
export type MatchPointer = [number, number, number, string?, string?];

/**
 * A pattern prepared for matching; `match` answers as compromise's `runMatch` on one chunk.
 * `starts`, when given, has a bit set for every word of the chunk (up to its 31st) the match may
 * start at: a start left out is one where `prefix` fails, and the match would die there.
 */
export interface CompiledPattern {
  match(terms: MatchTerm[], starts?: number): MatchPointer[];
  /**
   * The pattern's first steps that each take exactly one word (the last may be repeated: its
   * first word) and pass only a word that has one of the listed sweep keys ("#Tag", or a word as
   * the chunk's terms are stamped, their text included): step j tests word start + j, unless a
   * contraction makes a step take two words.
   */
  readonly prefix: readonly (readonly string[])[];
}

/** A post-tagger record as the matcher reads it. */
export interface MatchRecord {
  regs?: MatchStep[];
  group?: string | number;
  notIf?: unknown;
  justOne?: boolean;
}

function prepareSteps(steps: MatchStep[], group: string | undefined): Step[] | null {
  const prepared: Step[] = [];
  for (const step of steps) {
    const one = prepareStep(step, group);
    if (!one) return null;
    prepared.push(one);
  }
  let needsMore = false;
  for (let r = prepared.length - 1; r >= 0; r--) {
    needsMore ||= prepared[r].step.optional !== true;
    prepared[r].needsMore = needsMore;
  }
  return prepared;
}

function prepareStep(step: MatchStep, group: string | undefined): Step | null {
  const test = compileStepTest(step);
  const repeatTest = compileStepTest({ ...step, start: false, end: false });
  const openEndTest = compileStepTest({ ...step, end: false });
  const positiveTest = compileStepTest({ ...step, negative: false });
  if (!test || !repeatTest || !openEndTest || !positiveTest) return null;
  let choices: Step[][] = [];
  if (step.choices !== undefined) {
    if (!step.choices.every(choice => Array.isArray(choice))) return null;
    const prepared = step.choices.map(choice => prepareSteps(choice, undefined));
    if (prepared.some(choice => !choice)) return null;
    choices = prepared as Step[][];
  }
  let kind = StepKind.Term;
  if (step.anything === true && step.greedy === true) kind = StepKind.AnyWords;
  else if (step.choices !== undefined && step.operator === 'or') kind = StepKind.OneOf;
  else if (step.choices !== undefined && step.operator === 'and') kind = StepKind.All;
  else if (step.anything === true) kind = StepKind.AnyWord;
  const inGroup = group !== undefined && Boolean(step.group) && step.group === group;
  return { step, kind, test, repeatTest, openEndTest, positiveTest, choices, inGroup, needsMore: true, endGreedy: step.end === true && step.greedy === true };
}

/** The pattern prepared, or null when it has a kind of step not compiled here. */
export function compilePattern(record: MatchRecord): CompiledPattern | null {
  const regs = record.regs;
  if (!regs || regs.length === 0) return { match: () => [], prefix: [] };
  if (record.justOne === true) return null;
  const group = record.group === undefined || record.group === null ? undefined : String(record.group);
  const steps = prepareSteps(regs, group);
  if (!steps) return null;
  let notIf: Step[] | null | undefined;
  if (record.notIf) {
    if (!Array.isArray(record.notIf)) return null;
    notIf = prepareSteps(record.notIf as MatchStep[], undefined);
    if (!notIf) return null;
  }
  return new Pattern(steps, group, notIf ?? undefined);
}

/**
 * The keys of the pattern's leading steps that take one word each and test only a tag, a word or
 * a list of words (and of a repeated such step after them, for its first word): a step that
 * passes a word passes it only if the word has one of its keys.
 */
function prefixKeys(steps: Step[]): string[][] {
  const prefix: string[][] = [];
  for (const { step, kind, endGreedy } of steps) {
    if (kind !== StepKind.Term || step.optional === true || step.negative === true) break;
    const keys = stepKeys(step);
    if (!keys) break;
    prefix.push(keys);
    // A repeated step ("#Noun+", "#Adjective{2,3}", "foo+$") must pass its first word too, but
    // where the next step's word is depends on how many it takes.
    if (endGreedy || step.greedy === true || step.min !== undefined || step.max !== undefined) break;
  }
  return prefix;
}

/** The keys a word needs to pass the step's test (stepTest.ts, in its order of fields), or null. */
function stepKeys(step: MatchStep): string[] | null {
  if (step.word !== undefined) return step.use || step.fuzzy === true ? null : [step.word];
  if (step.tag !== undefined) return [`#${step.tag}`];
  const other = step.method ?? step.pre ?? step.post ?? step.regex ?? step.chunk ?? step.switch ?? step.machine ?? step.sense;
  if (other !== undefined || step.fastOr === undefined) return null;
  // compromise tests the word's root, implicit, machine or normal form, or its text.
  return [...step.fastOr];
}

class Pattern implements CompiledPattern {
  readonly prefix: readonly (readonly string[])[];
  private readonly minLength: number;
  private readonly anchored: boolean;
  private readonly endAnchored: boolean;
  /** Not true at a start where the first step certainly fails: that start needs no try. */
  private readonly mayStart: StepTest | null;
  /** A first step that is a plain "#Tag": tested in place, the commonest first step. */
  private readonly startTag: string | null;
  private readonly state: State;
  /** The matches of the `match` call under way (null: none yet). */
  private found: MatchPointer[] | null = null;

  constructor(
    private readonly steps: Step[],
    private readonly group: string | undefined,
    private readonly notIf: Step[] | undefined,
  ) {
    this.minLength = steps.filter(s => s.step.optional !== true && s.step.negative !== true).length;
    this.anchored = steps[0].step.start === true;
    this.endAnchored = steps[steps.length - 1].step.end === true;
    this.mayStart = startTest(steps[0]);
    const first = steps[0].step;
    const plainTag = first.tag !== undefined && first.word === undefined && first.anything !== true && first.id === undefined;
    this.startTag = this.mayStart && steps[0].kind === StepKind.Term && plainTag && first.start !== true && first.end !== true ? first.tag! : null;
    this.prefix = prefixKeys(steps);
    this.state = { terms: [], from: 0, count: 0, steps, t: 0, r: 0, startAt: 0, phraseLength: 0, hasGroup: false, groupStart: -1, groupLength: 0 };
  }

  match(terms: MatchTerm[], starts?: number): MatchPointer[] {
    // The matches found go to `found`, set up here: no closure or list is made for a chunk where
    // the pattern finds nothing (nearly all of them), since the post-tagger tries every pattern
    // hooked on a chunk's words and that allocation was a tenth of the whole parse's.
    this.found = null;
    const length = terms.length;
    if (this.anchored) {
      if ((starts === undefined || (starts & 1) !== 0) && tryFrom(this.state, terms, 0, length, this.steps, 0, length)) this.keep(terms, 0);
      return this.takeFound();
    }
    const { minLength } = this;
    if (starts === undefined) {
      for (let i = 0; i < length; i++) {
        if (length - i < minLength) break;
        const skipTo = this.tryAt(terms, i);
        if (skipTo >= 0) i = skipTo;
      }
      return this.takeFound();
    }
    // The same walk over the set bits only (bits 0–30: a chunk of at most 31 words).
    let left = starts;
    while (left !== 0) {
      const i = 31 - Math.clz32(left & -left);
      left &= left - 1;
      if (length - i < minLength) break;
      const skipTo = this.tryAt(terms, i);
      if (skipTo >= 0) left &= skipTo >= 30 ? 0 : -1 << (skipTo + 1);
    }
    return this.takeFound();
  }

  /** The matches of the last `match`, or the shared empty list; the pattern keeps none. */
  private takeFound(): MatchPointer[] {
    const found = this.found;
    this.found = null;
    return found ?? NONE;
  }

  /** Tries a start; where compromise goes on from after a match (it skips ahead over it), or -1. */
  private tryAt(terms: MatchTerm[], i: number): number {
    const length = terms.length;
    const { startTag, mayStart } = this;
    if (startTag !== null) {
      if (!terms[i].tags.has(startTag)) return -1;
    } else if (mayStart && mayStart(terms[i], i, length) !== true) return -1;
    const s = this.state;
    if (!tryFrom(s, terms, i, length - i, this.steps, i, length)) return -1;
    const end = i + s.t;
    this.keep(terms, i);
    return Math.abs(end - 1) > i ? Math.abs(end - 1) : -1;
  }

  /** compromise's checks of a match found from `start`: the "$" anchor, the veto, the group asked for. */
  private keep(terms: MatchTerm[], start: number): void {
    const s = this.state;
    const length = terms.length;
    const end = start + s.t;
    if (this.endAnchored && end !== length) return;
    let from: number;
    let to: number;
    if (this.group === undefined) {
      from = start;
      to = end;
    } else if (s.groupStart >= 0) {
      from = start + s.groupStart;
      to = from + s.groupLength;
    } else return;
    // The veto runs on the state: after the match and its group are read.
    if (this.notIf && this.vetoed(terms, start, end)) return;
    // Made whole at once: a pointer of three numbers given its two ids afterwards grew its
    // store to twenty slots, for each of the post-tagger's tens of thousands of matches.
    (this.found ??= []).push([0, from, to, terms[from].id, terms[to - 1].id]);
  }

  /** compromise's "notIf": the veto pattern matches from some word of the match, within it. */
  private vetoed(terms: MatchTerm[], start: number, end: number): boolean {
    const s = this.state;
    const length = end - start;
    for (let i = 0; i < length; i++) if (tryFrom(s, terms, start + i, length - i, this.notIf!, i, length)) return true;
    return false;
  }
}

/** No match: shared, never written to. */
const NONE: MatchPointer[] = [];

/**
 * A test that is not true where the first step certainly fails at a start (compromise's tryHere would
 * die on it), or null when the step cannot be judged alone.
 */
function startTest(first: Step): StepTest | null {
  const reg = first.step;
  if (reg.optional === true || reg.negative === true) return null;
  switch (first.kind) {
    case StepKind.Term:
      return first.endGreedy ? null : first.test;
    // Loops, not some/every with an arrow: this runs at every start of every chunk tried, and an
    // arrow closing over the term was made at each.
    case StepKind.OneOf: {
      // A choice takes a word only if its first step passes it.
      const firsts = first.choices.filter(choice => choice.length > 0).map(choice => choice[0].test);
      return (term, index, length) => {
        for (let k = 0; k < firsts.length; k++) if (firsts[k](term, index, length) === true) return true;
        return false;
      };
    }
    case StepKind.All: {
      // Every choice must pass from here, its first step on this word.
      const firsts = first.choices.filter(choice => choice.length > 0).map(choice => choice[0].test);
      if (firsts.length === 0) return null;
      return (term, index, length) => {
        for (let k = 0; k < firsts.length; k++) if (!firsts[k](term, index, length)) return false;
        return true;
      };
    }
    default:
      return null;
  }
}
