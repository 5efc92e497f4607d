// Text decoding shared by the CLI and the extension. VS Code drops a UTF-8 byte-order mark
// from a document's text, so offsets are counted without it; decoding the same way here keeps
// CLI offsets, editor offsets and sidecar offsets interchangeable. CRLF is kept as is: VS Code
// counts "\r\n" as two code units too.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const encoder = new TextEncoder();

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
