import * as assert from 'node:assert/strict';
import { decodeUtf8 } from '../../../src/common/encoding';
import { LineIndex } from '../../../src/common/lineIndex';
import { countWords, firstWords, sentenceAround } from '../../../src/common/text';

describe('text helpers', () => {
  it('decodes UTF-8 the way VS Code shows a document: BOM dropped, CRLF kept', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Wei said “yes”.\r\nEnd')]);
    assert.equal(decodeUtf8(bytes), 'Wei said “yes”.\r\nEnd');
  });

  it('turns offsets into line and character like VS Code: CRLF is two code units, a lone CR ends a line', () => {
    const text = 'ab\r\ncd\nef';
    const lines = new LineIndex(text);
    assert.deepEqual(lines.position(0), { line: 0, character: 0 });
    assert.deepEqual(lines.position(2), { line: 0, character: 2 });
    assert.deepEqual(lines.position(4), { line: 1, character: 0 });
    assert.deepEqual(lines.position(text.indexOf('f')), { line: 2, character: 1 });
    // A lone CR ends a line too, as in VS Code.
    assert.deepEqual(new LineIndex('a\rb').position(2), { line: 1, character: 0 });
  });

  it('gives the first words of a quote without its marks', () => {
    assert.equal(firstWords('“I have to admit regret regarding the US move to unilaterally use”', 5), 'I have to admit regret…');
    assert.equal(firstWords('“Short one,”'), 'Short one,');
    assert.equal(countWords('“I have to admit,” he said — 20,000 people'), 8);
  });

  it('finds the sentence a number stands in', () => {
    const text = 'First sentence. The drug killed more than 20,000 Americans in 2016, and rising. Last one.';
    const at = text.indexOf('20,000');
    assert.equal(sentenceAround(text, at, at + 6), 'The drug killed more than 20,000 Americans in 2016, and rising.');
    const para = 'Line one\nLine with 5 apples\nLine three';
    assert.equal(sentenceAround(para, para.indexOf('5'), para.indexOf('5') + 1), 'Line with 5 apples');
  });
});
