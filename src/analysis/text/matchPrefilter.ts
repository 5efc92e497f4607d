// A cheap test that a post-tagger pattern cannot match a sentence chunk, run before compromise's
// matcher. compromise tries a pattern from every word of the chunk, and for each it copies the
// rest of the chunk and sets up a match state, though nearly every try fails on the pattern's
// first word or two ("#Determiner [#Adjective] #Copula" tried on a chunk with a determiner
// somewhere but never followed by an adjective). Here those leading steps are checked in place,
// exactly as compromise's matcher checks them (compromise 14.17, match/term/doesMatch.js); only
// a chunk where some start passes them goes to the matcher, which then decides as before.
// Steps whose outcome this does not model (optional, negative, greedy, "any word", alternatives
// of several words, fuzzy, methods, regexes) end the checked prefix: from there on the answer
// is "maybe", so the test never turns down a chunk that the matcher would accept.

/** A parsed pattern step, as compromise's `parseMatch` makes it (the fields read here). */
export interface MatchStep {
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  pos?: string;
  switch?: string;
  use?: string;
  start?: boolean;
  end?: boolean;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  greedy?: boolean;
  min?: number;
  max?: number;
  fuzzy?: boolean;
  choices?: unknown;
  id?: unknown;
  method?: unknown;
  pre?: unknown;
  post?: unknown;
  regex?: unknown;
  chunk?: unknown;
  machine?: unknown;
  sense?: unknown;
}

/** A compromise term, as far as its matcher reads it for the steps modelled here. */
export interface MatchTerm {
  text: string;
  normal: string;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  switch?: string;
  tags: Set<string>;
  [field: string]: unknown;
}

type StepTest = (term: MatchTerm, step: MatchStep) => boolean;

/** One of compromise's term tests, for the kinds of step it answers alone. */
function stepTest(step: MatchStep): StepTest | null {
  if (step.optional === true || step.negative === true || step.anything === true || step.greedy === true) return null;
  if (step.choices !== undefined || step.id !== undefined || step.fuzzy === true) return null;
  // compromise tests a step's fields in this order and answers with the first one present.
  if (step.word !== undefined) return wordTest;
  if (step.tag !== undefined) return tagTest;
  if (step.method !== undefined || step.pre !== undefined || step.post !== undefined || step.regex !== undefined || step.chunk !== undefined) return null;
  if (step.switch !== undefined) return switchTest;
  if (step.machine !== undefined || step.sense !== undefined) return null;
  if (step.fastOr !== undefined) return oneOfTest;
  return null;
}

const wordTest: StepTest = (term, step) => {
  if (step.use) return step.word === term[step.use];
  if (term.machine !== null && term.machine === step.word) return true;
  if (term.alias && term.alias.some(str => str === step.word)) return true;
  return step.word === term.text || step.word === term.normal;
};

const tagTest: StepTest = (term, step) => term.tags.has(step.tag!);

const switchTest: StepTest = (term, step) => term.switch === step.switch;

const oneOfTest: StepTest = (term, step) => {
  if (step.pos && !term.tags.has(step.pos)) return false;
  const str = term.root || term.implicit || term.machine || term.normal;
  return step.fastOr!.has(str) || step.fastOr!.has(term.text);
};

/** A pattern's leading steps that are checked here, and what the matcher needs to try a start. */
interface Prefix {
  steps: MatchStep[];
  tests: StepTest[];
  /**
   * A repeated step right after them ("#Noun+") and the step after that, when both are of the
   * kinds checked here: the repeat runs over words that pass it, and the next step must pass at
   * a word after its first and no later than the first word that does not pass it.
   */
  repeated: { step: MatchStep; test: StepTest; next: MatchStep; nextTest: StepTest } | null;
  /** The pattern is anchored at the chunk's first word. */
  anchored: boolean;
  /** compromise stops trying starts when fewer words than this are left. */
  minLength: number;
}

const prefixes = new WeakMap<MatchStep[], Prefix>();

function prefixOf(steps: MatchStep[]): Prefix {
  let prefix = prefixes.get(steps);
  if (prefix) return prefix;
  const checked: MatchStep[] = [];
  const tests: StepTest[] = [];
  for (const step of steps) {
    const test = stepTest(step);
    if (!test) break;
    checked.push(step);
    tests.push(test);
  }
  prefix = {
    steps: checked,
    tests,
    repeated: repeatAfter(steps, checked.length),
    anchored: steps.length > 0 && steps[0].start === true,
    minLength: steps.filter(step => step.optional !== true && step.negative !== true).length,
  };
  prefixes.set(steps, prefix);
  return prefix;
}

/** The repeated step at `k` and the step after it, if both are checked here (see Prefix.repeated). */
function repeatAfter(steps: MatchStep[], k: number): Prefix['repeated'] {
  const step = steps[k];
  const next = steps[k + 1];
  if (!step || !next || step.greedy !== true || step.min !== undefined || step.max !== undefined) return null;
  if (step.start === true || step.end === true || next.start === true || next.end === true) return null;
  const test = stepTest({ ...step, greedy: false });
  const nextTest = stepTest(next);
  return test && nextTest ? { step, test, next, nextTest } : null;
}

/** Could the leading steps match from word `at`? (compromise's checks, in its order.) */
function leadsAt(terms: MatchTerm[], prefix: Prefix, at: number): boolean {
  const length = terms.length;
  for (let k = 0; k < prefix.steps.length; k++) {
    const i = at + k;
    // Out of words with a required step left: compromise's match dies.
    if (i >= length) return false;
    const step = prefix.steps[k];
    const term = terms[i];
    if (step.start === true && i !== 0) return false;
    if (step.end === true && i !== length - 1) return false;
    if (!prefix.tests[k](term, step)) return false;
    // The first word of a contraction may let the matcher skip the next one: stop here.
    if (term.implicit && i + 1 < length) return true;
  }
  const repeated = prefix.repeated;
  if (!repeated) return true;
  // compromise's repeat (match/steps/greedy-match.js): its first word must pass it; from the
  // next word on it stops at the first word the following step passes, or the first one it
  // does not pass itself, and the following step is then tried there.
  const first = at + prefix.steps.length;
  if (first >= length || !repeated.test(terms[first], repeated.step)) return false;
  if (terms[first].implicit && first + 1 < length) return true;
  for (let i = first + 1; i < length; i++) {
    if (repeated.nextTest(terms[i], repeated.next)) return true;
    if (!repeated.test(terms[i], repeated.step)) return false;
  }
  return false;
}

/**
 * False when compromise's matcher certainly finds no match of the pattern (its parsed steps)
 * in the chunk; true when it may.
 */
export function mayMatch(terms: MatchTerm[], steps: MatchStep[] | undefined): boolean {
  if (!steps || steps.length === 0) return true;
  const prefix = prefixOf(steps);
  if (prefix.steps.length === 0 && !prefix.repeated) return true;
  if (prefix.anchored) return terms.length > 0 && leadsAt(terms, prefix, 0);
  for (let at = 0; terms.length - at >= prefix.minLength && at < terms.length; at++) {
    if (leadsAt(terms, prefix, at)) return true;
  }
  return false;
}
