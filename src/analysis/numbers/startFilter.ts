// The scanner's first, cheap test of a token: can a number expression start here at all? Most
// tokens of a news paragraph are ordinary words ("the", "said", "council") that no reader of
// scanner.ts accepts, and trying every reader on each of them (a dozen regular expressions and
// lookups) was most of the number finder's time. Only a token with a digit or a hyphen, a word
// ending in "fold", one of the words below, or a Roman numeral after "part" or "war" can start a
// mention; the readers decide the rest. A form the readers learn to start with must be added
// here: test/unit/analysis/numberStartFilter.test.ts checks every start the readers find.
import type { ScanToken } from './scanTokens';
import { MONTH_NAMES } from './dates';
import { FRACTION_WORDS, NUMBER_WORDS } from './words';
import { ARTICLE_SCALES, SPELLED_SCALES, VAGUE_COUNTS } from './spelledNumerals';
import { ROMAN_TRIGGERS } from './numeral';
import { isDigitCode } from './cursor';
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, SIGN_PREFIXED_CURRENCIES } from './units';

/**
 * Words (lower-cased) that open a mention without a digit in them, whatever follows: month
 * names ("May 18"), currency codes and abbreviations ("USD 5", "Rs 500"), a sign ("minus 20"),
 * "half" ("half a million", "cut in half") and spelled numbers ("twenty", "third").
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...Object.keys(CURRENCY_CODES),
  ...Object.keys(CURRENCY_ABBREVIATIONS).map(a => a.toLowerCase()),
  'minus',
  'half',
  ...NUMBER_WORDS,
]);

/**
 * Words that open a mention only before certain words, the commonest of them being the article:
 * "a dozen", "a third of" (but not "a man"), "several thousand" (not "several players"), "US$5"
 * (not "told us").
 */
const STARTS_BEFORE: readonly { words: ReadonlySet<string>; before: (next: ScanToken | undefined) => boolean }[] = [
  { words: new Set(['a', 'an']), before: next => !!next?.word && (FRACTION_WORDS[next.lower] !== undefined || ARTICLE_SCALES.has(next.lower)) },
  { words: VAGUE_COUNTS, before: next => !!next?.word && SPELLED_SCALES.has(next.lower) },
  { words: new Set(Object.keys(DOLLAR_PREFIXES)), before: next => next?.text === '$' },
  // "GH¢2.4 billion": the letters before the sign.
  { words: new Set(Object.keys(SIGN_PREFIXED_CURRENCIES).map(k => k.slice(0, -1).toLowerCase())), before: next => !!next && !next.word && !next.spaced },
];

/**
 * Each start word with how it opens a mention: `true` whatever follows (START_WORDS), else the
 * tests of STARTS_BEFORE on the word after it. One lookup per token instead of one per table:
 * this runs on every word of every paragraph.
 */
const WORD_STARTS: ReadonlyMap<string, true | ((next: ScanToken | undefined) => boolean)[]> = (() => {
  const starts = new Map<string, true | ((next: ScanToken | undefined) => boolean)[]>();
  for (const { words, before } of STARTS_BEFORE) {
    for (const word of words) {
      const tests = starts.get(word);
      if (tests === undefined) starts.set(word, [before]);
      else if (tests !== true) tests.push(before);
    }
  }
  for (const word of START_WORDS) starts.set(word, true);
  return starts;
})();

/** Marks that open a mention: a currency symbol ("$5"), a sign ("-2.1%", "+3", "−3"), a rank ("#1"). */
const START_MARKS: ReadonlySet<string> = new Set([...Object.keys(CURRENCY_SYMBOLS), '-', '−', '+', '#']);

const HYPHEN_MINUS = 0x2d;
const EN_DASH = 0x2013;
const NON_BREAKING_HYPHEN = 0x2011;

/** A digit or a hyphen anywhere in the word ("20,000", "Rs5", "mid-2015", "twenty-five", "8–10"). */
function hasDigitOrHyphen(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (isDigitCode(code) || code === HYPHEN_MINUS || code === EN_DASH || code === NON_BREAKING_HYPHEN) return true;
  }
  return false;
}

/** Written with Roman numeral letters only ("II", "XVII"). */
function isRomanLetters(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const ch = text[k];
    if (ch !== 'I' && ch !== 'V' && ch !== 'X' && ch !== 'L' && ch !== 'C' && ch !== 'D' && ch !== 'M') return false;
  }
  return true;
}

/** False when no reader of the scanner can start a number expression at token `i`. */
export function mayStartNumber(tokens: readonly ScanToken[], i: number): boolean {
  const t = tokens[i];
  if (!t.word) return START_MARKS.has(t.text);
  const start = WORD_STARTS.get(t.lower);
  if (start === true || hasDigitOrHyphen(t.text) || t.lower.endsWith('fold')) return true;
  if (start) for (const before of start) if (before(tokens[i + 1])) return true;
  // "World War II", "part XVII"; not the pronoun "I".
  const prev = tokens[i - 1];
  return isRomanLetters(t.text) && !!prev?.word && ROMAN_TRIGGERS.has(prev.lower);
}
