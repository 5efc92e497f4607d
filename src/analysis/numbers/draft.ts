// The scanner's record of one number expression, in its own file because both the scanner
// (scanner.ts) and the range joiner it calls (ranges.ts) use it: neither owns it,
// and the two would otherwise import each other.
import type { NumberKind } from '../types';

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
  /** For a multiplier, the comparison that follows it ("stronger than heroin"). */
  compared?: string;
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
  /** A hint from the form: "-year-old" says age, "-fold" multiplier, "1990s" a decade, "won 3-1" a score. */
  hint?: 'age' | 'rank' | 'decade' | 'fraction' | 'year' | 'score';
  /** The scale that multiplied the numeral ("4.2 million", "$5bn" → 1e6, 1e9), when one did. */
  scale?: number;
  /** Ids of the rules that decided it (see rules.ts), in the order they applied. */
  rules?: string[];
  /** Digits glued to a lower-case "m" with no currency: metres ("a 50m pool") or millions ("25m customers"). */
  metresOrMillion?: boolean;
}

/** Every field of a draft, present even when undefined: a copy of this shape lists them all. */
type AllFields<T> = { [K in keyof Required<T>]: T[K] };

/**
 * A copy of `d` to settle further. Every field is written out, so all copies share one shape:
 * an object spread of drafts of many shapes cost more than settling them. A field added to
 * `Draft` must be added here (the type says so).
 */
export function copyDraft(d: Draft): Draft {
  const copy: AllFields<Draft> = {
    start: d.start,
    end: d.end,
    value: d.value,
    kind: d.kind,
    unit: d.unit,
    date: d.date,
    time: d.time,
    upTo: d.upTo,
    qualifier: d.qualifier,
    counted: d.counted,
    compared: d.compared,
    first: d.first,
    next: d.next,
    numeral: d.numeral,
    digits: d.digits,
    ordinal: d.ordinal,
    hint: d.hint,
    scale: d.scale,
    rules: d.rules,
    metresOrMillion: d.metresOrMillion,
  };
  return copy;
}
