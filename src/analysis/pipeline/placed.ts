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

/** A copy of `s` moved by `delta` (its fields in the same order, as a fresh placement has them). */
export function moved<T extends { start: number; end: number }>(s: T, delta: number): T {
  // Spread, not Object.assign: V8 copies a literal's shape at once, five times faster (thousands
  // of findings after the edit are moved on every keystroke).
  const out = { ...s };
  out.start += delta;
  out.end += delta;
  return out;
}

function shifted<T extends { start: number; end: number }>(list: readonly T[], base: number): T[] {
  const out: T[] = new Array<T>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = moved(list[i], base);
  return out;
}

/** The findings of the paragraph `paragraphText` placed at `base`; the same objects as last time when it is where it was. */
export function placeFindings(findings: ParagraphFindings, base: number, paragraphText: string): PlacedFindings {
  if (!findings.numbers.length && !findings.rejectedQuotes.length && !findings.numberRejections.length && !findings.nameRejections.length) return EMPTY;
  const before = placed.get(findings);
  if (before && before.start === base) return before;
  const quoteRejections = findings.rejectedQuotes.map(r => ({ start: base + r.start, end: base + r.end, text: paragraphText.slice(r.start, r.end), kind: 'quote' as const, rules: [r.rule] }));
  const result = { start: base, numbers: shifted(findings.numbers, base), quoteRejections, numberRejections: shifted(findings.numberRejections, base), nameRejections: shifted(findings.nameRejections, base) };
  placed.set(findings, result);
  return result;
}
