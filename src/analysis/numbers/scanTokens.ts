// A light tokenizer for number finding. compromise's terms are not used for the spans because it
// splits or merges number-like text in ways that lose characters ("1 – 0" loses the dash, "8–10"
// becomes zero-length terms); a regex over the paragraph keeps every offset exact.
import { firstIndex } from '../../common/firstIndex';

/** A word ("20,000", "twenty-five", "14-year-old", "U.S") or a single punctuation mark. */
export interface ScanToken {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text, for lookups. */
  lower: string;
  /** True for a word (letters/digits), false for a punctuation mark or symbol. */
  word: boolean;
  /** True when whitespace (or the paragraph start) separates this token from the previous one. */
  spaced: boolean;
  /** True for the first token of a line (or of the paragraph). */
  lineStart: boolean;
}

// A word is a run of letters/digits, possibly joined by inner punctuation that belongs to it:
// "20,000", "4.2", "15:11", "twenty-five", "8–10", "it’s", "U.S". Anything else is one mark.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[’'.,:/\-–‑][\p{L}\p{N}\p{M}]+)*|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;

export function scanTokens(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  let previousEnd = -1;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    tokens.push({
      start,
      end: start + m[0].length,
      text: m[0],
      lower: m[0].toLowerCase(),
      word: startsWord(m[0]),
      spaced: previousEnd < 0 || start > previousEnd,
      lineStart: previousEnd < 0 || hasLineBreak(text, previousEnd, start),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** True when a token starts with a letter or a digit (ASCII answered without the Unicode pattern). */
function startsWord(token: string): boolean {
  const code = token.charCodeAt(0);
  if (code >= 0x80) return WORD_START.test(token);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** True when text[from, to) holds a line break (the gap between two tokens, usually one space or none). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

/** True for a word written with a capital first letter. */
export function isCapitalised(t: ScanToken | undefined): boolean {
  return !!t && t.word && /^\p{Lu}/u.test(t.text);
}

/** Marks that end a sentence. */
export function isSentenceEnd(t: ScanToken | undefined): boolean {
  return !!t && !t.word && /^[.!?…]$/.test(t.text);
}

/**
 * True when token `i` starts a sentence: the first token, or after a sentence end, possibly
 * with opening quotes/brackets in between.
 */
export function startsSentence(tokens: readonly ScanToken[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && !tokens[j].word && /^["“‘'([«—–-]$/.test(tokens[j].text)) j--;
  return j < 0 || tokens[j + 1].lineStart || isSentenceEnd(tokens[j]) || tokens[j].text === ':';
}

/** Index of the token containing offset `at` (binary search; -1 when `at` is in a gap). */
export function scanTokenAt(tokens: readonly ScanToken[], at: number): number {
  const i = firstIndex(tokens.length, k => tokens[k].end > at);
  return i < tokens.length && tokens[i].start <= at ? i : -1;
}
