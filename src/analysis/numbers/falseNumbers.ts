// Things that look like numbers but are not figures of the article: the pronoun "one" ("no
// one", "the new one"), "first" and "second" as ordinary words, "Formula One", list markers,
// citation marks and the digits of a web address.
import type { Draft } from './draft';
import { type ScanToken, isCapitalised, startsSentence, scanTokenAt } from './scanTokens';
import type { TermTags } from './context';

/**
 * Spelled ordinals below this are not reported: "first" and "second" are mostly ordinary words
 * ("the first time", "the second half"), not figures a reader would check. Ordinals written with
 * digits ("22nd") are always reported.
 */
const SMALLEST_SPELLED_ORDINAL = 3;

/** Spelled ordinals that are part of a set phrase. */
const ORDINAL_IDIOMS = new Set(['third party', 'third parties', 'fourth estate', 'fifth column']);

/** Words that make a following "one" a pronoun ("the one", "no one", "a very serious one"). */
const PRONOUN_ONE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'no', 'any', 'every', 'each', 'which', 'another', 'its', 'his',
  'her', 'their', 'our', 'my', 'your', 'whose', 'what', 'whichever', 'such',
]);

const MODALS = new Set(['must', 'should', 'can', 'could', 'would', 'might', 'may', 'will', 'cannot', 'shall', 'needs']);

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|\.(?:com|org|net|gov|edu|html?|php)\b)/i;

/** Things that look like numbers but are not figures of the article. */
export function isFalseNumber(d: Draft, tokens: readonly ScanToken[], text: string, tags: TermTags): boolean {
  const own = scanTokenAt(tokens, d.start);
  const t = tokens[own];
  if (!t) return true;
  if (URL_LIKE.test(chunkAround(text, d.start))) return true;
  // Spelled ordinals: only from "third" up ("the first time" is not a figure).
  if (d.ordinal && !d.digits && !d.hint && (d.value ?? 0) < SMALLEST_SPELLED_ORDINAL) return true;
  // "a third party", "the fourth estate": set phrases, not ranks.
  if (d.ordinal && !d.digits && ORDINAL_IDIOMS.has(`${t.lower} ${tokens[d.next]?.lower ?? ''}`)) return true;
  // "one" alone may be a pronoun; "one and a half billion dollars" is an amount.
  if (!d.digits && d.numeral.toLowerCase() === 'one' && d.next === own + 1 && isPronounOne(tokens, own, tags)) return true;
  // A capitalised number word inside a name: "Formula One", "Air Force One", "Big Three".
  if (!d.digits && isCapitalised(t) && own > 0 && isCapitalised(tokens[own - 1]) && !startsSentence(tokens, own) && d.first === own) return true;
  // "1." / "2)" at the start of a line: a list marker.
  const after = tokens[own + 1];
  if (t.lineStart && /^\d{1,3}$/.test(t.text) && after && !after.spaced && (after.text === '.' || after.text === ')') && tokens[own + 2]?.spaced) return true;
  // "…as reported.[3]": a citation marker.
  const before = tokens[own - 1];
  if (before?.text === '[' && !before.spaced && own > 1 && !/^[“"‘'([]$/.test(tokens[own - 2].text) && after?.text === ']' && /^\d+$/.test(t.text)) return true;
  return false;
}

function chunkAround(text: string, at: number): string {
  let s = at;
  let e = at;
  while (s > 0 && !/\s/.test(text[s - 1])) s--;
  while (e < text.length && !/\s/.test(text[e])) e++;
  return text.slice(s, e);
}

/** "one" used as a pronoun: "the new one", "no one", "one another", "one must". */
function isPronounOne(tokens: readonly ScanToken[], i: number, tags: TermTags): boolean {
  const next = tokens[i + 1];
  if (next?.word && (next.lower === 'another' || MODALS.has(next.lower))) return true;
  if (next?.lower === 'of') return false;
  let k = i - 1;
  // Walk back over the modifiers of "one" ("a very serious one", "a commercial one").
  while (k >= 0 && k >= i - 3 && isOneModifier(tokens[k], tags)) k--;
  const opener = tokens[k];
  return !!opener?.word && PRONOUN_ONE_OPENERS.has(opener.lower);
}

function isOneModifier(t: ScanToken, tags: TermTags): boolean {
  if (!t.word || PRONOUN_ONE_OPENERS.has(t.lower) || tags.has(t, 'Value') || isCapitalised(t)) return false;
  const tg = tags.at(t.start, t.end);
  return tg.has('Adjective') || tg.has('Adverb') || (tg.has('Noun') && tg.has('Singular') && !tg.has('Pronoun'));
}
