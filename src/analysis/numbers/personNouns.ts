// Common nouns that name a person by role or description ("the suspect", "the prime minister",
// "a local woman"). A number set off by commas right after such a noun phrase is the person's
// age: "The suspect, 27, appeared in court".
import { W, classWords, hasClass } from '../lexicon/lexicon';
import { type ScanToken, startsSentence } from './scanTokens';
import type { TermTags } from './context';

/**
 * Person nouns that compromise does not tag as `Actor` (it tags "suspect" as an adjective, and
 * "victim" or "star" as plain nouns). Roles and descriptions that news writes before an age.
 */
const PERSON_NOUNS = classWords(W.AgePersonNoun);

/** Title words that are as often something else ("the final count", "the general public", "the chief reason"). */
const AMBIGUOUS_TITLES = classWords(W.AmbiguousTitle);

/** Words that open a noun phrase naming someone: "the suspect", "his wife", "a local man". */
const PHRASE_OPENERS = classWords(W.PersonPhraseOpener);

/** True when token `t` is a singular noun that names a person (by our list, a title word, or compromise's `Actor` tag). */
function isPersonNoun(t: ScanToken, tags: TermTags): boolean {
  return /^\p{Ll}/u.test(t.text) && isPersonNounOfAnyCase(t, tags);
}

/** As `isPersonNoun`, capitalised or not ("Nurse" opening a headline). */
function isPersonNounOfAnyCase(t: ScanToken, tags: TermTags): boolean {
  if (!t.word) return false;
  const tg = tags.at(t.start, t.end);
  if (tg.has('Plural')) return false;
  return PERSON_NOUNS.has(t.lower) || (hasClass(t.lower, W.Title) && !AMBIGUOUS_TITLES.has(t.lower)) || (tg.has('Actor') && tg.has('Noun'));
}

/**
 * True when a singular noun phrase naming a person ends at token `last`: "the suspect", "the
 * prime minister", "his younger brother", "Smith's lawyer". The phrase must open with a determiner, a possessive or a possessor's name, at most three words
 * before its head, so that "Police said suspect" or a bare noun in a list is not taken; or be a
 * bare role opening its sentence, as a headline writes it ("Nurse, 34, wins").
 */
export function personNounPhraseEndsAt(tokens: readonly ScanToken[], last: number, tags: TermTags): boolean {
  const head = tokens[last];
  // "Nurse, 34, wins city marathon", "Grandmother, 82, rescued": a headline names someone by a
  // bare role at its start, capitalised.
  if (head && startsSentence(tokens, last) && isPersonNounOfAnyCase(head, tags)) return true;
  if (!head || !isPersonNoun(head, tags)) return false;
  for (let k = last - 1; k >= 0 && k >= last - 4; k--) {
    const t = tokens[k];
    if (!t.word) return false;
    if (PHRASE_OPENERS.has(t.lower) || /['’]s$/.test(t.text)) return true;
    if (!/^\p{Ll}/u.test(t.text)) return false;
  }
  return false;
}
