// Numbers written in words: "twenty-five", "one hundred and twenty", "third", "two thirds of",
// "a thousand", "a quarter of", "half a million".
import { W, classWords, hasClass } from '../lexicon/lexicon';
import { FRACTION_WORDS, isNumberWord, ordinalWordValue, readSpelledNumber } from './words';
import { SCALE_WORDS } from './units';
import { HYPHEN, type Numeral, type ScanCursor, pointsAt } from './cursor';
import { qualifierBefore } from './context';

/** Words that may follow "by a third" when it is a share ("cut by a third from 2001", "by a quarter in May"). */
const AFTER_BY_FRACTION = classWords(W.AfterByFraction);
/** Articles that can stand for "one" before a scale word: "a thousand", "a dozen". */
export const ARTICLE_SCALES = classWords(W.ArticleScale);

/**
 * The word before the number at token `i`, looking past a qualifier ("fell by [about] a fifth",
 * "cut by [more than] a third"): the qualifier says how exact the share is, the word before it
 * what the share does.
 */
function wordBeforeQualifier(c: ScanCursor, i: number): string | undefined {
  const qualifier = qualifierBefore(c.tokens, i);
  return c.tok(i - 1 - (qualifier ? qualifier.split(' ').length : 0))?.lower;
}

/**
 * "a thousand", "a dozen", "an hundred": the article stands for one. "a quarter of", "cut by a
 * third", "fell by about a fifth": a fraction (not "a third goal", nor "by a third party").
 */
export function readArticleScale(c: ScanCursor, i: number): Numeral | undefined {
  const part = c.tok(i + 1);
  const after = c.tok(i + 2);
  const share = after?.lower === 'of' || (wordBeforeQualifier(c, i) === 'by' && (!after?.word || AFTER_BY_FRACTION.has(after.lower)));
  if (part?.word && FRACTION_WORDS[part.lower] !== undefined && !part.lower.endsWith('s') && share) {
    const t = c.tokens[i];
    // "a quarter of a million": an amount, not a share.
    const scale = c.tok(i + 4);
    if (c.tok(i + 3)?.lower === 'a' && scale?.word && SCALE_WORDS[scale.lower] && scale.lower !== 'hundred') {
      return { start: t.start, end: scale.end, next: i + 5, text: c.text.slice(t.start, scale.end), value: FRACTION_WORDS[part.lower] * SCALE_WORDS[scale.lower], digits: false, ordinal: false };
    }
    return { start: t.start, end: part.end, next: i + 2, text: c.text.slice(t.start, part.end), value: FRACTION_WORDS[part.lower], digits: false, ordinal: false, hint: 'fraction' };
  }
  const scale = c.tok(i + 1);
  if (!scale?.word || !ARTICLE_SCALES.has(scale.lower)) return undefined;
  const words: string[] = ['one'];
  let k = i + 1;
  for (; k < c.tokens.length && c.tokens[k].word && (isNumberWord(c.tokens[k].text) || c.tokens[k].lower === 'and'); k++) words.push(c.tokens[k].lower);
  const read = readSpelledNumber(words);
  if (!read || read.consumed < 2) return undefined;
  const last = i + read.consumed - 1;
  return { start: c.tokens[i].start, end: c.tokens[last].end, next: last + 1, text: c.text.slice(c.tokens[i].start, c.tokens[last].end), value: read.value, digits: false, ordinal: false };
}

/** Words that say how many of a scale without a number: "several thousand", "a few hundred", "many million". */
export const VAGUE_COUNTS = classWords(W.VagueCount);
/** Scale words spelled out, which a vague count may stand before ("several thousand", not "several bn"). */
export const SPELLED_SCALES = classWords(W.SpelledScale);

/**
 * "several thousand", "a few hundred", "several hundred million pounds": an amount whose scale is
 * written and whose count is not. It is read as one of the scale, with the vague word as its
 * qualifier, so the card says "several · 1,000"; the scale word itself is read as after digits
 * (quantity.ts).
 */
export function readVagueCount(c: ScanCursor, i: number): Numeral | undefined {
  const t = c.tokens[i];
  if (!VAGUE_COUNTS.has(t.lower)) return undefined;
  const scale = c.sameLine(i + 1);
  if (!scale?.word || !SPELLED_SCALES.has(scale.lower)) return undefined;
  return { start: t.start, end: t.end, next: i + 1, text: t.text, value: 1, digits: false, ordinal: false, qualifier: t.lower, vague: true };
}

/** Words before a bare "half" that make it an amount: "over half have left", "roughly half". */
const HALF_QUALIFIERS = classWords(W.HalfQualifier);
/** Words after "in half" that end the phrase ("cut in half to 5,000", "cut in half by 2030"). */
const AFTER_IN_HALF = classWords(W.AfterInHalf);

/** "half" as an amount: "about half of all…", "half as much", "half a million", "cut in half", "over half have left". */
export function readHalf(c: ScanCursor, i: number): Numeral | undefined {
  const t = c.tokens[i];
  const prev = c.tok(i - 1);
  const next = c.tok(i + 1);
  if (prev?.word && hasClass(prev.lower, W.HalfAsPart)) return undefined;
  if (next?.word && (next.lower === 'a' || next.lower === 'an')) {
    const scale = c.tok(i + 2);
    if (scale?.word && SCALE_WORDS[scale.lower] && scale.lower !== 'hundred') {
      return { start: t.start, end: scale.end, next: i + 3, text: c.text.slice(t.start, scale.end), value: SCALE_WORDS[scale.lower] / 2, digits: false, ordinal: false };
    }
    // "half a percentage point", "half a basis point"
    const points = pointsAt(c, i + 2);
    if (points) {
      const last = c.tokens[points.last];
      return { start: t.start, end: last.end, next: points.last + 1, text: c.text.slice(t.start, last.end), value: 0.5, digits: false, ordinal: false, kind: 'percent', unit: points.unit };
    }
    return undefined; // "half an hour": a duration, not a figure to check
  }
  // "cut in half", "cut in half to 5,000", "cut her income by half": a share (not "in half an
  // hour", read above, nor "by half past six", nor "by half-time", one word).
  const inHalf = (prev?.lower === 'in' || prev?.lower === 'by') && (!next?.word || AFTER_IN_HALF.has(next.lower));
  const qualified = !!prev?.word && HALF_QUALIFIERS.has(prev.lower);
  if (!inHalf && !qualified && (!next?.word || !hasClass(next.lower, W.HalfAmountFollower))) return undefined;
  return { start: t.start, end: t.end, next: i + 1, text: t.text, value: 0.5, digits: false, ordinal: false, hint: 'fraction' };
}

/** Spelled-out words from token `i`: "twenty-five", "one hundred and twenty", "third". */
export function readSpelled(c: ScanCursor, i: number): Numeral | undefined {
  const words: string[] = [];
  const owner: number[] = []; // token index of each word
  for (let k = i; k < c.tokens.length; k++) {
    const t = c.tokens[k];
    if (!t.word || (k > i && !t.spaced)) break;
    if (t.lower === 'and') {
      words.push('and');
      owner.push(k);
      continue;
    }
    const parts = t.text.split(HYPHEN);
    if (!parts.every(p => isNumberWord(p))) break;
    for (const p of parts) {
      words.push(p);
      owner.push(k);
    }
    if (ordinalWordValue(parts[parts.length - 1]) !== undefined) break;
  }
  const read = readSpelledNumber(words);
  if (!read) return undefined;
  // The number must end on a token boundary ("twenty-five" is read whole or not at all).
  let consumed = read.consumed;
  while (consumed > 0 && owner[consumed] === owner[consumed - 1]) consumed--;
  if (consumed === 0) return undefined;
  const value = consumed === read.consumed ? read : readSpelledNumber(words.slice(0, consumed));
  if (!value) return undefined;
  // A bare scale word is not a number by itself ("millions", "thousand" without "a").
  const lead = words[0].toLowerCase();
  if (hasClass(lead, W.SpelledScale) || lead === 'dozen') return undefined;
  const last = owner[consumed - 1];
  const first = c.tokens[i];
  // A fraction: "two thirds of", "one quarter of", "a third of" (ordinal word + of).
  const fracTok = c.tok(last + 1);
  if (!value.ordinal && fracTok?.word && FRACTION_WORDS[fracTok.lower] !== undefined && c.tok(last + 2)?.lower === 'of' && value.value < 10) {
    return { start: first.start, end: fracTok.end, next: last + 2, text: c.text.slice(first.start, fracTok.end), value: value.value * FRACTION_WORDS[fracTok.lower], digits: false, ordinal: false, hint: 'fraction' };
  }
  return {
    start: first.start,
    end: c.tokens[last].end,
    next: last + 1,
    text: c.text.slice(first.start, c.tokens[last].end),
    value: value.value,
    digits: false,
    ordinal: value.ordinal,
  };
}
