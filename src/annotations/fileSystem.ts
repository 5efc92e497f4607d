// The file access the sidecar store needs, over string locations: a file path in the CLI
// (src/cli/nodeFileSystem.ts), `vscode.Uri.toString()` in the editor (an adapter over
// `vscode.workspace.fs`). Keeping it an interface keeps this folder free of `vscode` and of
// Node built-ins, so it runs in the web extension too, and lets tests simulate crashes.

export interface FileSystem {
  /** The file's bytes. Rejects with an error that `isNotFound` recognises when there is no file. */
  readFile(location: string): Promise<Uint8Array>;
  /** Creates or truncates the file and writes `data`. */
  writeFile(location: string, data: Uint8Array): Promise<void>;
  /** Renames a file; with `overwrite: false` it must fail when `to` exists. */
  rename(from: string, to: string, options: { overwrite: boolean }): Promise<void>;
  delete(location: string): Promise<void>;
  /**
   * Creates the file with `data`, failing (with an error `isAlreadyExists` recognises) if it
   * exists: one atomic step (O_EXCL), so that of writers in different processes racing to
   * create it exactly one wins. The sidecar lock (sidecarLock.ts) is built on it.
   */
  createExclusive(location: string, data: Uint8Array): Promise<void>;
  /** True for the error `readFile`/`rename` give when the file does not exist. */
  isNotFound(error: unknown): boolean;
  /** True for the error `createExclusive` gives when the file exists already. */
  isAlreadyExists(error: unknown): boolean;
  /**
   * This process, recorded in the lock files it creates, so that a process on the same host can
   * tell at once that a lock's owner died (instead of waiting for the lock to go stale).
   * Optional: where there is no notion of a process (the web), locks go stale by age only.
   */
  processIdentity?: ProcessIdentity;
  /**
   * Locations of the files in the folder that holds `location`, `location` itself included if it
   * exists. Used to clean up temporary files a crash left behind and to find the sidecar of a
   * document renamed outside the editor. Optional: without it both are skipped.
   */
  filesBeside?(location: string): Promise<string[]>;
  /** A short, user-facing reason for an error ("permission denied"); defaults to its message. */
  describeError?(error: unknown): string;
}

export interface ProcessIdentity {
  readonly host: string;
  readonly pid: number;
  /** Whether a process with this id is running on this host. */
  isRunning(pid: number): boolean;
}

/** The sidecar of a document: its location with the suffix appended. */
export function sidecarLocationOf(documentLocation: string, suffix: string): string {
  return documentLocation + suffix;
}

/**
 * The file name part of a location, for messages and the sidecar's "document.name": the last
 * path segment, percent-decoded when the location is a URI ("file:///a/My%20Article.txt").
 */
export function fileNameOf(location: string): string {
  const isUri = /^[a-zA-Z][\w+.-]+:/.test(location);
  const path = isUri ? location.replace(/[?#].*$/, '') : location;
  const name = path.slice(Math.max(path.lastIndexOf('/'), isUri ? -1 : path.lastIndexOf('\\')) + 1);
  if (!isUri) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
