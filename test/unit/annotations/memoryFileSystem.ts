// An in-memory FileSystem for store tests, able to simulate what real disks and editors do
// to us: a crash between writing the temporary file and renaming it, read-only folders,
// slow operations (to interleave concurrent saves), and other programs changing files.
import type { FileSystem, ProcessIdentity } from '../../../src/annotations/fileSystem';

export class NotFoundError extends Error {
  readonly code = 'ENOENT';
}

export class AlreadyExistsError extends Error {
  readonly code = 'EEXIST';
}

export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, Uint8Array>();
  /** Every operation, in the order it started and finished (for interleaving checks). */
  readonly log: string[] = [];
  /** Locations under these prefixes refuse writes, renames and deletes. */
  readonly readOnly = new Set<string>();
  /** When set, the next rename throws as if the process died right before it. */
  crashBeforeNextRename = false;
  /** Milliseconds every operation takes. */
  delay = 0;
  /** Who "this process" is, for lock files; unset like in the web. */
  processIdentity?: ProcessIdentity;
  /**
   * Runs before an operation's effect (after its log entry): lets a test make another writer act
   * exactly between two steps of a save. Operations: read, write, create, rename, delete, list.
   */
  beforeOperation?: (op: string, location: string) => Promise<void>;
  private readonly logWatchers: { test: (entry: string) => boolean; resolve: () => void }[] = [];

  text(location: string): string | undefined {
    const bytes = this.files.get(location);
    return bytes && new TextDecoder().decode(bytes);
  }

  setText(location: string, text: string): void {
    this.files.set(location, new TextEncoder().encode(text));
  }

  async readFile(location: string): Promise<Uint8Array> {
    await this.pause('read', location);
    const bytes = this.files.get(location);
    if (!bytes) throw new NotFoundError(`no such file: ${location}`);
    return bytes.slice();
  }

  async writeFile(location: string, data: Uint8Array): Promise<void> {
    this.checkWritable(location);
    await this.pause('write', location);
    this.files.set(location, data.slice());
    this.record(`write-done ${location}`);
  }

  async createExclusive(location: string, data: Uint8Array): Promise<void> {
    this.checkWritable(location);
    await this.pause('create', location);
    if (this.files.has(location)) {
      this.record(`create-refused ${location}`);
      throw new AlreadyExistsError(`file exists: ${location}`);
    }
    this.files.set(location, data.slice());
  }

  isAlreadyExists(error: unknown): boolean {
    return error instanceof AlreadyExistsError;
  }

  /** Resolves once the log gets an entry that passes `test` (one already there counts). */
  logged(test: (entry: string) => boolean): Promise<void> {
    if (this.log.some(test)) return Promise.resolve();
    return new Promise(resolve => this.logWatchers.push({ test, resolve }));
  }

  async rename(from: string, to: string, options: { overwrite: boolean }): Promise<void> {
    this.checkWritable(to);
    if (this.crashBeforeNextRename) {
      this.crashBeforeNextRename = false;
      throw new Error('simulated crash before rename');
    }
    await this.pause('rename', `${from} -> ${to}`);
    const bytes = this.files.get(from);
    if (!bytes) throw new NotFoundError(`no such file: ${from}`);
    if (!options.overwrite && this.files.has(to)) throw new Error(`file exists: ${to}`);
    this.files.delete(from);
    this.files.set(to, bytes);
    this.record(`rename-done ${to}`);
  }

  async delete(location: string): Promise<void> {
    this.checkWritable(location);
    await this.pause('delete', location);
    if (!this.files.delete(location)) throw new NotFoundError(`no such file: ${location}`);
  }

  isNotFound(error: unknown): boolean {
    return error instanceof NotFoundError;
  }

  async filesBeside(location: string): Promise<string[]> {
    await this.pause('list', location);
    const folder = location.slice(0, location.lastIndexOf('/') + 1);
    return [...this.files.keys()].filter(k => k.startsWith(folder) && !k.slice(folder.length).includes('/'));
  }

  describeError(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }

  private checkWritable(location: string): void {
    for (const prefix of this.readOnly) if (location.startsWith(prefix)) throw new Error('permission denied (read-only file system)');
  }

  private async pause(op: string, location: string): Promise<void> {
    this.record(`${op} ${location}`);
    if (this.delay) await new Promise(resolve => setTimeout(resolve, this.delay));
    else await Promise.resolve();
    await this.beforeOperation?.(op, location);
  }

  private record(entry: string): void {
    this.log.push(entry);
    for (const watcher of this.logWatchers.filter(w => w.test(entry))) {
      this.logWatchers.splice(this.logWatchers.indexOf(watcher), 1);
      watcher.resolve();
    }
  }
}
