// compromise's pre-tagger passes, each its own module in compromise's source
// (src/2-two/preTagger/compute/tagger/), imported one by one so that text/preTagger.ts can run
// them in compromise's order with some of their outcomes remembered. The bundles share these
// modules with compromise itself (same files), so they add nothing to the bundle size. The
// unit-test build bundles this one file (scripts/build.mjs), since Node cannot `require`
// compromise's ES-module source.
import colonsStep from 'compromise-src/2-two/preTagger/compute/tagger/1st-pass/01-colons.js';
import hyphensStep from 'compromise-src/2-two/preTagger/compute/tagger/1st-pass/02-hyphens.js';
import tagSwitchStep from 'compromise-src/2-two/preTagger/compute/tagger/2nd-pass/00-tagSwitch.js';
import checkCaseStep from 'compromise-src/2-two/preTagger/compute/tagger/2nd-pass/01-case.js';
import checkSuffixStep from 'compromise-src/2-two/preTagger/compute/tagger/2nd-pass/02-suffix.js';
import checkRegexStep from 'compromise-src/2-two/preTagger/compute/tagger/2nd-pass/03-regex.js';
import checkPrefixStep from 'compromise-src/2-two/preTagger/compute/tagger/2nd-pass/04-prefix.js';
import checkYearStep from 'compromise-src/2-two/preTagger/compute/tagger/2nd-pass/05-year.js';
import fillTagsStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/_fillTags.js';
import checkAcronymStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/01-acronym.js';
import neighboursStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/02-neighbours.js';
import orgWordsStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/03-orgWords.js';
import placeWordsStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/04-placeWords.js';
import nounFallbackStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/05-fallback.js';
import switchesStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/06-switches.js';
import verbTypeStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/07-verb-type.js';
import imperativeStep from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/08-imperative.js';
import { hasHyphen as hasHyphenStep } from 'compromise-src/1-one/tokenize/methods/02-terms/01-hyphens.js';
import combineRangesStep from 'compromise-src/1-one/tokenize/methods/02-terms/03-ranges.js';
import adhocSwitches from 'compromise-src/2-two/preTagger/compute/tagger/3rd-pass/_adhoc.js';

/** A term as the pre-tagger sees it (the fields it reads and writes; compromise adds others). */
export interface PassTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  machine?: string;
  implicit?: string;
  tags: Set<string>;
  frozen?: boolean;
  index?: [number, number];
  switch?: string;
  [field: string]: unknown;
}

/** A step that looks at term `i` of a clause, given compromise's model (and world). */
export type TermStep = (terms: PassTerm[], i: number, model: unknown, world?: unknown) => unknown;
/** A step of the third pass's second loop: it takes the world where the others take the model. */
export type WorldStep = (terms: PassTerm[], i: number, world: unknown, yelling?: boolean) => unknown;

export const colons = colonsStep as TermStep;
export const hyphens = hyphensStep as TermStep;
export const tagSwitch = tagSwitchStep as TermStep;
export const checkCase = checkCaseStep as TermStep;
export const checkSuffix = checkSuffixStep as TermStep;
export const checkRegex = checkRegexStep as TermStep;
export const checkPrefix = checkPrefixStep as TermStep;
export const checkYear = checkYearStep as TermStep;
export const fillTags = fillTagsStep as TermStep;
export const checkAcronym = checkAcronymStep as TermStep;
export const neighbours = neighboursStep as TermStep;
export const nounFallback = nounFallbackStep as TermStep;
export const verbType = verbTypeStep as TermStep;
export const orgWords = orgWordsStep as WorldStep;
export const placeWords = placeWordsStep as WorldStep;
export const switches = switchesStep as WorldStep;
export const imperative = imperativeStep as (terms: PassTerm[], world: unknown) => void;
/** The switch step's own checks for some switches ('Noun|Verb' …), by switch: a tag, or null for none. */
export const adhocSwitchChecks = adhocSwitches as Record<string, (terms: PassTerm[], i: number) => string | null | undefined>;
/** The tokenizer's test for a piece it splits at its hyphens ("aug-20", not "re-do" or "x-ray"). */
export const hasHyphen = hasHyphenStep as (piece: string, model: unknown) => boolean;
/** The tokenizer's pass that joins "2 - " and "5" into one chunk (it may leave nulls, for a filter). */
export const combineRanges = combineRangesStep as (chunks: Array<string | null>) => Array<string | null>;
