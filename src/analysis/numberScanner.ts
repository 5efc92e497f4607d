// Reads number expressions from the tokens of one paragraph: the numeral itself (digits,
// words, "a dozen", "XVII"), what is glued to it ("14-year-old", "5km", "$4.2bn"), the words
// that make it an amount ("million", "percent", "euros", "times") and two-numeral forms
// (ranges, dates). What the number means in its sentence (age, year, counted noun, qualifier)
// is decided afterwards, in numbers.ts.
import type { NumberKind } from './types';
import { type Token } from './numberTokens';
import { isDayOfMonth, isoDate, monthNumber, parseIsoDate } from './numberDates';
import { FRACTION_WORDS, cardinalWordValue, isNumberWord, ordinalWordValue, readSpelledNumber } from './numberWords';
import {
  CURRENCY_CODES,
  CURRENCY_NATIONALITIES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  GLUED_UNITS,
  MEASURE_UNITS,
  MONEY_SUFFIX_SCALES,
  SCALE_WORDS,
} from './numberUnits';

/** A number expression found by the scanner, before its meaning in the sentence is settled. */
export interface Draft {
  start: number;
  end: number;
  value: number | null;
  /** Set when the form alone decides it (money, percent, date…); otherwise decided later. */
  kind?: NumberKind;
  unit?: string;
  date?: string;
  time?: string;
  upTo?: number;
  qualifier?: string;
  counted?: string;
  /** Token index where the expression starts (currency prefix included): qualifiers are read before it. */
  first: number;
  /** Token index of the first token after the expression: counted nouns are read from it. */
  next: number;
  /** The numeral as written ("2016", "twenty-five"), for decisions on its form. */
  numeral: string;
  /** Written with digits. */
  digits: boolean;
  /** Written as an ordinal ("22nd", "third"). */
  ordinal?: boolean;
  /** A hint from the form: "-year-old" says age, "-fold" multiplier, "1990s" a decade. */
  hint?: 'age' | 'rank' | 'decade' | 'fraction' | 'year';
}

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
  /** A glued suffix such as "m" or "bn" that scales a money amount ("$5m"). */
  moneyScale?: number;
  moneyScaleSuffix?: string;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGITS_PREFIX = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(\p{L}+\d?)$/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(am|pm)?$/i;
const HYPHEN = /[-–‑]/;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words after which a capital Roman numeral is a number ("part XVII", "World War II"). */
const ROMAN_TRIGGERS = new Set(['part', 'chapter', 'volume', 'vol', 'book', 'act', 'phase', 'stage', 'war', 'bowl', 'article', 'title', 'section', 'schedule', 'class', 'category', 'grade', 'level', 'tier', 'round', 'episode', 'season', 'series']);
/** Tails of "N-…" compounds that make the number an age. Value: the unit of the age. */
const AGE_TAILS: Record<string, string> = {
  'year-old': 'years', 'years-old': 'years', 'month-old': 'months', 'months-old': 'months', 'week-old': 'weeks',
  'weeks-old': 'weeks', 'day-old': 'days', 'days-old': 'days',
};
/** Prefixes of a year glued with a hyphen: "mid-2015", "pre-1990". */
const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'circa', 'c']);
/** Comparatives after "N times" that make it a multiplier ("50 times stronger"). */
const MULTIPLIER_FOLLOWERS = new Set(['more', 'less', 'as', 'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'faster', 'slower', 'stronger', 'weaker', 'the', 'that', 'what', 'over']);
/** Verbs of change: "rose from 5 to 7" is two values, not a range. */
const CHANGE_VERBS = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased', 'increase', 'increases',
  'increasing', 'decreased', 'decrease', 'decreases', 'dropped', 'drop', 'drops', 'grew', 'grow', 'grows', 'grown', 'growing',
  'climbed', 'climb', 'climbs', 'jumped', 'jump', 'jumps', 'cut', 'cuts', 'raised', 'raise', 'raises', 'reduced', 'reduce',
  'lowered', 'went', 'goes', 'slipped', 'slid', 'soared', 'surged', 'plunged', 'declined', 'declines', 'doubled', 'tripled',
  'changed', 'moved', 'shrank', 'expanded', 'revised', 'upgraded', 'downgraded', 'boosted', 'slashed',
]);
const SCALE_IN_TEXT = new RegExp(`\\b(${Object.keys(SCALE_WORDS).join('|')})\\b`, 'i');
const RANGE_DASHES = new Set(['-', '–', '—', '‑']);
/** Articles that can stand for "one" before a scale word: "a thousand", "a dozen". */
const ARTICLE_SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']);

const SLASHED = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;
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

function clockTime(h: number, m: number, meridiem: string | undefined): string | undefined {
  let hour = h;
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (h % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || m > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const MERIDIEM = /^(?:am|pm|a\.m|p\.m)$/i;

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
      if (HYPHEN.test(t.text)) {
        const range = readRangeToken(this.tokens, i);
        if (range) return this.withRangeUnit(range);
      }
      return this.readQuantityOrRange(i, i, undefined);
    }
    const symbolCurrency = CURRENCY_SYMBOLS[t.text];
    if (symbolCurrency && this.numeralStartsAt(i + 1)) return this.readQuantityOrRange(i, i + 1, symbolCurrency);
    // A signed number: "GDP shrank by -2.1%", "+3.5 points" (not the dash of "3 -1").
    const signed = this.tok(i + 1);
    if ((t.text === '-' || t.text === '−' || t.text === '+') && t.spaced && signed && !signed.spaced && DIGITS.test(signed.text) && !/\d$/.test(this.tok(i - 1)?.text ?? '')) {
      const q = this.readQuantity(i, i + 1, undefined);
      if (q && q.value !== null && (!q.kind || q.kind === 'percent' || q.kind === 'multiplier')) return [{ ...q, value: t.text === '+' ? q.value : -q.value }];
    }
    if (t.text === '#' && this.tok(i + 1) && !this.tokens[i + 1].spaced && DIGITS.test(this.tokens[i + 1].text)) {
      const n = this.tokens[i + 1];
      return [{ start: t.start, end: n.end, value: parseDigits(n.text), first: i, next: i + 2, numeral: n.text, digits: true, hint: 'rank' }];
    }
    return [];
  }

  /** True when a numeral (digits, possibly glued to a money suffix) starts at token `i`. */
  private numeralStartsAt(i: number): boolean {
    const t = this.tok(i);
    if (!t?.word) return false;
    return DIGITS.test(t.text) || DIGITS_PREFIX.test(t.text) || /^\d[\d,.]*[-–‑]\p{L}/u.test(t.text) || isNumberWord(t.text) || t.lower === 'a';
  }

  /** A one-token range followed by a percent sign or word: "10-15%", "8–10 percent". */
  private withRangeUnit(range: Draft[]): Draft[] {
    const last = range[range.length - 1];
    const after = this.tok(last.next);
    const percent = after && ((!after.word && after.text === '%') || after.lower === 'percent' || after.lower === 'pct');
    if (!percent || range[0].kind !== 'range') return range;
    return [{ ...range[0], unit: '%' }, { ...last, unit: '%', end: after.end, next: last.next + 1 }];
  }

  /**
   * Reads a quantity at `at` (numeral + amount words), and a second one when the two form a
   * range ("10 to 15", "between 5 and 10 percent"). `first` is where the expression starts
   * (before a currency prefix), `currency` a currency already stated by a prefix.
   */
  private readQuantityOrRange(first: number, at: number, currency: string | undefined): Draft[] {
    const a = this.readQuantity(first, at, currency);
    if (!a) return [];
    if (a.kind === 'date' || a.kind === 'time' || a.hint === 'decade' || a.ordinal) return [a];
    const dayFirst = this.readDayFirstDate(a);
    if (dayFirst) return dayFirst;
    const range = this.readRangeEnd(a);
    return range ?? [a];
  }

  /** The second half of a range after quantity `a`, or undefined when `a` stands alone. */
  private readRangeEnd(a: Draft): Draft[] | undefined {
    if (a.value === null) return undefined;
    const link = this.sameLine(a.next);
    if (!link || !this.sameLine(a.next + 1)) return undefined;
    const prevWord = this.tok(a.first - 1);
    const isBetween = prevWord?.lower === 'between';
    const dash = !link.word && RANGE_DASHES.has(link.text);
    if (!(link.lower === 'to' || link.lower === 'through' || dash || (isBetween && link.lower === 'and'))) return undefined;
    let at = a.next + 1;
    let currency: string | undefined;
    const sym = this.tok(at);
    if (sym && !sym.word && CURRENCY_SYMBOLS[sym.text]) {
      currency = a.kind === 'money' ? a.unit : CURRENCY_SYMBOLS[sym.text];
      at++;
    }
    if (!this.numeralStartsAt(at) || this.tok(at)?.lower === 'a') return undefined;
    const b = this.readQuantity(a.next + 1, at, currency ?? (a.kind === 'money' ? a.unit : undefined));
    if (!b || b.value === null || b.kind === 'date' || b.kind === 'time' || b.ordinal) return undefined;
    // Scores ("Sweden 1 – 0 Korea") are written with a spaced dash between small whole numbers.
    const spacedDash = dash && link.spaced && this.tok(a.next + 1)?.spaced;
    const small = (v: number | null): boolean => v !== null && Number.isInteger(v) && v <= 20;
    if (spacedDash && small(a.value) && small(b.value) && !a.kind && !b.kind) return [a, b];
    // A value written without scale takes the other's: "between 5 and 10 million".
    let low = a.value;
    if (b.unit === a.unit || !a.unit) {
      const bScale = this.scaleOf(b);
      if (bScale > 1 && this.scaleOf(a) === 1 && low * bScale <= b.value) low *= bScale;
    }
    if (!(low < b.value)) return undefined;
    if (prevWord?.lower === 'from' && this.changeVerbBefore(a.first - 1)) return undefined;
    const kind: NumberKind = 'range';
    const unit = a.unit ?? b.unit;
    const shared = { kind, value: low, upTo: b.value, ...(unit ? { unit } : {}) };
    return [
      { ...a, ...shared, next: a.next },
      { ...b, ...shared, first: b.first },
    ];
  }

  /** The scale word written in a quantity ("10 million" → 1e6), or 1. */
  private scaleOf(d: Draft): number {
    const word = SCALE_IN_TEXT.exec(this.text.slice(d.start, d.end))?.[1];
    return word ? SCALE_WORDS[word.toLowerCase()] : 1;
  }

  private changeVerbBefore(index: number): boolean {
    for (let k = index - 1; k >= 0 && k >= index - 6; k--) {
      const t = this.tokens[k];
      if (!t.word && /[.;!?]/.test(t.text)) return false;
      if (CHANGE_VERBS.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * A quantity: a numeral with the words that make it an amount ("million", "percent", "euros",
   * "times", "km"). `currency` is set when a currency symbol or code came first.
   */
  private readQuantity(first: number, at: number, currency: string | undefined): Draft | undefined {
    const n = this.readNumeral(at);
    if (!n) return undefined;
    let value = n.value;
    let end = n.end;
    let next = n.next;
    let unit = n.unit;
    let kind = n.kind;
    const qualifier = n.qualifier;
    const draft = (): Draft => ({
      start: this.tokens[first].start,
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
    // Scale word after digits: "4.2 billion", "26 million".
    const scaleTok = this.sameLine(next);
    if (n.digits && scaleTok?.word && SCALE_WORDS[scaleTok.lower] && !n.moneyScale) {
      value = scaleDecimal(n.text, value, SCALE_WORDS[scaleTok.lower]);
      end = scaleTok.end;
      next++;
    }
    if (n.moneyScale) {
      if (currency || n.moneyScaleSuffix !== 'm') value = scaleDecimal(n.text.replace(/\p{L}+$/u, ''), value, n.moneyScale);
      else {
        // "15m" without a currency is fifteen metres.
        unit = 'm';
        kind = undefined;
      }
    }
    // "two and a half", "3 and a half"
    if (this.tok(next)?.lower === 'and' && this.tok(next + 1)?.lower === 'a' && this.tok(next + 2)?.lower === 'half') {
      value += 0.5;
      end = this.tokens[next + 2].end;
      next += 3;
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
    if (after.lower === 'percentage' && /^points?$/.test(this.tok(next + 1)?.lower ?? '')) {
      kind = 'percent';
      unit = 'percentage points';
      next += 2;
      end = this.tokens[next - 1].end;
      return draft();
    }
    // Money written with a word or code after: "422,000 euros", "20 million Australian dollars", "300 EUR".
    const money = this.currencyAfter(next, value !== n.value);
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
      if (follower?.word && (MULTIPLIER_FOLLOWERS.has(follower.lower) || /er$/.test(follower.lower))) {
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
      return draft();
    }
    return draft();
  }

  /** A currency word or code after an amount: "euros", "Australian dollars", "EUR". */
  private currencyAfter(at: number, scaled: boolean): { currency: string; last: number } | undefined {
    const t = this.tok(at);
    if (!t?.word) return undefined;
    if (CURRENCY_CODES[t.lower] && t.text === t.text.toUpperCase() && t.text.length === 3) return { currency: CURRENCY_CODES[t.lower], last: at };
    const word = CURRENCY_WORDS[t.lower];
    if (word) {
      // "pounds" without a scale word is as likely a weight ("5 pounds of sugar").
      if ((t.lower === 'pound' || t.lower === 'pounds') && !scaled && this.tok(at + 1)?.lower !== 'sterling') return undefined;
      if (t.lower === 'real' || t.lower === 'rand' || t.lower === 'lira') return scaled ? { currency: word, last: at } : undefined;
      return { currency: word, last: at };
    }
    // A nationality before the currency word: "Australian dollars", "Hong Kong dollars".
    for (const span of [2, 1]) {
      const curTok = this.tok(at + span);
      if (!curTok?.word) continue;
      const base = curTok.lower.replace(/s$/, '');
      const table = CURRENCY_NATIONALITIES[base];
      if (!table) continue;
      const nat = this.tokens
        .slice(at, at + span)
        .map(x => x.lower)
        .join(' ');
      if (table[nat]) return { currency: table[nat], last: at + span };
    }
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
      // "6 pm", "6 p.m."
      const mer = this.tok(i + 1);
      if (mer?.word && MERIDIEM.test(mer.text) && /^\d{1,2}$/.test(t.text)) {
        const time = clockTime(value, 0, mer.text);
        if (time) return { ...base, end: mer.end, next: i + 2, value, digits: true, ordinal: false, kind: 'time', time };
      }
      return { ...base, value, digits: true, ordinal: false };
    }
    const clock = CLOCK.exec(t.text);
    if (clock) {
      let meridiem = clock[4];
      let end = t.end;
      let next = i + 1;
      const mer = this.tok(i + 1);
      if (!meridiem && mer?.word && MERIDIEM.test(mer.text)) {
        meridiem = mer.text;
        end = mer.end;
        next++;
      }
      const time = clockTime(Number(clock[1]), Number(clock[2]), meridiem);
      if (time) return { ...base, end, next, value: Number(clock[1]), digits: true, ordinal: false, kind: 'time', time };
      return undefined;
    }
    const glued = DIGITS_PREFIX.exec(t.text);
    if (glued) return this.readGlued(base, glued[1], glued[2]);
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
    return undefined;
  }

  /** Digits with a glued suffix: "22nd", "1990s", "5km", "$5bn" (money suffix), "6pm". */
  private readGlued(base: Omit<Numeral, 'value' | 'digits' | 'ordinal'>, digits: string, suffix: string): Numeral | undefined {
    const value = parseDigits(digits);
    const s = suffix.toLowerCase();
    if (ORDINAL_SUFFIX.test(s) && Number.isInteger(value)) return { ...base, value, digits: true, ordinal: true };
    if (s === 's' && /0$/.test(digits) && !digits.includes('.')) return { ...base, value, digits: true, ordinal: false, hint: 'decade' };
    if (s === 'am' || s === 'pm') {
      const time = clockTime(value, 0, s);
      return time ? { ...base, value, digits: true, ordinal: false, kind: 'time', time } : undefined;
    }
    if (MONEY_SUFFIX_SCALES[s]) return { ...base, text: base.text, value, digits: true, ordinal: false, moneyScale: MONEY_SUFFIX_SCALES[s], moneyScaleSuffix: s };
    if (GLUED_UNITS.has(s)) return { ...base, value, digits: true, ordinal: false, unit: s };
    return undefined; // "4chan", "3D", "5G": a name, not a quantity
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
    const headValue = partValue(parts[0]);
    if (headValue === undefined) {
      // "mid-2015": the year is the number; its span is the digits.
      if (parts.length === 2 && YEAR_PREFIXES.has(parts[0].toLowerCase()) && /^\d{4}s?$/.test(parts[1])) {
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
    if (AGE_TAILS[tail]) return { ...head, end: t.end, hint: 'age', unit: AGE_TAILS[tail] };
    if (tail === 'fold') return { ...head, end: t.end, kind: 'multiplier', unit: 'times' };
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
    // "20-minute walk", "11-year lull": the number counts the first word of the tail.
    if (parts.length >= 2 && /^\p{Ll}{2,}$/u.test(parts[1]) && !/^(?:an|the|per|and|or|to|of)$/.test(parts[1])) return { ...head, counted: parts[1] };
    if (parts.length >= 2 && /^\p{Ll}+$/u.test(parts[1])) return head; // the "$12" of "$12-an-hour"
    return undefined;
  }

  /** "a thousand", "a dozen", "an hundred": the article stands for one. */
  private readArticleScale(i: number): Numeral | undefined {
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

/**
 * Ranges written as one token ("8–10", "2015-16", "10-15"): the two ends as separate drafts, so
 * that each numeral has its own span. Returns undefined when the token is not such a range.
 */
export function readRangeToken(tokens: readonly Token[], i: number): Draft[] | undefined {
  const t = tokens[i];
  const m = /^(\d[\d,.]*|[a-z]+)([-–‑])(\d[\d,.]*|[a-z]+)$/i.exec(t.text);
  if (!m || parseIsoDate(t.text)) return undefined;
  const lo = partValue(m[1]);
  let hi = partValue(m[3]);
  if (lo === undefined || hi === undefined) return undefined;
  if (!/^\d/.test(m[1]) && !/^\d/.test(m[3]) && cardinalWordValue(m[1])! >= 20 && hi < 10) return undefined; // "twenty-five"
  // "2015-16": a span of years written with the second year abbreviated.
  if (/^\d{4}$/.test(m[1]) && /^\d{2}$/.test(m[3])) hi = Math.floor(lo / 100) * 100 + hi;
  const loEnd = t.start + m[1].length;
  const hiStart = loEnd + m[2].length;
  const common = { first: i, next: i + 1, digits: /^\d/.test(m[1]) };
  const loDraft: Draft = { start: t.start, end: loEnd, value: lo, numeral: m[1], ...common };
  const hiDraft: Draft = { start: hiStart, end: t.end, value: hi, numeral: m[3], ...common };
  if (!(lo < hi)) return [loDraft, hiDraft]; // "3-1": a score, two numbers
  return [
    { ...loDraft, kind: 'range', value: lo, upTo: hi },
    { ...hiDraft, kind: 'range', value: lo, upTo: hi },
  ];
}
