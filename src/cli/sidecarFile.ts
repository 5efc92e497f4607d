// Reading a sidecar file named on the command line (merge-sidecars, agreement), with a message
// that says which input is wrong and why.
import { readFile } from 'node:fs/promises';
import { parseSidecarBytes, SidecarEncodingError, SidecarFormatError, type SidecarContent } from '../annotations';
import { CliError } from './io';

/** The sidecar at `path`, or undefined when the file is empty; `role` names it in errors ("OURS", "A"). */
export async function readSidecarFile(path: string, role: string): Promise<SidecarContent | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    throw new CliError(`cannot read ${role} ${path}: ${(err as Error).message}`);
  }
  if (!new TextDecoder().decode(bytes).trim()) return undefined;
  try {
    return parseSidecarBytes(bytes);
  } catch (err) {
    if (err instanceof SidecarFormatError || err instanceof SidecarEncodingError) throw new CliError(`${role} ${path} is not a sidecar this program can read: ${err.message}`);
    throw err;
  }
}
