// Direct quotations in one paragraph, found from the quotation marks themselves: curly and
// straight double quotes, „German“ and «French» marks, single quotes nested inside a double
// quote (which do not end it), apostrophes (which are not quotes). A quote left open at the
// paragraph's end, or closed without being opened at its start, is reported as such so that
// the document pass can join quotes that run over several paragraphs.
import { findSingleQuotedSpeech } from './singleQuotes';
import { findAnswerPieces } from './transcript';
import type { QuotePiece } from './quotePiece';

export type { QuotePiece };

const LETTER = /[\p{L}\p{N}]/u;

// The marks by their UTF-16 code. The scan over every character compares codes: `text[i]` makes
// a new string for each character past U+00FF, and the first curly mark compared where only
// straight ones had been seen deoptimised the finder (V8 had specialised the comparisons).
const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LOW_DOUBLE = 0x201e;
const SPACE_BEFORE = /[\s([{\u2014\u2013/-]/u;

function isOpeningContext(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  return (SPACE_BEFORE.test(prev) || prev === '“' || prev === '‘' || prev === '"' || prev === "'" || prev === ':') && !/\s/.test(next);
}

function isClosingContext(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  // A line broken off with a spaced dash closes too: "“If you would let me finish —”".
  const brokenOff = prev === ' ' && /[—–]/.test(text[i - 2] ?? '');
  return (!/\s/.test(prev) || brokenOff) && !LETTER.test(next);
}

/** An apostrophe inside or at the end of a word ("don’t", "countries’"), not a quote mark. */
function isApostrophe(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : ' ';
  const next = i + 1 < text.length ? text[i + 1] : ' ';
  if (LETTER.test(prev) && LETTER.test(next)) return true;
  // Elided years and words: ’90s, ’em.
  if (!LETTER.test(prev) && /\d/.test(next)) return true;
  return false;
}

type Kind = 'open' | 'close' | 'none';

function classifyDouble(text: string, i: number, inside: boolean): Kind {
  const ch = text.charCodeAt(i);
  if (ch === LEFT_DOUBLE || ch === LOW_DOUBLE || ch === LEFT_GUILLEMET) {
    // A “ used as a closing mark right after a word, at a phrase end, is rare but happens.
    if (inside && isClosingContext(text, i) && !isOpeningContext(text, i)) return 'close';
    return inside ? 'none' : 'open';
  }
  if (ch === RIGHT_DOUBLE || ch === RIGHT_GUILLEMET) {
    if (!inside && isOpeningContext(text, i)) return 'open';
    return inside ? 'close' : 'close';
  }
  // Straight quote: decide by the characters around it.
  if (!inside) return isOpeningContext(text, i) || !isClosingContext(text, i) ? 'open' : 'close';
  return isClosingContext(text, i) || !isOpeningContext(text, i) ? 'close' : 'open';
}

/**
 * Finds the quotations of one paragraph: those in marks, and a transcript's answers after a
 * speaker's label (which may hold quotations in marks of their own), sorted by their start.
 */
export function findQuotePieces(text: string): QuotePiece[] {
  const marked = findMarkedQuotes(text);
  const answers = findAnswerPieces(text);
  return answers.length ? [...marked, ...answers].sort((a, b) => a.start - b.start) : marked;
}

function findMarkedQuotes(text: string): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let openAt = -1;
  let singleOpen = false;
  /** Inside a straight-quoted passage, a curly pair is a nested quotation ("… as “The Journal” wrote"). */
  let curlyNested = false;
  let seenAny = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === STRAIGHT_DOUBLE && isInchMark(text, i)) continue;
    if (openAt >= 0 && text.charCodeAt(openAt) === STRAIGHT_DOUBLE && (ch === LEFT_DOUBLE || ch === RIGHT_DOUBLE)) {
      // "… behind him,” said Gorski: with no curly quote opened inside, a curly closing mark
      // ends the straight quote (mixed marks are a common typo); else it closes the nested one.
      const closesOuter = ch === RIGHT_DOUBLE && !curlyNested && isClosingContext(text, i) && !isOpeningContext(text, i);
      if (!closesOuter) {
        if (ch === LEFT_DOUBLE || (ch === RIGHT_DOUBLE && !curlyNested && isOpeningContext(text, i))) curlyNested = true;
        else curlyNested = false;
        continue;
      }
    }
    if (ch === STRAIGHT_DOUBLE || ch === LEFT_DOUBLE || ch === RIGHT_DOUBLE || ch === LOW_DOUBLE || ch === LEFT_GUILLEMET || ch === RIGHT_GUILLEMET) {
      let kind = classifyDouble(text, i, openAt >= 0);
      if (kind === 'close' && openAt < 0 && isMisplacedOpening(text, i)) kind = 'open';
      if (kind === 'open') {
        if (openAt >= 0) {
          // A second opening mark before the first closed: the first quote ran on without its
          // closing mark (a typo); end it before this one.
          pieces.push({ start: openAt, end: trimEnd(text, i), opened: true, closed: false });
        }
        openAt = i;
        singleOpen = false;
        curlyNested = false;
      } else if (kind === 'close') {
        if (openAt >= 0) {
          pieces.push({ start: openAt, end: i + 1, opened: true, closed: true });
          openAt = -1;
          singleOpen = false;
        } else if (!seenAny) {
          // Closed without being opened: the paragraph continues a quote from before. Only on
          // the paragraph's first line; later it is a stray mark.
          const start = text.search(/\S/);
          if (start >= 0 && start < i && !text.slice(start, i).includes('\n')) pieces.push({ start, end: i + 1, opened: false, closed: true });
        }
      }
      seenAny = true;
      continue;
    }
    if (openAt >= 0 && (ch === LEFT_SINGLE || ch === RIGHT_SINGLE || ch === STRAIGHT_SINGLE)) {
      // Single quotes inside a double quote nest; they never close the outer quote.
      if (isApostrophe(text, i)) continue;
      if (!singleOpen && (ch === LEFT_SINGLE || ch === STRAIGHT_SINGLE) && isOpeningContext(text, i)) singleOpen = true;
      else if (singleOpen && isClosingContext(text, i)) singleOpen = false;
    }
  }
  if (openAt >= 0) {
    const end = trimEnd(text, text.length);
    if (end > openAt + 1) pieces.push({ start: openAt, end, opened: true, closed: false });
  }
  const singles = findSingleQuotedSpeech(text, pieces);
  if (!singles.length) return pieces;
  // A double quotation inside a single-quoted one is part of it.
  const outer = pieces.filter(d => !singles.some(q => q.start < d.start && d.end <= q.end));
  return [...outer, ...singles].sort((a, b) => a.start - b.start);
}

const DOUBLE_MARKS = /["“”„«»]/g;

/**
 * An opening mark typed on the wrong side of its space or line break ("… for schools," For
 * example, … part of their work". ), as text re-joined from tokens has them ("Frater said."⏎I
 * think …"): a mark that looks closing but opens nothing, after punctuation and before a
 * capitalised word, whose next mark in the paragraph closes.
 */
function isMisplacedOpening(text: string, i: number): boolean {
  if (!/[,:;.!?]/.test(text[i - 1] ?? '') || !/^[ \n]\p{Lu}/u.test(text.slice(i + 1, i + 3))) return false;
  DOUBLE_MARKS.lastIndex = i + 1;
  const next = DOUBLE_MARKS.exec(text);
  // The quote it opens stays on one line (the line after the mark, when the mark ends a line).
  if (!next || text.slice(text[i + 1] === '\n' ? i + 2 : i, next.index).includes('\n')) return false;
  return isClosingContext(text, next.index) && !isOpeningContext(text, next.index);
}

/** The inch mark of a height or size (6'3"), not a quotation mark. */
function isInchMark(text: string, i: number): boolean {
  return /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, i - 5), i));
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}
