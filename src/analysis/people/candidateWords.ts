// Which candidates of the document hold a given word: after an edit that changes a name, the
// names to decide again are found by their words, and walking every candidate of a long
// document to find them cost more than deciding them. Built once from all the candidates, the
// index is carried from edit to edit; the paragraphs whose candidates an edit changed are
// marked stale, looked up in the paragraphs themselves, and the index is built again when they
// become many.

/** The document's paragraphs with their candidates' words (resolve.ts's CandidateBlocks). */
interface CandidateBlocks {
  readonly length: number;
  readonly [index: number]: { findings: { candidates: readonly { lowerWords: readonly string[] }[] } };
}

/** Stale paragraphs beyond which the index is built again. */
const MAX_STALE = 64;

export class CandidateWords {
  private constructor(
    /** Per lower-case word, (paragraph, index) pairs of the candidates holding it, in document order. */
    private readonly byWord: Map<string, number[]>,
    /** Paragraphs whose candidates differ from those the index was built from, ascending. */
    private readonly stale: readonly number[],
    /** Candidates in the document when the index was built (a measure of the document). */
    readonly size: number,
  ) {}

  static build(blocks: CandidateBlocks): CandidateWords {
    const byWord = new Map<string, number[]>();
    let size = 0;
    for (let pi = 0; pi < blocks.length; pi++) {
      const candidates = blocks[pi].findings.candidates;
      for (let i = 0; i < candidates.length; i++) add(byWord, candidates[i].lowerWords, pi, i);
      size += candidates.length;
    }
    return new CandidateWords(byWord, [], size);
  }

  /** The index after the candidates of `changed` paragraphs changed; null when it is to be built again. */
  withStale(changed: readonly number[]): CandidateWords | null {
    if (!changed.length) return this;
    const stale = [...new Set([...this.stale, ...changed])].sort((a, b) => a - b);
    return stale.length > MAX_STALE ? null : new CandidateWords(this.byWord, stale, this.size);
  }

  /** A lookup of the candidates holding a word in `blocks` (this run's paragraphs), as (paragraph, index) pairs in document order. */
  lookup(blocks: CandidateBlocks): (word: string) => number[] {
    if (!this.stale.length) return w => this.byWord.get(w) ?? [];
    const fresh = new Map<string, number[]>();
    const isStale = new Set(this.stale);
    for (const pi of this.stale) {
      const candidates = blocks[pi].findings.candidates;
      for (let i = 0; i < candidates.length; i++) add(fresh, candidates[i].lowerWords, pi, i);
    }
    return w => {
      const indexed = this.byWord.get(w);
      const extra = fresh.get(w);
      if (!extra && !indexed) return [];
      const out: number[] = [];
      if (indexed) for (let k = 0; k < indexed.length; k += 2) if (!isStale.has(indexed[k])) out.push(indexed[k], indexed[k + 1]);
      if (extra) for (let k = 0; k < extra.length; k++) out.push(extra[k]);
      return out;
    };
  }
}

function add(byWord: Map<string, number[]>, words: readonly string[], pi: number, i: number): void {
  for (let wi = 0; wi < words.length; wi++) {
    const w = words[wi];
    // A word held twice by one candidate ("Ng Ng") is listed once.
    if (words.indexOf(w) !== wi) continue;
    const list = byWord.get(w);
    if (list) list.push(pi, i);
    else byWord.set(w, [pi, i]);
  }
}
