// One quotation found from its marks within a paragraph. Its own file because the mark scanner
// (quoteMarks.ts) and the single-quote finder it calls (singleQuotes.ts) both use it, and the
// two would otherwise import each other.
export interface QuotePiece {
  /** Span relative to the paragraph, marks included. */
  start: number;
  end: number;
  /** The piece starts with an opening mark (false: it continues a quote from before). */
  opened: boolean;
  /** The piece ends with a closing mark (false: it runs to the paragraph's end). */
  closed: boolean;
  /**
   * A transcript's answer (see transcript.ts): the span of the speaker's label before it
   * ("OKONKWO-HAINES"); the piece holds the answer's words, without marks.
   */
  label?: { start: number; end: number };
}
