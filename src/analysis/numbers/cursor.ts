// What the scanner's readers share: the paragraph's tokens with a few questions about them
// (the token at an index, whether it is on the same line, whether a name comes before it), the
// patterns of written digits, and `Numeral`, one numeral as read before amount words are added.
import type { NumberKind } from '../types';
import type { Draft } from './draft';
import { type ScanToken, isCapitalised, startsSentence } from './scanTokens';
import { cardinalWordValue, isNumberWord } from './words';

/** One numeral read at a token, with everything glued to it, before amount words are added. */
export interface Numeral {
  start: number;
  end: number;
  value: number;
  next: number;
  text: string;
  digits: boolean;
  ordinal: boolean;
  hint?: Draft['hint'];
  kind?: NumberKind;
  unit?: string;
  counted?: string;
  qualifier?: string;
  time?: string;
  date?: string;
  /** "several", "few", "many" before a scale word: a count of that scale whose number is not said ("several thousand"). */
  vague?: boolean;
  /** A glued suffix such as "m" or "bn" that scales a money amount ("$5m"), as written ("M" and "m" differ). */
  moneyScale?: number;
  moneyScaleSuffix?: string;
}

export const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
export const DIGITS_PREFIX = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\p{L}+\d?)$/u;
/** A price with a decimal comma and two digits of cents ("12,50" of "R12,50"): read only right after a currency. */
export const DECIMAL_COMMA_CENTS = /^\d+,\d\d$/;
export const HYPHEN = /[-–‑]/;
/** A dash written alone between two figures of a range or a span of days ("10 - 15", "Oct. 2 – 8"). */
export const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '‑']);
/** The unit of basis points ("25bp", "150 basis points"). */
export const BASIS_POINTS = 'bp';
/** Denominators of written fractions; 32nds and 64ths are how bond prices move ("fell 9/32"). */
export const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64]);

/** True for the code of an ASCII digit, the only digits the forms read ("٣" is not a figure here). */
export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True when `text` starts with an ASCII digit: every form written with digits does. */
export function startsWithDigit(text: string): boolean {
  return isDigitCode(text.charCodeAt(0));
}

export function parseDigits(text: string): number {
  // Most numerals have no thousands separator: they are read without a copy.
  return Number(text.includes(',') ? text.replace(/,/g, '') : text);
}

/** The value of a price written with a decimal comma ("12,50" → 12.5). */
export function decimalCommaValue(text: string): number {
  return Number(text.replace(',', '.'));
}

/** The value of one part of a hyphen compound: digits or a single spelled cardinal ("ten"). */
export function partValue(part: string): number | undefined {
  if (DIGITS.test(part)) return parseDigits(part);
  const v = cardinalWordValue(part);
  return v !== undefined && v < 100 ? v : undefined;
}

/** The tokens of one paragraph as the scanner's readers see them. */
export class ScanCursor {
  constructor(
    readonly text: string,
    readonly tokens: readonly ScanToken[],
  ) {}

  tok(i: number): ScanToken | undefined {
    return this.tokens[i];
  }

  /** The token `i` when it is on the same line as the one before it: amounts do not run across lines. */
  sameLine(i: number): ScanToken | undefined {
    const t = this.tokens[i];
    return t && !t.lineStart ? t : undefined;
  }

  /** True when a numeral (digits, possibly glued to a money suffix) starts at token `i`. */
  numeralStartsAt(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word) return false;
    return DIGITS.test(t.text) || DIGITS_PREFIX.test(t.text) || /^\d[\d,.]*[-–‑][\p{L}\d]/u.test(t.text) || isNumberWord(t.text) || t.lower === 'a';
  }

  /** True when token `i` follows a capitalised word inside a sentence ("Flat 3C", "Apollo 11"). */
  afterName(i: number): boolean {
    return i > 0 && isCapitalised(this.tokens[i - 1]) && !startsSentence(this.tokens, i - 1);
  }
}

/** "percentage point(s)", "basis point(s)" or "bps" at token `at`: the unit and the last token. */
export function pointsAt(c: ScanCursor, at: number): { unit: string; last: number } | undefined {
  const first = c.tok(at);
  // "rose 5 bps", "cut by 25 bp": the markets pages' abbreviation of basis points.
  if (first?.word && (first.text === 'bps' || first.text === 'bp')) return { unit: BASIS_POINTS, last: at };
  if (!first?.word || !/^points?$/.test(c.tok(at + 1)?.lower ?? '')) return undefined;
  if (first.lower === 'percentage') return { unit: 'percentage points', last: at + 1 };
  if (first.lower === 'basis') return { unit: BASIS_POINTS, last: at + 1 };
  return undefined;
}

/** Digits written with thousands separators ("20,000", "1,350.5"): how an amount of money or a price is written, not a code ("N95") or a count of a few. */
export function hasThousandsSeparator(digits: string): boolean {
  return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits);
}
