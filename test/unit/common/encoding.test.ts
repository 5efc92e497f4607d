import * as assert from 'node:assert/strict';
import { decodeDocument, decodeDocumentStrictly, documentEncoding, NotTextError } from '../../../src/common/encoding';

const text = 'Wei said “yes” 😀 中文.\r\nEnd';
const utf8 = new TextEncoder().encode(text);
const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

function refusal(bytes: Uint8Array): string {
  try {
    decodeDocumentStrictly(bytes);
  } catch (err) {
    assert.ok(err instanceof NotTextError, String(err));
    return err.message;
  }
  return assert.fail('expected a NotTextError');
}

describe('document decoding', () => {
  it('decodes UTF-8, UTF-16 LE and UTF-16 BE by their byte-order mark, dropping the mark, as VS Code shows them', () => {
    for (const bytes of [utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), le, be]) {
      assert.equal(decodeDocument(bytes), text);
      assert.equal(decodeDocumentStrictly(bytes), text);
    }
    assert.deepEqual([utf8, le, be].map(documentEncoding), ['utf-8', 'utf-16le', 'utf-16be']);
  });

  it('names the first byte that is not UTF-8, past real replacement characters', () => {
    const bytes = Buffer.concat([Buffer.from('a\ufffd\nb', 'utf8'), Buffer.from([0xe9]), Buffer.from('c')]);
    assert.equal(decodeDocument(bytes), 'a\ufffd\nb\ufffdc');
    assert.equal(refusal(bytes), 'it is not UTF-8 text (the byte 0xE9 at byte 6, line 2, is not valid UTF-8); save it as UTF-8, or as UTF-16 with a byte-order mark');
  });

  it('refuses binary data and a UTF-16 mark on an odd number of bytes', () => {
    assert.match(refusal(new Uint8Array([0x41, 0, 0x42])), /binary file.*NUL bytes/);
    assert.match(refusal(Buffer.concat([le, Buffer.from([0x41])])), /UTF-16LE byte-order mark but has an odd number of bytes/);
    assert.match(refusal(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('\0\0\0\0', 'utf16le')])), /binary file/);
  });
});
