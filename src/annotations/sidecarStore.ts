// Reading and writing sidecars through a FileSystem. What it guarantees:
// - atomic writes: the new content goes to a temporary file which is then renamed over the
//   sidecar, so a crash leaves either the old file or the new one, never half of one;
// - one operation at a time per sidecar, in call order; saves waiting in the queue coalesce,
//   and the last state wins;
// - one writer at a time across processes and windows: a save re-reads, checks and writes
//   the sidecar holding its lock file (sidecarLock.ts), so no write can undo another's;
// - a sidecar that cannot be read, is not valid JSON, breaks the format or comes from a newer
//   version is never overwritten: saves are refused until a load succeeds again;
// - a sidecar changed on disk since this store last read or wrote it is not overwritten
//   either: under the lock, the caller's `mergeWithDisk` merges the annotations on disk in
//   (TagSession does a three-way merge); without one the save fails with kind "changed-on-disk"; and the caller can tell its own writes from others' with
//   `hasChangedOnDisk` (a watcher event for our own write finds the bytes we wrote);
// - a failed write (read-only folder, disk full) rejects with a clear error and changes
//   nothing on disk; the caller's tags are untouched.
import { anchorSidecarContent, emptyReport, type AnchorReport } from './anchorReport';
import { SidecarError } from './sidecarError';
import { fileNameOf, sidecarLocationOf, type FileSystem } from './fileSystem';
import { sha256Hex } from './fingerprint';
import { parseSidecarBytes, serializeSidecar, SidecarEncodingError, SidecarFormatError, type SidecarAnnotations, type SidecarContent } from './sidecarFormat';
import { LockBusyError, LockLostError, withSidecarLock, type HeldLock, type SidecarLockOptions } from './sidecarLock';
import type { Correction, Tag, Verification } from './types';

// Part of what loading returns; kept importable from here.
export { SidecarError, type SidecarErrorKind } from './sidecarError';
export { anchorStoredTags, anchorStoredAnnotations, anchorSidecarContent, describeAnchorReport, type AnchorChange, type AnchorReport } from './anchorReport';

const NO_ANNOTATIONS: SidecarAnnotations = { tags: [], corrections: [], verifications: [] };

export const DEFAULT_SIDECAR_SUFFIX = '.annotations.json';

export type LoadResult =
  | {
      readonly ok: true;
      readonly location: string;
      /** False when the document has no sidecar yet. */
      readonly exists: boolean;
      /** The tags anchored to the text given to `load`. */
      readonly tags: Tag[];
      /** The corrections and verifications, anchored the same way. */
      readonly corrections: Correction[];
      readonly verifications: Verification[];
      /** Covers every kind. */
      readonly report: AnchorReport;
    }
  | { readonly ok: false; readonly location: string; readonly error: SidecarError };

export interface SaveResult extends SidecarAnnotations {
  readonly location: string;
  /** False when nothing needed writing (content unchanged, or no annotations and no file). */
  readonly written: boolean;
  // The annotations now on disk (the last state saved when saves were coalesced).
}

export interface SidecarStoreOptions {
  /** Appended to a document's location to name its sidecar (default ".annotations.json"). */
  suffix?: string;
  /** For temporary file names and their clean-up; tests pass a fake clock. */
  now?: () => number;
  /**
   * Delete temporary files a crash left next to a sidecar when loading it (default true).
   * Off for read-only uses such as the CLI's `tags`, which must not touch the disk.
   */
  cleanUpTemporaryFiles?: boolean;
  /** Timeouts of the lock taken around each write (the clock defaults to `now`). */
  lock?: SidecarLockOptions;
}

/** The state to write after merging in the annotations another writer saved (see `SaveOptions`). */
export interface MergedState extends SidecarAnnotations {
  /** The text the merged annotations' offsets refer to. */
  readonly text: string;
}

export interface SaveOptions {
  /**
   * Called holding the sidecar's lock when the file changed on disk since this store last read
   * or wrote it: `theirs(text)` gives the annotations on disk anchored to `text` (none when the
   * file was deleted); the result is written instead. Without it such a save fails ("changed-on-disk").
   */
  mergeWithDisk?: (theirs: (text: string) => SidecarAnnotations) => MergedState;
}

interface FileState {
  /** Hash of the bytes on disk as last read or written (null: no file), or undefined if unknown. */
  known?: string | null;
  broken?: SidecarError;
  chain: Promise<unknown>;
  pendingSave?: PendingSave;
}

interface PendingSave extends SaveOptions {
  text: string;
  annotations: SidecarAnnotations;
  documentLocation: string;
  promise: Promise<SaveResult>;
}

/** Temporary files older than this are leftovers of a crash and may be deleted. */
const STALE_TEMP_MS = 60_000;
const utf8 = new TextEncoder();

export class SidecarStore {
  readonly suffix: string;
  private readonly states = new Map<string, FileState>();
  private readonly now: () => number;
  private readonly cleanUp: boolean;
  private readonly lockOptions: SidecarLockOptions;

  constructor(
    private readonly fs: FileSystem,
    options: SidecarStoreOptions = {},
  ) {
    this.suffix = options.suffix || DEFAULT_SIDECAR_SUFFIX;
    this.now = options.now ?? (() => Date.now());
    this.cleanUp = options.cleanUpTemporaryFiles ?? true;
    this.lockOptions = { now: this.now, ...options.lock };
  }

  sidecarLocation(documentLocation: string): string {
    return sidecarLocationOf(documentLocation, this.suffix);
  }

  /** The error that currently blocks saving this document's tags, if its sidecar is broken. */
  brokenError(documentLocation: string): SidecarError | undefined {
    return this.states.get(this.sidecarLocation(documentLocation))?.broken;
  }

  /**
   * Reads the sidecar and anchors its tags to `text` (the document's current text, BOM
   * dropped). Never throws for a bad file: the result says what is wrong, and the file is
   * then protected from saves until a later load succeeds.
   */
  load(documentLocation: string, text: string): Promise<LoadResult> {
    const location = this.sidecarLocation(documentLocation);
    return this.enqueue(location, async state => {
      if (this.cleanUp) await this.removeStaleTemporaryFiles(location);
      const read = await this.readBytes(location);
      if (read.error) {
        state.broken = read.error;
        return { ok: false, location, error: read.error };
      }
      if (!read.bytes) {
        state.known = null;
        state.broken = undefined;
        return { ok: true, location, exists: false, tags: [], corrections: [], verifications: [], report: emptyReport() };
      }
      let content;
      try {
        content = parseSidecarBytes(read.bytes);
      } catch (err) {
        if (!(err instanceof SidecarFormatError || err instanceof SidecarEncodingError)) throw err;
        const error = err instanceof SidecarFormatError ? new SidecarError(err.kind, location, err.problem) : new SidecarError('read', location, err.message);
        state.broken = error;
        return { ok: false, location, error };
      }
      state.known = sha256Hex(read.bytes);
      state.broken = undefined;
      const { annotations, report } = anchorSidecarContent(content, text);
      return { ok: true, location, exists: true, ...annotations, report };
    });
  }

  /**
   * Writes a document's annotations for `text` (the text their offsets refer to); a list is
   * tags alone (no corrections or verifications). Resolves when they are on
   * disk; rejects with a SidecarError: kind "broken" (the file is invalid and stays
   * untouched), "changed-on-disk" (no `mergeWithDisk` given: load and merge first), "busy"
   * (another program held the lock too long) or "write"; in all three nothing changed on disk.
   */
  save(documentLocation: string, text: string, content: SidecarAnnotations | readonly Tag[], options: SaveOptions = {}): Promise<SaveResult> {
    const location = this.sidecarLocation(documentLocation);
    const state = this.state(location);
    const annotations: SidecarAnnotations = isTagList(content) ? { ...NO_ANNOTATIONS, tags: content } : content;
    if (state.pendingSave) {
      // Still waiting behind another operation: this state replaces the queued one.
      Object.assign(state.pendingSave, { text, annotations, documentLocation, mergeWithDisk: options.mergeWithDisk });
      return state.pendingSave.promise;
    }
    const pending: PendingSave = { text, annotations, documentLocation, mergeWithDisk: options.mergeWithDisk, promise: undefined as unknown as Promise<SaveResult> };
    state.pendingSave = pending;
    pending.promise = this.enqueue(location, async () => {
      state.pendingSave = undefined;
      return this.write(state, location, pending);
    });
    return pending.promise;
  }

  /**
   * True when the sidecar on disk is not what this store last read or wrote: a watcher event
   * for it then comes from someone else (git, a hand edit, the CLI) and calls for a reload.
   */
  hasChangedOnDisk(documentLocation: string): Promise<boolean> {
    const location = this.sidecarLocation(documentLocation);
    return this.enqueue(location, async state => {
      const read = await this.readBytes(location);
      if (read.error) return true;
      const hash = read.bytes ? sha256Hex(read.bytes) : null;
      return state.known === undefined || hash !== state.known;
    });
  }

  /**
   * Moves a document's sidecar along with the document (rename or move in the editor).
   * Resolves to false when there was no sidecar to move. Never overwrites an existing sidecar
   * at the new place: that fails with kind "move" and the tags stay in the old file.
   */
  move(fromDocument: string, toDocument: string): Promise<boolean> {
    const from = this.sidecarLocation(fromDocument);
    const to = this.sidecarLocation(toDocument);
    if (from === to) return Promise.resolve(false);
    return this.enqueue(from, async state => {
      // Most documents have no sidecar: no need to lock anything for them.
      if (!(await this.readBytes(from)).bytes) return false;
      try {
        // Under the lock: a writer in another process must not put the old file back after it.
        const moved = await withSidecarLock(this.fs, from, this.lockOptions, async () => {
          try {
            await this.fs.rename(from, to, { overwrite: false });
            return true;
          } catch (err) {
            if (this.fs.isNotFound(err)) return false; // removed since we looked
            throw err;
          }
        });
        if (!moved) return false;
      } catch (err) {
        const reason = err instanceof LockBusyError ? err.message : this.describe(err);
        throw new SidecarError('move', from, `could not move the tags along with the document to ${fileNameOf(to)} (${reason}); they stay in ${fileNameOf(from)}`, { cause: err });
      }
      const target = this.state(to);
      target.known = state.known;
      target.broken = state.broken;
      state.known = null;
      state.broken = undefined;
      return true;
    });
  }

  /** Forgets what is known about a document's sidecar (its document was closed). */
  forget(documentLocation: string): void {
    const location = this.sidecarLocation(documentLocation);
    const state = this.states.get(location);
    if (state && !state.pendingSave) this.states.delete(location);
  }

  // ---- internals ------------------------------------------------------------------------------

  private async write(state: FileState, location: string, save: PendingSave): Promise<SaveResult> {
    if (state.broken) {
      throw new SidecarError('broken', location, `${state.broken.problem}. Fix the file (or delete it) to save tags again; it was not changed`, { cause: state.broken });
    }
    try {
      return await withSidecarLock(this.fs, location, this.lockOptions, lock => this.writeLocked(state, location, save, lock));
    } catch (err) {
      if (err instanceof SidecarError) throw err;
      if (err instanceof LockBusyError || err instanceof LockLostError) {
        throw new SidecarError('busy', location, `could not save the tags: ${err.message}; nothing was saved, try again`, { cause: err });
      }
      throw this.writeFailed(location, err);
    }
  }

  /** Read, check (and merge), write: the part of a save that must not interleave with another writer's. */
  private async writeLocked(state: FileState, location: string, save: PendingSave, lock: HeldLock): Promise<SaveResult> {
    let { text, annotations } = save;
    const read = await this.readBytes(location);
    if (read.error) throw read.error;
    const diskHash = read.bytes ? sha256Hex(read.bytes) : null;
    const content = read.bytes ? this.parseOrProtect(state, location, read.bytes) : undefined;
    if (state.known === undefined ? diskHash !== null : diskHash !== state.known) {
      if (!save.mergeWithDisk) throw new SidecarError('changed-on-disk', location, 'the file changed on disk since it was loaded; load it again before saving');
      const merged = save.mergeWithDisk(anchorText => (content ? anchorSidecarContent(content, anchorText).annotations : NO_ANNOTATIONS));
      text = merged.text;
      annotations = { tags: merged.tags, corrections: merged.corrections, verifications: merged.verifications };
      state.known = diskHash;
    }
    const result = { location, tags: annotations.tags, corrections: annotations.corrections, verifications: annotations.verifications };
    const empty = !annotations.tags.length && !annotations.corrections.length && !annotations.verifications.length;
    if (empty && diskHash === null) return { ...result, written: false };
    const bytes = utf8.encode(serializeSidecar({ documentName: fileNameOf(save.documentLocation), text, ...annotations }));
    const hash = sha256Hex(bytes);
    if (hash === diskHash) return { ...result, written: false };
    await this.writeAtomically(location, bytes, lock);
    state.known = hash;
    return { ...result, written: true };
  }

  /** The sidecar's content; a file broken on disk is protected from saves until it loads again. */
  private parseOrProtect(state: FileState, location: string, bytes: Uint8Array): SidecarContent {
    try {
      return parseSidecarBytes(bytes);
    } catch (err) {
      // Only a broken file protects it; anything else (a bug, a stack overflow) is not the file's fault.
      if (!(err instanceof SidecarFormatError || err instanceof SidecarEncodingError)) throw err;
      const problem = err instanceof SidecarFormatError ? err.problem : err.message;
      state.broken = new SidecarError(err instanceof SidecarFormatError ? err.kind : 'read', location, problem);
      throw new SidecarError('broken', location, `${problem}. Fix the file (or delete it) to save tags again; it was not changed`, { cause: state.broken });
    }
  }

  private async writeAtomically(location: string, bytes: Uint8Array, lock: HeldLock): Promise<void> {
    const temporary = `${location}.tmp-${this.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      await this.fs.writeFile(temporary, bytes);
      await lock.confirm();
      await this.fs.rename(temporary, location, { overwrite: true });
    } catch (err) {
      await this.fs.delete(temporary).catch(() => undefined);
      throw err instanceof LockLostError ? err : this.writeFailed(location, err);
    }
  }

  private writeFailed(location: string, err: unknown): SidecarError {
    return new SidecarError('write', location, `could not save the tags (${this.describe(err)}); the file on disk was not changed`, { cause: err });
  }

  private async readBytes(location: string): Promise<{ bytes?: Uint8Array; error?: SidecarError }> {
    try {
      return { bytes: await this.fs.readFile(location) };
    } catch (err) {
      if (this.fs.isNotFound(err)) return {};
      return { error: new SidecarError('read', location, `could not be read (${this.describe(err)})`, { cause: err }) };
    }
  }

  /** Deletes temporary files left by a crash between writing and renaming (best effort). */
  private async removeStaleTemporaryFiles(location: string): Promise<void> {
    if (!this.fs.filesBeside) return;
    try {
      for (const sibling of await this.fs.filesBeside(location)) {
        if (!sibling.startsWith(location)) continue;
        const m = /\.tmp-([0-9a-z]+)-[0-9a-z]*$/.exec(sibling.slice(location.length));
        if (!m || sibling.length !== location.length + m[0].length) continue;
        if (this.now() - parseInt(m[1], 36) > STALE_TEMP_MS) await this.fs.delete(sibling).catch(() => undefined);
      }
    } catch {
      // Listing the folder is only for tidiness; a failure changes nothing.
    }
  }

  private describe(err: unknown): string {
    return this.fs.describeError?.(err) ?? (err instanceof Error ? err.message : String(err));
  }

  private state(location: string): FileState {
    let state = this.states.get(location);
    if (!state) this.states.set(location, (state = { chain: Promise.resolve() }));
    return state;
  }

  private enqueue<R>(location: string, operation: (state: FileState) => Promise<R>): Promise<R> {
    const state = this.state(location);
    const run = state.chain.then(() => operation(state));
    state.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}

function isTagList(content: SidecarAnnotations | readonly Tag[]): content is readonly Tag[] {
  return Array.isArray(content);
}
