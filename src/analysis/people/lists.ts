// Lists in running text ("Zeus, Hera, Poseidon and Athena", "New South Wales, Victoria and
// Tasmania"): which name candidates are items of one list, and whether a word sits among places.
// What a list says about its items is decided by the people rules (candidates.ts).
import { Lex, wordClass } from '../lexicon/wordClass';
import type { Token } from '../text/tokens';
import { isCapitalised } from './nameRuns';

/** A span of tokens, inclusive (a name candidate). */
interface TokenSpan {
  firstToken: number;
  lastToken: number;
}

/** "and"/"or" joining the last item of a list. */
export function isListConjunction(t: Token | undefined): boolean {
  return !!t && (t.lower === 'and' || t.lower === 'or');
}

/** "A, B and C": `from` and `to` are consecutive items of one list. */
function listed(tokens: Token[], from: TokenSpan, to: TokenSpan): boolean {
  const end = tokens[from.lastToken];
  if (end.possessive || end.sentence !== tokens[to.firstToken].sentence) return false;
  if (to.firstToken === from.lastToken + 1) return /^,\s+$/.test(end.post);
  const conj = tokens[from.lastToken + 1];
  return to.firstToken === from.lastToken + 2 && isListConjunction(conj) && /^,?\s+$/.test(end.post) && /^\s+$/.test(conj.post);
}

/** The spans, in order, grouped into runs of consecutive list items (a span alone is a group of one). */
export function listGroups<T extends TokenSpan>(tokens: Token[], spans: T[]): T[][] {
  const groups: T[][] = [];
  for (let i = 0; i < spans.length; ) {
    let j = i;
    while (j + 1 < spans.length && listed(tokens, spans[j], spans[j + 1])) j++;
    groups.push(spans.slice(i, j + 1));
    i = j + 1;
  }
  return groups;
}

const NAME = Lex.FirstName | Lex.Surname | Lex.PersonName;

/** Tokens `i` and `i + 1` are words of one phrase: one space between them, nothing else. */
function spaceJoined(tokens: Token[], i: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  return a.post === ' ' && b.start === a.end + 1 && a.sentence === b.sentence;
}

/** The capitalised words that end at token `last` (one list item), or [] if there are none. */
function itemEndingAt(tokens: Token[], last: number): Token[] {
  let first = last;
  while (first > 0 && isCapitalised(tokens[first - 1]) && spaceJoined(tokens, first - 1)) first--;
  return isCapitalised(tokens[last]) ? tokens.slice(first, last + 1) : [];
}

/** The capitalised words that start at token `first`. */
function itemStartingAt(tokens: Token[], first: number): Token[] {
  let last = first;
  while (last + 1 < tokens.length && spaceJoined(tokens, last) && isCapitalised(tokens[last + 1])) last++;
  return isCapitalised(tokens[first]) ? tokens.slice(first, last + 1) : [];
}

/** "New South Wales", "Texas": capitalised words ending in a place name, none of them a person's name. */
function isPlaceItem(item: Token[]): boolean {
  if (!item.length || item[item.length - 1].possessive) return false;
  if (!(wordClass(item[item.length - 1].lower) & Lex.Place)) return false;
  return item.every(t => !(wordClass(t.lower) & NAME));
}

/**
 * A name-like word among places is a place: an item of a list of places ("New South Wales,
 * Victoria, South Australia and Tasmania") or a town before its state or country ("Irving,
 * Texas, was …"). The place after it must end its phrase ("Irving, Texas," not "Smith, Texas
 * officials").
 */
export function amongPlaces(tokens: Token[], first: number, last: number): boolean {
  const tail = tokens[last];
  if (tail.possessive) return false;
  let nextAt = -1;
  if (/^,\s+$/.test(tail.post)) nextAt = last + 1;
  const conj = tokens[last + 1];
  const joinsNext = isListConjunction(conj) && /^,?\s+$/.test(tail.post);
  if (joinsNext) nextAt = last + 2;
  let nextPlace = false;
  let nextEndsPhrase = false;
  if (nextAt > 0 && nextAt < tokens.length && tokens[nextAt].sentence === tail.sentence) {
    const item = itemStartingAt(tokens, nextAt);
    const after = item.length ? item[item.length - 1] : undefined;
    nextPlace = isPlaceItem(item);
    nextEndsPhrase = !!after && (/^\s*[,.;:)]/.test(after.post) || after === tokens[tokens.length - 1] || isListConjunction(tokens[nextAt + item.length]));
  }
  if (nextPlace && nextEndsPhrase) return true;
  // The previous item: after a comma, or the last item after "and".
  const before = tokens[first - 1];
  if (!before || before.sentence !== tokens[first].sentence) return false;
  let prevEnd = -1;
  if (/^,\s+$/.test(before.post)) prevEnd = first - 1;
  const afterConj = isListConjunction(before) && first >= 2 && /^,?\s+$/.test(tokens[first - 2].post);
  if (afterConj) prevEnd = first - 2;
  const prevItem = prevEnd < 0 ? [] : itemEndingAt(tokens, prevEnd);
  if (!isPlaceItem(prevItem)) return false;
  // "Iran and Talabani" may pair a country with a person: the last item of a list of places
  // counts only in a list of three or more ("Queensland, Victoria and Tasmania").
  if (afterConj) {
    const firstOfPrev = prevEnd - prevItem.length + 1;
    return firstOfPrev > 0 && /^,\s+$/.test(tokens[firstOfPrev - 1].post) && tokens[firstOfPrev - 1].sentence === before.sentence;
  }
  // "In London, Smith said", "in Iraq, Obama and Clinton withdrew": a place before a comma makes
  // a list of places only if the next item is a place too.
  return nextPlace;
}
