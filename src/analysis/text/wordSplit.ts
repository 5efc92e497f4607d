// compromise splits a sentence into raw word chunks (tokenize/methods/02-terms/index.js): a
// regex split at whitespace into an array of pieces, a hyphen test on each, a merge that glues
// punctuation-only pieces and spaces onto their neighbours by string concatenation, then passes
// that join "he / she" and "2 - 5". A sixth of the whole tokenizer. Its chunks are consecutive
// slices of the sentence, each from where a word starts (the first from the sentence's start)
// to the next one's start, except where it splits a word with two kinds of dash ("a-b—c" gives
// "a-" and "b-"). This finds the word starts and slices, with compromise's own hyphen test and
// range pass; a sentence with a slash, or a word it would split with two kinds of dash, is
// left to compromise's own split.
import { combineRanges, hasHyphen } from './compromisePasses';

/** Pieces compromise never makes a chunk of their own: merged onto a neighbour. */
const NOT_WORD = new Set(['.', '?', '!', ':', ';', '-', '–', '—', '--', '...', '(', ')', '[', ']', '"', "'", '`', '«', '»', '*', '•']);
const IS_BOUNDARY = /^[!?.]+$/;
const DASH = /[-–—]/;
/** The first characters of the pieces above: a piece starting with any other is a word. */
const NOT_WORD_START = new Set([...NOT_WORD].map(piece => piece.charCodeAt(0)));

/** Whether a UTF-16 unit is whitespace as a regex's `\s` reads it (compromise splits at `/(\S+)/`). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Does compromise make a piece (or a part of a split one) a chunk of its own? */
function isWord(piece: string): boolean {
  return piece !== '' && !NOT_WORD.has(piece) && !IS_BOUNDARY.test(piece);
}

/**
 * compromise's chunks for a sentence (`methods.one.tokenize.splitTerms`), or null for a
 * sentence left to compromise's own split (one with a slash, or with a word split at two kinds of dash).
 */
export function simpleChunks(sentence: string, model: unknown): string[] | null {
  if (sentence.includes('/')) return null;
  const dashes = DASH.test(sentence);
  // Each word after the first ends the chunk before it, which is sliced off there.
  const chunks: string[] = [];
  let start = 0;
  let seenWord = false;
  const wordAt = (at: number) => {
    if (seenWord) {
      chunks.push(sentence.slice(start, at));
      start = at;
    }
    seenWord = true;
  };
  // compromise's pieces, runs of non-whitespace, found by hand: a regex's match objects were a
  // twentieth of all that the parse allocated. A piece is sliced out only when it must be read.
  const length = sentence.length;
  let end = 0;
  for (;;) {
    let from = end;
    while (from < length && isSpace(sentence.charCodeAt(from))) from++;
    if (from === length) break;
    end = from + 1;
    while (end < length && !isSpace(sentence.charCodeAt(end))) end++;
    if (!dashes && !NOT_WORD_START.has(sentence.charCodeAt(from))) {
      wordAt(from);
      continue;
    }
    const piece = sentence.slice(from, end);
    if (dashes && DASH.test(piece) && hasHyphen(piece, model)) {
      // compromise cuts the piece after each dash and puts the first dash back on every part.
      const dash = DASH.exec(piece)![0];
      let at = from;
      const parts = piece.split(DASH);
      for (let k = 0; k < parts.length; k++) {
        const last = k === parts.length - 1;
        if (!last && sentence[at + parts[k].length] !== dash) return null;
        if (isWord(last ? parts[k] : parts[k] + dash)) wordAt(at);
        at += parts[k].length + 1;
      }
    } else if (isWord(piece)) wordAt(from);
  }
  if (sentence.length === 0) return [];
  // The last chunk runs to the end (with no word at all the whole sentence is one chunk).
  chunks.push(sentence.slice(start));
  // "2 - " and "5" are joined into one chunk, as compromise does (a dash is needed for a range).
  return dashes ? (combineRanges(chunks).filter(chunk => chunk) as string[]) : chunks;
}
