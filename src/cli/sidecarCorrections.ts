// The corrections and verdicts a document's sidecar holds, anchored to the document's text, for
// the commands that show the corrected analysis (`analyze`, `export`, `speakers`). Read through
// the same store as `tags` and the editor (same anchoring, same errors); read-only: nothing is
// ever written, and a sidecar that cannot be read or breaks the format stops the command with
// the message the `tags` command gives.
import { SidecarStore, type Correction, type Verification } from '../annotations';
import { CliError } from './io';
import { nodeFileSystem } from './nodeFileSystem';

export interface DocumentCorrections {
  readonly corrections: Correction[];
  readonly verifications: Verification[];
}

/** The document's corrections and verifications (none when it has no sidecar); throws CliError for a broken sidecar. */
export async function readDocumentCorrections(documentPath: string, text: string, suffix?: string): Promise<DocumentCorrections> {
  const store = new SidecarStore(nodeFileSystem, { suffix, cleanUpTemporaryFiles: false });
  const result = await store.load(documentPath, text);
  if (!result.ok) throw new CliError(`${result.error.message}\n  (${result.location})`);
  return { corrections: result.corrections, verifications: result.verifications };
}
