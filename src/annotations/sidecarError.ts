// What can go wrong with one sidecar file, in words for the user: the kinds of problem and the
// error every sidecar operation reports them with.
import { fileNameOf } from './fileSystem';

export type SidecarErrorKind =
  /** Not valid JSON. */
  | 'syntax'
  /** Valid JSON that breaks the sidecar format. */
  | 'schema'
  /** Written by a newer version of the format. */
  | 'version'
  /** The file exists but could not be read (permissions, not UTF-8). */
  | 'read'
  /** Writing failed (read-only location, disk full); nothing was changed on disk. */
  | 'write'
  /** A save was refused because the sidecar is broken (see `cause`). */
  | 'broken'
  /** A save was refused because the file changed on disk since it was last loaded or saved. */
  | 'changed-on-disk'
  /** Another program kept the sidecar's lock past the deadline; nothing was saved. */
  | 'busy'
  /** Moving the sidecar along with its document failed. */
  | 'move';

/** A problem with one sidecar file; `message` names the file and the problem, for the user. */
export class SidecarError extends Error {
  constructor(
    readonly kind: SidecarErrorKind,
    /** The sidecar's location. */
    readonly location: string,
    /** The problem alone ("line 3, column 5: …", "tags[2].target: …"). */
    readonly problem: string,
    options?: { cause?: unknown },
  ) {
    super(`${fileNameOf(location)}: ${problem}`, options);
  }

  /** True for a sidecar that stays untouched until the user fixes it. */
  get isBroken(): boolean {
    return this.kind === 'syntax' || this.kind === 'schema' || this.kind === 'version' || this.kind === 'read' || this.kind === 'broken';
  }
}
