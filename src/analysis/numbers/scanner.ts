// Reads the number expressions of one paragraph, token by token: a currency prefix or sign
// before a quantity ("$", "US$", "Rs", "-2.1%"), a quantity (quantity.ts: a numeral from
// numeral.ts or spelledNumerals.ts with its amount words), two quantities that belong together
// (ranges, changes, scores: ranges.ts), and dates with a month name (writtenDates.ts). What the
// number means in its sentence (age, year, counted noun, qualifier) is decided in findNumbers.ts.
import type { Draft } from './draft';
import { type ScanToken, isCapitalised, startsSentence } from './scanTokens';
import { monthNumber, parseIsoDate } from './dates';
import { hourBefore, looksLikeClock } from './times';
import { cardinalWordValue } from './words';
import { joinQuantities } from './ranges';
import { CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, SIGN_PREFIXED_CURRENCIES } from './units';
import { readGlued } from './numeral';
import { readQuantity } from './quantity';
import { readShareOfEvery } from './shares';
import { readDayFirstDate, readMonthFirstDate } from './writtenDates';
import { decimalCommaPrice, readDollarCountryAfterSign, readGluedAmount } from './gluedAmounts';
import { DECIMAL_COMMA_CENTS, DIGITS, DIGITS_PREFIX, HYPHEN, RANGE_DASHES, type Numeral, ScanCursor, decimalCommaValue, parseDigits, partValue, startsWithDigit } from './cursor';
import type { RuleRecord } from '../rules/ruleRecord';
import { KIND_RULES, QUANTITY_RULES, WRITTEN_KIND_RULES } from './rules';
import { mayStartNumber } from './startFilter';

/** A range in one word: "10-15", "8–10", "ten-fifteen", "5-10bn" (a scale or unit glued to the upper end). */
const RANGE_TOKEN = /^(\d[\d,.]*|[a-z]+)([-–‑])(?:(\d[\d,.]*)([a-z]+)?|([a-z]+))$/i;
/** A financial year or a season written with a slash ("2025/26"), as Australian and British papers do. */
const YEAR_SPAN_SLASH = /^(\d{4})(\/)(\d{2})()()$/;
/** A quarter of the year as business news writes it: "Q1" to "Q4". */
const QUARTER_CODE = /^Q[1-4]$/;
/** A fiscal year written as one word: "FY2028" (four digits, so no century is guessed). */
const FISCAL_YEAR_CODE = /^FY((?:19|20)\d\d)$/;
/** A reading joined to the name of its scale by a hyphen: "magnitude-6.8", "Category-4". */
const SCALE_READING = /^(?:magnitude|category)-(\d{1,2}(?:\.\d)?)$/i;
/** Currencies written with a bare "$" once the country is known ("A$5 to $10"). */
const DOLLAR_CURRENCIES = new Set(['USD', ...Object.values(DOLLAR_PREFIXES)]);

/** All number expressions of the paragraph `text` (split into `tokens`), in text order, not overlapping. */
export function scanNumbers(text: string, tokens: readonly ScanToken[]): Draft[] {
  const c = new ScanCursor(text, tokens);
  const drafts: Draft[] = [];
  for (let i = 0; i < c.tokens.length; ) {
    // Most tokens cannot start a number; the readers are tried only on those that can.
    if (!mayStartNumber(c.tokens, i)) {
      i++;
      continue;
    }
    const found = readAt(c, i);
    if (found.length) {
      drafts.push(...found);
      let next = i + 1;
      for (const d of found) next = Math.max(next, d.next);
      i = next;
    } else i++;
  }
  return drafts;
}

/**
 * One way of reading the number expression that starts at token `t` (index `i`): the rule it
 * cites, and the reader. A reader returns undefined when it does not apply (the next one is tried)
 * and an array, possibly empty, when the token is its own ("May" is read as a month or not at all).
 */
export interface StartReader {
  rule?: RuleRecord;
  read(c: ScanCursor, i: number, t: ScanToken): Draft[] | undefined;
}

/** An upper-case word: currency codes and prefixes are written in capitals ("USD", "A$"). */
function isUpperCase(t: ScanToken): boolean {
  return t.text === t.text.toUpperCase();
}

/** A plain quantity or range at the word itself: "20,000", "4.2 million", "10 to 15", "twenty-five". */
const QUANTITY_READER: StartReader = { read: (c, i) => readQuantityOrRange(c, i, i, undefined) };

/**
 * The readers for a word, in the order they are tried: a month name opens a date; a currency
 * code, prefix or abbreviation before an amount ("USD 5", "US$5", "Rs5", "Rs. 3 lakh"); "minus"
 * as a sign ("minus 20 degrees"); else a plain quantity or range at the word itself.
 */
export const WORD_READERS: readonly StartReader[] = [
  // The date and its year cite their own kinds (kinds.ts).
  {
    read: (c, i, t) => {
      const month = monthNumber(t.text);
      return month === undefined ? undefined : readMonthFirstDate(c, i, month);
    },
  },
  {
    rule: WRITTEN_KIND_RULES.money,
    read: (c, i, t) => {
      const code = CURRENCY_CODES[t.lower];
      return code && isUpperCase(t) && c.numeralStartsAt(i + 1) ? readQuantityOrRange(c, i, i + 1, code) : undefined;
    },
  },
  // "US$5", "A$ 10"
  {
    rule: WRITTEN_KIND_RULES.money,
    read: (c, i, t) => {
      const prefix = DOLLAR_PREFIXES[t.lower];
      const sym = c.tok(i + 1);
      return prefix && isUpperCase(t) && sym && !sym.word && sym.text === '$' && c.numeralStartsAt(i + 2) ? readQuantityOrRange(c, i, i + 2, prefix) : undefined;
    },
  },
  // "GH¢2.4 billion": letters and a sign before the amount.
  {
    rule: WRITTEN_KIND_RULES.money,
    read: (c, i, t) => {
      const sign = c.tok(i + 1);
      const currency = sign && !sign.word && !sign.spaced ? SIGN_PREFIXED_CURRENCIES[t.text + sign.text] : undefined;
      return currency && c.numeralStartsAt(i + 2) ? readQuantityOrRange(c, i, i + 2, currency) : undefined;
    },
  },
  // "Rs5 crore", "N2.5bn", "R150,000", "VND12 trillion": the abbreviation glued to the digits; the span starts with it.
  {
    rule: WRITTEN_KIND_RULES.money,
    read: (c, i, t) => {
      const q = readGluedAmount(c, i, t);
      if (q === undefined) return undefined;
      if (!q) return [];
      return readRangeEnd(c, q) ?? [q];
    },
  },
  // "Rs 500 crore", "Rs. 3 lakh"
  {
    rule: WRITTEN_KIND_RULES.money,
    read: (c, i, t) => {
      const abbreviated = CURRENCY_ABBREVIATIONS[t.text];
      if (!abbreviated) return undefined;
      const sym = c.tok(i + 1);
      const at = sym?.text === '.' && !sym.spaced ? i + 2 : i + 1;
      return c.numeralStartsAt(at) ? readQuantityOrRange(c, i, at, abbreviated) : undefined;
    },
  },
  // "minus 20 degrees": the word is the sign (not the "minus" of "10 minus 3", nor the margin
  // of "plus or minus 4 points").
  {
    rule: QUANTITY_RULES.sign,
    read: (c, i, t) => {
      if (t.lower !== 'minus' || !c.numeralStartsAt(i + 1) || c.tok(i + 1)?.lower === 'a' || followsNumber(c, i) || c.tok(i - 1)?.lower === 'or') return undefined;
      const q = readQuantity(c, i, i + 1, undefined);
      return q && q.value !== null && (!q.kind || q.kind === 'percent') ? [{ ...q, value: -q.value }] : undefined;
    },
  },
  // "revenue in Q3", "Q4 sales": a quarter of the year, read as "third quarter" is (an ordinal).
  {
    rule: KIND_RULES.quarterCode,
    read: (c, i, t) => {
      if (!QUARTER_CODE.test(t.text)) return undefined;
      // "the Audi Q3": a model after a brand name, not a period.
      const prev = c.tok(i - 1);
      if (prev?.word && isCapitalised(prev) && !startsSentence(c.tokens, i - 1)) return [];
      return [{ start: t.start, end: t.end, value: Number(t.text[1]), first: i, next: i + 1, numeral: t.text, digits: true, ordinal: true }];
    },
  },
  // "openings in FY2028": a fiscal year written with its year glued to "FY".
  {
    rule: KIND_RULES.yearForm,
    read: (_, i, t) => {
      const year = FISCAL_YEAR_CODE.exec(t.text)?.[1];
      return year ? [{ start: t.start, end: t.end, value: Number(year), first: i, next: i + 1, numeral: year, digits: true, hint: 'year' }] : undefined;
    },
  },
  // "a magnitude-6.8 quake", "a Category-4 storm": the reading after the hyphen, as if spaced.
  {
    rule: KIND_RULES.scaleReading,
    read: (_, i, t) => {
      const reading = SCALE_READING.exec(t.text)?.[1];
      if (!reading) return undefined;
      const start = t.end - reading.length;
      return [{ start, end: t.end, value: Number(reading), first: i, next: i + 1, numeral: reading, digits: true }];
    },
  },
  QUANTITY_READER,
];

/**
 * The readers for a word that starts with a digit: only the quantity at the word itself, the
 * others all wanting a word that starts with a letter (a month, a currency code, "minus").
 */
const DIGIT_READERS: readonly StartReader[] = [QUANTITY_READER];

/** The readers for a mark: a currency symbol ("$5"), a sign ("-2.1%", "+3"), a rank ("#1"). */
const MARK_READERS: readonly StartReader[] = [
  {
    rule: WRITTEN_KIND_RULES.money,
    read: (c, i, t) => {
      const symbolCurrency = CURRENCY_SYMBOLS[t.text];
      if (!symbolCurrency) return undefined;
      const n = c.tok(i + 1);
      if (n && !n.spaced && DECIMAL_COMMA_CENTS.test(n.text)) {
        // The span starts at the sign, as "$5" does (a numeral given to the quantity reader keeps its own start).
        const price = decimalCommaPrice(c, i, i + 1, symbolCurrency, { start: t.start, end: n.end, next: i + 2, text: n.text, value: decimalCommaValue(n.text), digits: true, ordinal: false });
        return price ? [price] : [];
      }
      const country = t.text === '$' ? readDollarCountryAfterSign(c, i) : undefined;
      if (country !== undefined) return country ? (readRangeEnd(c, country) ?? [country]) : [];
      return c.numeralStartsAt(i + 1) ? readQuantityOrRange(c, i, i + 1, symbolCurrency) : undefined;
    },
  },
  {
    rule: QUANTITY_RULES.sign,
    read: (c, i) => {
      const signed = readSigned(c, i);
      return signed ? [signed] : undefined;
    },
  },
  {
    rule: KIND_RULES.rankMark,
    read: (c, i, t) => {
      const n = c.tok(i + 1);
      if (t.text !== '#' || !n || n.spaced || !DIGITS.test(n.text)) return undefined;
      return [{ start: t.start, end: n.end, value: parseDigits(n.text), first: i, next: i + 2, numeral: n.text, digits: true, hint: 'rank' }];
    },
  },
];

/** The number expressions that start at token `i` (none when no reader applies), citing the reader's rule first. */
export function readAt(c: ScanCursor, i: number): Draft[] {
  const t = c.tokens[i];
  const readers = !t.word ? MARK_READERS : startsWithDigit(t.text) ? DIGIT_READERS : WORD_READERS;
  for (const reader of readers) {
    const found = reader.read(c, i, t);
    if (!found) continue;
    const rule = reader.rule;
    // The drafts are the reader's own new objects: the rule is added to them in place.
    if (rule) for (const d of found) if (!d.rules?.includes(rule.id)) d.rules = [rule.id, ...(d.rules ?? [])];
    return found;
  }
  return [];
}

/** True when the token before `i` ends with a digit: "3 -1" and "10 minus 3" are arithmetic or scores, not signs. */
export function followsNumber(c: ScanCursor, i: number): boolean {
  return /\d$/.test(c.tok(i - 1)?.text ?? '');
}

/**
 * A number written with its sign glued to it: "GDP shrank by -2.1%", "+3.5 points", "−3",
 * "a loss of -$2.1 million" (the sign before the currency symbol). The sign is part of the span.
 */
export function readSigned(c: ScanCursor, i: number): Draft | undefined {
  const t = c.tokens[i];
  if (!(t.text === '-' || t.text === '−' || t.text === '+') || !t.spaced || followsNumber(c, i)) return undefined;
  const sign = t.text === '+' ? 1 : -1;
  const next = c.tok(i + 1);
  if (!next || next.spaced) return undefined;
  const currency = !next.word ? CURRENCY_SYMBOLS[next.text] : undefined;
  const at = currency ? i + 2 : i + 1;
  const digits = c.tok(at);
  // "-12C", "-$2bn": digits, or digits with a glued unit or scale.
  if (!digits?.word || digits.spaced || !(DIGITS.test(digits.text) || DIGITS_PREFIX.test(digits.text))) return undefined;
  const q = readQuantity(c, i, at, currency);
  if (!q || q.value === null) return undefined;
  const signedKind = currency ? q.kind === 'money' : !q.kind || q.kind === 'percent' || q.kind === 'multiplier';
  return signedKind ? { ...q, value: sign * q.value } : undefined;
}

/**
 * Reads a quantity at `at` (numeral + amount words), and a second one when the two form a
 * range ("10 to 15", "between 5 and 10 percent"). `first` is where the expression starts
 * (before a currency prefix), `currency` a currency already stated by a prefix.
 */
export function readQuantityOrRange(c: ScanCursor, first: number, at: number, currency: string | undefined): Draft[] {
  const oneWord = readRangeToken(c, first, at, currency);
  if (oneWord) return oneWord;
  const a = readQuantity(c, first, at, currency);
  if (!a) return [];
  if (a.kind === 'date' || a.kind === 'time' || a.hint === 'decade' || a.ordinal) return [a];
  const dayFirst = readDayFirstDate(c, a);
  if (dayFirst) return dayFirst;
  const range = readRangeEnd(c, a);
  return range ?? readShareOfEvery(c, a) ?? [a];
}

/**
 * The quantity after quantity `a` when the two belong together (a range, a change, a score;
 * see ranges.ts), or undefined when `a` stands alone.
 */
export function readRangeEnd(c: ScanCursor, a: Draft): Draft[] | undefined {
  if (a.value === null) return undefined;
  const link = c.sameLine(a.next);
  if (!link || !c.sameLine(a.next + 1)) return undefined;
  const isBetween = c.tok(a.first - 1)?.lower === 'between';
  const dash = !link.word && RANGE_DASHES.has(link.text);
  if (!(link.lower === 'to' || link.lower === 'through' || dash || (isBetween && link.lower === 'and'))) return undefined;
  let at = a.next + 1;
  // The second end's currency is the one written on it; "$" after "A$5 to" is still the same dollar.
  let currency = a.kind === 'money' ? a.unit : undefined;
  const sym = c.tok(at);
  if (sym && !sym.word && CURRENCY_SYMBOLS[sym.text]) {
    if (!(sym.text === '$' && currency && DOLLAR_CURRENCIES.has(currency))) currency = CURRENCY_SYMBOLS[sym.text];
    at++;
  }
  // "between N20,000 and N150,000": the second end with its currency glued on, as the first.
  const endToken = c.tok(at);
  const gluedEnd = currency && endToken ? readGluedAmount(c, at, endToken) : undefined;
  // ("from 9 to 5:30pm": a clock time ends a span of time, read by timeSpanStart below.)
  const clockEnd = looksLikeClock(c.tok(at)?.text ?? '');
  if (!gluedEnd && !clockEnd && (!c.numeralStartsAt(at) || c.tok(at)?.lower === 'a')) return undefined;
  const b = gluedEnd ?? readQuantity(c, a.next + 1, at, currency);
  if (b?.kind === 'time' && b.time) return timeSpanStart(c, a, b);
  if (!b || b.value === null || b.kind === 'date' || b.kind === 'time' || b.ordinal || b.hint === 'decade') return undefined;
  const spacedDash = dash && link.spaced && !!c.tok(a.next + 1)?.spaced;
  return joinQuantities(c.tokens, c.text, a, b, { spacedDash });
}

/** A clock time that says its half of the day: "4pm", "5:30 p.m.", "11 o'clock". */
const DAY_PLACED_TIME = /[ap]\.?m\.?$|o['’]clock$/i;

/**
 * "from 2 to 4pm", "between 9 and 11 a.m.": a bare whole hour before a clock time is the start
 * of the span, in its half of the day (two times, as "2-4pm" gives). Undefined for anything else
 * before a time ("rose 2% to 4pm" is no span).
 */
function timeSpanStart(c: ScanCursor, a: Draft, b: Draft): Draft[] | undefined {
  // (Only an end that places itself in the day, "4pm", "5:30 p.m.", "six o'clock": "rose from
  // 10 to 12:45" may be a race time or a score.)
  if (!DAY_PLACED_TIME.test(c.text.slice(b.start, b.end))) return undefined;
  const plainHour = a.digits && !a.kind && !a.unit && c.text.slice(a.start, a.end) === a.numeral;
  const time = plainHour && a.value !== null ? hourBefore(a.value, b.time!) : undefined;
  return time ? [{ ...a, kind: 'time', value: null, time }, b] : undefined;
}

/**
 * A range written as one word ("8–10", "2015-16", "10-15"), with what follows its upper end
 * ("10-15 million", "$10-20 million", "15-20%", "€5-10bn"): each numeral gets its own span.
 * When the two do not make a range ("3-1", a score) both are reported as they are.
 */
export function readRangeToken(c: ScanCursor, first: number, at: number, currency: string | undefined): Draft[] | undefined {
  const t = c.tok(at);
  if (!t?.word) return undefined;
  // "2025/26": only two years in a row; a slash between other figures is a ratio, a date or a code.
  const slash = YEAR_SPAN_SLASH.exec(t.text);
  if (slash && (Number(slash[1]) + 1) % 100 !== Number(slash[3])) return undefined;
  if (!slash && !HYPHEN.test(t.text)) return undefined;
  const m = slash ?? RANGE_TOKEN.exec(t.text);
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
    upper = readGlued(c, hiBase, hiDigits, hiSuffix);
    // "2-4pm": two clock times, the first taking the other's half of the day.
    const loTime = upper?.kind === 'time' && upper.time && /^\d{1,2}$/.test(loText) ? hourBefore(lo, upper.time) : undefined;
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
  const b = readQuantity(c, at, at, currency, upper);
  if (!b || b.value === null) return undefined;
  const a: Draft = {
    start: c.tokens[first].start,
    end: loEnd,
    value: lo,
    first,
    // What the range counts is read after its upper end and its unit ("10-15 km away").
    next: b.next,
    numeral: loText,
    digits: /^\d/.test(loText),
    ...(currency ? { kind: 'money' as const, unit: currency } : {}),
  };
  return joinQuantities(c.tokens, c.text, a, b) ?? [a, b];
}
