// A person-name candidate of one paragraph and how sure the paragraph alone is of it (see
// candidates.ts, which finds them, and resolve.ts, which decides them for the whole document).
import { mapped } from '../../common/mapped';

/** How sure the paragraph alone is that a candidate is a person. */
export const Evidence = {
  /** Only a person if the document names them more fully elsewhere ("Wei" after "Wei Xiaojun"). */
  None: 0,
  /** A known given or family name alone: a person unless the document says otherwise. */
  Weak: 1,
  /** A full name, a title, a speech verb, an age…: a person. */
  Strong: 2,
} as const;

export type Gender = 'male' | 'female';

export interface NameCandidate {
  /** Name span (no title, no possessive), relative to the paragraph. */
  start: number;
  end: number;
  /** The name's words in title case ("Wei", "Xiaojun"). */
  words: string[];
  /** The same words in lower case, and joined by spaces: computed once, compared often. */
  lowerWords: string[];
  key: string;
  evidence: number;
  sentence: number;
  /** Index of the first and last name token, for the quote-attribution pass. */
  firstToken: number;
  lastToken: number;
  title?: string;
  role?: string;
  age?: number;
  gender?: Gender;
  /** Written in a capitals-only headline: a person only where the document names them elsewhere. */
  headline?: boolean;
  /** For a headline run, the span of each word: the document pass picks out the known names. */
  parts?: { start: number; end: number }[];
  /**
   * The words around show an organisation or a place ("Pirelli shares", "news agency Tanjug"):
   * not a person here, and its words are not people elsewhere unless the document says so.
   */
  blocked?: boolean;
  /**
   * A lone word that is also a place or an ordinary word ("Paris", "Cruise") in words that do
   * not show a person ("in Paris", "Paris, France"): not a person here, even in a document that
   * names someone with it in full. In personal use ("Paris claims", "Paris's father", "the
   * Cruise video") the flag is absent and such a word refers to that person.
   */
  impersonal?: boolean;
  /** Ids of the rules that decided the candidate (see rules.ts), in the order they applied. */
  rules?: string[];
}

export function wordForms(words: string[]): { words: string[]; lowerWords: string[]; key: string } {
  const lowerWords = mapped(words, w => w.toLowerCase());
  return { words, lowerWords, key: lowerWords.join(' ') };
}
