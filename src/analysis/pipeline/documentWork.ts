// The work of the document pass, tallied in steps that could grow with the document — mentions
// decided, characters walked back to a sentence start, earlier mentions looked at for a pronoun,
// namesakes weighed for a surname — so that the pass pauses after every stretch of bounded work
// (`analyzeAsync` yields to the event loop there), and so that tests can prove the pass linear in
// the document by counting instead of timing it.

/** Counts steps across a whole analysis; injected through `AnalyzerOptions` (tests). */
export interface WorkCounter {
  steps: number;
  /** Quotes whose speaker was decided (not carried over from the last run), when counted. */
  quotesAttributed?: number;
  /** Blocks whose numbers and rejections were placed (not spliced from the last run), when counted. */
  blocksPlaced?: number;
  /** Paragraphs walked to join quotes over paragraphs (not spliced from the last run), when counted. */
  paragraphsMerged?: number;
  /** Name candidates decided as a person or not (not carried over from the last run), when counted. */
  candidatesDecided?: number;
  /** Blocks whose candidates were counted for the document's candidate index (not carried over from the last run), when counted. */
  blocksIndexed?: number;
  /** Runs that started from an earlier run of the same analyser as an edit of it, when counted. */
  runsContinued?: number;
}

/** Steps between two pauses of the document pass (a few milliseconds of work). */
export const PAUSE_EVERY = 2000;

export class DocumentWork {
  private sincePause = 0;

  constructor(private readonly counter?: WorkCounter) {}

  add(steps: number): void {
    this.sincePause += steps;
    if (this.counter) this.counter.steps += steps;
  }

  /** One quote's speaker decided. */
  quoteAttributed(): void {
    if (this.counter?.quotesAttributed !== undefined) this.counter.quotesAttributed++;
  }

  /** One block's findings placed at its offset. */
  blockPlaced(): void {
    if (this.counter?.blocksPlaced !== undefined) this.counter.blocksPlaced++;
  }

  /** One name candidate decided. */
  candidateDecided(): void {
    if (this.counter?.candidatesDecided !== undefined) this.counter.candidatesDecided++;
  }

  /** One block's candidates counted for the candidate index. */
  blockIndexed(): void {
    if (this.counter?.blocksIndexed !== undefined) this.counter.blocksIndexed++;
  }

  /** One paragraph walked to join quotes. */
  paragraphMerged(): void {
    if (this.counter?.paragraphsMerged !== undefined) this.counter.paragraphsMerged++;
  }

  /** Enough work since the last pause: the caller pauses now (and the tally starts again). */
  due(): boolean {
    if (this.sincePause < PAUSE_EVERY) return false;
    this.sincePause = 0;
    return true;
  }
}
