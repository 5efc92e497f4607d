// What the document model (documentTags.ts) takes and tells: new tags, options, change events.
import type { Creator } from './types';

/** What a new tag needs. The range must be non-empty and inside the text. */
export interface NewTag {
  readonly label: string;
  readonly note?: string;
  readonly entity?: string;
  readonly start: number;
  readonly end: number;
}

export type TagChangeReason = 'add' | 'remove' | 'update' | 'reattach' | 'confirm' | 'undo' | 'redo' | 'edit' | 'replace' | 'merge';

export interface TagChangeEvent {
  readonly reason: TagChangeReason;
  /** Ids of the tags added, removed or changed. */
  readonly ids: readonly string[];
  /** Tags whose text was deleted by this change (they are kept, as orphans). */
  readonly orphaned: readonly string[];
  /** Orphans that found their text again (e.g. the deletion was undone). */
  readonly revived: readonly string[];
  /**
   * Tags that now point at text only similar to theirs: a change replaced their text with
   * different text ("50" became "500" on a rewritten line). Worth the user's check.
   */
  readonly fuzzy: readonly string[];
  /**
   * True when the change is the user's tag work and should be saved now. Text edits only move
   * tags and give false: save the sidecar when the document is saved, so that the sidecar on
   * disk describes the text on disk.
   */
  readonly persist: boolean;
}

export interface Disposable {
  dispose(): void;
}

export interface DocumentTagsOptions {
  /** Clock for created/modified times (tests pass a fixed one). */
  now?: () => Date;
  /** Id generator, given the kind's prefix ("t-", "c-", "v-"); ids are made unique within the document whatever it returns. */
  newId?: (prefix: string) => string;
  /** How many tag operations can be undone. */
  historyLimit?: number;
  /** Who is annotating, recorded as the creator of each new annotation (the setting, --annotator, or git's user). */
  creator?: () => Creator | undefined;
}

