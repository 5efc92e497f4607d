// What the editor's tags tell the rest of the extension: a change, the state at the cursor for
// `when` clauses, a tag found anywhere in the workspace.
import type * as vscode from 'vscode';
import type { Tag } from '../../annotations';

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
