// Lines of a stream (the `--jsonl` input) with a cap on each line's length. Node's readline
// keeps a line in memory until its end comes, so one 10 GB line without a line break would be
// held whole; here a line over the cap is skipped to its end, keeping only a count.

import { hasUtf8Bom } from '../common/encoding';

export type InputLine = { text: string; tooLong?: undefined } | { text?: undefined; tooLong: true };

const LF = 0x0a;
const CR = 0x0d;
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** The stream's lines without their "\n" or "\r\n"; a UTF-8 byte-order mark at the start is dropped. */
export async function* readLines(input: NodeJS.ReadableStream, maxLineBytes: number): AsyncGenerator<InputLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  let first = true;
  const finish = (): InputLine => {
    let line = Buffer.concat(parts, length);
    parts = [];
    length = 0;
    const wasFirst = first;
    first = false;
    if (tooLong) {
      tooLong = false;
      return { tooLong: true };
    }
    if (wasFirst && hasUtf8Bom(line)) line = line.subarray(3);
    if (line[line.length - 1] === CR) line = line.subarray(0, -1);
    return { text: utf8.decode(line) };
  };
  const keep = (bytes: Uint8Array) => {
    if (tooLong) return;
    if (length + bytes.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(bytes);
    length += bytes.length;
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
    let start = 0;
    for (let end = bytes.indexOf(LF); end >= 0; end = bytes.indexOf(LF, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    keep(bytes.subarray(start));
  }
  if (length || tooLong) yield finish();
}
