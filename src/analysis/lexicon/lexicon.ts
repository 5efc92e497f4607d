// The one lexicon of the analysis: every word class the finders use, declared once in the group
// files of this folder (each class with its meaning and the source of its words), gathered into
// one table from a word to its classes. Finders ask `hasClass(lower, W.SpeechVerb)` rather than
// keeping word sets of their own, so a word's meanings can be listed side by side (`classesOf`)
// and checked against each other (contradictions.ts). What compromise's own lexicon knows
// (given names, places, function words…) is read by wordClass.ts on top of this.
import { COMMON_WORD_CLASSES } from './commonWords';
import { GIVEN_NAME_CLASSES } from './firstNames';
import { NAME_CONTEXT_CLASSES } from './nameContextWords';
import { NON_PERSON_CLASSES } from './nonPersonWords';
import { NUMBER_WORD_CLASSES } from './numberWords';
import { ORGANISATION_CLASSES } from './organisationWords';
import { QUOTE_WORD_CLASSES } from './quoteWords';
import { RANK_AND_AGE_CLASSES } from './rankAndAgeWords';
import { SPEECH_VERB_CLASSES } from './speechVerbs';
import { FAMILY_NAME_CLASSES } from './surnames';
import { TITLE_CLASSES } from './titles';
import type { WordClassDeclaration } from './wordClassDeclaration';

const GROUPS = [
  GIVEN_NAME_CLASSES,
  FAMILY_NAME_CLASSES,
  COMMON_WORD_CLASSES,
  NON_PERSON_CLASSES,
  ORGANISATION_CLASSES,
  TITLE_CLASSES,
  SPEECH_VERB_CLASSES,
  NAME_CONTEXT_CLASSES,
  QUOTE_WORD_CLASSES,
  NUMBER_WORD_CLASSES,
  RANK_AND_AGE_CLASSES,
] as const;

type KeysOf<T> = T extends unknown ? keyof T & string : never;
/** The name of a declared word class ("SpeechVerb", "OrganisationFollower"). */
export type WordClassName = KeysOf<(typeof GROUPS)[number]>;

/** Every declared class by name, in declaration order. Throws at load on a name declared twice. */
export const WORD_CLASSES: Readonly<Record<WordClassName, WordClassDeclaration>> = (() => {
  const all: Record<string, WordClassDeclaration> = {};
  for (const group of GROUPS) {
    for (const [name, declaration] of Object.entries(group)) {
      if (name in all) throw new Error(`word class ${name} is declared twice`);
      all[name] = declaration;
    }
  }
  return all as Record<WordClassName, WordClassDeclaration>;
})();

const NAMES = Object.keys(WORD_CLASSES) as WordClassName[];

/** The id of each class, for `hasClass`: `W.SpeechVerb`. */
export const W: Readonly<Record<WordClassName, number>> = Object.freeze(Object.fromEntries(NAMES.map((name, id) => [name, id])) as Record<WordClassName, number>);

/** Each word once, with the bits of its classes (one bit per class id, 32 to an element). */
let table: Map<string, Int32Array> | undefined;
const SLOTS = Math.ceil(NAMES.length / 32);
/** The length of the longest word of each class, by class id. */
const LONGEST = new Uint16Array(NAMES.length);

// Built on first use rather than at load, so that activating the extension does not pay for it.
function buildTable(): Map<string, Int32Array> {
  const words = new Map<string, Int32Array>();
  NAMES.forEach((name, id) => {
    for (const word of WORD_CLASSES[name].words) {
      let bits = words.get(word);
      if (!bits) words.set(word, (bits = new Int32Array(SLOTS)));
      bits[id >>> 5] |= 1 << (id & 31);
      if (word.length > LONGEST[id]) LONGEST[id] = word.length;
    }
  });
  return words;
}

// The finders ask several classes of the same word in a row ("is it a particle? a title?"): the
// last word looked up is kept with its bits, so a repeated question costs a string comparison.
let lastWord = '';
let lastBits: Int32Array | undefined;

/** Whether the lower-case word (or phrase) belongs to the class `id` (`W.SpeechVerb`). */
export function hasClass(lower: string, id: number): boolean {
  const words = (table ??= buildTable());
  // Most questions are about a class of short words ("de", "van") and a longer word: the class's
  // longest word answers those without a lookup.
  if (lower.length > LONGEST[id]) return false;
  if (lower !== lastWord) {
    lastBits = words.get(lower);
    lastWord = lower;
  }
  return lastBits !== undefined && (lastBits[id >>> 5] & (1 << (id & 31))) !== 0;
}

/** The length of the longest word (or phrase) of the class `id`: a longer one is not in it. */
export function longestWord(id: number): number {
  table ??= buildTable();
  return LONGEST[id];
}

/** The names of the classes of a lower-case word, in declaration order ("spokesman": Title, OrganisationFollower…). */
export function classesOf(lower: string): WordClassName[] {
  return NAMES.filter(name => hasClass(lower, W[name]));
}

/**
 * The words of class `id` as a set. For the number finder, whose hot loops ask small closed
 * classes many times per token: a set of its own is the cheapest lookup, and its code keeps
 * reading `SET.has(word)` while another change rewrites it. The words still come from here.
 */
export function classWords(id: number): ReadonlySet<string> {
  return new Set(WORD_CLASSES[NAMES[id]].words);
}
