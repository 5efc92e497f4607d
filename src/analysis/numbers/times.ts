// Times of day: "6pm", "6 p.m.", "7.45am", "10:30", "8:30 in the evening", "0600 GMT",
// "11 o'clock", "at 8 in the evening". Each is reported as "HH:MM" on the 24-hour clock. The
// scanner (scanner.ts) asks here whether the digits it is reading are a time; lengths of
// time written with colons ("2:01:09") are in durations.ts.
import { W, classWords } from '../lexicon/lexicon';
import type { ScanToken } from './scanTokens';

/** A time of day read at a token: the time, where its span ends and the first token after it. */
export interface TimeReading {
  /** "HH:MM", 24-hour clock. */
  time: string;
  end: number;
  next: number;
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(am|pm)?$/i;
const MERIDIEM = /^(?:am|pm|a\.m|p\.m)$/i;
/** Time zones written after a time ("0600 GMT"); capitals only. */
const TIME_ZONES = new Set(['GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'IST', 'JST', 'KST', 'HKT', 'SGT', 'AEST', 'AEDT', 'ET', 'PT']);
/** Words before an h:mm:ss time that place it in the day ("at 10:04:33") rather than measure a length of time. */
const TIME_OF_DAY_OPENERS = classWords(W.TimeOfDayOpener);

/** Token `i`, or undefined past either end of the paragraph. */
function tokenOrUndefined(tokens: readonly ScanToken[], i: number): ScanToken | undefined {
  return tokens[i];
}

/**
 * "HH:MM" for an hour and minutes, the hour taken on the 12-hour clock when `meridiem` ("am",
 * "p.m") is given; undefined when they are not a time (13pm, 25:00, 10:75, 7.5).
 */
export function clockTime(h: number, m: number, meridiem: string | undefined): string | undefined {
  if (!Number.isInteger(h) || !Number.isInteger(m)) return undefined;
  let hour = h;
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    const pm = meridiem.toLowerCase().startsWith('p');
    hour = (h % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || m > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The hour and minutes of digits written before "am"/"pm": "7" or, in British style, "7.45"
 * (a dot between hours and minutes). Anything else ("7.5", "123") is not a clock time.
 */
export function meridiemClock(digits: string, meridiem: string): string | undefined {
  const m = /^(\d{1,2})(?:\.(\d{2}))?$/.exec(digits);
  return m ? clockTime(Number(m[1]), Number(m[2] ?? 0), meridiem) : undefined;
}

/** Where "a.m."/"p.m." ends: its last dot (the token after it) is part of it, even when it also ends the sentence. */
function meridiemEnd(mer: ScanToken, after: ScanToken | undefined): number {
  return /\.m$/i.test(mer.text) && after?.text === '.' && !after.spaced ? after.end : mer.end;
}

/**
 * A time written as plain digits at token `i` (whose value is `value`) with what follows or
 * comes before it: "6 pm", "6 p.m." (the span takes the meridiem), "0600 GMT", "1430 local
 * time" (four digits before a time zone are hours and minutes), "11 o'clock", "at 8 in the
 * evening". Undefined when the digits are not a time.
 */
export function timeAtDigits(tokens: readonly ScanToken[], i: number, value: number): TimeReading | undefined {
  const t = tokens[i];
  const mer = tokenOrUndefined(tokens, i + 1);
  if (mer?.word && MERIDIEM.test(mer.text)) {
    const time = meridiemClock(t.text, mer.text);
    if (time) return { time, end: meridiemEnd(mer, tokenOrUndefined(tokens, i + 2)), next: i + 2 };
  }
  const zoned = /^(\d{2})(\d{2})$/.exec(t.text);
  const zone = zoned && mer?.word && (TIME_ZONES.has(mer.text) || (mer.lower === 'local' && tokenOrUndefined(tokens, i + 2)?.lower === 'time')) ? clockTime(Number(zoned[1]), Number(zoned[2]), undefined) : undefined;
  if (zone) return { time: zone, end: t.end, next: i + 1 };
  return wholeHourAt(tokens, i, value);
}

/** True when `text` is written like a clock: "10:30", "10:04:33", "8:30pm" (whether or not it is a valid time). */
export function looksLikeClock(text: string): boolean {
  return CLOCK.test(text);
}

/**
 * A clock time at token `i` ("10:30", "8:30pm", "8:30 p.m.", "8:30 in the evening"), with the
 * hour as written; undefined when the token is not a valid clock time ("25:70").
 */
export function readClockTime(tokens: readonly ScanToken[], i: number): (TimeReading & { hour: number }) | undefined {
  const t = tokens[i];
  const clock = CLOCK.exec(t.text);
  if (!clock) return undefined;
  let meridiem = clock[4];
  let end = t.end;
  let next = i + 1;
  const mer = tokenOrUndefined(tokens, i + 1);
  if (!meridiem && mer?.word && MERIDIEM.test(mer.text)) {
    meridiem = mer.text;
    end = meridiemEnd(mer, tokenOrUndefined(tokens, i + 2));
    next++;
  }
  // "8:30 in the evening": the afternoon and evening are the afternoon half of the day.
  if (!meridiem && laterHalfOfDayAt(tokens, next, Number(clock[1]))) meridiem = 'pm';
  const time = clockTime(Number(clock[1]), Number(clock[2]), meridiem);
  return time ? { time, end, next, hour: Number(clock[1]) } : undefined;
}

/**
 * True when the h:mm:ss token `i` is placed in the day ("at 10:04:33", "until 23:59:59",
 * "10:04:33 GMT") rather than measuring a length of time ("won in 2:01:09").
 */
export function isTimeOfDay(tokens: readonly ScanToken[], i: number): boolean {
  const after = tokenOrUndefined(tokens, i + 1);
  if (after?.word && (MERIDIEM.test(after.text) || TIME_ZONES.has(after.text))) return true;
  return TIME_OF_DAY_OPENERS.has(tokenOrUndefined(tokens, i - 1)?.lower ?? '');
}

/**
 * True when "in the afternoon", "in the evening" or "at night" follows token `at`, so that an
 * hour below 12 before it is in the second half of the day ("at night" only from 6 on: "2 at
 * night" is still two in the morning).
 */
function laterHalfOfDayAt(tokens: readonly ScanToken[], at: number, hour: number): boolean {
  if (hour < 1 || hour > 11) return false;
  const [a, b, c] = [tokenOrUndefined(tokens, at)?.lower, tokenOrUndefined(tokens, at + 1)?.lower, tokenOrUndefined(tokens, at + 2)?.lower];
  if (a === 'in' && b === 'the' && (c === 'afternoon' || c === 'evening')) return true;
  return a === 'at' && b === 'night' && hour >= 6;
}

/**
 * A whole hour written as a number: "11 o'clock" (the span takes "o'clock", as it takes "pm"),
 * or after "at" when a part of the day follows ("at 8 in the evening", "at 7 in the morning").
 */
export function wholeHourAt(tokens: readonly ScanToken[], i: number, value: number): TimeReading | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 12) return undefined;
  const t = tokens[i];
  const before = tokenOrUndefined(tokens, i - 1)?.lower;
  const after = tokenOrUndefined(tokens, i + 1);
  const oclock = !!after?.word && /^o[’']clock$/.test(after.lower);
  const partOfDay = before === 'at' && after?.lower === 'in' && tokenOrUndefined(tokens, i + 2)?.lower === 'the' && /^(?:morning|afternoon|evening)$/.test(tokenOrUndefined(tokens, i + 3)?.lower ?? '');
  if (!oclock && !partOfDay && !(before === 'at' && laterHalfOfDayAt(tokens, i + 1, value))) return undefined;
  const next = oclock ? i + 2 : i + 1;
  const time = clockTime(value, 0, laterHalfOfDayAt(tokens, next, value) ? 'pm' : undefined);
  return time ? { time, end: oclock ? after.end : t.end, next } : undefined;
}

/**
 * The hour `hour` as a time in the same half of the day as `later`, the "HH:MM" of the end of a
 * span of time ("from 2 to 4pm": 14:00), or in the half before it when that would come after
 * the end ("from 11 to 2pm": 11:00). Undefined when `hour` is no hour of a 12-hour clock.
 */
export function hourBefore(hour: number, later: string): string | undefined {
  if (!Number.isInteger(hour) || hour < 1 || hour > 12) return undefined;
  const laterHour = Number(later.slice(0, 2));
  const sameHalf = clockTime(hour, 0, laterHour >= 12 ? 'pm' : 'am');
  return sameHalf !== undefined && sameHalf <= later ? sameHalf : clockTime(hour, 0, laterHour >= 12 ? 'am' : 'pm');
}
