// One open document's annotations (tags, corrections, verifications), kept in step with its sidecar: the glue between DocumentTags (in
// memory) and SidecarStore (on disk) that the editor and the CLI share, so that "tag" does
// exactly the same thing in both. No `vscode` here: the editor passes the document's location,
// a way to read its current text, and forwards events (text changes, saves, watcher events).
import { DocumentTags, type DocumentTagsOptions, type Disposable } from './documentTags';
import { allAnnotations, groupAnnotations, type Annotation } from './annotationKinds';
import { anchorStoredAnnotations, SidecarError, type LoadResult, type SaveResult, type SidecarStore } from './sidecarStore';
import type { Stored } from './sidecarFormat';

export interface TagSessionOptions {
  /** Save after every tag operation (add, remove, note, undo…). Default true. */
  autoSave?: boolean;
  /** Told about every successful save (background or not), e.g. to know that the sidecar now exists. */
  onSaved?: (result: SaveResult) => void;
  /** Told about saves that failed in the background (autoSave): a broken sidecar, a read-only folder. */
  onSaveError?: (error: SidecarError) => void;
  model?: DocumentTagsOptions;
}

export class TagSession implements Disposable {
  readonly model: DocumentTags;
  private readonly subscription: Disposable | undefined;
  private location: string;

  /**
   * Opens a document's tags: loads its sidecar and anchors the tags to the current text. When
   * the sidecar is broken the session still opens (with no tags) and `result` carries the error.
   */
  static async open(store: SidecarStore, documentLocation: string, getText: () => string, options: TagSessionOptions = {}): Promise<{ session: TagSession; result: LoadResult }> {
    const session = new TagSession(store, documentLocation, getText, options);
    const result = await session.load(true);
    return { session, result };
  }

  private constructor(
    private readonly store: SidecarStore,
    documentLocation: string,
    private readonly getText: () => string,
    private readonly options: TagSessionOptions,
  ) {
    this.location = documentLocation;
    this.model = new DocumentTags([], options.model);
    if (options.autoSave ?? true) {
      this.subscription = this.model.onDidChange(e => {
        if (e.persist) this.saveInBackground();
      });
    }
  }

  get documentLocation(): string {
    return this.location;
  }

  get sidecarLocation(): string {
    return this.store.sidecarLocation(this.location);
  }

  /** The problem that blocks saving (a broken sidecar), if any. Tags are kept in memory meanwhile. */
  get error(): SidecarError | undefined {
    return this.store.brokenError(this.location);
  }

  /**
   * Writes the tags for the document's current text. If the sidecar changed on disk in the
   * meantime (another window, the CLI, git), its changes are merged in first, while holding the
   * sidecar's lock so that no other writer can come in between: nothing is lost on either side,
   * and a tag another writer removed is not brought back.
   */
  async save(): Promise<SaveResult> {
    const result = await this.store.save(this.location, this.getText(), this.model.content, {
      mergeWithDisk: theirs => {
        const text = this.getText();
        this.model.mergeFromDisk(theirs(text));
        return { text, ...this.model.content };
      },
    });
    this.model.markSynced(result);
    this.options.onSaved?.(result);
    return result;
  }

  /**
   * For a file-watcher event on the sidecar: reloads and merges it unless the change is this
   * extension's own write. Resolves to the load result, or undefined when nothing changed.
   */
  async onSidecarChangedOnDisk(): Promise<LoadResult | undefined> {
    if (!(await this.store.hasChangedOnDisk(this.location))) return undefined;
    return this.load(false);
  }

  /**
   * Re-reads the sidecar and merges it with the tags in memory; saves the result if it differs.
   * Also worth calling after VS Code reloaded the document from disk (a change event that
   * leaves the document not dirty): after a git checkout, the sidecar may have been reloaded
   * against the old text; this anchors its tags to the new one.
   */
  reload(): Promise<LoadResult> {
    return this.load(false);
  }

  /** The document was renamed or moved: moves the sidecar with it. */
  async moveTo(newDocumentLocation: string): Promise<boolean> {
    const moved = await this.store.move(this.location, newDocumentLocation);
    this.location = newDocumentLocation;
    // The sidecar records the document's name; write it again under the new name.
    if (moved && this.model.size) await this.save();
    return moved;
  }

  dispose(): void {
    this.subscription?.dispose();
    this.store.forget(this.location);
  }

  private async load(first: boolean): Promise<LoadResult> {
    const text = this.getText();
    let result = await this.store.load(this.location, text);
    if (!result.ok) return result;
    const now = this.getText();
    if (now !== text) {
      // The document was edited while the file was read: anchor again to the text as it is now.
      const again = anchorStoredAnnotations(allAnnotations(result).map(asStored), now, false);
      result = { ...result, ...groupAnnotations(again.annotations) };
    }
    if (first) {
      this.model.replaceAll(result);
    } else if (this.model.mergeFromDisk(result)) {
      await this.save();
    }
    return result;
  }

  private saveInBackground(): void {
    this.save().catch((err: unknown) => {
      if (err instanceof SidecarError) this.options.onSaveError?.(err);
      else this.options.onSaveError?.(new SidecarError('write', this.sidecarLocation, err instanceof Error ? err.message : String(err), { cause: err }));
    });
  }
}

function asStored(a: Annotation): Stored<Annotation> {
  return { ...a, hasPosition: true };
}
