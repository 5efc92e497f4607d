// Dates written with a month name: "May 18, 2015", "September 16-19", "July 2003", "18 May 2015".
import { copyDraft, type Draft } from './draft';
import type { ScanToken } from './scanTokens';
import { isDayOfMonth, isoDate, looksLikeYear, monthNumber } from './dates';
import { RANGE_DASHES, type ScanCursor } from './cursor';

/** "May 18, 2015", "September 14", "July 2003": a day with its month and year is one date; a month with a year is the year. */
export function readMonthFirstDate(c: ScanCursor, i: number, month: number): Draft[] {
  const monthTok = c.tokens[i];
  let k = i + 1;
  if (c.tok(k)?.text === '.' && !c.tok(k)!.spaced) k++; // "Sept. 4"
  const dayTok = c.tok(k);
  if (!dayTok?.word) return [];
  // "September 16-19": a span of days, one date per written day.
  const days = /^(\d{1,2})([-–])(\d{1,2})$/.exec(dayTok.text);
  if (days && isDayOfMonth(month, Number(days[1])) && isDayOfMonth(month, Number(days[3])) && Number(days[1]) < Number(days[3])) {
    let yearIndex = k + 1;
    if (c.tok(yearIndex)?.text === ',') yearIndex++;
    const yearTok = yearAt(c, yearIndex);
    const year = yearTok ? Number(yearTok.text) : undefined;
    const firstEnd = dayTok.start + days[1].length;
    // The year belongs to the last day: "September 16-19, 2015" ends with it.
    const last = yearTok ? { end: yearTok.end, next: yearIndex + 1 } : { end: dayTok.end, next: k + 1 };
    return [
      { start: monthTok.start, end: firstEnd, value: null, kind: 'date', date: isoDate(year, month, Number(days[1])), first: i, next: k + 1, numeral: days[1], digits: true },
      { start: firstEnd + days[2].length, ...last, value: null, kind: 'date', date: isoDate(year, month, Number(days[3])), first: k, numeral: days[3], digits: true },
    ];
  }
  const dayMatch = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(dayTok.text);
  if (dayMatch && isDayOfMonth(month, Number(dayMatch[1])) && c.tok(k + 1)?.text !== ':') {
    const day = Number(dayMatch[1]);
    const spanned = spannedDayAfter(c, k, month, day);
    if (spanned) return spanned(monthTok.start, i);
    let yearIndex = k + 1;
    if (c.tok(yearIndex)?.text === ',') yearIndex++;
    const yearTok = yearAt(c, yearIndex);
    const year = yearTok ? Number(yearTok.text) : undefined;
    const date = isoDate(year, month, day);
    // A date is one figure with its year: "Nov. 30, 1990" (see docs/number-conventions.md).
    const last = yearTok ? { end: yearTok.end, next: yearIndex + 1 } : { end: dayTok.end, next: k + 1 };
    return [{ start: monthTok.start, ...last, value: null, kind: 'date', date, first: i, numeral: dayTok.text, digits: true }];
  }
  const yearTok = yearAt(c, k);
  if (yearTok) {
    const year = Number(yearTok.text);
    return [{ start: yearTok.start, end: yearTok.end, value: year, kind: 'year', date: isoDate(year, month), first: k, next: k + 1, numeral: yearTok.text, digits: true }];
  }
  return [];
}


/**
 * "Oct. 2 - 8", "June 3 – 4, 1989": a span of days written with a spaced dash after a day (token
 * `k`), one date per day, the year (if written) with the last, as "September 16-19" in one word.
 * Returns a maker of the two drafts, or undefined when no later day of the month follows.
 */
function spannedDayAfter(c: ScanCursor, k: number, month: number, day: number): ((start: number, first: number) => Draft[]) | undefined {
  const dash = c.sameLine(k + 1);
  const lastTok = c.sameLine(k + 2);
  if (!dash || dash.word || !RANGE_DASHES.has(dash.text) || !lastTok?.word || !/^\d{1,2}$/.test(lastTok.text)) return undefined;
  const lastDay = Number(lastTok.text);
  if (!(lastDay > day) || !isDayOfMonth(month, lastDay)) return undefined;
  let yearIndex = k + 3;
  if (c.tok(yearIndex)?.text === ',') yearIndex++;
  const yearTok = yearAt(c, yearIndex);
  const year = yearTok ? Number(yearTok.text) : undefined;
  const dayTok = c.tokens[k];
  return (start, first) => [
    { start, end: dayTok.end, value: null, kind: 'date', date: isoDate(year, month, day), first, next: k + 1, numeral: dayTok.text, digits: true },
    {
      start: lastTok.start,
      end: (yearTok ?? lastTok).end,
      value: null,
      kind: 'date',
      date: isoDate(year, month, lastDay),
      first: k + 2,
      next: yearTok ? yearIndex + 1 : k + 3,
      numeral: lastTok.text,
      digits: true,
    },
  ];
}

/** "18 May 2015", "4 July": a day written before its month. */
export function readDayFirstDate(c: ScanCursor, a: Draft): Draft[] | undefined {
  if (a.kind || a.value === null || !a.digits || !/^\d{1,2}$/.test(a.numeral)) return undefined;
  const monthTok = c.tok(a.next);
  const month = monthTok?.word ? monthNumber(monthTok.text) : undefined;
  if (month === undefined || !isDayOfMonth(month, a.value)) return undefined;
  const yearTok = c.tok(a.next + 1);
  const hasYear = yearTok?.word && looksLikeYear(yearTok.text);
  const year = hasYear ? Number(yearTok.text) : undefined;
  const date = isoDate(year, month, a.value);
  // "18 May 2015": one figure with its year.
  // A copy with every field (copyDraft), not a spread: drafts come in many shapes, and the spread
  // deoptimised the number readers once for each new one it met.
  const d = copyDraft(a);
  d.end = hasYear ? yearTok.end : monthTok!.end;
  d.value = null;
  d.kind = 'date';
  d.date = date;
  d.next = hasYear ? a.next + 2 : a.next + 1;
  return [d];
}

/** The token at `at` when it is a year written in four digits. */
function yearAt(c: ScanCursor, at: number): ScanToken | undefined {
  const y = c.tok(at);
  return y?.word && looksLikeYear(y.text) ? y : undefined;
}
