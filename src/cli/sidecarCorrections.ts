// The corrections and verdicts a document's sidecar holds, anchored to the document's text, for
// the commands that show the corrected analysis (`analyze`, `export`, `speakers`). Read-only:
// nothing is ever written, and a sidecar that cannot be read or breaks the format stops the
// command with the same message the `tags` command gives.
import {
  anchorCorrections,
  DEFAULT_SIDECAR_SUFFIX,
  parseSidecarBytes,
  SidecarError,
  SidecarFormatError,
  sidecarLocationOf,
  type Correction,
  type Verification,
} from '../annotations';
import { SidecarEncodingError } from '../annotations/sidecarFormat';
import { CliError } from './io';
import { nodeFileSystem } from './nodeFileSystem';

export interface DocumentCorrections {
  readonly corrections: Correction[];
  readonly verifications: Verification[];
}

/** The document's corrections and verifications (none when it has no sidecar); throws CliError for a broken sidecar. */
export async function readDocumentCorrections(documentPath: string, text: string, suffix?: string): Promise<DocumentCorrections> {
  const location = sidecarLocationOf(documentPath, suffix || DEFAULT_SIDECAR_SUFFIX);
  let bytes: Uint8Array;
  try {
    bytes = await nodeFileSystem.readFile(location);
  } catch (err) {
    if (nodeFileSystem.isNotFound(err)) return { corrections: [], verifications: [] };
    throw broken(new SidecarError('read', location, `could not be read (${nodeFileSystem.describeError?.(err) ?? (err as Error).message})`));
  }
  try {
    return anchorCorrections(parseSidecarBytes(bytes), text);
  } catch (err) {
    if (err instanceof SidecarFormatError) throw broken(new SidecarError(err.kind, location, err.problem));
    if (err instanceof SidecarEncodingError) throw broken(new SidecarError('read', location, err.message));
    throw err;
  }
}

function broken(error: SidecarError): CliError {
  return new CliError(`${error.message}\n  (${error.location})`);
}
