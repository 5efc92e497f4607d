// Lengths of time written the way race results and timings are: "19.46sec", "1min", "2hr"
// (an abbreviated unit glued to the digits) and "2:01:09", "1:52.3" (hours, minutes and seconds
// separated by colons). The glued forms count their unit the way "20 minutes" does; the colon
// forms are reported as a number of seconds (kind cardinal, unit "s"), since "02:01" as a time
// of day would misread a marathon result.
import { wordTable } from '../../common/wordTable';

/** Abbreviated time units glued to digits, and the word they stand for. */
export const GLUED_DURATIONS = wordTable<string>({
  sec: 'seconds', secs: 'seconds', min: 'minutes', mins: 'minutes', hr: 'hours', hrs: 'hours',
});

/** The unit of a duration given in seconds. */
export const SECONDS_UNIT = 's';

/** "2:01:09" (h:mm:ss) or "1:52.3" (m:ss with tenths): the number of seconds, else undefined. */
export function colonDurationSeconds(text: string): number | undefined {
  const hms = /^(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)$/.exec(text);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const ms = /^(\d{1,2}):([0-5]\d\.\d+)$/.exec(text);
  if (ms) return Number((Number(ms[1]) * 60 + Number(ms[2])).toPrecision(12));
  return undefined;
}
