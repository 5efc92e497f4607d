// An in-memory FileSystem for store tests, able to simulate what real disks and editors do
// to us: a crash between writing the temporary file and renaming it, read-only folders,
// slow operations (to interleave concurrent saves), and other programs changing files.
import type { FileSystem } from '../../../src/annotations/fileSystem';

export class NotFoundError extends Error {
  readonly code = 'ENOENT';
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
    this.log.push(`write-done ${location}`);
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
    this.log.push(`rename-done ${to}`);
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
    this.log.push(`${op} ${location}`);
    if (this.delay) await new Promise(resolve => setTimeout(resolve, this.delay));
    else await Promise.resolve();
  }
}
