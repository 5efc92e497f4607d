// The scanner's first, cheap test of a token: can a number expression start here at all? Most
// tokens of a news paragraph are ordinary words ("the", "said", "council") that no reader of
// scanner.ts accepts, and trying every reader on each of them (a dozen regular expressions and
// lookups) was most of the number finder's time. Only a token with a digit or a hyphen, a Roman
// numeral, a word ending in "fold", or one of the words below can start a mention; the readers
// decide the rest. A form the readers learn to start with must be added here:
// test/unit/analysis/numberStartFilter.test.ts checks every start the readers find.
import { W, classWords } from '../lexicon/lexicon';
import type { ScanToken } from './scanTokens';
import { MONTH_NAMES } from './dates';
import { NUMBER_WORDS } from './words';
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES } from './units';

/**
 * Words (lower-cased) that open a mention without a digit in them: month names ("May 18"),
 * currency codes and prefixes ("USD 5", "US$5", "Rs 500"), a sign ("minus 20"), an article or
 * "half" standing for a number ("a dozen", "half a million"), vague counts ("several thousand")
 * and spelled numbers ("twenty", "third").
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...Object.keys(CURRENCY_CODES),
  ...Object.keys(DOLLAR_PREFIXES),
  ...Object.keys(CURRENCY_ABBREVIATIONS).map(a => a.toLowerCase()),
  'minus',
  'a',
  'an',
  'half',
  ...classWords(W.VagueCount),
  ...NUMBER_WORDS,
]);

/** Marks that open a mention: a currency symbol ("$5"), a sign ("-2.1%", "+3", "−3"), a rank ("#1"). */
const START_MARKS: ReadonlySet<string> = new Set([...Object.keys(CURRENCY_SYMBOLS), '-', '−', '+', '#']);

const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;
const HYPHEN_MINUS = 0x2d;
const EN_DASH = 0x2013;
const NON_BREAKING_HYPHEN = 0x2011;

/** A digit or a hyphen anywhere in the word ("20,000", "Rs5", "mid-2015", "twenty-five", "8–10"). */
function hasDigitOrHyphen(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if ((code >= DIGIT_0 && code <= DIGIT_9) || code === HYPHEN_MINUS || code === EN_DASH || code === NON_BREAKING_HYPHEN) return true;
  }
  return false;
}

/** Written with Roman numeral letters only ("II", "XVII"): a number after "part" or "war". */
function isRomanLetters(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch !== 'I' && ch !== 'V' && ch !== 'X' && ch !== 'L' && ch !== 'C' && ch !== 'D' && ch !== 'M') return false;
  }
  return true;
}

/** False when no reader of the scanner can start a number expression at token `t`. */
export function mayStartNumber(t: ScanToken): boolean {
  if (!t.word) return START_MARKS.has(t.text);
  return START_WORDS.has(t.lower) || hasDigitOrHyphen(t.text) || isRomanLetters(t.text) || t.lower.endsWith('fold');
}
