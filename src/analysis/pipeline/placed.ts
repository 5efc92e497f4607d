// A paragraph's own findings placed at its offset in the document: its numbers, and the quote
// marks, numbers and names a rule turned down (for --explain). Placed once per paragraph and offset:
// after an edit most paragraphs keep their offset, and their objects are reused rather than
// rebuilt (fewer allocations, less garbage collection on a large document). Analysis objects
// are shared data: read only.
import type { ParagraphFindings } from './paragraph';
import type { NumberMention, Rejection } from '../types';
import { mapped } from '../../common/mapped';

export interface PlacedFindings {
  start: number;
  numbers: NumberMention[];
  quoteRejections: Rejection[];
  numberRejections: Rejection[];
  /** Capitalised runs a veto turned down as names. */
  nameRejections: Rejection[];
}

const EMPTY: PlacedFindings = { start: 0, numbers: [], quoteRejections: [], numberRejections: [], nameRejections: [] };

const placed = new WeakMap<ParagraphFindings, PlacedFindings>();

/**
 * A rejection moved by `delta`. Written as one literal of the type's fields, in the order every
 * rejection is made with: thousands are moved on every keystroke, and a literal costs a tenth of
 * a spread copy (whose call site sees every shape of finding and goes the slow, generic way).
 */
export function movedRejection(r: Rejection, delta: number): Rejection {
  return { start: r.start + delta, end: r.end + delta, text: r.text, kind: r.kind, rules: r.rules };
}

// A number's optional fields, one bit each, in the order findNumbers adds them (see toMention there).
const DATE = 128;
const TIME = 64;
const UP_TO = 32;
const UNIT = 16;
const QUALIFIER = 8;
const COUNTED = 4;
const COMPARED = 2;
const RULES = 1;

/** Which optional fields number `n` has (its shape), for `movedNumber`. */
export function numberShape(n: NumberMention): number {
  return (
    (n.date !== undefined ? DATE : 0) |
    (n.time !== undefined ? TIME : 0) |
    (n.upTo !== undefined ? UP_TO : 0) |
    (n.unit !== undefined ? UNIT : 0) |
    (n.qualifier !== undefined ? QUALIFIER : 0) |
    (n.counted !== undefined ? COUNTED : 0) |
    (n.compared !== undefined ? COMPARED : 0) |
    (n.rules !== undefined ? RULES : 0)
  );
}

/**
 * A number moved by `delta`, its fields in the order findNumbers gives them. The numbers of a
 * document come in a dozen shapes (which optional fields they have): one piece of code reading
 * them all sees too many shapes for V8 to keep its property reads fast, and moving the numbers
 * after an edit cost ~0.5 µs each, most of an edit's time. So each common shape, known from
 * `shape` (`numberShape`, kept beside the number), is read and made by code of its own, where
 * every read sees one shape; the rare ones go the generic way.
 */
export function movedNumber(n: NumberMention, delta: number, shape: number = numberShape(n)): NumberMention {
  switch (shape) {
    case RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, rules: n.rules };
    case COUNTED | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, counted: n.counted, rules: n.rules };
    case UNIT | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, unit: n.unit, rules: n.rules };
    case QUALIFIER | COUNTED | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, qualifier: n.qualifier, counted: n.counted, rules: n.rules };
    case UNIT | QUALIFIER | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, unit: n.unit, qualifier: n.qualifier, rules: n.rules };
    case DATE | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, date: n.date, rules: n.rules };
    case TIME | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, time: n.time, rules: n.rules };
    case UNIT | COUNTED | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, unit: n.unit, counted: n.counted, rules: n.rules };
    case QUALIFIER | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, qualifier: n.qualifier, rules: n.rules };
    case UNIT | QUALIFIER | COUNTED | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, unit: n.unit, qualifier: n.qualifier, counted: n.counted, rules: n.rules };
    case UNIT | COMPARED | RULES:
      return { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind, unit: n.unit, compared: n.compared, rules: n.rules };
    default:
      return movedRareNumber(n, delta);
  }
}

/** `movedNumber` for the rare shapes: the optional fields added one by one (a second allocation). */
function movedRareNumber(n: NumberMention, delta: number): NumberMention {
  const out: NumberMention = { start: n.start + delta, end: n.end + delta, text: n.text, value: n.value, kind: n.kind };
  if (n.date !== undefined) out.date = n.date;
  if (n.time !== undefined) out.time = n.time;
  if (n.upTo !== undefined) out.upTo = n.upTo;
  if (n.unit !== undefined) out.unit = n.unit;
  if (n.qualifier !== undefined) out.qualifier = n.qualifier;
  if (n.counted !== undefined) out.counted = n.counted;
  if (n.compared !== undefined) out.compared = n.compared;
  if (n.rules !== undefined) out.rules = n.rules;
  return out;
}

function shifted<T>(list: readonly T[], base: number, move: (x: T, delta: number) => T): T[] {
  const out: T[] = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = move(list[i], base);
  return out;
}

/** The findings of the paragraph `paragraphText` placed at `base`; the same objects as last time when it is where it was. */
export function placeFindings(findings: ParagraphFindings, base: number, paragraphText: string): PlacedFindings {
  if (!findings.numbers.length && !findings.rejectedQuotes.length && !findings.numberRejections.length && !findings.nameRejections.length) return EMPTY;
  const before = placed.get(findings);
  if (before && before.start === base) return before;
  const quoteRejections = mapped(findings.rejectedQuotes, r => ({ start: base + r.start, end: base + r.end, text: paragraphText.slice(r.start, r.end), kind: 'quote' as const, rules: [r.rule] }));
  const result = { start: base, numbers: shifted(findings.numbers, base, (n, by) => movedNumber(n, by)), quoteRejections, numberRejections: shifted(findings.numberRejections, base, movedRejection), nameRejections: shifted(findings.nameRejections, base, movedRejection) };
  placed.set(findings, result);
  return result;
}
