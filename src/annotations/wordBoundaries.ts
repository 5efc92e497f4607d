// Word boundaries as re-anchoring needs them: a tag the user put on a whole word ("50") must
// only be found again on a whole word, never inside a longer one ("500", "50,000").
// Characters are UTF-16 code units, like every offset in the extension.

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const UPPER = /\p{Lu}/u;

export function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]);
}

/**
 * True when `i` is not inside a word. A decimal point or thousands separator between digits
 * counts as inside the number: "50" in "50,000" or "50.5" is part of another number.
 */
export function isWordBoundary(text: string, i: number): boolean {
  if (isWordChar(text, i - 1) && isWordChar(text, i)) return false;
  return !(insideNumber(text, i - 1) || insideNumber(text, i));
}

/** `text[i]` is a "." or "," with a digit on both sides. */
function insideNumber(text: string, i: number): boolean {
  const c = text[i];
  return (c === '.' || c === ',') && isDigit(text, i - 1) && isDigit(text, i + 1);
}

function isDigit(text: string, i: number): boolean {
  return i >= 0 && i < text.length && DIGIT.test(text[i]);
}

/** Whether a tag's text begins (`start`) and ends (`end`) on a word boundary. */
export interface WordEdges {
  readonly start: boolean;
  readonly end: boolean;
}

/**
 * Whether the tagged text began and ended on word boundaries where it was recorded, read
 * from the quote and its context (an empty context is the edge of the document).
 */
export function recordedWordEdges(quote: { exact: string; prefix: string; suffix: string }): WordEdges {
  const before = quote.prefix.slice(-2);
  const last = quote.exact.slice(-2);
  return {
    start: isWordBoundary(before + quote.exact.slice(0, 2), before.length),
    end: isWordBoundary(last + quote.suffix.slice(0, 2), last.length),
  };
}

/** `text[start..end)` begins and ends on word boundaries wherever the recorded tag did. */
export function keepsWordEdges(text: string, start: number, end: number, edges: WordEdges): boolean {
  return (!edges.start || isWordBoundary(text, start)) && (!edges.end || isWordBoundary(text, end));
}

/**
 * Some capitalised whole word within `range` (a name, as news text spells them) occurs
 * nowhere else in `text`. A common lower-case word being rare in one article is chance.
 */
export function hasNameFoundOnlyIn(text: string, range: { start: number; end: number }): boolean {
  for (let i = range.start; i < range.end; ) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const end = wordEndAfter(text, i);
    if (end > range.end) break;
    if (isWordBoundary(text, i) && UPPER.test(text[i]) && !occursElsewhere(text, text.slice(i, end), i)) return true;
    i = end;
  }
  return false;
}

function occursElsewhere(text: string, word: string, at: number): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i !== at && isWordBoundary(text, i) && isWordBoundary(text, i + word.length)) return true;
  }
  return false;
}

export function wordStartBefore(text: string, i: number): number {
  while (i > 0 && isWordChar(text, i - 1)) i--;
  return i;
}

export function wordStartAfter(text: string, i: number, limit: number): number {
  while (i < limit && isWordChar(text, i)) i++;
  while (i < limit && !isWordChar(text, i)) i++;
  return i;
}

export function wordEndAfter(text: string, i: number): number {
  while (i < text.length && isWordChar(text, i)) i++;
  return i;
}

export function wordEndBefore(text: string, i: number, limit: number): number {
  while (i > limit && isWordChar(text, i - 1)) i--;
  while (i > limit && !isWordChar(text, i - 1)) i--;
  return i;
}
