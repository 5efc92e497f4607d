// Reads one numeral at a token with what is glued to it: digits ("20,000"), a glued suffix
// ("22nd", "1990s", "5km", "$5bn", "6pm"), a hyphen compound ("14-year-old", "mid-2015",
// "two-thirds"), a slashed date or fraction ("9/11", "3/4"), a Roman numeral after "part" or
// "war", a clock or race time. Spelled numbers ("twenty-five", "a dozen", "half") are read in
// spelledNumerals.ts; the amount words after the numeral in quantity.ts.
import { W, classWords, hasClass } from '../lexicon/lexicon';
import { centCurrency, hundredths } from './subunits';
import { GLUED_DURATIONS, SECONDS_UNIT, colonDurationSeconds } from './durations';
import { fullDecade, fullYear, isDayOfMonth, isoDate, parseIsoDate } from './dates';
import { isTimeOfDay, looksLikeClock, meridiemClock, readClockTime, timeAtDigits, wholeHourAt } from './times';
import { FRACTION_WORDS, isNumberWord, ordinalWordValue, readSpelledNumber } from './words';
import { DIMENSION_WORDS, GLUED_UNITS, MONEY_SUFFIX_SCALES, SCALE_WORDS } from './units';
import { readArticleScale, readHalf, readSpelled, readVagueCount } from './spelledNumerals';
import { BASIS_POINTS, DIGITS, DIGITS_PREFIX, FRACTION_DENOMINATORS, HYPHEN, type Numeral, type ScanCursor, parseDigits, partValue, startsWithDigit } from './cursor';
import type { ScanToken } from './scanTokens';
import { wordTable } from '../../common/wordTable';

/** Where a numeral is, before what it is is read. */
type NumeralBase = Pick<Numeral, 'start' | 'end' | 'next' | 'text'>;

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/i;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words after which a capital Roman numeral is a number ("part XVII", "World War II"). */
export const ROMAN_TRIGGERS = classWords(W.RomanNumeralTrigger);
/** Tails of "N-…" compounds that make the number an age. Value: the unit of the age. */
const AGE_TAILS: Record<string, string> = {
  'year-old': 'years', 'years-old': 'years', 'month-old': 'months', 'months-old': 'months', 'week-old': 'weeks',
  'weeks-old': 'weeks', 'day-old': 'days', 'days-old': 'days',
};
/** Words before a year written "'98" with a straight apostrophe (which can also open a quotation). */
const SHORT_YEAR_OPENERS = classWords(W.ShortYearOpener);
/** Prefixes of a year glued with a hyphen: "mid-2015", "pre-1990". */
const YEAR_PREFIXES = classWords(W.YearPrefix);
/** Words after "720p" that make it the lines of a picture, not pence. */
const VIDEO_WORDS = classWords(W.VideoWord);
/** Tails of hyphenated amounts of points: "quarter-point", "50-basis-point", "0.5-percentage-point". */
const POINT_TAILS = wordTable<string>({
  point: 'point', 'basis-point': BASIS_POINTS, 'basis-points': BASIS_POINTS, 'percentage-point': 'percentage points', 'percentage-points': 'percentage points',
});
const SLASHED = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?$/;

/**
 * "1/2", "3/4" (fractions), "9/11" (a day), "11/03/2017" (a date; its ISO form only when the order
 * is certain, one part being over 12). Anything else written with a slash ("24/7") is not read.
 */
function readSlashed(base: NumeralBase, a: number, b: number, yearText: string | undefined): Numeral | undefined {
  if (yearText === undefined && a < b && FRACTION_DENOMINATORS.has(b)) return { ...base, value: a / b, digits: true, ordinal: false, hint: 'fraction' };
  let year: number | undefined;
  if (yearText !== undefined) year = yearText.length === 4 ? Number(yearText) : fullYear(Number(yearText));
  const usOrder = a <= 12 && isDayOfMonth(a, b);
  const euOrder = b <= 12 && isDayOfMonth(b, a);
  if (!usOrder && !euOrder) return undefined;
  const date = usOrder && euOrder && a !== b ? undefined : usOrder ? isoDate(year, a, b) : isoDate(year, b, a);
  if (yearText === undefined && !usOrder) return undefined;
  return { ...base, value: 0, digits: true, ordinal: false, kind: 'date', ...(date ? { date } : {}) };
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

/** A numeral at token `i`, with what is glued to it. */
export function readNumeral(c: ScanCursor, i: number): Numeral | undefined {
  const t = c.tok(i);
  if (!t?.word) return undefined;
  const base = { start: t.start, end: t.end, next: i + 1, text: t.text };
  // The forms written with digits all start with one; a word starting with a letter skips them.
  const digitFirst = startsWithDigit(t.text);
  if (digitFirst) {
    const digits = readDigitForms(c, i, t, base);
    if (digits !== NOT_DIGIT_FORM) return digits;
  }
  if (HYPHEN.test(t.text)) return readCompound(c, i);
  if (digitFirst) return undefined; // "4chan", "3D": no word form below starts with a digit
  if (ROMAN.test(t.text) && (t.text.length > 1 || c.tok(i - 1)?.lower === 'war')) {
    const prev = c.tok(i - 1);
    if (prev?.word && ROMAN_TRIGGERS.has(prev.lower)) return { ...base, value: romanValue(t.text), digits: false, ordinal: true, hint: 'rank' };
    return undefined;
  }
  if (t.lower === 'a' || t.lower === 'an') return readArticleScale(c, i);
  if (t.lower === 'half') return readHalf(c, i);
  const vague = readVagueCount(c, i);
  if (vague) return vague;
  if (isNumberWord(t.text)) {
    const spelled = readSpelled(c, i);
    // "nine o'clock", "at eight in the evening": a whole hour spelled out is a time, as "9 o'clock" is.
    const hour = spelled?.next === i + 1 && !spelled.ordinal && spelled.value !== null ? wholeHourAt(c.tokens, i, spelled.value) : undefined;
    return hour ? { ...spelled!, end: hour.end, next: hour.next, kind: 'time', time: hour.time } : spelled;
  }
  // "fivefold", "thirtyfold", "hundredfold": a multiplier spelled in one word.
  const fold = /^(\p{L}+)fold$/u.exec(t.lower);
  const times = fold ? readSpelledNumber([fold[1]]) : undefined;
  if (times && times.consumed === 1 && !times.ordinal) return { ...base, value: times.value, digits: false, ordinal: false, kind: 'multiplier', unit: 'times' };
  return undefined;
}

/** What `readDigitForms` returns for a token none of the digit forms reads (it may be a compound, "10-15"). */
const NOT_DIGIT_FORM = null;

/** The character code of "+". */
const PLUS = 0x2b;

/**
 * The forms written with digits at token `i`: plain digits, a clock or race time, digits with a
 * glued suffix, a decade "90's", a slashed date or fraction. `NOT_DIGIT_FORM` when none applies.
 */
function readDigitForms(c: ScanCursor, i: number, t: ScanToken, base: NumeralBase): Numeral | undefined | typeof NOT_DIGIT_FORM {
  if (DIGITS.test(t.text)) {
    // Long digit strings are identifiers (tweet ids, account numbers), not quantities.
    if (/^\d{13,}$/.test(t.text)) return undefined;
    const value = parseDigits(t.text);
    // "in ’98": a year written with two digits after an apostrophe.
    if (/^\d{2}$/.test(t.text) && afterYearApostrophe(c, i)) return { ...base, value: fullYear(value), digits: true, ordinal: false, hint: 'year' };
    // "6 pm", "0600 GMT", "11 o'clock", "at 8 in the evening"
    const time = timeAtDigits(c.tokens, i, value);
    if (time) return { ...base, end: time.end, next: time.next, value, digits: true, ordinal: false, kind: 'time', time: time.time };
    // "10,000+ users": a plus glued after the digits says "or more" (not "5+3", a sum).
    if (c.text.charCodeAt(t.end) === PLUS && !/^\+[\p{L}\p{N}]/u.test(c.text.slice(t.end, t.end + 2))) {
      return { start: base.start, end: t.end + 1, next: base.next + 1, text: base.text + '+', value, digits: true, ordinal: false, qualifier: 'or more' };
    }
    // Written out field by field: this is the most common numeral, and an object spread here
    // cost more than all the rest of reading it.
    return { start: base.start, end: base.end, next: base.next, text: base.text, value, digits: true, ordinal: false };
  }
  const clock = looksLikeClock(t.text);
  // "won in 2:01:09", "1:52.3": a race time, unless the sentence places it in the day.
  const seconds = colonDurationSeconds(t.text);
  if (seconds !== undefined && !(clock && isTimeOfDay(c.tokens, i))) return { ...base, value: seconds, digits: true, ordinal: false, kind: 'cardinal', unit: SECONDS_UNIT };
  if (clock) {
    const read = readClockTime(c.tokens, i);
    return read ? { ...base, end: read.end, next: read.next, value: read.hour, digits: true, ordinal: false, kind: 'time', time: read.time } : undefined;
  }
  const glued = DIGITS_PREFIX.exec(t.text);
  if (glued) {
    const read = readGlued(c, base, glued[1], glued[2]);
    // "the ’90s": a decade written with two digits after an apostrophe; "’00s" and "’10s" are this century's.
    if (read?.hint === 'decade' && /^\d{2}$/.test(glued[1]) && afterYearApostrophe(c, i)) return { ...read, value: fullDecade(read.value) };
    return read;
  }
  // "the 90's", "the 1980's": a decade written with an apostrophe before the "s", read as "90s".
  const apostropheDecade = t.text.endsWith('s') ? /^(\d{2}|\d{4})['’]s$/.exec(t.text) : null;
  if (apostropheDecade && /0$/.test(apostropheDecade[1])) return readGlued(c, { ...base, text: `${apostropheDecade[1]}s` }, apostropheDecade[1], 's');
  const slash = SLASHED.exec(t.text);
  if (slash) return readSlashed(base, Number(slash[1]), Number(slash[2]), slash[3]);
  return NOT_DIGIT_FORM;
}

/** Digits with a glued suffix: "22nd", "1990s", "5km", "$5bn" (money suffix), "6pm". */
export function readGlued(c: ScanCursor, base: Omit<Numeral, 'value' | 'digits' | 'ordinal'>, digits: string, suffix: string): Numeral | undefined {
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
  // "11pc", "3.5pc": per cent as British and South Asian papers glue it (lower case only: "a 386PC" is a computer).
  if (suffix === 'pc') return { ...plain, kind: 'percent', unit: '%' };
  // "fivefold" is read with the spelled numbers; "100fold" here.
  if (s === 'fold') return { ...plain, kind: 'multiplier', unit: 'times' };
  // "19.46sec", "1min", "2hr": the abbreviation counts what the whole word would.
  if (GLUED_DURATIONS[s]) return { ...plain, counted: GLUED_DURATIONS[s] };
  // A single letter glued to digits after a name is part of an identifier ("Flat 3C",
  // "iPhone 5c", "Xbox 720p"); elsewhere it is a unit.
  if (c.afterName(base.next - 1)) return undefined;
  // "35C", "95F": degrees Celsius or Fahrenheit (capital letters only; "3c" is cents).
  if (suffix === 'C' || suffix === 'F') return { ...plain, unit: `°${suffix}` };
  // "99c": cents, in the currency of the sentence.
  if (suffix === 'c') return { ...plain, value: hundredths(value), kind: 'money', unit: centCurrency(c.tokens, base.next - 1, 'USD') };
  // "240p": pence; not the lines of a video picture ("720p video").
  if (suffix === 'p' && !VIDEO_WORDS.has(c.tok(base.next)?.lower ?? '')) return { ...plain, value: hundredths(value), kind: 'money', unit: 'GBP' };
  return undefined; // "4chan", "3D", "5G": a name, not a quantity
}

/**
 * A hyphenated token: "twenty-five", "14-year-old", "18-fold", "2017-11-03", "mid-2015",
 * "two-thirds", "20-minute". Ranges inside one token ("8–10") are read by `readRangeToken`.
 */
export function readCompound(c: ScanCursor, i: number): Numeral | undefined {
  const t = c.tokens[i];
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
    // "under-19 level", "the U-21 side", "the over-50s", "the under-5s": an age group (the span is
    // the word, as "mid-2015"). Two digits or a plural: "a U-2 spy plane" is a model.
    // "U" needs a plural or a team's word after it: "U-47 sank the Royal Oak" is a submarine.
    const lettered = parts[0].toLowerCase() === 'u' && !parts[1].endsWith('s') && !hasClass(c.tok(i + 1)?.lower ?? '', W.AgeGroupNoun);
    if (parts.length === 2 && hasClass(parts[0].toLowerCase(), W.AgeGroupPrefix) && /^(?:\d\ds?|\ds)$/.test(parts[1]) && !lettered) {
      return { ...base, value: Number(parts[1].replace(/s$/, '')), digits: true, ordinal: false, hint: 'age', unit: 'years' };
    }
    // "third-quarter", "fifth-largest", "15th-century": an ordinal before a word; the span is the ordinal.
    const ordinal = ordinalWordValue(parts[0]) ?? (/^\d+(?:st|nd|rd|th)$/i.test(parts[0]) ? parseInt(parts[0], 10) : undefined);
    if (ordinal !== undefined && parts.length === 2 && /^\p{Ll}{2,}$/u.test(parts[1])) {
      return { start: t.start, end: t.start + parts[0].length, next: i + 1, text: parts[0], value: ordinal, digits: /^\d/.test(parts[0]), ordinal: true };
    }
    return undefined; // "COVID-19", "high-five", "F-16"
  }
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
  // "a $4.1-billion deal", "a 2.5-million-tonne harvest" (Canadian and financial style): the
  // scale joined by a hyphen, as "$4.1bn" glues it on (the word after it, if any, is counted).
  const scale = head.digits && parts.length >= 2 && parts[1] !== 'hundred' ? SCALE_WORDS[parts[1].toLowerCase()] : undefined;
  if (scale) return { ...head, end: headEnd + 1 + parts[1].length, moneyScale: scale, moneyScaleSuffix: parts[1] };
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
  // All parts spelled number words: "twenty-five", "twenty-first" ("one-third" is a fraction, above).
  if (parts.every(p => isNumberWord(p))) return readSpelled(c, i);
  if (partValue(parts[1]) !== undefined) return undefined; // a range, read as two numbers by the caller
  // "a 5,000-strong force", "a 10-deep queue": the tail is an adjective, and what is counted
  // (if anything) is the noun after the compound.
  if (parts.length === 2 && (tail === 'strong' || DIMENSION_WORDS.has(tail))) return head;
  // "20-minute walk", "11-year lull": the number counts the first word of the tail.
  if (parts.length >= 2 && /^\p{Ll}{2,}$/u.test(parts[1]) && !hasClass(parts[1], W.NotCountedAfterHyphen)) return { ...head, counted: parts[1] };
  if (parts.length >= 2 && /^\p{Ll}+$/u.test(parts[1])) return head; // the "$12" of "$12-an-hour"
  return undefined;
}

/**
 * True when token `i` (two digits) is written right after an apostrophe that starts a word:
 * "in ’98", "the '90s". A straight "'" also opens quotations ("'27 companies reported…'"),
 * so it counts only after a word that introduces a year.
 */
export function afterYearApostrophe(c: ScanCursor, i: number): boolean {
  const mark = c.tok(i - 1);
  if (!mark || mark.word || c.tokens[i].spaced || !(mark.spaced || i === 1)) return false;
  if (mark.text === '’') return true;
  const before = c.tok(i - 2);
  return mark.text === "'" && !!before?.word && SHORT_YEAR_OPENERS.has(before.lower);
}
