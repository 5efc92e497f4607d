// Finds the highlights under a position in O(log n): spans sorted by start, binary search.
// Spans of one kind may nest (a quote inside a quote), so the search walks back over the
// few spans that start before the offset and may still contain it.
import { firstIndex } from './firstIndex';

export interface Ranged {
  start: number;
  end: number;
}

export class SpanIndex<T extends Ranged> {
  private readonly sorted: T[];
  /** maxEnd[i] = the largest end among sorted[0..i], so the backward walk can stop early. */
  private readonly maxEnd: number[];

  constructor(spans: readonly T[]) {
    this.sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.maxEnd = [];
    let max = -1;
    for (const s of this.sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The spans containing the character at `offset` (start <= offset < end), innermost first. */
  at(offset: number): T[] {
    const found: T[] = [];
    for (let i = this.lastStartingAtOrBefore(offset); i >= 0 && this.maxEnd[i] > offset; i--) {
      if (this.sorted[i].end > offset) found.push(this.sorted[i]);
    }
    return found.sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** The first span starting after `offset`, or undefined. */
  next(offset: number): T | undefined {
    return this.sorted[this.lastStartingAtOrBefore(offset) + 1];
  }

  /** The last span starting before `offset`, or undefined. */
  previous(offset: number): T | undefined {
    return this.sorted[this.lastStartingAtOrBefore(offset - 1)];
  }

  all(): readonly T[] {
    return this.sorted;
  }

  private lastStartingAtOrBefore(offset: number): number {
    return firstIndex(this.sorted.length, i => this.sorted[i].start > offset) - 1;
  }
}
