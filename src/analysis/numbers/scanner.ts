// Reads number expressions from the tokens of one paragraph: the numeral itself (digits,
// words, "a dozen", "XVII"), what is glued to it ("14-year-old", "5km", "$4.2bn"), the words
// that make it an amount ("million", "percent", "euros", "times") and two-numeral forms
// (ranges, dates; whether two quantities make a range is settled in numberRanges.ts). What the
// number means in its sentence (age, year, counted noun, qualifier) is decided in numbers.ts.
// Times of day ("6pm", "0600 GMT") are read in numberTimes.ts, currency words after an amount
// ("euros", "Australian dollars") in numberMoney.ts.
import type { NumberKind } from '../types';
import type { Draft } from './draft';
import { type Token, isCapitalised, startsSentence } from './scanTokens';
import { centCurrency, hundredths, SUBUNIT_WORDS } from './subunits';
import { GLUED_DURATIONS, SECONDS_UNIT, colonDurationSeconds } from './durations';
import { isDayOfMonth, isoDate, monthNumber, parseIsoDate } from './dates';
import { clockTime, isTimeOfDay, looksLikeClock, meridiemClock, readClockTime, timeAtDigits } from './times';
import { FRACTION_WORDS, cardinalWordValue, isNumberWord, ordinalWordValue, readSpelledNumber } from './words';
import { joinQuantities } from './ranges';
import { currencyAfter } from './money';
import {
  CURRENCY_ABBREVIATIONS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DIMENSION_WORDS,
  DOLLAR_PREFIXES,
  GLUED_UNITS,
  MEASURE_UNITS,
  MONEY_SUFFIX_SCALES,
  SCALE_WORDS,
} from './units';
import { wordTable } from '../../common/wordTable';

export type { Draft };

/** One numeral read at a token, with everything glued to it, before amount words are added. */
interface Numeral {
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
  /** A glued suffix such as "m" or "bn" that scales a money amount ("$5m"), as written ("M" and "m" differ). */
  moneyScale?: number;
  moneyScaleSuffix?: string;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGITS_PREFIX = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\p{L}+\d?)$/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;
const HYPHEN = /[-–‑]/;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words after which a capital Roman numeral is a number ("part XVII", "World War II"). */
const ROMAN_TRIGGERS = new Set(['part', 'chapter', 'volume', 'vol', 'book', 'act', 'phase', 'stage', 'war', 'bowl', 'article', 'title', 'section', 'schedule', 'class', 'category', 'grade', 'level', 'tier', 'round', 'episode', 'season', 'series']);
/** Tails of "N-…" compounds that make the number an age. Value: the unit of the age. */
const AGE_TAILS: Record<string, string> = {
  'year-old': 'years', 'years-old': 'years', 'month-old': 'months', 'months-old': 'months', 'week-old': 'weeks',
  'weeks-old': 'weeks', 'day-old': 'days', 'days-old': 'days',
};
/** Words that may follow "by a third" when it is a share ("cut by a third from 2001", "by a quarter in May"). */
const AFTER_BY_FRACTION = new Set([
  'from', 'to', 'in', 'since', 'over', 'compared', 'and', 'or', 'last', 'this', 'on', 'after', 'between', 'while', 'but', 'at',
  'during', 'within', 'than', 'as', 'by', 'for', 'when', 'year', 'years',
]);
/** Words before a year written "'98" with a straight apostrophe (which can also open a quotation). */
const SHORT_YEAR_OPENERS = new Set([
  'in', 'of', 'since', 'the', 'by', 'until', 'till', 'from', 'to', 'and', 'through', 'early', 'late', 'mid', 'class', 'summer',
  'spring', 'fall', 'autumn', 'winter', 'season', 'circa', 'before', 'after', 'during', 'or',
]);
/** Prefixes of a year glued with a hyphen: "mid-2015", "pre-1990". */
const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'circa', 'c']);
/** Comparatives after "N times" that make it a multiplier ("50 times stronger"). */
const MULTIPLIER_FOLLOWERS = new Set(['more', 'less', 'as', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'faster', 'slower', 'stronger', 'weaker', 'the', 'that', 'what', 'over']);
/** The unit of basis points ("25bp", "150 basis points"). */
const BASIS_POINTS = 'bp';
/** Words after "720p" that make it the lines of a picture, not pence. */
const VIDEO_WORDS = new Set(['video', 'videos', 'resolution', 'display', 'displays', 'screen', 'screens', 'stream', 'streams', 'streaming', 'hd', 'footage', 'quality', 'monitor', 'tv', 'camera', 'recording', 'format']);
/** Names of temperature scales after "degrees", and the unit they make. */
const TEMPERATURE_SCALES = wordTable<string>({ celsius: '°C', centigrade: '°C', fahrenheit: '°F', c: '°C', f: '°F' });
/** Tails of hyphenated amounts of points: "quarter-point", "50-basis-point", "0.5-percentage-point". */
const POINT_TAILS = wordTable<string>({
  point: 'point', 'basis-point': BASIS_POINTS, 'basis-points': BASIS_POINTS, 'percentage-point': 'percentage points', 'percentage-points': 'percentage points',
});
/**
 * Words after "N times" that name the base of a multiple ("25 times forward earnings", "1.9 times
 * book value", "ten times its size"), as opposed to a count of occasions ("stabbed 25 times").
 */
const MULTIPLE_BASES = new Set([
  'earnings', 'sales', 'revenue', 'revenues', 'profit', 'profits', 'book', 'ebitda', 'income', 'cash', 'forward', 'trailing',
  'expected', 'projected', 'estimated', 'annual', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'salary', 'salaries',
  'normal', 'average', 'usual',
]);
const RANGE_DASHES = new Set(['-', '–', '—', '‑']);
/** Articles that can stand for "one" before a scale word: "a thousand", "a dozen". */
const ARTICLE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);

const SLASHED = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
const MIXED_FRACTION = /^(\d)\/(\d{1,2})$/;
/** A range in one word: "10-15", "8–10", "ten-fifteen", "5-10bn" (a scale or unit glued to the upper end). */
const RANGE_TOKEN = /^(\d[\d,.]*|[a-z]+)([-–‑])(?:(\d[\d,.]*)([a-z]+)?|([a-z]+))$/i;
/** Currencies written with a bare "$" once the country is known ("A$5 to $10"). */
const DOLLAR_CURRENCIES = new Set(['USD', ...Object.values(DOLLAR_PREFIXES)]);
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16]);

/**
 * "1/2", "3/4" (fractions), "9/11" (a day), "11/03/2017" (a date; its ISO form only when the order
 * is certain, one part being over 12). Anything else written with a slash ("24/7") is not read.
 */
function readSlashed(base: { start: number; end: number; next: number; text: string }, a: number, b: number, yearText: string | undefined): Numeral | undefined {
  if (yearText === undefined && a < b && FRACTION_DENOMINATORS.has(b)) return { ...base, value: a / b, digits: true, ordinal: false, hint: 'fraction' };
  let year: number | undefined;
  if (yearText !== undefined) year = yearText.length === 4 ? Number(yearText) : Number(yearText) + (Number(yearText) < 50 ? 2000 : 1900);
  const usOrder = a <= 12 && isDayOfMonth(a, b);
  const euOrder = b <= 12 && isDayOfMonth(b, a);
  if (!usOrder && !euOrder) return undefined;
  const date = usOrder && euOrder && a !== b ? undefined : usOrder ? isoDate(year, a, b) : isoDate(year, b, a);
  if (yearText === undefined && !usOrder) return undefined;
  return { ...base, value: 0, digits: true, ordinal: false, kind: 'date', ...(date ? { date } : {}) };
}

/** Multiplies a decimal written in digits by a power of ten without binary rounding ("4.2" × 1e6 = 4200000). */
function scaleDecimal(text: string, value: number, scale: number): number {
  const exponent = Math.round(Math.log10(scale));
  if (10 ** exponent === scale && /^[\d,.]+$/.test(text)) return Number(`${text.replace(/,/g, '')}e${exponent}`);
  return value * scale;
}

/** The year of a two-digit short form: this century up to `pivot` ("’05"), the last one after ("’98"). */
function fullYear(twoDigits: number, pivot: number): number {
  return twoDigits <= pivot ? 2000 + twoDigits : 1900 + twoDigits;
}

/** The scale a spelled amount ends with ("a million" → 1e6, "two dozen" → 12), else 1. */
function trailingScale(text: string): number {
  const last = /(\p{L}+)$/u.exec(text)?.[1].toLowerCase() ?? '';
  if (last === 'dozen') return 12;
  return SCALE_WORDS[last] ?? 1;
}

function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The value of one part of a hyphen compound: digits or a single spelled cardinal ("ten"). */
function partValue(part: string): number | undefined {
  if (DIGITS.test(part)) return parseDigits(part);
  const v = cardinalWordValue(part);
  return v !== undefined && v < 100 ? v : undefined;
}

function romanValue(text: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = values[text[i]];
    const next = values[text[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export class NumberScanner {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  /** All number expressions of the paragraph, in text order, not overlapping. */
  scan(): Draft[] {
    const drafts: Draft[] = [];
    for (let i = 0; i < this.tokens.length; ) {
      const found = this.readAt(i);
      if (found.length) {
        drafts.push(...found);
        i = Math.max(i + 1, ...found.map(d => d.next));
      } else i++;
    }
    return drafts;
  }

  private tok(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Token `i` when it is on the same line as the one before it: amounts do not run across lines. */
  private sameLine(i: number): Token | undefined {
    const t = this.tokens[i];
    return t && !t.lineStart ? t : undefined;
  }

  private readAt(i: number): Draft[] {
    const t = this.tokens[i];
    if (t.word) {
      const month = monthNumber(t.text);
      if (month !== undefined) return this.readMonthFirstDate(i, month);
      const code = CURRENCY_CODES[t.lower];
      if (code && t.text === t.text.toUpperCase() && this.numeralStartsAt(i + 1)) return this.readQuantityOrRange(i, i + 1, code);
      const prefix = DOLLAR_PREFIXES[t.lower];
      const sym = this.tok(i + 1);
      if (prefix && t.text === t.text.toUpperCase() && sym && !sym.word && sym.text === '$' && this.numeralStartsAt(i + 2)) return this.readQuantityOrRange(i, i + 2, prefix);
      // "Rs5 crore": the abbreviation glued to the digits; the span starts with it.
      const gluedAbbreviation = /^(\p{Lu}\p{Ll}*)(\d[\d,.]*)$/u.exec(t.text);
      if (gluedAbbreviation && CURRENCY_ABBREVIATIONS[gluedAbbreviation[1]] && DIGITS.test(gluedAbbreviation[2])) {
        const digits = gluedAbbreviation[2];
        const numeral: Numeral = { start: t.start, end: t.end, next: i + 1, text: digits, value: parseDigits(digits), digits: true, ordinal: false };
        const q = this.readQuantity(i, i, CURRENCY_ABBREVIATIONS[gluedAbbreviation[1]], numeral);
        return q ? [q] : [];
      }
      // "Rs 500 crore", "Rs. 3 lakh"
      const abbreviated = CURRENCY_ABBREVIATIONS[t.text];
      if (abbreviated) {
        const at = sym?.text === '.' && !sym.spaced ? i + 2 : i + 1;
        if (this.numeralStartsAt(at)) return this.readQuantityOrRange(i, at, abbreviated);
      }
      // "minus 20 degrees": the word is the sign (not the "minus" of "10 minus 3", nor the
      // margin of "plus or minus 4 points").
      if (t.lower === 'minus' && this.numeralStartsAt(i + 1) && this.tok(i + 1)?.lower !== 'a' && !this.followsNumber(i) && this.tok(i - 1)?.lower !== 'or') {
        const q = this.readQuantity(i, i + 1, undefined);
        if (q && q.value !== null && (!q.kind || q.kind === 'percent')) return [{ ...q, value: -q.value }];
      }
      return this.readQuantityOrRange(i, i, undefined);
    }
    const symbolCurrency = CURRENCY_SYMBOLS[t.text];
    if (symbolCurrency && this.numeralStartsAt(i + 1)) return this.readQuantityOrRange(i, i + 1, symbolCurrency);
    const signed = this.readSigned(i);
    if (signed) return [signed];
    if (t.text === '#' && this.tok(i + 1) && !this.tokens[i + 1].spaced && DIGITS.test(this.tokens[i + 1].text)) {
      const n = this.tokens[i + 1];
      return [{ start: t.start, end: n.end, value: parseDigits(n.text), first: i, next: i + 2, numeral: n.text, digits: true, hint: 'rank' }];
    }
    return [];
  }

  /** True when the token before `i` ends with a digit: "3 -1" and "10 minus 3" are arithmetic or scores, not signs. */
  private followsNumber(i: number): boolean {
    return /\d$/.test(this.tok(i - 1)?.text ?? '');
  }

  /**
   * A number written with its sign glued to it: "GDP shrank by -2.1%", "+3.5 points", "−3",
   * "a loss of -$2.1 million" (the sign before the currency symbol). The sign is part of the span.
   */
  private readSigned(i: number): Draft | undefined {
    const t = this.tokens[i];
    if (!(t.text === '-' || t.text === '−' || t.text === '+') || !t.spaced || this.followsNumber(i)) return undefined;
    const sign = t.text === '+' ? 1 : -1;
    const next = this.tok(i + 1);
    if (!next || next.spaced) return undefined;
    const currency = !next.word ? CURRENCY_SYMBOLS[next.text] : undefined;
    const at = currency ? i + 2 : i + 1;
    const digits = this.tok(at);
    // "-12C", "-$2bn": digits, or digits with a glued unit or scale.
    if (!digits?.word || digits.spaced || !(DIGITS.test(digits.text) || DIGITS_PREFIX.test(digits.text))) return undefined;
    const q = this.readQuantity(i, at, currency);
    if (!q || q.value === null) return undefined;
    const signedKind = currency ? q.kind === 'money' : !q.kind || q.kind === 'percent' || q.kind === 'multiplier';
    return signedKind ? { ...q, value: sign * q.value } : undefined;
  }

  /** True when a numeral (digits, possibly glued to a money suffix) starts at token `i`. */
  private numeralStartsAt(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word) return false;
    return DIGITS.test(t.text) || DIGITS_PREFIX.test(t.text) || /^\d[\d,.]*[-–‑][\p{L}\d]/u.test(t.text) || isNumberWord(t.text) || t.lower === 'a';
  }

  /**
   * Reads a quantity at `at` (numeral + amount words), and a second one when the two form a
   * range ("10 to 15", "between 5 and 10 percent"). `first` is where the expression starts
   * (before a currency prefix), `currency` a currency already stated by a prefix.
   */
  private readQuantityOrRange(first: number, at: number, currency: string | undefined): Draft[] {
    const oneWord = this.readRangeToken(first, at, currency);
    if (oneWord) return oneWord;
    const a = this.readQuantity(first, at, currency);
    if (!a) return [];
    if (a.kind === 'date' || a.kind === 'time' || a.hint === 'decade' || a.ordinal) return [a];
    const dayFirst = this.readDayFirstDate(a);
    if (dayFirst) return dayFirst;
    const range = this.readRangeEnd(a);
    return range ?? [a];
  }

  /**
   * The quantity after quantity `a` when the two belong together (a range, a change, a score;
   * see numberRanges.ts), or undefined when `a` stands alone.
   */
  private readRangeEnd(a: Draft): Draft[] | undefined {
    if (a.value === null) return undefined;
    const link = this.sameLine(a.next);
    if (!link || !this.sameLine(a.next + 1)) return undefined;
    const isBetween = this.tok(a.first - 1)?.lower === 'between';
    const dash = !link.word && RANGE_DASHES.has(link.text);
    if (!(link.lower === 'to' || link.lower === 'through' || dash || (isBetween && link.lower === 'and'))) return undefined;
    let at = a.next + 1;
    // The second end's currency is the one written on it; "$" after "A$5 to" is still the same dollar.
    let currency = a.kind === 'money' ? a.unit : undefined;
    const sym = this.tok(at);
    if (sym && !sym.word && CURRENCY_SYMBOLS[sym.text]) {
      if (!(sym.text === '$' && currency && DOLLAR_CURRENCIES.has(currency))) currency = CURRENCY_SYMBOLS[sym.text];
      at++;
    }
    if (!this.numeralStartsAt(at) || this.tok(at)?.lower === 'a') return undefined;
    const b = this.readQuantity(a.next + 1, at, currency);
    if (!b || b.value === null || b.kind === 'date' || b.kind === 'time' || b.ordinal || b.hint === 'decade') return undefined;
    const spacedDash = dash && link.spaced && !!this.tok(a.next + 1)?.spaced;
    return joinQuantities(this.tokens, this.text, a, b, { spacedDash });
  }

  /**
   * A range written as one word ("8–10", "2015-16", "10-15"), with what follows its upper end
   * ("10-15 million", "$10-20 million", "15-20%", "€5-10bn"): each numeral gets its own span.
   * When the two do not make a range ("3-1", a score) both are reported as they are.
   */
  private readRangeToken(first: number, at: number, currency: string | undefined): Draft[] | undefined {
    const t = this.tok(at);
    if (!t?.word || !HYPHEN.test(t.text)) return undefined;
    const m = RANGE_TOKEN.exec(t.text);
    if (!m || parseIsoDate(t.text)) return undefined;
    const [, loText, dash, hiDigits, hiSuffix, hiWord] = m;
    const hiText = hiDigits ?? hiWord;
    const lo = partValue(loText);
    let hi = partValue(hiText);
    if (lo === undefined || hi === undefined) return undefined;
    if (!/^\d/.test(loText) && !/^\d/.test(hiText) && cardinalWordValue(loText)! >= 20 && hi < 10) return undefined; // "twenty-five"
    // "2015-16": a span of years written with the second year abbreviated.
    if (/^\d{4}$/.test(loText) && /^\d{2}$/.test(hiText) && !hiSuffix) hi = Math.floor(lo / 100) * 100 + hi;
    const loEnd = t.start + loText.length;
    const hiBase = { start: loEnd + dash.length, end: t.end, next: at + 1, text: hiSuffix ? hiText + hiSuffix : hiText };
    let upper: Numeral | undefined = { ...hiBase, value: hi, digits: !!hiDigits, ordinal: false };
    if (hiSuffix) {
      upper = this.readGlued(hiBase, hiDigits, hiSuffix);
      // "2-4pm": two clock times, the first taking the other's half of the day.
      const loTime = upper?.kind === 'time' && /^\d{1,2}$/.test(loText) ? clockTime(lo, 0, hiSuffix) : undefined;
      if (upper?.kind === 'time' && loTime && !currency) {
        const times = { first, next: at + 1, digits: true, kind: 'time' as const, value: null };
        return [
          { ...times, start: t.start, end: loEnd, numeral: loText, time: loTime },
          { ...times, start: upper.start, end: upper.end, numeral: hiDigits, time: upper.time },
        ];
      }
      // "5-10bn", "5-10km": otherwise only a scale or a unit may be glued to the upper end.
      if (!upper || (!upper.moneyScale && !upper.unit)) return undefined;
    }
    const b = this.readQuantity(at, at, currency, upper);
    if (!b || b.value === null) return undefined;
    const a: Draft = {
      start: this.tokens[first].start,
      end: loEnd,
      value: lo,
      first,
      // What the range counts is read after its upper end and its unit ("10-15 km away").
      next: b.next,
      numeral: loText,
      digits: /^\d/.test(loText),
      ...(currency ? { kind: 'money' as const, unit: currency } : {}),
    };
    return joinQuantities(this.tokens, this.text, a, b) ?? [a, b];
  }

  /**
   * A quantity: a numeral with the words that make it an amount ("million", "percent", "euros",
   * "times", "km"). `currency` is set when a currency symbol or code came first.
   */
  private readQuantity(first: number, at: number, currency: string | undefined, numeral?: Numeral): Draft | undefined {
    const n = numeral ?? this.readNumeral(at);
    if (!n) return undefined;
    let value = n.value;
    let end = n.end;
    let next = n.next;
    let unit = n.unit;
    let kind = n.kind;
    let scale: number | undefined;
    let metresOrMillion = false;
    const qualifier = n.qualifier;
    const draft = (): Draft => ({
      // A numeral given by the caller is part of a word ("15" of "10-15"): its span is its own.
      start: numeral ? numeral.start : this.tokens[first].start,
      end,
      value: kind === 'date' || kind === 'time' ? null : value,
      first,
      next,
      numeral: n.text,
      digits: n.digits,
      ...(kind ? { kind } : {}),
      ...(unit ? { unit } : {}),
      ...(qualifier ? { qualifier } : {}),
      ...(n.counted ? { counted: n.counted } : {}),
      ...(n.time ? { time: n.time } : {}),
      ...(n.date ? { date: n.date } : {}),
      ...(n.ordinal ? { ordinal: true } : {}),
      ...(n.hint ? { hint: n.hint } : {}),
      ...(scale ? { scale } : {}),
      ...(metresOrMillion ? { metresOrMillion } : {}),
    });
    // "$20s": banknotes, not a decade.
    if (currency && n.hint === 'decade') {
      kind = 'money';
      unit = currency;
      return { ...draft(), hint: undefined };
    }
    if (n.kind === 'time' || n.kind === 'date' || n.hint === 'decade' || n.ordinal || n.hint === 'age') {
      if (currency) return undefined;
      return draft();
    }
    // The glued form already said what it is ("99c", "25bp", "100fold").
    if (n.kind) return currency && n.kind !== 'multiplier' ? undefined : draft();
    // "3 1/2 years": a whole number and a fraction.
    const fraction = this.sameLine(next);
    const parts = fraction && fraction.spaced && n.digits && !n.moneyScale && !n.unit && Number.isInteger(value) ? MIXED_FRACTION.exec(fraction.text) : null;
    if (parts && Number(parts[1]) < Number(parts[2]) && FRACTION_DENOMINATORS.has(Number(parts[2]))) {
      value += Number(parts[1]) / Number(parts[2]);
      end = fraction!.end;
      next++;
    }
    // Scale word after digits: "4.2 billion", "26 million".
    const scaleTok = this.sameLine(next);
    if (n.digits && scaleTok?.word && SCALE_WORDS[scaleTok.lower] && !n.moneyScale) {
      scale = SCALE_WORDS[scaleTok.lower];
      end = scaleTok.end;
      next++;
      // "20 lakh crore", "5 thousand million": a larger scale word after a scale multiplies it.
      for (let more = this.sameLine(next); more?.word && (SCALE_WORDS[more.lower] ?? 0) > scale; more = this.sameLine(next)) {
        scale *= SCALE_WORDS[more.lower];
        end = more.end;
        next++;
      }
      value = parts ? value * scale : scaleDecimal(n.text, value, scale);
    }
    if (n.moneyScale) {
      // A capital "M" glued to digits is a million ("5M visitors"); metres are written "m".
      if (currency || n.moneyScaleSuffix !== 'm') {
        scale = n.moneyScale;
        value = scaleDecimal(n.text.replace(/\p{L}+$/u, ''), value, n.moneyScale);
      } else {
        // "15m" without a currency: fifteen metres, unless what follows says it counts
        // ("25m customers"), which is settled with the sentence (numbers.ts).
        unit = 'm';
        kind = undefined;
        metresOrMillion = true;
      }
    }
    // "two and a half", "3 and a half", "a million and a half": the half is of the last unit
    // written, so after a scale word it is half that scale (1,500,000, not 1,000,000.5).
    if (this.tok(next)?.lower === 'and' && this.tok(next + 1)?.lower === 'a' && this.tok(next + 2)?.lower === 'half') {
      value += 0.5 * (scale ?? trailingScale(n.text));
      end = this.tokens[next + 2].end;
      next += 3;
      // "one and a half billion": a scale word after the half multiplies the whole.
      const scaleAfter = this.sameLine(next);
      if (!scale && trailingScale(n.text) === 1 && scaleAfter?.word && SCALE_WORDS[scaleAfter.lower]) {
        scale = SCALE_WORDS[scaleAfter.lower];
        value = Math.round(value * scale);
        end = scaleAfter.end;
        next++;
      }
    }
    if (currency) {
      kind = 'money';
      unit = currency;
      // "¥5 billion yuan": a currency word after the amount says which one.
      const word = this.sameLine(next);
      if (word?.word && CURRENCY_WORDS[word.lower] && (currency === 'JPY' || currency === CURRENCY_WORDS[word.lower])) {
        unit = CURRENCY_WORDS[word.lower];
        end = word.end;
        next++;
      }
      return draft();
    }
    // "a quarter of a percentage point", "two-thirds of a percentage point"
    const pointsAfterOf = n.hint === 'fraction' && this.tok(next)?.lower === 'of' && this.tok(next + 1)?.lower === 'a' ? this.pointsAt(next + 2) : undefined;
    if (pointsAfterOf) {
      kind = 'percent';
      unit = pointsAfterOf.unit;
      end = this.tokens[pointsAfterOf.last].end;
      next = pointsAfterOf.last + 1;
      return { ...draft(), hint: undefined };
    }
    const after = this.sameLine(next);
    // "20-minute walk": the compound already says what is counted.
    if (!after || n.counted) return draft();
    // Percent: "50%", "50 percent", "50 per cent", "2 percentage points".
    if (!after.word && after.text === '%') {
      kind = 'percent';
      unit = '%';
      end = after.end;
      next++;
      return draft();
    }
    if (after.word && (after.lower === 'percent' || after.lower === 'pct' || (after.lower === 'per' && this.tok(next + 1)?.lower === 'cent'))) {
      kind = 'percent';
      unit = '%';
      next += after.lower === 'per' ? 2 : 1;
      end = this.tokens[next - 1].end;
      return draft();
    }
    // "2 percentage points", "150 basis points"
    const points = this.pointsAt(next);
    if (points) {
      kind = 'percent';
      unit = points.unit;
      next = points.last + 1;
      end = this.tokens[points.last].end;
      return draft();
    }
    // "45 cents", "142.5 pence": hundredths of a currency.
    const subunit = after.word ? SUBUNIT_WORDS[after.lower] : undefined;
    if (subunit !== undefined) {
      kind = 'money';
      unit = subunit ?? centCurrency(this.tokens, next);
      value = hundredths(value);
      end = after.end;
      next++;
      return draft();
    }
    // Money written with a word or code after: "422,000 euros", "20 million Australian dollars", "300 EUR".
    const money = currencyAfter(this.tokens, next, value !== n.value);
    if (money) {
      kind = 'money';
      unit = money.currency;
      end = this.tokens[money.last].end;
      next = money.last + 1;
      return draft();
    }
    // Multiplier: "50 times stronger", "three times as many".
    if (after.lower === 'times') {
      const follower = this.tok(next + 1);
      if (follower?.word && (MULTIPLIER_FOLLOWERS.has(follower.lower) || MULTIPLE_BASES.has(follower.lower) || /er$/.test(follower.lower))) {
        kind = 'multiplier';
        unit = 'times';
        end = after.end;
        next++;
        return draft();
      }
    }
    // Degrees: "1.5°C", "40 °F".
    if (!after.word && after.text === '°') {
      const scale = this.tok(next + 1);
      const letter = scale && !scale.spaced && /^[CF]$/.test(scale.text) ? scale : undefined;
      unit = `°${letter?.text ?? ''}`;
      end = (letter ?? after).end;
      next += letter ? 2 : 1;
      return draft();
    }
    // Units of measurement: "2 km", "15 meter", "240,000 square meter".
    const square = after.lower === 'square' || after.lower === 'cubic' ? 1 : 0;
    const unitTok = this.sameLine(next + square);
    if (unitTok?.word && MEASURE_UNITS.has(unitTok.lower) && !unit) {
      unit = (square ? `${after.lower} ` : '') + unitTok.lower;
      end = unitTok.end;
      next += square + 1;
      // "5 degrees Celsius", "110 degrees Fahrenheit": the scale is the unit, written as "40°C" is.
      const scaleName = this.sameLine(next);
      const temperature = /^degrees?$/.test(unitTok.lower) && scaleName?.word ? TEMPERATURE_SCALES[scaleName.lower] : undefined;
      if (temperature && (scaleName!.text.length > 1 || /^[CF]$/.test(scaleName!.text))) {
        unit = temperature;
        end = scaleName!.end;
        next++;
      }
      return draft();
    }
    return draft();
  }

  /** "percentage point(s)" or "basis point(s)" at token `at`: the unit and the last token. */
  private pointsAt(at: number): { unit: string; last: number } | undefined {
    const first = this.tok(at);
    if (!first?.word || !/^points?$/.test(this.tok(at + 1)?.lower ?? '')) return undefined;
    if (first.lower === 'percentage') return { unit: 'percentage points', last: at + 1 };
    if (first.lower === 'basis') return { unit: BASIS_POINTS, last: at + 1 };
    return undefined;
  }

  /** A numeral at token `i`, with what is glued to it. */
  private readNumeral(i: number): Numeral | undefined {
    const t = this.tok(i);
    if (!t?.word) return undefined;
    const base = { start: t.start, end: t.end, next: i + 1, text: t.text };
    if (DIGITS.test(t.text)) {
      // Long digit strings are identifiers (tweet ids, account numbers), not quantities.
      if (/^\d{13,}$/.test(t.text)) return undefined;
      const value = parseDigits(t.text);
      // "in ’98": a year written with two digits after an apostrophe.
      if (/^\d{2}$/.test(t.text) && this.afterYearApostrophe(i)) return { ...base, value: fullYear(value, 30), digits: true, ordinal: false, hint: 'year' };
      // "6 pm", "0600 GMT", "11 o'clock", "at 8 in the evening"
      const time = timeAtDigits(this.tokens, i, value);
      if (time) return { ...base, end: time.end, next: time.next, value, digits: true, ordinal: false, kind: 'time', time: time.time };
      return { ...base, value, digits: true, ordinal: false };
    }
    const clock = looksLikeClock(t.text);
    // "won in 2:01:09", "1:52.3": a race time, unless the sentence places it in the day.
    const seconds = colonDurationSeconds(t.text);
    if (seconds !== undefined && !(clock && isTimeOfDay(this.tokens, i))) return { ...base, value: seconds, digits: true, ordinal: false, kind: 'cardinal', unit: SECONDS_UNIT };
    if (clock) {
      const read = readClockTime(this.tokens, i);
      return read ? { ...base, end: read.end, next: read.next, value: read.hour, digits: true, ordinal: false, kind: 'time', time: read.time } : undefined;
    }
    const glued = DIGITS_PREFIX.exec(t.text);
    if (glued) {
      const read = this.readGlued(base, glued[1], glued[2]);
      // "the ’90s": a decade written with two digits after an apostrophe; "’00s" and "’10s" are this century's.
      if (read?.hint === 'decade' && /^\d{2}$/.test(glued[1]) && this.afterYearApostrophe(i)) return { ...read, value: fullYear(read.value, 10) };
      return read;
    }
    const slash = SLASHED.exec(t.text);
    if (slash) return readSlashed(base, Number(slash[1]), Number(slash[2]), slash[3]);
    if (HYPHEN.test(t.text)) return this.readCompound(i);
    if (ROMAN.test(t.text) && (t.text.length > 1 || this.tok(i - 1)?.lower === 'war')) {
      const prev = this.tok(i - 1);
      if (prev?.word && ROMAN_TRIGGERS.has(prev.lower)) return { ...base, value: romanValue(t.text), digits: false, ordinal: true, hint: 'rank' };
      return undefined;
    }
    if (t.lower === 'a' || t.lower === 'an') return this.readArticleScale(i);
    if (t.lower === 'half') return this.readHalf(i);
    if (isNumberWord(t.text)) return this.readSpelled(i);
    // "fivefold", "thirtyfold", "hundredfold": a multiplier spelled in one word.
    const fold = /^(\p{L}+)fold$/u.exec(t.lower);
    const times = fold ? readSpelledNumber([fold[1]]) : undefined;
    if (times && times.consumed === 1 && !times.ordinal) return { ...base, value: times.value, digits: false, ordinal: false, kind: 'multiplier', unit: 'times' };
    return undefined;
  }

  /** Digits with a glued suffix: "22nd", "1990s", "5km", "$5bn" (money suffix), "6pm". */
  private readGlued(base: Omit<Numeral, 'value' | 'digits' | 'ordinal'>, digits: string, suffix: string): Numeral | undefined {
    const value = parseDigits(digits);
    const s = suffix.toLowerCase();
    if (ORDINAL_SUFFIX.test(s) && Number.isInteger(value)) return { ...base, value, digits: true, ordinal: true };
    if (s === 's' && /0$/.test(digits) && !digits.includes('.')) return { ...base, value, digits: true, ordinal: false, hint: 'decade' };
    if (s === 'am' || s === 'pm') {
      const time = meridiemClock(digits, s);
      return time ? { ...base, value, digits: true, ordinal: false, kind: 'time', time } : undefined;
    }
    if (MONEY_SUFFIX_SCALES[s]) return { ...base, text: base.text, value, digits: true, ordinal: false, moneyScale: MONEY_SUFFIX_SCALES[s], moneyScaleSuffix: suffix };
    if (GLUED_UNITS.has(s)) return { ...base, value, digits: true, ordinal: false, unit: s };
    const plain = { ...base, value, digits: true, ordinal: false };
    // "90bps", "25bp": basis points, hundredths of a percentage point.
    if (s === 'bp' || s === 'bps') return { ...plain, kind: 'percent', unit: BASIS_POINTS };
    // "fivefold" is read with the spelled numbers; "100fold" here.
    if (s === 'fold') return { ...plain, kind: 'multiplier', unit: 'times' };
    // "19.46sec", "1min", "2hr": the abbreviation counts what the whole word would.
    if (GLUED_DURATIONS[s]) return { ...plain, counted: GLUED_DURATIONS[s] };
    // A single letter glued to digits after a name is part of an identifier ("Flat 3C",
    // "iPhone 5c", "Xbox 720p"); elsewhere it is a unit.
    if (this.afterName(base.next - 1)) return undefined;
    // "35C", "95F": degrees Celsius or Fahrenheit (capital letters only; "3c" is cents).
    if (suffix === 'C' || suffix === 'F') return { ...plain, unit: `°${suffix}` };
    // "99c": cents, in the currency of the sentence.
    if (suffix === 'c') return { ...plain, value: hundredths(value), kind: 'money', unit: centCurrency(this.tokens, base.next - 1) };
    // "240p": pence; not the lines of a video picture ("720p video").
    if (suffix === 'p' && !VIDEO_WORDS.has(this.tok(base.next)?.lower ?? '')) return { ...plain, value: hundredths(value), kind: 'money', unit: 'GBP' };
    return undefined; // "4chan", "3D", "5G": a name, not a quantity
  }

  /** True when token `i` follows a capitalised word inside a sentence ("Flat 3C", "Apollo 11"). */
  private afterName(i: number): boolean {
    return i > 0 && isCapitalised(this.tokens[i - 1]) && !startsSentence(this.tokens, i - 1);
  }

  /**
   * A hyphenated token: "twenty-five", "14-year-old", "18-fold", "2017-11-03", "mid-2015",
   * "two-thirds", "20-minute". Ranges inside one token ("8–10") are read by `readRangeToken`.
   */
  private readCompound(i: number): Numeral | undefined {
    const t = this.tokens[i];
    const parts = t.text.split(HYPHEN);
    const base = { start: t.start, end: t.end, next: i + 1, text: t.text };
    const iso = parseIsoDate(t.text);
    if (iso) return { ...base, value: 0, digits: true, ordinal: false, kind: 'date', date: iso };
    let headValue = partValue(parts[0]);
    // "two-and-a-half-year", "3-and-a-half": the half belongs to the head number.
    if (headValue !== undefined && parts.length >= 4 && parts[1].toLowerCase() === 'and' && parts[2].toLowerCase() === 'a' && parts[3].toLowerCase() === 'half') {
      headValue += 0.5;
      parts.splice(1, 3);
      if (parts.length === 1) return { ...base, value: headValue, digits: /^\d/.test(parts[0]), ordinal: false };
    }
    const pointTail = POINT_TAILS[parts.slice(1).join('-').toLowerCase()];
    if (headValue === undefined) {
      // "a quarter-point cut", "a half-percentage-point rise": a fraction of a percentage point.
      const fraction = FRACTION_WORDS[parts[0].toLowerCase()];
      if (fraction !== undefined && pointTail) return { ...base, value: fraction, digits: false, ordinal: false, kind: 'percent', unit: pointTail === BASIS_POINTS ? BASIS_POINTS : 'percentage points' };
      // "mid-2015": the year is the number; its span is the digits.
      // "mid-30s": a decade of an age, written with two digits.
      if (parts.length === 2 && YEAR_PREFIXES.has(parts[0].toLowerCase()) && (/^\d{4}s?$/.test(parts[1]) || /^\d0s$/.test(parts[1]))) {
        const start = t.start + t.text.length - parts[1].length;
        const digits = parts[1].replace(/s$/, '');
        return { start, end: t.end, next: i + 1, text: digits, value: Number(digits), digits: true, ordinal: false, hint: parts[1].endsWith('s') ? 'decade' : 'year' };
      }
      return undefined; // "COVID-19", "high-five", "F-16"
    }
    // All parts spelled number words: "twenty-five", "twenty-first".
    if (parts.every(p => isNumberWord(p))) return this.readSpelled(i);
    const tail = parts.slice(1).join('-').toLowerCase();
    const headEnd = t.start + parts[0].length;
    const head = { start: t.start, end: headEnd, next: i + 1, text: parts[0], value: headValue, digits: /^\d/.test(parts[0]), ordinal: false };
    // "two-and-a-half-year": the span runs to the end of the half, not just the head.
    if (headValue % 1 !== 0 && !/[.,/]/.test(parts[0])) head.end = t.start + t.text.toLowerCase().indexOf('half') + 'half'.length;
    if (AGE_TAILS[tail]) return { ...head, end: t.end, hint: 'age', unit: AGE_TAILS[tail] };
    if (tail === 'fold') return { ...head, end: t.end, kind: 'multiplier', unit: 'times' };
    // "a 50-basis-point cut", "a 0.25-percentage-point rise" (not "a 3-point lead": points of a game).
    if (pointTail && pointTail !== 'point') return { ...head, end: t.end, kind: 'percent', unit: pointTail };
    if (tail === 'plus') return { ...head, end: t.end, qualifier: 'or more' };
    if (tail === 'odd') return { ...head, end: t.end, qualifier: 'about' };
    // "4-1/2": a whole number and a fraction.
    const mixed = /^(\d+)\/(\d+)$/.exec(tail);
    if (mixed && parts.length === 2 && Number(mixed[1]) < Number(mixed[2]) && /^\d+$/.test(parts[0])) {
      return { ...head, end: t.end, value: headValue + Number(mixed[1]) / Number(mixed[2]) };
    }
    const fraction = FRACTION_WORDS[tail];
    if (fraction !== undefined && parts.length === 2 && tail !== 'half' && (tail.endsWith('s') || headValue === 1)) {
      return { ...head, end: t.end, value: headValue * fraction, hint: 'fraction' };
    }
    if (partValue(parts[1]) !== undefined) return undefined; // a range, read as two numbers by the caller
    // "a 5,000-strong force", "a 10-deep queue": the tail is an adjective, and what is counted
    // (if anything) is the noun after the compound.
    if (parts.length === 2 && (tail === 'strong' || DIMENSION_WORDS.has(tail))) return head;
    // "20-minute walk", "11-year lull": the number counts the first word of the tail.
    if (parts.length >= 2 && /^\p{Ll}{2,}$/u.test(parts[1]) && !/^(?:an|the|per|and|or|to|of)$/.test(parts[1])) return { ...head, counted: parts[1] };
    if (parts.length >= 2 && /^\p{Ll}+$/u.test(parts[1])) return head; // the "$12" of "$12-an-hour"
    return undefined;
  }

  /**
   * True when token `i` (two digits) is written right after an apostrophe that starts a word:
   * "in ’98", "the '90s". A straight "'" also opens quotations ("'27 companies reported…'"),
   * so it counts only after a word that introduces a year.
   */
  private afterYearApostrophe(i: number): boolean {
    const mark = this.tok(i - 1);
    if (!mark || mark.word || this.tokens[i].spaced || !(mark.spaced || i === 1)) return false;
    if (mark.text === '’') return true;
    const before = this.tok(i - 2);
    return mark.text === "'" && !!before?.word && SHORT_YEAR_OPENERS.has(before.lower);
  }

  /**
   * "a thousand", "a dozen", "an hundred": the article stands for one. "a quarter of", "cut by a
   * third": a fraction (not "a third goal", nor "by a third party").
   */
  private readArticleScale(i: number): Numeral | undefined {
    const part = this.tok(i + 1);
    const after = this.tok(i + 2);
    const share = after?.lower === 'of' || (this.tok(i - 1)?.lower === 'by' && (!after?.word || AFTER_BY_FRACTION.has(after.lower)));
    if (part?.word && FRACTION_WORDS[part.lower] !== undefined && !part.lower.endsWith('s') && share) {
      const t = this.tokens[i];
      // "a quarter of a million": an amount, not a share.
      const scale = this.tok(i + 4);
      if (this.tok(i + 3)?.lower === 'a' && scale?.word && SCALE_WORDS[scale.lower] && scale.lower !== 'hundred') {
        return { start: t.start, end: scale.end, next: i + 5, text: this.text.slice(t.start, scale.end), value: FRACTION_WORDS[part.lower] * SCALE_WORDS[scale.lower], digits: false, ordinal: false };
      }
      return { start: t.start, end: part.end, next: i + 2, text: this.text.slice(t.start, part.end), value: FRACTION_WORDS[part.lower], digits: false, ordinal: false, hint: 'fraction' };
    }
    const scale = this.tok(i + 1);
    if (!scale?.word || !ARTICLE_SCALES.has(scale.lower)) return undefined;
    const words: string[] = ['one'];
    let k = i + 1;
    for (; k < this.tokens.length && this.tokens[k].word && (isNumberWord(this.tokens[k].text) || this.tokens[k].lower === 'and'); k++) words.push(this.tokens[k].lower);
    const read = readSpelledNumber(words);
    if (!read || read.consumed < 2) return undefined;
    const last = i + read.consumed - 1;
    return { start: this.tokens[i].start, end: this.tokens[last].end, next: last + 1, text: this.text.slice(this.tokens[i].start, this.tokens[last].end), value: read.value, digits: false, ordinal: false };
  }

  /** "half" as an amount: "about half of all…", "half as much", "half a million". */
  private readHalf(i: number): Numeral | undefined {
    const t = this.tokens[i];
    const prev = this.tok(i - 1);
    const next = this.tok(i + 1);
    if (prev?.word && /^(?:first|second|the|a|an|other|latter|this|that|each|one)$/.test(prev.lower)) return undefined;
    if (next?.word && (next.lower === 'a' || next.lower === 'an')) {
      const scale = this.tok(i + 2);
      if (scale?.word && SCALE_WORDS[scale.lower] && scale.lower !== 'hundred') {
        return { start: t.start, end: scale.end, next: i + 3, text: this.text.slice(t.start, scale.end), value: SCALE_WORDS[scale.lower] / 2, digits: false, ordinal: false };
      }
      // "half a percentage point", "half a basis point"
      const points = this.pointsAt(i + 2);
      if (points) {
        const last = this.tokens[points.last];
        return { start: t.start, end: last.end, next: points.last + 1, text: this.text.slice(t.start, last.end), value: 0.5, digits: false, ordinal: false, kind: 'percent', unit: points.unit };
      }
      return undefined; // "half an hour": a duration, not a figure to check
    }
    if (!next?.word || !/^(?:of|as|the|their|its|his|her|our|all)$/.test(next.lower)) return undefined;
    return { start: t.start, end: t.end, next: i + 1, text: t.text, value: 0.5, digits: false, ordinal: false, hint: 'fraction' };
  }

  /** Spelled-out words from token `i`: "twenty-five", "one hundred and twenty", "third". */
  private readSpelled(i: number): Numeral | undefined {
    const words: string[] = [];
    const owner: number[] = []; // token index of each word
    for (let k = i; k < this.tokens.length; k++) {
      const t = this.tokens[k];
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
    if (/^(?:hundred|thousand|million|billion|trillion|dozen)$/i.test(words[0])) return undefined;
    const last = owner[consumed - 1];
    const first = this.tokens[i];
    // A fraction: "two thirds of", "one quarter of", "a third of" (ordinal word + of).
    const fracTok = this.tok(last + 1);
    if (!value.ordinal && fracTok?.word && FRACTION_WORDS[fracTok.lower] !== undefined && this.tok(last + 2)?.lower === 'of' && value.value < 10) {
      return { start: first.start, end: fracTok.end, next: last + 2, text: this.text.slice(first.start, fracTok.end), value: value.value * FRACTION_WORDS[fracTok.lower], digits: false, ordinal: false, hint: 'fraction' };
    }
    return {
      start: first.start,
      end: this.tokens[last].end,
      next: last + 1,
      text: this.text.slice(first.start, this.tokens[last].end),
      value: value.value,
      digits: false,
      ordinal: value.ordinal,
    };
  }

  /** "May 18, 2015", "September 14", "July 2003": the day (with its month) and the year apart. */
  private readMonthFirstDate(i: number, month: number): Draft[] {
    const monthTok = this.tokens[i];
    let k = i + 1;
    if (this.tok(k)?.text === '.' && !this.tok(k)!.spaced) k++; // "Sept. 4"
    const dayTok = this.tok(k);
    if (!dayTok?.word) return [];
    const yearAfter = (at: number): Token | undefined => {
      const y = this.tok(at);
      return y?.word && /^\d{4}$/.test(y.text) && Number(y.text) >= 1000 && Number(y.text) <= 2999 ? y : undefined;
    };
    // "September 16-19": a span of days, one date per written day.
    const days = /^(\d{1,2})([-–])(\d{1,2})$/.exec(dayTok.text);
    if (days && isDayOfMonth(month, Number(days[1])) && isDayOfMonth(month, Number(days[3])) && Number(days[1]) < Number(days[3])) {
      let yearIndex = k + 1;
      if (this.tok(yearIndex)?.text === ',') yearIndex++;
      const yearTok = yearAfter(yearIndex);
      const year = yearTok ? Number(yearTok.text) : undefined;
      const firstEnd = dayTok.start + days[1].length;
      const drafts: Draft[] = [
        { start: monthTok.start, end: firstEnd, value: null, kind: 'date', date: isoDate(year, month, Number(days[1])), first: i, next: k + 1, numeral: days[1], digits: true },
        { start: firstEnd + days[2].length, end: dayTok.end, value: null, kind: 'date', date: isoDate(year, month, Number(days[3])), first: k, next: k + 1, numeral: days[3], digits: true },
      ];
      if (yearTok) drafts.push({ start: yearTok.start, end: yearTok.end, value: year!, kind: 'year', first: yearIndex, next: yearIndex + 1, numeral: yearTok.text, digits: true });
      return drafts;
    }
    const dayMatch = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(dayTok.text);
    if (dayMatch && isDayOfMonth(month, Number(dayMatch[1])) && this.tok(k + 1)?.text !== ':') {
      const day = Number(dayMatch[1]);
      let yearIndex = k + 1;
      if (this.tok(yearIndex)?.text === ',') yearIndex++;
      const yearTok = yearAfter(yearIndex);
      const year = yearTok ? Number(yearTok.text) : undefined;
      const date = isoDate(year, month, day);
      const dayDraft: Draft = { start: monthTok.start, end: dayTok.end, value: null, kind: 'date', date, first: i, next: k + 1, numeral: dayTok.text, digits: true };
      if (!yearTok) return [dayDraft];
      return [dayDraft, { start: yearTok.start, end: yearTok.end, value: year!, kind: 'year', date, first: yearIndex, next: yearIndex + 1, numeral: yearTok.text, digits: true }];
    }
    const yearTok = yearAfter(k);
    if (yearTok) {
      const year = Number(yearTok.text);
      return [{ start: yearTok.start, end: yearTok.end, value: year, kind: 'year', date: isoDate(year, month), first: k, next: k + 1, numeral: yearTok.text, digits: true }];
    }
    return [];
  }

  /** "18 May 2015", "4 July": a day written before its month. */
  private readDayFirstDate(a: Draft): Draft[] | undefined {
    if (a.kind || a.value === null || !a.digits || !/^\d{1,2}$/.test(a.numeral)) return undefined;
    const monthTok = this.tok(a.next);
    const month = monthTok?.word ? monthNumber(monthTok.text) : undefined;
    if (month === undefined || !isDayOfMonth(month, a.value)) return undefined;
    const yearTok = this.tok(a.next + 1);
    const hasYear = yearTok?.word && /^\d{4}$/.test(yearTok.text);
    const year = hasYear ? Number(yearTok.text) : undefined;
    const date = isoDate(year, month, a.value);
    const day: Draft = { ...a, end: monthTok!.end, value: null, kind: 'date', date, next: a.next + 1 };
    if (!hasYear) return [day];
    return [day, { start: yearTok.start, end: yearTok.end, value: year!, kind: 'year', date, first: a.next + 1, next: a.next + 2, numeral: yearTok.text, digits: true }];
  }
}
