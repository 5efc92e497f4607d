// File access for the command line (Node only).
import { readFile } from 'node:fs/promises';
import { decodeUtf8 } from '../common/encoding';

/** An error whose message is meant for the user as is. */
export class CliError extends Error {}

/** Reads a document as VS Code would see its text (UTF-8, BOM dropped, line ends kept). */
export async function readDocumentText(file: string): Promise<string> {
  try {
    return decodeUtf8(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
}
