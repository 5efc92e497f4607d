// The tag model shared by the sidecar store, the document model, the exports, the CLI and the
// editor. Plain data only: no `vscode`, no Node built-ins (this code is bundled for the browser).
//
// Offsets are UTF-16 code-unit indices into the document text as VS Code sees it: UTF-8
// decoded with a byte-order mark dropped, CRLF kept (see src/common/encoding.ts). `end` is
// exclusive, like `String.prototype.slice`.

/** A half-open range of the document text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * How a tag found its text the last time it was anchored.
 * - `exact`: at its recorded position, with the recorded text.
 * - `moved`: the recorded text, found elsewhere: equal text, whole words where the tagged ones
 *   were, and the recorded context agreeing on at least one side (or the text unique and
 *   distinctive); nearness to the old place is never evidence on its own.
 * - `fuzzy`: text similar to the recorded text (bounded edit distance); worth a look.
 * - `orphaned`: the text is gone; the tag is kept with its last known text until re-attached.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export const ANCHOR_STATUSES: readonly AnchorStatus[] = ['exact', 'moved', 'fuzzy', 'orphaned'];

/** The W3C TextQuoteSelector parts: the tagged text and up to 32 characters either side. */
export interface TextQuote {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * One tag as the model, the store and the exports see it. Immutable: every change makes a new
 * object, so a tag held by the editor (a tree item, a decoration) never changes under it.
 */
export interface Tag {
  /** Stable id, unique within the document ("t-" + 12 hex digits for new tags). */
  readonly id: string;
  readonly label: string;
  readonly note?: string;
  /** Canonical name of the entity the tag is about; the tag then applies to all its mentions. */
  readonly entity?: string;
  /** ISO 8601 times. */
  readonly created: string;
  readonly modified: string;
  readonly anchor: AnchorStatus;
  /**
   * The tagged range. For an orphaned tag this is only where its text was last seen (often
   * empty); it is not a live target and must not be decorated.
   */
  readonly start: number;
  readonly end: number;
  /**
   * The tagged text with its context. While a tag is anchored, `quote.exact` always equals
   * `text.slice(start, end)`; for an orphan it is the last text the tag had. `prefix` and
   * `suffix` are as of the last load, save or re-attachment (typing near a tag does not
   * update them); the sidecar writer and the exports re-read them from the text.
   */
  readonly quote: TextQuote;
}

/** A VS Code `TextDocumentContentChangeEvent`, reduced to what tag tracking needs. */
export interface ContentChange {
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/** Number of characters of context kept either side of a quote (Hypothesis uses 32 too). */
export const QUOTE_CONTEXT_LENGTH = 32;

export function isOrphaned(tag: Pick<Tag, 'anchor'>): boolean {
  return tag.anchor === 'orphaned';
}
