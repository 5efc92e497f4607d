// A paragraph's own findings placed at its offset in the document: its numbers, and the quote
// marks, numbers and names a rule turned down (for --explain). Placed once per paragraph and offset:
// after an edit most paragraphs keep their offset, and their objects are reused rather than
// rebuilt (fewer allocations, less garbage collection on a large document). Analysis objects
// are shared data: read only.
import type { ParagraphFindings } from './paragraph';
import type { NumberMention, Rejection } from '../types';

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

/**
 * A number moved by `delta`: its fields in the order findNumbers gives them (see toMention there).
 * The commonest shapes are one literal each (every field in the object itself); the others get
 * their optional fields added one by one, which costs a second allocation.
 */
export function movedNumber(n: NumberMention, delta: number): NumberMention {
  const start = n.start + delta;
  const end = n.end + delta;
  const { text, value, kind, rules } = n;
  if (rules !== undefined && n.date === undefined && n.time === undefined && n.upTo === undefined && n.compared === undefined) {
    const { unit, qualifier, counted } = n;
    // Which of unit (4), qualifier (2) and counted (1) it has.
    const shape = (unit !== undefined ? 4 : 0) | (qualifier !== undefined ? 2 : 0) | (counted !== undefined ? 1 : 0);
    if (shape === 0) return { start, end, text, value, kind, rules };
    if (shape === 1) return { start, end, text, value, kind, counted, rules };
    if (shape === 4) return { start, end, text, value, kind, unit, rules };
    if (shape === 3) return { start, end, text, value, kind, qualifier, counted, rules };
    if (shape === 6) return { start, end, text, value, kind, unit, qualifier, rules };
  }
  const out: NumberMention = { start, end, text, value, kind };
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
  const quoteRejections = findings.rejectedQuotes.map(r => ({ start: base + r.start, end: base + r.end, text: paragraphText.slice(r.start, r.end), kind: 'quote' as const, rules: [r.rule] }));
  const result = { start: base, numbers: shifted(findings.numbers, base, movedNumber), quoteRejections, numberRejections: shifted(findings.numberRejections, base, movedRejection), nameRejections: shifted(findings.nameRejections, base, movedRejection) };
  placed.set(findings, result);
  return result;
}
