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

/** Who made an annotation: the W3C `creator` (a name, optionally an email address). */
export interface Creator {
  readonly name: string;
  readonly email?: string;
}

/**
 * Set on both versions of an annotation that two branches changed differently (the git merge
 * driver keeps both rather than pick one): `with` is the id of the other version. The user
 * resolves it by keeping one version.
 */
export interface AnnotationConflict {
  readonly with: string;
}

/**
 * What every annotation kept in a sidecar has: an id, times, who made it, and a place in the
 * text that is anchored and re-anchored the same way for every kind. Immutable: every change
 * makes a new object, so one held by the editor (a tree item, a decoration) never changes under it.
 */
export interface AnchoredAnnotation {
  /** Stable id, unique within the document ("t-" + 12 hex digits for new tags). */
  readonly id: string;
  /** ISO 8601 times. */
  readonly created: string;
  readonly modified: string;
  readonly creator?: Creator;
  readonly conflict?: AnnotationConflict;
  readonly anchor: AnchorStatus;
  /**
   * The annotated range. For an orphan this is only where its text was last seen (often
   * empty); it is not a live target and must not be decorated.
   */
  readonly start: number;
  readonly end: number;
  /**
   * The annotated text with its context. While anchored, `quote.exact` always equals
   * `text.slice(start, end)`; for an orphan it is the last text it had. `prefix` and
   * `suffix` are as of the last load, save or re-attachment (typing nearby does not
   * update them); the sidecar writer and the exports re-read them from the text.
   */
  readonly quote: TextQuote;
}

/** A user's tag: a label (and note) on a stretch of text. */
export interface Tag extends AnchoredAnnotation {
  readonly label: string;
  readonly note?: string;
  /** Canonical name of the entity the tag is about; the tag then applies to all its mentions. */
  readonly entity?: string;
}

/** What a correction says the corrected span is; `none` rejects what the analysis found there. */
export type CorrectionKind = 'person' | 'quote' | 'number' | 'none';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['person', 'quote', 'number', 'none'];

/**
 * The user's last word over the analysis on one span of text: this is a person (a mention of
 * `entity`), a quote (by `speaker`; null: the speaker is unknown), a number, or none of these.
 */
export interface Correction extends AnchoredAnnotation {
  readonly as: CorrectionKind;
  /** For `as: "person"`: the canonical name of the person this span mentions. */
  readonly entity?: string;
  /** For `as: "quote"`: who said it; null when the user says the speaker is unknown. */
  readonly speaker?: string | null;
  readonly note?: string;
}

export type VerificationStatus = 'unverified' | 'verified' | 'disputed' | 'false' | 'misattributed';

export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['unverified', 'verified', 'disputed', 'false', 'misattributed'];

/** A fact-checker's verdict on a quote (the span is the quote's), with its primary source. */
export interface Verification extends AnchoredAnnotation {
  readonly status: VerificationStatus;
  /** URL of the primary source: a transcript, a video, a document. */
  readonly source?: string;
  readonly note?: string;
}

/** Everything a sidecar holds for one document. */
export interface SidecarAnnotations {
  readonly tags: readonly Tag[];
  readonly corrections: readonly Correction[];
  readonly verifications: readonly Verification[];
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
