// The run of a compiled pattern (patternMatcher.ts) from one word of a chunk: compromise 14.17's
// tryHere and its step logic (from-here.js, steps/*.js, steps/logic/*.js), step for step,
// including its quirks, on a match state that the pattern reuses from try to try. MIT licence,
// as compromise.
import type { MatchStep, MatchTerm, StepTest } from './stepTest';

/** One step, prepared: its tests and what the steps around it need to know. */
export interface Step {
  step: MatchStep;
  kind: StepKind;
  /** compromise's term test for the step. */
  test: StepTest;
  /** …with its anchors dropped, as a greedy step tests its later words. */
  repeatTest: StepTest;
  /** …with "$" dropped, as an end-anchored greedy step tests words before the last. */
  openEndTest: StepTest;
  /** …without its "!", as a negative step is tested. */
  positiveTest: StepTest;
  /** An alternative of several words ("(a b|c)"), or an "&&" block: its choices, prepared. */
  choices: Step[][];
  /** The step is part of the capture group the pattern points at. */
  inGroup: boolean;
  /** A step from this one on is not optional: out of words here, the match dies. */
  needsMore: boolean;
  /** "foo+$": compromise tests it apart (isEndGreedy). */
  endGreedy: boolean;
}

export const enum StepKind {
  AnyWords, // ".*" / ".+"
  OneOf, // a slow "(a b|c)"
  All, // "(#Noun && foo)"
  AnyWord, // "."
  Term,
}

/** compromise's match state for one try. `terms[t]` is the chunk's word `from + t`, up to `count`. */
export interface State {
  terms: MatchTerm[];
  from: number;
  count: number;
  steps: Step[];
  t: number;
  r: number;
  /** Where the try started in the phrase, and the phrase's length (for anchors). */
  startAt: number;
  phraseLength: number;
  hasGroup: boolean;
  /** The pointed-at group: its start (−1: not begun) and length. */
  groupStart: number;
  groupLength: number;
}

/** The word `t` of the try, or undefined past its end (compromise's `state.terms[t]`). */
function termAt(s: State, t: number): MatchTerm | undefined {
  return t < s.count ? s.terms[s.from + t] : undefined;
}

/** compromise's tryHere: do the steps match from word `from` of `terms` (`count` words on)? */
export function tryFrom(s: State, terms: MatchTerm[], from: number, count: number, steps: Step[], startAt: number, phraseLength: number): boolean {
  if (count === 0 || steps.length === 0) return false;
  s.terms = terms;
  s.from = from;
  s.count = count;
  s.steps = steps;
  s.t = 0;
  s.startAt = startAt;
  s.phraseLength = phraseLength;
  s.groupStart = -1;
  s.groupLength = 0;
  for (s.r = 0; s.r < steps.length; s.r += 1) {
    const step = steps[s.r];
    const reg = step.step;
    s.hasGroup = step.inGroup;
    if (s.t >= s.count) {
      // Out of words: done if every step left is optional.
      if (!step.needsMore) break;
      return false;
    }
    let alive: boolean;
    switch (step.kind) {
      case StepKind.AnyWords:
        alive = anyWords(s);
        break;
      case StepKind.OneOf:
        alive = block(s, oneOf(s));
        break;
      case StepKind.All:
        alive = block(s, all(s));
        break;
      case StepKind.AnyWord:
        alive = reg.negative !== true && simpleMatch(s);
        break;
      default:
        if (step.endGreedy && isEndGreedy(s, step)) alive = simpleMatch(s);
        else if (reg.negative) alive = negative(s);
        else if (step.test(s.terms[s.from + s.t], s.startAt + s.t, s.phraseLength) === true) alive = simpleMatch(s);
        else alive = reg.optional === true;
    }
    if (!alive) return false;
  }
  return s.t !== 0;
}

/** compromise's getGroup: the pointed-at group, begun at `t` if it has not begun. */
function groupAt(s: State, t: number): void {
  if (s.groupStart < 0) {
    s.groupStart = t;
    s.groupLength = 0;
  }
}

/** simple-match.js: the step matched the word. */
function simpleMatch(s: State): boolean {
  const { steps } = s;
  const reg = steps[s.r].step;
  const term = s.terms[s.from + s.t];
  const startAt = s.t;
  if (reg.optional && steps[s.r + 1] && reg.negative) return true;
  if (reg.optional && steps[s.r + 1]) foundOptional(s);
  if (term.implicit && termAt(s, s.t + 1)) contractionSkip(s);
  s.t += 1;
  if (reg.end === true && s.t !== s.count && reg.greedy !== true) return false;
  if (reg.greedy === true && !greedyMatch(s)) return false;
  if (s.hasGroup) {
    // The step read here is the current one, which an optional step may have moved on.
    groupAt(s, startAt);
    if (s.t > 1 && steps[s.r].step.greedy) s.groupLength += s.t - startAt;
    else s.groupLength++;
  }
  return true;
}

/** optional-match.js: an optional step that matched gives way when the next one would match here but not after. */
function foundOptional(s: State): void {
  const { steps } = s;
  const term = s.terms[s.from + s.t];
  const next = steps[s.r + 1];
  const nextMatched = next.test(term, s.startAt + s.t, s.phraseLength);
  if (steps[s.r].step.negative || nextMatched) {
    const nextTerm = termAt(s, s.t + 1);
    if (!nextTerm || !next.test(nextTerm, s.startAt + s.t + 1, s.phraseLength)) s.r += 1;
  }
}

/** contraction-skip.js: "we" matched in "we've" passes over the implicit "have". */
function contractionSkip(s: State): void {
  const term = s.terms[s.from + s.t];
  const reg = s.steps[s.r].step;
  const next = termAt(s, s.t + 1);
  if (!term.implicit || !next) return;
  if (!next.implicit) return;
  if (reg.word === term.normal) s.t += 1;
  if (reg.method === 'hasContraction') s.t += 1;
}

/** greedy-match.js */
function greedyMatch(s: State): boolean {
  const step = s.steps[s.r];
  const t = greedyEnd(s, step, s.steps[s.r + 1]);
  if (t === null) return false;
  s.t = t;
  if (step.step.end === true && s.startAt + s.t !== s.phraseLength) return false;
  return true;
}

/** logic/greedy.js getGreedy: where a repeated step stops, or null when it is too short. */
function greedyEnd(s: State, step: Step, next: Step | undefined): number | null {
  const { min, max } = step.step;
  const start = s.t;
  let t = s.t;
  for (; t < s.count; t += 1) {
    const term = s.terms[s.from + t];
    const count = t - start + 1;
    if (next && next.test(term, s.startAt + t, s.phraseLength)) {
      if (min === undefined || count >= min) return t;
    }
    if (max !== undefined && count === max) return t;
    if (step.repeatTest(term, s.startAt + t, s.phraseLength) === false) {
      if (min !== undefined && count < min) return null;
      return t;
    }
  }
  if (min !== undefined && t - start + 1 < min) return null;
  return t;
}

/** logic/greedy.js isEndGreedy: "foo+$" before the last word. */
function isEndGreedy(s: State, step: Step): boolean {
  if (step.step.end !== true || step.step.greedy !== true) return false;
  if (s.startAt + s.t >= s.phraseLength - 1) return false;
  return step.openEndTest(s.terms[s.from + s.t], s.startAt + s.t, s.phraseLength) === true;
}

/** negative.js: "!foo" takes any word but foo. */
function negative(s: State): boolean {
  const { steps } = s;
  const step = steps[s.r];
  const reg = step.step;
  const here = s.startAt + s.t;
  const term = s.terms[s.from + s.t];
  if (step.positiveTest(term, here, s.phraseLength)) return false;
  if (reg.optional) {
    const next = steps[s.r + 1];
    if (next) {
      if (next.test(term, here, s.phraseLength)) s.r += 1;
      else if (next.step.optional && steps[s.r + 2]) {
        if (steps[s.r + 2].test(term, here, s.phraseLength)) s.r += 2;
      }
    }
  }
  if (reg.greedy) return negativeRepeat(s, step, steps[s.r + 1]);
  s.t += 1;
  return true;
}

/** logic/negative-greedy.js: "!foo+" up to foo or the next step. */
function negativeRepeat(s: State, step: Step, next: Step | undefined): boolean {
  const { min, max } = step.step;
  let skip = 0;
  for (let t = s.t; t < s.count; t += 1) {
    const term = s.terms[s.from + t];
    if (step.positiveTest(term, s.startAt + t, s.phraseLength)) break;
    if (next && next.test(term, s.startAt + t, s.phraseLength)) break;
    skip += 1;
    if (max !== undefined && skip === max) break;
  }
  if (skip === 0) return false;
  if (min && min > skip) return false;
  s.t += skip;
  return true;
}

/** astrix.js: ".*" runs up to the first word the next step matches. */
function anyWords(s: State): boolean {
  const step = s.steps[s.r];
  const next = s.steps[s.r + 1];
  let to: number | null = s.count;
  if (next) {
    to = null;
    for (let t = s.t; t < s.count; t += 1) {
      if (next.test(s.terms[s.from + t], s.startAt + t, s.phraseLength) === true) {
        to = t;
        break;
      }
    }
  }
  if (to === null || to === 0) return false;
  const { min, max } = step.step;
  if (min !== undefined && to - s.t < min) return false;
  if (max !== undefined && to - s.t > max) {
    s.t = s.t + max;
    return true;
  }
  if (s.hasGroup) {
    groupAt(s, s.t);
    s.groupLength += to - s.t;
  }
  s.t = to;
  return true;
}

/** or-block.js / and-block.js, given how many words the block took (0: none). */
function block(s: State, took: number): boolean {
  const reg = s.steps[s.r].step;
  if (took) {
    if (reg.negative === true) return false;
    if (s.hasGroup) {
      groupAt(s, s.t);
      s.groupLength += took;
    }
    if (reg.end === true && s.t + s.startAt + took !== s.phraseLength) return false;
    s.t += took;
    return true;
  }
  if (reg.negative === true) {
    if (!reg.optional) s.t += 1;
    return true;
  }
  return reg.optional === true;
}

/** logic/and-or.js doOrBlock: the words the first fitting choice takes, repeated for "(…)+". */
function oneOf(s: State): number {
  const step = s.steps[s.r];
  let took = firstChoice(s, step, 0);
  if (took === 0) return 0;
  if (step.step.greedy === true) {
    let more = firstChoice(s, step, took);
    while (more > 0) {
      took += more;
      more = firstChoice(s, step, took);
    }
  }
  return took;
}

function firstChoice(s: State, step: Step, skip: number): number {
  for (const choice of step.choices) {
    const took = tryChoice(s, choice, skip);
    if (took > 0) return took;
  }
  return 0;
}

/** logic/and-or.js tryChoice: the words one choice takes from `skip` words on, or 0. */
function tryChoice(s: State, choice: Step[], skip: number): number {
  let took = 0;
  for (const cr of choice) {
    const t = s.t + skip + took;
    if (t >= s.count) return 0;
    if (cr.test(s.terms[s.from + t], s.startAt + t, s.phraseLength) !== true) return 0;
    took += 1;
    if (cr.step.greedy === true) {
      for (let i = t + 1; i < s.count; i += 1) {
        if (cr.repeatTest(s.terms[s.from + i], s.startAt + i, s.phraseLength) !== true) break;
        took += 1;
      }
    }
  }
  return took;
}

/** logic/and-or.js doAndBlock: the longest choice's length when every choice matches here, else 0. */
function all(s: State): number {
  let longest = 0;
  for (const choice of s.steps[s.r].choices) {
    for (let w = 0; w < choice.length; w++) {
      const t = s.t + w;
      if (t >= s.count || !choice[w].test(s.terms[s.from + t], s.startAt + t, s.phraseLength)) return 0;
    }
    if (choice.length > longest) longest = choice.length;
  }
  return longest;
}
