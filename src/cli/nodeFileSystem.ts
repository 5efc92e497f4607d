// The sidecar store's FileSystem over Node's fs, for the command line. Writes are flushed to
// disk (fsync) before the store renames them over the sidecar, so a power cut after the
// rename cannot leave an empty file behind.
import { constants } from 'node:fs';
import { access, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import type { FileSystem } from '../annotations';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a folder in the path is a file',
  ENOENT: 'no such file or folder',
  EEXIST: 'the file already exists',
};

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** Whether a process with this id runs here; EPERM means it does, but belongs to another user. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return code(err) === 'EPERM';
  }
}

export const nodeFileSystem: FileSystem = {
  readFile: location => readFile(location),

  async writeFile(location, data) {
    const handle = await open(location, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },

  async rename(from, to, options) {
    if (!options.overwrite) {
      // Node's rename replaces an existing file silently; refuse first (a race with another
      // program creating `to` in between is possible but harmless for sidecars).
      const exists = await access(to, constants.F_OK).then(
        () => true,
        () => false,
      );
      if (exists) throw Object.assign(new Error(`file exists: ${to}`), { code: 'EEXIST' });
    }
    await rename(from, to);
  },

  delete: location => unlink(location),

  async createExclusive(location, data) {
    // 'wx' is O_CREAT|O_EXCL: the kernel lets exactly one of several racing processes create it.
    const handle = await open(location, 'wx');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  },

  isNotFound: err => code(err) === 'ENOENT',

  isAlreadyExists: err => code(err) === 'EEXIST',

  processIdentity: { host: hostname(), pid: process.pid, isRunning: isProcessRunning },

  async filesBeside(location) {
    const folder = dirname(location);
    const entries = await readdir(folder, { withFileTypes: true });
    return entries.filter(entry => entry.isFile()).map(entry => join(folder, entry.name));
  },

  describeError(err) {
    const reason = REASONS[code(err) ?? ''];
    return reason ?? (err instanceof Error ? err.message : String(err));
  },
};
