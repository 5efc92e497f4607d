// Two quantities side by side, joined by "to", "and" or a dash, are one of four things:
//   a range   "10 to 15 percent", "between 5 and 10 million", "10-15 years"
//   a change  "rose from 5% to 9%": the old value and the new one, two figures
//   a score   "won 3-1", "a 0-1 defeat": two tallies, neither counting anything
//   unrelated "rose 50% to $4.2 million": a change by an amount to a level
// The rule that keeps hover cards honest: an end never loses what is written on it. Its value,
// unit and kind are its own; all it may take from the other end is what it leaves unwritten —
// the unit or scale written once after the pair ("10 to 15 percent": the 10 is a percentage
// too; "between 5 and 10 million": the 5 is five million). Two ends that both state a unit
// make a range only when the units are the same.
import { W, classWords } from '../lexicon/lexicon';
import type { NumberKind } from '../types';
import type { Draft } from './draft';
import { type ScanToken, isCapitalised, isSentenceEnd } from './scanTokens';
import { SCALE_WORDS } from './units';
import { looksLikeYear } from './dates';

/** How the second quantity was linked to the first. */
export interface PairForm {
  /** "5 – 1": a dash with spaces around it, how scores are often written. */
  spacedDash?: boolean;
}

/** Verbs and nouns of change: "rose from 5 to 7", "a rise from 5 to 7" are two values, not a range. */
const CHANGE_WORDS = classWords(W.ChangeWord);
/**
 * After a word of change, "X to Y" with Y this many times X is a change by X to the level Y
 * ("was up 1/8 to 48-1/4", "rose 2 to 150"): the ends of a range are of a size.
 */
const CHANGE_TO_LEVEL_RATIO = 10;

/** Words before a pair of numbers that make it a score or a vote tally ("lost 1-3", "voted 48-52"). */
const SCORE_WORDS_BEFORE = classWords(W.ScoreWordBefore);
/** Nouns right after a pair that make it a score ("a 0-1 defeat", "the 2-1 win"). */
const SCORE_WORDS_AFTER = classWords(W.ScoreWordAfter);
/**
 * Words that may follow a score ("lost 1-3 at home", "won 2-1 against Spain"). Any other word
 * after the pair is likely what a range counts: "won 10-15 seats".
 */
const AFTER_SCORE = classWords(W.AfterScore);

const SCALE_IN_TEXT = new RegExp(`\\b(${Object.keys(SCALE_WORDS).join('|')})\\b`, 'i');

/** An end with no unit and no kind of its own ("10" in "10 to 15 percent"). */
function isBare(d: Draft): boolean {
  return !d.kind && !d.unit;
}

/** Both ends measure the same thing: same kind (or none) and same unit (or none). */
function sameMeasure(a: Draft, b: Draft): boolean {
  return (a.kind ?? '') === (b.kind ?? '') && (a.unit ?? '') === (b.unit ?? '');
}

/** The scale written in a quantity ("10 million", "$5bn" → 1e6, 1e9), or 1. */
function scaleOf(text: string, d: Draft): number {
  if (d.scale) return d.scale;
  const word = SCALE_IN_TEXT.exec(text.slice(d.start, d.end))?.[1];
  return word ? SCALE_WORDS[word.toLowerCase()] : 1;
}

/** A whole number written in digits and nothing else (no unit, scale or glued suffix). */
function isPlainWhole(text: string, d: Draft): boolean {
  return d.digits && isBare(d) && d.value !== null && Number.isInteger(d.value) && text.slice(d.start, d.end) === d.numeral;
}

/** Written like a year: four plain digits from 1000 to 2100, with no unit. */
function isBareYear(d: Draft): boolean {
  return isBare(d) && looksLikeYear(d.numeral, d.value);
}

/** "2001 to 2014": two years, a period of time even after a word of change ("up by a third from 2001 to 2014"). */
function isYearPair(a: Draft, b: Draft): boolean {
  return isBareYear(a) && isBareYear(b);
}

/** How many years a span written "1989 - 90" may cover: a season, a school or fiscal year, a term. */
const MAX_ABBREVIATED_SPAN = 10;

/**
 * "1989 - 90", "1983 - 85": a year followed by the last two digits of a later year, as "2015-16"
 * is written in one word (scanner.ts). The full later year, or undefined when `b` is not one.
 */
function abbreviatedYearAfter(a: Draft, b: Draft): number | undefined {
  if (!isBareYear(a) || !isBare(b) || !/^\d{2}$/.test(b.numeral) || a.value === null || b.value === null) return undefined;
  // Written in one word ("2015-16"), the scanner already gave the later year in full.
  let year = b.value >= 100 ? b.value : Math.floor(a.value / 100) * 100 + b.value;
  if (year <= a.value) year += 100;
  return year - a.value <= MAX_ABBREVIATED_SPAN ? year : undefined;
}

/**
 * Prepositions that place a year in time ("in 2019", "since 2010"). A year after one of them is
 * a point in time, and "to" after it cannot open a range with a quantity that is not a year:
 * in "rose from 10,000 in 2019 to 25,000" the range, if any, is between the counts.
 */
const POINT_IN_TIME = classWords(W.PointInTimePreposition);

/** A word of change at most `within` words before token `from` ("rose from 5 to 7", "was up 1/8 to 48"). */
function changeWordBefore(tokens: readonly ScanToken[], from: number, within: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - within; k--) {
    const t = tokens[k];
    if (!t.word && /[.;!?]/.test(t.text)) return false;
    if (CHANGE_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** "won 3-1", "a 0-1 defeat", "Sweden 1 – 0 Korea", "voted 48-52": a score or a tally. */
function isScore(tokens: readonly ScanToken[], text: string, a: Draft, b: Draft, form: PairForm): boolean {
  if (!isPlainWhole(text, a) || !isPlainWhole(text, b)) return false;
  const small = (v: number | null): boolean => v !== null && v <= 20;
  if (form.spacedDash && small(a.value) && small(b.value)) return true;
  const after = tokens[b.next];
  if (after?.word && SCORE_WORDS_AFTER.has(after.lower)) return true;
  // "beat Ivanisevic 3-6 6-4 7-6 (7-4)": a set next to another set is a score.
  if (small(a.value) && small(b.value) && (/^\s*\(?\d{1,2}[-–]\d{1,2}\b/.test(text.slice(b.end, b.end + 8)) || /\b\d{1,2}[-–]\d{1,2}\)?\s*$/.test(text.slice(Math.max(0, a.start - 8), a.start)))) return true;
  const followsAsScore = !after || !after.word || after.lineStart || AFTER_SCORE.has(after.lower) || isCapitalised(after);
  if (!followsAsScore) return false;
  // Within three words before the pair, not counting a team's name and its "the" ("beat the
  // Mesa Ravens 31-24"), at most eight tokens back.
  for (let k = a.first - 1, words = 0; k >= 0 && k >= a.first - 8 && words < 3; k--) {
    const t = tokens[k];
    if (isSentenceEnd(t) || t.text === ';') return false;
    if (t.word && SCORE_WORDS_BEFORE.has(t.lower)) return true;
    if (!t.word || !(isCapitalised(t) || t.lower === 'the')) words++;
  }
  return false;
}

/**
 * Settles what quantities `a` and `b` are together (see the top of this file). Returns both ends
 * as they should be reported when they belong together (a range, a change, a score), or
 * undefined when `b` has nothing to do with `a`.
 */
export function joinQuantities(tokens: readonly ScanToken[], text: string, a: Draft, written: Draft, form: PairForm = {}): Draft[] | undefined {
  if (a.value === null || written.value === null) return undefined;
  if (isScore(tokens, text, a, written, form)) return [{ ...a, hint: 'score' }, { ...written, hint: 'score' }];
  // "cut in half to 900 jobs": a share and a count are no range ("1/4 to 3/4 point" is one).
  if ((a.hint === 'fraction') !== (written.hint === 'fraction')) return undefined;
  const spanYear = abbreviatedYearAfter(a, written);
  const b = spanYear === undefined ? written : { ...written, value: spanYear };
  if (b.value === null) return undefined;
  // "50% to $4.2 million", "5 km to 10 miles": each end states its own unit, and they differ.
  if (!sameMeasure(a, b) && !isBare(a)) return undefined;
  const opener = tokens[a.first - 1]?.lower;
  if (POINT_IN_TIME.has(opener ?? '') && isBareYear(a) && !isBareYear(b) && spanYear === undefined) return undefined;
  // Two years, or a year and the end of a later one ("up from 2025-26 levels"), are a period of time.
  const change = opener === 'from' && !isYearPair(a, b) && spanYear === undefined && changeWordBefore(tokens, a.first - 1, 6);
  // A bare end takes the scale written once after the pair: "between 5 and 10 million".
  let low = a.value;
  const bScale = scaleOf(text, b);
  if (bScale > 1 && scaleOf(text, a) === 1) {
    // In a range the lower end must stay below the upper one; a change can go either way,
    // so only small figures on both sides share the scale ("fell from 12 to 5 million").
    const shares = change ? a.value < 1000 && b.value / bScale < 1000 : a.value * bScale <= b.value;
    if (shares) low = a.value * bScale;
  }
  if (change) {
    const borrowed = isBare(a) ? { ...(b.kind ? { kind: b.kind } : {}), ...(b.unit ? { unit: b.unit } : {}) } : {};
    return [{ ...a, ...borrowed, value: low }, b];
  }
  if (!(low < b.value)) return undefined;
  if (opener !== 'between' && b.value > CHANGE_TO_LEVEL_RATIO * Math.abs(low) && changeWordBefore(tokens, a.first, 3)) return undefined;
  const kind: NumberKind = 'range';
  const unit = a.unit ?? b.unit;
  const shared = { kind, value: low, upTo: b.value, ...(unit ? { unit } : {}) };
  return [
    { ...a, ...shared },
    { ...b, ...shared },
  ];
}
