// A line of a list of sources, as Wikinews and many blogs end an article: the cited article's
// title in quotation marks, a dash, the publication and the date
// (“Storm delays Halden festival” — Halden Arbeiderblad, October 11, 2026). The title is no one's
// words and the publication is no person. A quote closed by a dash and a name is otherwise a
// signature ("“I was never voting for either of them.” ― Marcus Hill"): the date after the name
// tells the two apart.
import { monthNumber } from '../numbers/dates';

/** The dash, the publication (no comma in it), a comma, and a date that ends the line. */
const SOURCE_AND_DATE = /^[ \t]*(?:[—–―]|--?)[ \t]*(\p{Lu}[^\n,]{0,80}?),[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?(?:(\p{Lu}\p{Ll}+)\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+(\p{Lu}\p{Ll}+)\.?,?[ \t]+\d{4}|\d{4}-\d{2}-\d{2})[ \t.]*(?:\r?\n|$)/u;

/** What may stand on the line before the title: nothing, a bullet, or an author ending in a full stop. */
const BEFORE_TITLE = /(?:^|\n)[ \t]*(?:[*•·-][ \t]*)?(?:[^\n"“”]{1,80}\.[ \t]+)?$/;

/** How far back the start of the title's line is looked for. */
const LINE_LOOK_BACK = 100;

/**
 * The publication's span when the quotation marks [quoteStart, quoteEnd) hold the title of a
 * cited article: the title opens its line (after a bullet or an author at most) and the rest of
 * the line is a dash, a publication and its date. Null otherwise.
 */
export function citedSourceAfter(text: string, quoteStart: number, quoteEnd: number): { start: number; end: number } | null {
  // The line's end first: anchored, it fails at once after almost every quote.
  const m = SOURCE_AND_DATE.exec(text.slice(quoteEnd, quoteEnd + 160));
  if (!m || monthNumber(m[2] ?? m[3] ?? 'January') === undefined) return null;
  if (!BEFORE_TITLE.test(text.slice(Math.max(0, quoteStart - LINE_LOOK_BACK), quoteStart))) return null;
  const start = quoteEnd + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** The words [start, end) are (inside) the publication of a cited article's line ("… festival” — Halden Arbeiderblad, October 11, 2026"). */
export function isCitedSource(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const before = text.slice(Math.max(lineStart, start - 90), start);
  // Most names have no closing quotation mark before them on their line: answer those at once.
  if (!before.includes('"') && !before.includes('”')) return false;
  // The title's closing mark and the dash come before the words, on their line.
  const close = /["”][ \t]*(?:[—–―]|--?)[ \t]*(?:\p{Lu}[^\n,"“”]*)?$/u.exec(before);
  if (!close) return false;
  const quoteEnd = start - close[0].length + 1;
  const open = text.slice(lineStart, quoteEnd - 1).search(/["“]/);
  if (open < 0) return false;
  const source = citedSourceAfter(text, lineStart + open, quoteEnd);
  return source !== null && source.start <= start && end <= source.end;
}
