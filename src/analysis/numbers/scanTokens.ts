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

// A word is a run of letters/digits/marks, possibly joined by inner punctuation that belongs to
// it: "20,000", "4.2", "15:11", "twenty-five", "8–10", "it’s", "U.S". Anything else that is not
// a space is one mark. This is the pattern
//   /[\p{L}\p{N}\p{M}]+(?:[’'.,:/\-–‑][\p{L}\p{N}\p{M}]+)*|\S/gu
// read by hand: run over every paragraph, the pattern's Unicode classes cost more than the rest
// of the number finder's reading. test/unit/analysis/scanTokens.test.ts checks that both give the
// same tokens.
const WORD_START = /^[\p{L}\p{N}]/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;

/** What a code unit of the Basic Multilingual Plane is to the tokenizer, as CHAR_* (0: not looked up yet). */
const CHAR_WORD = 1;
const CHAR_SPACE = 2;
const CHAR_OTHER = 3;
const charKinds = new Uint8Array(0x10000);

/** The kind of the code point `cp` (CHAR_WORD, CHAR_SPACE or CHAR_OTHER), from the patterns, remembered for the BMP. */
function kindOf(cp: number): number {
  if (cp < 0x10000 && charKinds[cp]) return charKinds[cp];
  const ch = String.fromCodePoint(cp);
  const kind = WORD_CHAR.test(ch) ? CHAR_WORD : SPACE_CHAR.test(ch) ? CHAR_SPACE : CHAR_OTHER;
  // Lone surrogates are code points of their own (what the pattern's /u reads); astral ones are rare.
  if (cp < 0x10000) charKinds[cp] = kind;
  return kind;
}

/** The code point at `k` (a surrogate pair read as one, as the pattern's /u does). */
function codePointAt(text: string, k: number): number {
  return text.codePointAt(k)!;
}

/** True for the inner punctuation that joins two runs of a word: ’ ' . , : / - – ‑ */
function isJoiner(code: number): boolean {
  return code === 0x2019 || code === 0x27 || code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f || code === 0x2d || code === 0x2013 || code === 0x2011;
}

/**
 * Set by `wordRunEnd` when a run held a capital ASCII letter or a character beyond ASCII: only
 * then can a word's lower case differ from it (most words of a paragraph are lower-case ASCII,
 * and lower-casing each of them was a good part of the tokenizer's time).
 */
let mayHaveCapitals = false;

/** The end of the run of word characters starting at `k` (`k` itself when there is none). */
function wordRunEnd(text: string, k: number): number {
  let e = k;
  while (e < text.length) {
    const code = text.charCodeAt(e);
    // ASCII answered without the table: most of a news paragraph.
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) e++;
      else if (code >= 0x41 && code <= 0x5a) {
        mayHaveCapitals = true;
        e++;
      } else break;
    } else {
      const cp = codePointAt(text, e);
      if (kindOf(cp) !== CHAR_WORD) break;
      mayHaveCapitals = true;
      e += cp > 0xffff ? 2 : 1;
    }
  }
  return e;
}

export function scanTokens(text: string): ScanToken[] {
  const tokens: ScanToken[] = [];
  let previousEnd = -1;
  let k = 0;
  while (k < text.length) {
    const code = text.charCodeAt(k);
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      k++;
      continue;
    }
    const cp = code < 0x80 ? code : codePointAt(text, k);
    const kind = code < 0x80 ? asciiKind(code) : kindOf(cp);
    if (kind === CHAR_SPACE) {
      k += cp > 0xffff ? 2 : 1;
      continue;
    }
    // (A mark is always lower-cased: some have a lower case, "Ⓐ" → "ⓐ".)
    mayHaveCapitals = false;
    let end = kind === CHAR_WORD ? wordRunEnd(text, k) : k + (cp > 0xffff ? 2 : 1);
    if (kind === CHAR_WORD) {
      // A joiner belongs to the word only with a word character right after it ("U.S", not "said.").
      while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
        const after = wordRunEnd(text, end + 1);
        if (after === end + 1) break;
        end = after;
      }
    }
    const word = text.slice(k, end);
    tokens.push({
      start: k,
      end,
      text: word,
      lower: mayHaveCapitals || kind !== CHAR_WORD ? word.toLowerCase() : word,
      word: startsWord(word),
      spaced: previousEnd < 0 || k > previousEnd,
      lineStart: previousEnd < 0 || hasLineBreak(text, previousEnd, k),
    });
    previousEnd = end;
    k = end;
  }
  return tokens;
}

/** The tokenizer's kind of an ASCII character. */
function asciiKind(code: number): number {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return CHAR_WORD;
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) ? CHAR_SPACE : CHAR_OTHER;
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
