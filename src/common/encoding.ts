// Text decoding shared by the CLI and the extension. A document's offsets are UTF-16 code units
// into the text VS Code shows, so everything that reads a document from disk must decode it the
// way VS Code does: a byte-order mark picks the encoding (UTF-8, UTF-16 LE or BE) and is dropped
// from the text, anything else is UTF-8. Then CLI offsets, editor offsets and sidecar offsets
// are interchangeable. CRLF is kept as is: VS Code counts "\r\n" as two code units too.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });
const encoder = new TextEncoder();

/** The largest document analysed by default: the editor's `analysis.maxFileSize` and the CLI's `--max-size`. */
export const DEFAULT_MAX_DOCUMENT_SIZE = 20 * 1024 * 1024;

export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes UTF-8 bytes, dropping a leading byte-order mark, as VS Code does. */
export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** True when the bytes start with a UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The encoding the bytes' byte-order mark announces; UTF-8 when there is none. */
export function documentEncoding(bytes: Uint8Array): DocumentEncoding {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * A document's text as VS Code shows it: decoded by its byte-order mark, the mark dropped. Bytes
 * that are not valid in the encoding become U+FFFD, as in the editor; `decodeDocumentStrictly`
 * refuses them instead.
 */
export function decodeDocument(bytes: Uint8Array): string {
  const encoding = documentEncoding(bytes);
  return encoding === 'utf-8' ? decoder.decode(bytes) : decodeUtf16(bytes.subarray(2), encoding);
}

function decodeUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  if (encoding === 'utf-16le') return utf16le.decode(body);
  // Swapped by hand: not every runtime's TextDecoder knows "utf-16be" (Node built with small-icu).
  const swapped = new Uint8Array(body.length);
  for (let i = 0; i + 1 < body.length; i += 2) {
    swapped[i] = body[i + 1];
    swapped[i + 1] = body[i];
  }
  if (body.length % 2) swapped[body.length - 1] = body[body.length - 1];
  return utf16le.decode(swapped);
}

/** The bytes are not a text document we can read; the message says why, for the user. */
export class NotTextError extends Error {}

/** How much of the start of a file is looked at to tell text from binary data (as git does). */
const SNIFF_LENGTH = 8192;
/** Above this share of control characters (tab and line breaks aside) a file is not prose. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * A document's text as `decodeDocument` gives it, for a tool that must not work on junk: throws
 * NotTextError for binary data (NUL bytes, or mostly control characters, near the start) and for
 * bytes that are not valid UTF-8 when there is no UTF-16 byte-order mark.
 */
export function decodeDocumentStrictly(bytes: Uint8Array): string {
  const encoding = documentEncoding(bytes);
  let text: string;
  if (encoding !== 'utf-8') {
    if (bytes.length % 2) throw new NotTextError(`it starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes, so it is not ${encoding.toUpperCase()} text`);
    text = decodeUtf16(bytes.subarray(2), encoding);
  } else {
    if (bytes.subarray(0, SNIFF_LENGTH).includes(0)) throw new NotTextError('it looks like a binary file, not text (it contains NUL bytes)');
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      throw new NotTextError(describeInvalidUtf8(bytes));
    }
  }
  const head = text.slice(0, SNIFF_LENGTH);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = head.match(/[\x00-\x08\x0e-\x1f\x7f]/g)?.length ?? 0;
  if (head.includes('\0') || controls > head.length * MAX_CONTROL_SHARE) {
    throw new NotTextError('it looks like a binary file, not text (it is full of control characters)');
  }
  return text;
}

/** Where the first byte that is not UTF-8 is, found the way TextDecoder finds it (U+FFFD). */
function describeInvalidUtf8(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  let byteOffset = hasUtf8Bom(bytes) ? 3 : 0;
  let counted = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    byteOffset += encoder.encode(text.slice(counted, i)).length;
    counted = i;
    // A real U+FFFD in the file is three valid bytes; a replaced sequence is not.
    if (bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd) continue;
    const line = text.slice(0, i).split('\n').length;
    const hex = (bytes[byteOffset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return `it is not UTF-8 text (the byte 0x${hex} at byte ${byteOffset}, line ${line}, is not valid UTF-8); save it as UTF-8, or as UTF-16 with a byte-order mark`;
  }
  return 'it is not UTF-8 text; save it as UTF-8, or as UTF-16 with a byte-order mark';
}
