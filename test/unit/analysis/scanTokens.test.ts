// The number finder's tokenizer (src/analysis/numbers/scanTokens.ts) reads by hand what a
// regular expression with Unicode classes used to read, because the pattern was the slower part.
// The hand reading must give exactly the pattern's tokens, or number spans move: this runs both
// on the project's text and on generated text full of what the classes decide (accents,
// combining marks, astral letters, lone surrogates, Unicode spaces, the joining marks).
import * as assert from 'node:assert/strict';
import { projectParagraphs } from './projectParagraphs';
import { type ScanToken, scanTokens } from '../../../src/analysis/numbers/scanTokens';

/** The pattern the tokenizer reads, as it was written before. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[’'.,:/\-–‑][\p{L}\p{N}\p{M}]+)*|\S/gu;

function patternTokens(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      lower: m[0].toLowerCase(),
      word: /^[\p{L}\p{N}]/u.test(m[0]),
      spaced: previousEnd < 0 || start > previousEnd,
      lineStart: previousEnd < 0 || /[\r\n]/.test(text.slice(previousEnd, start)),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** Characters that exercise every branch: ASCII, Latin-1, marks, astral, surrogates, spaces, joiners. */
const POOL = [
  'a', 'Z', '7', ' ', '\n', '\r', '\t', '\v', '\f', '.', ',', ':', '/', '-', '–', '‑', '’', "'", '$', '%', '“', '”', '"',
  'é', 'ß', 'İ', 'Σ', 'ж', '中', '٣', '½', '²', '\u0301', '\u0903', '\u00a0', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff',
  '\u200b', '😀', '𝐀', '𝟙', '\ud800', '\udc00', '—', '…', '#', '+', '−', '¥', 'Ⓐ', 'Q', 'É',
];

/** A reproducible pseudo-random text of `length` characters of the pool. */
function generated(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += POOL[x % POOL.length];
  }
  return out;
}

describe('the number finder’s tokenizer', () => {
  it('gives the tokens of its pattern on every paragraph of the project', () => {
    const paragraphs = projectParagraphs();
    assert.ok(paragraphs.length > 100);
    for (const p of paragraphs) assert.deepEqual(scanTokens(p), patternTokens(p), p.slice(0, 80));
  });

  it('gives the tokens of its pattern on text of accents, marks, astral letters, surrogates and Unicode spaces', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = generated(seed, 1 + (seed % 40));
      assert.deepEqual(scanTokens(text), patternTokens(text), JSON.stringify(text));
    }
    for (const text of ['', ' ', 'U.S.', 'said.', '8–10', 'twenty‑five', 'it’s', 'x:/y', '\ud83d', 'e\u0301t\u0301e', '\u0301abc']) assert.deepEqual(scanTokens(text), patternTokens(text), JSON.stringify(text));
  });
});
