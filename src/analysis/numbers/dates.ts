// Calendar pieces of number finding: month names and ISO date strings.
import { wordTable } from '../../common/wordTable';

const MONTHS = wordTable<number>({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

/** Month names and their abbreviations, lower-cased ("may", "sept"). */
export const MONTH_NAMES: ReadonlySet<string> = new Set(Object.keys(MONTHS));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The month number (1–12) of a capitalised month name or abbreviation ("May", "Sept"), else
 * undefined. Lower-case words are refused: "may" is nearly always the verb.
 */
export function monthNumber(word: string): number | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  return MONTHS[word.toLowerCase()];
}

/** True when `day` can be a day of `month` (any year). */
export function isDayOfMonth(month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * An ISO 8601 calendar date: "2015-05-18", "2003-07" (month and year only) or "--09-14" (month
 * and day without a year, the ISO form for a recurring day).
 */
export function isoDate(year: number | undefined, month: number, day?: number): string {
  if (year === undefined) return `--${pad(month)}-${pad(day ?? 1)}`;
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Parses "2017-11-03" into an ISO date when it is a real calendar date, else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || !isDayOfMonth(month, day)) return undefined;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return undefined;
  return text;
}

/** The years a four-digit number may name: "in 1066" and "by 2100" are years, "3000 troops" is not. */
const EARLIEST_YEAR = 1000;
const LATEST_YEAR = 2100;

/**
 * True when a numeral is written like a year: four digits from 1000 to 2100 ("1991", "2050").
 * Whether it is one is for its sentence to say ("in 2016" is, "2016 people" is not).
 */
export function looksLikeYear(numeral: string, value: number | null = Number(numeral)): boolean {
  return /^\d{4}$/.test(numeral) && value !== null && value >= EARLIEST_YEAR && value <= LATEST_YEAR;
}

/**
 * Two-digit years up to this one are read in this century ("’05", "3/1/29" are 2005 and 2029),
 * the others in the last ("’98", "3/1/31"). A decade ("’20s") is this century's only when every
 * year of it is, so "the ’00s", "’10s", "’20s" are 2000s–2020s and "the ’90s" the 1990s.
 */
const TWO_DIGIT_YEAR_CUTOFF = 30;

/** The full year of a year written with two digits ("’98" → 1998, "’05" → 2005). */
export function fullYear(twoDigits: number): number {
  return twoDigits <= TWO_DIGIT_YEAR_CUTOFF ? 2000 + twoDigits : 1900 + twoDigits;
}

/** The first year of a decade written with two digits ("’90s" → 1990, "’10s" → 2010). */
export function fullDecade(twoDigits: number): number {
  return twoDigits + 9 <= TWO_DIGIT_YEAR_CUTOFF ? 2000 + twoDigits : 1900 + twoDigits;
}
