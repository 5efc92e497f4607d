// Real speech or not: quotation marks also wrap scare quotes ("the so-called “reform”"), titles
// ("the song “American Skin”"), nicknames and terms. Those are not quotes of anyone.
import { Tag, type Token } from '../tokens';
import type { QuoteCue } from './cues';
import type { QuotePiece } from './quoteMarks';

/** Words right before a quotation that make it a name, a title or a term, not speech. */
const NAMING_WORDS = new Set([
  'so-called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'named', 'labelled', 'labeled', 'branded', 'termed', 'word',
  'words', 'term', 'terms', 'phrase', 'slogan', 'hashtag', 'name', 'website', 'site', 'blog', 'show', 'film', 'movie',
  'book', 'song', 'album', 'series', 'programme', 'program', 'column', 'headline', 'user', 'username', 'handle', 'operation',
  'campaign', 'initiative', 'project', 'mark', 'brand', 'label', 'codenamed', 'code-named', 'alias', 'aka', 'as',
]);

/** Words after which a capitalised quotation is a title rather than speech. */
const TITLE_PRECEDERS = new Set(['of', 'on', 'in', 'into', 'at', 'documentary', 'show', 'film', 'movie', 'episode', 'programme', 'program', 'podcast', 'novel', 'book', 'song', 'album', 'series']);

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Decides whether a quote piece is speech (true) or a scare quote, title or term (false). */
export function isSpeech(text: string, tokens: Token[], piece: QuotePiece, cue: QuoteCue | null): boolean {
  // A quote running on from or into another paragraph is always speech.
  if (!piece.opened || !piece.closed) return true;
  const content = text.slice(piece.start + 1, piece.end - 1);
  const words = content.match(WORD) ?? [];
  if (!words.length) return false;
  const before = precedingWord(tokens, piece.start);
  const namedBefore = before !== null && NAMING_WORDS.has(before.lower) && !(before.lower === 'as' && cue && cue.kind !== 'subject');
  if (words.length <= 6 && namedBefore) return false;
  // Titles and names: every word capitalised, short, and nobody cued as saying it.
  const titleCased = words.every(w => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to|vs|de|with|at|from|by)$/.test(w));
  const sentenceLike = /[.!?…]["”’]?$/.test(content.trim()) || /[,;:]$/.test(content.trim());
  if (titleCased && words.length <= 6 && !sentenceLike && (!cue || cue.kind === 'subject')) return false;
  // A title after "of", "on" or a possessive ("an episode of “Fox News Sunday,”", "told MSNBC’s
  // “Morning Joe”") names a show, a book or a film, whoever speaks in the sentence.
  if (titleCased && words.length <= 6 && before && (TITLE_PRECEDERS.has(before.lower) || before.possessive > 0)) return false;
  // One to three words with no speaker: a scare quote or a term.
  if (words.length <= 3 && !sentenceLike && (!cue || cue.kind === 'subject')) return false;
  return true;
}

function precedingWord(tokens: Token[], pos: number): Token | null {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  const t = tokens[lo - 1];
  return t && !(t.tags & Tag.Value) ? t : null;
}
