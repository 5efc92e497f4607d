// One step of a compromise match pattern ("#Noun", "(a|an)", "@hasComma", "!#Verb") turned once
// into a function of the term, instead of compromise's walk through every kind of step on every
// test (compromise 14.17, match/term/doesMatch.js and the wrapper it exports, which negates the
// answer of a "!" step). The function gives exactly compromise's answer, down to its type: its
// callers compare with `=== true`, `=== false` or by truthiness, and a step such as "{word/pos}"
// answers null. Kinds of step we do not compile (fuzzy "~word~", "id") give no function: the
// pattern is then matched by compromise's own matcher.
import nlp from 'compromise';

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
  choices?: MatchStep[][];
  operator?: string;
  group?: string | null;
  id?: unknown;
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  machine?: string;
  sense?: string;
}

/** A compromise term, as far as its matcher reads it. */
export interface MatchTerm {
  text: string;
  normal: string;
  machine?: string | null;
  alias?: string[];
  root?: string;
  implicit?: string;
  switch?: string;
  pre?: string;
  post?: string;
  chunk?: string;
  sense?: string;
  id?: string;
  tags: Set<string>;
  [field: string]: unknown;
}

/** compromise's answer for a term at `index` of a phrase of `length` words. */
export type StepTest = (term: MatchTerm, index: number, length: number) => unknown;

type TermMethods = Record<string, unknown>;
/** compromise's "@method" functions: the same object its own matcher reads, looked up per call as it does. */
const termMethods = (nlp.methods() as unknown as { one: { termMethods: TermMethods } }).one.termMethods;

/** The test compromise runs for the step, "!" included; null for a kind of step not compiled here. */
export function compileStepTest(step: MatchStep): StepTest | null {
  const test = plainTest(step);
  if (!test || step.negative !== true) return test;
  return (term, index, length) => !test(term, index, length);
}

/** doesMatch: the step's test without its "!". */
function plainTest(step: MatchStep): StepTest | null {
  if (step.anything === true) return () => true;
  if (step.id !== undefined) return null;
  const body = bodyTest(step);
  if (!body) return null;
  const start = step.start === true;
  const end = step.end === true;
  if (!start && !end) return body;
  return (term, index, length) => {
    if (start && index !== 0) return false;
    if (end && index !== length - 1) return false;
    return body(term, index, length);
  };
}

/** What a step tests of the term, in compromise's order of fields: the first one present decides. */
function bodyTest(step: MatchStep): StepTest | null {
  if (step.word !== undefined) return wordTest(step);
  if (step.tag !== undefined) {
    const tag = step.tag;
    return term => term.tags.has(tag) === true;
  }
  if (step.method !== undefined) {
    const method = step.method;
    return term => {
      const f = termMethods[method];
      return typeof f === 'function' && (f as (t: MatchTerm) => unknown)(term) === true;
    };
  }
  if (step.pre !== undefined) {
    const pre = step.pre;
    return term => term.pre && term.pre.includes(pre);
  }
  if (step.post !== undefined) {
    const post = step.post;
    return term => term.post && term.post.includes(post);
  }
  if (step.regex !== undefined) {
    const { regex, use } = step;
    return term => regex.test(use ? (term[use] as string) : term.normal);
  }
  if (step.chunk !== undefined) {
    const chunk = step.chunk;
    return term => term.chunk === chunk;
  }
  if (step.switch !== undefined) {
    const value = step.switch;
    return term => term.switch === value;
  }
  if (step.machine !== undefined) {
    const machine = step.machine;
    return term => term.normal === machine || term.machine === machine || term.root === machine;
  }
  if (step.sense !== undefined) {
    const sense = step.sense;
    return term => term.sense === sense;
  }
  if (step.fastOr !== undefined) return oneOfTest(step.fastOr, step.pos);
  // A multi-word choice tested as one term: compromise hands each choice (a list of steps) to
  // its term test, which finds no field on a list and says no; "every" of none says yes.
  if (step.choices !== undefined) {
    const none = step.operator === 'and' && step.choices.length === 0;
    return () => none;
  }
  return () => false;
}

function wordTest(step: MatchStep): StepTest | null {
  const word = step.word!;
  const use = step.use;
  if (use) return term => word === term[use];
  if (step.fuzzy === true) return null;
  return term => {
    if (term.machine !== null && term.machine === word) return true;
    if (term.alias && term.alias.some(str => str === word)) return true;
    return word === term.text || word === term.normal;
  };
}

function oneOfTest(words: Set<string>, pos: string | undefined): StepTest {
  return term => {
    if (pos && !term.tags.has(pos)) return null;
    const str = term.root || term.implicit || term.machine || term.normal;
    return words.has(str) || words.has(term.text);
  };
}
