// A share of a whole written with two numbers, "one in three adults", "1 in 4", "nine out of 10":
// one figure a reader checks (docs/number-conventions.md), read after the first number.
import { W, hasClass } from '../lexicon/lexicon';
import type { Draft } from './draft';
import type { ScanCursor } from './cursor';
import { looksLikeYear } from './dates';
import { readQuantity } from './quantity';
import { QUANTITY_RULES } from './rules';

/** The largest first number of a share written "N in M": "one in three", "19 in 20". */
const MAX_SHARE_NUMERATOR = 20;

/**
 * "one in three adults", "1 in 5", "nine out of 10", "one in every four": a share of a whole,
 * one figure (value N/M), as a reader checks it. Both numbers are bare whole numbers and the
 * first is the smaller; a year is never the whole ("$325,000 in 1989", "3 in 2019").
 */
export function readShareOfEvery(c: ScanCursor, a: Draft): Draft[] | undefined {
  if (!a.value || a.value > MAX_SHARE_NUMERATOR || !Number.isInteger(a.value) || a.kind || a.unit || a.hint) return undefined;
  let at = a.next;
  const link = c.sameLine(at);
  if (link?.lower === 'in') at++;
  else if (link?.lower === 'out' && c.sameLine(at + 1)?.lower === 'of') at += 2;
  else return undefined;
  if (c.sameLine(at)?.lower === 'every') at++;
  if (!c.sameLine(at) || !c.numeralStartsAt(at) || c.tok(at)?.lower === 'a') return undefined;
  const b = readQuantity(c, at, at, undefined);
  if (!b || !b.value || !Number.isInteger(b.value) || b.kind || b.unit || b.hint || b.value <= a.value || looksLikeYear(b.numeral, b.value)) return undefined;
  // "scored 2 in 5 minutes", "rose 3 in 10 months": a rate over a length of time, two figures.
  if (hasClass(c.tok(b.next)?.lower ?? '', W.DurationWord)) return undefined;
  return [{ ...a, end: b.end, next: b.next, value: a.value / b.value, hint: 'fraction', rules: [...(a.rules ?? []), QUANTITY_RULES.shareOfEvery.id] }];
}
