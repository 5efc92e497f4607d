// Facts about the article as a whole: the seed format's header (`date 2017-11-03 BEIJING – …`)
// and sign-off (`/kga`), and for other texts a headline (Markdown heading, front matter title or
// first line), a date line or dateline near the top. Only the start and the end of the text are
// read, so this stays cheap on very long documents.
import { W, hasClass } from '../lexicon/lexicon';
import type { ArticleInfo, Span } from '../types';
import { isDayOfMonth, isoDate, monthNumber, parseIsoDate } from '../numbers/dates';

/** How much of the start is read (headline, header, date line); a headline lives in the first lines. */
const HEAD_CHARS = 3000;
/** How much of the end is read for a sign-off. */
const TAIL_CHARS = 200;
/** Headlines are for lists: longer first sentences are cut at a word boundary. */
const MAX_HEADLINE = 160;

// `date 2017-11-03 BEIJING – ` : the dash may be an en dash, em dash or a spaced hyphen. It
// opens the article, but a note typed above it or before it on its line ("DRAFT date …") must
// not make it ordinary text: it is found anywhere in the first lines, as a word of its own.
const SEED_HEADER = /(?<!\S)(date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+([^\n]{1,60}?))?[ \t]+[–—-])(?=\s|$)/;
/** How many lines from the top the seed header may start on. */
const SEED_HEADER_LINES = 5;
// A closing `/kga`: a slash and initials as the last word of the text.
const SIGN_OFF = /(?:^|\s)(\/([A-Za-z][A-Za-z0-9]{0,9}))\s*$/;
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
// "LONDON 1996-08-30": a dateline line with an ISO date (Reuters/CoNLL style).
const DATELINE_ISO_LINE = /^\s*([A-Z][A-Z .'’-]{1,40}?(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?)\s+(\d{4}-\d{2}-\d{2})\s*$/;
// "WASHINGTON (Reuters) - " / "BEIJING — " at the start of the body.
const DATELINE_OPENING = /^\s*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:\([^()\n]{1,40}\)\s*)?(?:[–—]|--?)\s/;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?';
const DATE_LINE_MDY = new RegExp(`^\\s*${WEEKDAY}(\\p{Lu}\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*$`, 'u');
const DATE_LINE_DMY = new RegExp(`^\\s*${WEEKDAY}(\\d{1,2})\\s+(\\p{Lu}\\p{L}+)\\.?,?\\s+(\\d{4})\\s*$`, 'u');

/** Reads the article-level facts from the whole text. Cheap: looks only at the first and last lines. */
export function readArticleInfo(text: string): ArticleInfo {
  const info: ArticleInfo = {};
  const head = text.slice(0, HEAD_CHARS);
  const seed = SEED_HEADER.exec(firstLines(head, SEED_HEADER_LINES));
  if (seed) {
    const start = seed.index;
    const header = span(text, start, start + seed[1].length);
    info.header = header;
    const date = parseIsoDate(seed[2]);
    if (date) info.date = date;
    const dateline = seed[3]?.trim();
    if (dateline) info.dateline = dateline;
    const headline = firstSentence(restOfLine(text, header.end));
    if (headline) info.headline = headline;
  } else {
    readOtherHead(head, info);
  }
  const tailStart = Math.max(0, text.length - TAIL_CHARS);
  const signOff = SIGN_OFF.exec(text.slice(tailStart));
  // A lone "/" word ending a URL or a path ("see example.com/abc") is not a sign-off.
  if (signOff && (tailStart > 0 || signOff.index > 0 || info.header)) {
    const start = tailStart + signOff.index + signOff[0].indexOf('/');
    const end = start + signOff[1].length;
    if (!info.header || start >= info.header.end) {
      info.signOff = span(text, start, end);
      info.author = signOff[2];
    }
  }
  return info;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** The text up to the end of its `count`-th line. */
function firstLines(text: string, count: number): string {
  let end = -1;
  for (let i = 0; i < count; i++) {
    end = text.indexOf('\n', end + 1);
    if (end < 0) return text;
  }
  return text.slice(0, end);
}

function restOfLine(text: string, from: number): string {
  const nl = text.indexOf('\n', from);
  return text.slice(from, nl < 0 ? Math.min(text.length, from + HEAD_CHARS) : nl);
}

/** Headline, date and dateline of a text without the seed header. */
function readOtherHead(head: string, info: ArticleInfo): void {
  let body = head;
  const front = FRONT_MATTER.exec(head);
  if (front) {
    body = head.slice(front[0].length);
    for (const line of front[1].split(/\r?\n/)) {
      const kv = /^(title|date)\s*:\s*(.*?)\s*$/i.exec(line);
      if (!kv) continue;
      const value = kv[2].replace(/^(["'])(.*)\1$/, '$2');
      if (kv[1].toLowerCase() === 'title' && value) info.headline = clip(stripMarkdown(value));
      else if (kv[1].toLowerCase() === 'date') {
        const date = parseIsoDate(value.slice(0, 10));
        if (date) info.date = date;
      }
    }
  }
  const lines = body.split(/\r?\n/);
  const nonEmpty: number[] = [];
  for (let i = 0; i < lines.length && nonEmpty.length < 12; i++) if (lines[i].trim()) nonEmpty.push(i);
  if (!nonEmpty.length) return;
  let headlineLine = -1;
  if (!info.headline) {
    // The first level-1 heading near the top, else the first line (a heading of any level or not).
    const h1 = nonEmpty.find(i => ATX_HEADING.exec(lines[i])?.[1] === '#');
    headlineLine = h1 ?? nonEmpty[0];
    const atx = ATX_HEADING.exec(lines[headlineLine]);
    let raw = atx ? atx[2] : lines[headlineLine];
    // A text that opens with its dateline ("WASHINGTON (Reuters) - The …"): the dateline is not headline.
    const opening = atx ? null : DATELINE_OPENING.exec(raw);
    // An all-capitals rest is a headline with a topic slug ("CRICKET - LEICESTERSHIRE TAKE OVER").
    // A short rest is a headline with a slug too ("PRESS DIGEST - Indonesian newspapers - August 30").
    const rest = opening ? raw.slice(opening[0].length) : '';
    if (opening && /[A-Z]{3}/.test(opening[1]) && /\p{Ll}/u.test(rest) && (rest.length >= 60 || opening[0].includes('('))) {
      info.dateline = opening[1];
      raw = raw.slice(opening[0].length);
    }
    const headline = atx || SETEXT_UNDERLINE.test(lines[headlineLine + 1] ?? '') ? clip(stripMarkdown(raw)) : firstSentence(stripMarkdown(raw));
    if (headline) info.headline = headline;
  }
  // A date line or a dateline among the first lines after the headline (a byline may come between).
  let openingChecked = false;
  for (const i of nonEmpty.slice(0, 6)) {
    if (i === headlineLine) continue;
    const line = lines[i];
    const date = info.date ? undefined : dateOfLine(line);
    if (date) {
      info.date = date.date;
      if (date.dateline && !info.dateline) info.dateline = date.dateline;
      continue;
    }
    // Only the first line of prose can open with a dateline ("WASHINGTON (Reuters) - The …").
    if (!openingChecked && /\p{Ll}/u.test(line) && !ATX_HEADING.test(line)) {
      openingChecked = true;
      const opening = DATELINE_OPENING.exec(line);
      if (opening && !info.dateline && /[A-Z]{3}/.test(opening[1])) info.dateline = opening[1];
    }
  }
}

/** A line that is only a date: "Monday, May 18, 2015", "18 May 2015", "LONDON 1996-08-30", "2015-05-18". */
function dateOfLine(line: string): { date: string; dateline?: string } | undefined {
  const iso = parseIsoDate(line.trim());
  if (iso) return { date: iso };
  const dl = DATELINE_ISO_LINE.exec(line);
  if (dl) {
    const date = parseIsoDate(dl[2]);
    return date ? { date, dateline: dl[1].trim() } : undefined;
  }
  const mdy = DATE_LINE_MDY.exec(line);
  const dmy = mdy ? undefined : DATE_LINE_DMY.exec(line);
  const [monthName, day, year] = mdy ? [mdy[1], mdy[2], mdy[3]] : dmy ? [dmy[2], dmy[1], dmy[3]] : [];
  if (!monthName) return undefined;
  const month = monthNumber(monthName);
  if (month === undefined || !isDayOfMonth(month, Number(day))) return undefined;
  return { date: isoDate(Number(year), month, Number(day)) };
}

/** Markdown markup that is not part of the words: emphasis, code ticks, links, images. */
function stripMarkdown(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)(.+?)\1/g, '$2')
    .replace(/(^|\W)[*_](\S(?:.*?\S)?)[*_](?=\W|$)/g, '$1$2')
    .replace(/^\s*(?:[>*+-]\s+)+/, '')
    .trim();
}

/** The first sentence of `s`, trimmed and clipped for lists. */
function firstSentence(s: string): string | undefined {
  const text = s.trim();
  const end = /[.!?…]["”’)\]]*(?=\s|$)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0][0] === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(0, m.index))?.[1] ?? '';
      // "Mr.", "U.S.", "J." do not end a sentence.
      if (hasClass(word.toLowerCase(), W.DottedAbbreviation) || word.includes('.') || /^\p{Lu}$/u.test(word)) continue;
    }
    return clip(text.slice(0, m.index + m[0].length));
  }
  return clip(text);
}

function clip(s: string): string | undefined {
  const t = s.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (t.length <= MAX_HEADLINE) return t;
  const cut = t.slice(0, MAX_HEADLINE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_HEADLINE / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
