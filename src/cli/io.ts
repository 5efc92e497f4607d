// File access for the command line (Node only).
import { open } from 'node:fs/promises';
import { decodeDocumentStrictly, DEFAULT_MAX_DOCUMENT_SIZE, NotTextError } from '../common/encoding';

/** An error whose message is meant for the user as is. */
export class CliError extends Error {}

/**
 * Reads a document as VS Code would see its text (UTF-8 or, by its byte-order mark, UTF-16; the
 * mark dropped, line ends kept). Refuses binary files, text that is not UTF-8, and files over
 * `maxBytes`; never holds more than `maxBytes` + one chunk in memory, even for /dev/zero or a pipe.
 */
export async function readDocumentText(file: string, maxBytes = DEFAULT_MAX_DOCUMENT_SIZE): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(file, maxBytes);
  } catch (err) {
    if (err instanceof CliError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new CliError(`cannot read ${file}: ${why}`);
  }
  try {
    return decodeDocumentStrictly(bytes);
  } catch (err) {
    if (err instanceof NotTextError) throw new CliError(`cannot read ${file}: ${err.message}`);
    throw err;
  }
}

async function readAtMost(file: string, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = (size?: number) =>
    new CliError(`cannot read ${file}: it is ${size === undefined ? 'larger than' : `${formatSize(size)}, over`} the ${formatSize(maxBytes)} limit (raise it with --max-size)`);
  const handle = await open(file, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    // A regular file says its size; a device or a pipe (/dev/zero, <(…)) is read up to the limit.
    if (stat.isFile() && stat.size > maxBytes) throw tooLarge(stat.size);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** A byte count for people: "512 bytes", "20 MB", "1.5 GB" (binary units, as file managers show). */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : Number(value.toFixed(1))} ${units[unit]}`;
}
