// Numbers with their meaning. (Baseline: compromise's numbers(); to be extended.)
import type nlp from 'compromise';
import type { NumberMention } from './types';

/** A compromise document of one paragraph, with `compute('offset')` already run. */
export type ParagraphDoc = ReturnType<typeof nlp>;

interface Term {
  offset: { start: number; length: number };
}

/**
 * Finds the numbers of one paragraph. `doc` is `nlp(text)` with offsets computed (the parse is
 * the expensive part, so it is shared with the other finders). Offsets in the result are
 * relative to `text`.
 */
export function findNumbers(doc: ParagraphDoc, text: string): NumberMention[] {
  const view = doc.numbers();
  const values = view.get() as unknown[];
  return (view as unknown as { docs: Term[][] }).docs.map((terms, i) => {
    const start = terms[0].offset.start;
    const last = terms[terms.length - 1].offset;
    const end = last.start + last.length;
    const value = values[i];
    return { start, end, text: text.slice(start, end), value: typeof value === 'number' ? value : null, kind: 'cardinal' as const };
  });
}
