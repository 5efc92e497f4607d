// What the editor's tags tell the rest of the extension: a change, the state at the cursor for
// `when` clauses, a tag found anywhere in the workspace, and what is kept per open article.
import type * as vscode from 'vscode';
import type { AnchorReport, LeftBehindTags, SidecarError, Tag, TagSession } from '../../annotations';

/** A tag somewhere in the workspace, for the Tags view. */
export interface WorkspaceTag {
  uri: vscode.Uri;
  fileName: string;
  tag: Tag;
}

/** What `when` clauses need to know about the tags at the cursor. */
export interface TagState {
  tagAtCursor: boolean;
  hasTags: boolean;
  hasOrphans: boolean;
  hasSidecar: boolean;
  /** Tags saved under the document's old name sit next to it (renamed outside VS Code). */
  hasLeftBehindTags: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

/** A change of a document's tags. */
export interface TagsChange {
  uri: vscode.Uri;
  /**
   * True when text edits only moved tags (no tag added, removed, orphaned or revived): the
   * highlights follow, the lists of tags stay as they are.
   */
  movedOnly: boolean;
}

/** What EditorTags keeps per open article: its session once loaded, and its sidecar's state. */
export interface OpenArticleTags {
  /** Resolves once the sidecar is loaded (undefined if the document closed meanwhile). */
  ready: Promise<TagSession | undefined>;
  session?: TagSession;
  /** The problem with the sidecar, while it is broken. */
  error?: SidecarError;
  /** The last load's report on how the tags re-anchored. */
  report?: AnchorReport;
  /** The message of the last failed save, so a problem is told once. */
  lastSaveError?: string;
  /** Saves of the tags refused because the sidecar cannot be read (it is never overwritten then). */
  refusedSaves: number;
  sidecarExists: boolean;
  /** Watches the sidecar of a document outside the workspace folders (string globs only see inside). */
  watcher?: vscode.Disposable;
  /** A sidecar under another name that holds this document's tags, found when it opened without one. */
  leftBehind?: LeftBehindTags;
}
