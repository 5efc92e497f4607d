// The form in which word knowledge is written down: a class of words with one meaning, where its
// words come from, and the words. Each group file of lexicon/ declares a few classes; lexicon.ts
// gathers them into one table (word → its classes) that every finder asks.

export interface WordClassDeclaration {
  /** One line: what a word of this class says about the text around it. */
  readonly meaning: string;
  /** Where the words come from (a hand list from news usage, a package, compromise's lexicon…). */
  readonly source: string;
  /** The words, lower case; a phrase is one entry with single spaces ("freddie mac"). */
  readonly words: readonly string[];
}

/** The words of a space- or newline-separated list. */
export function wordList(words: string): string[] {
  return words.split(/\s+/).filter(Boolean);
}

/**
 * Declares a group of word classes. Throws at load on a class without words, meaning or source,
 * or on a word that is not lower case, so a bad table fails in every test rather than silently
 * never matching.
 */
export function declareWordClasses<T extends Record<string, WordClassDeclaration>>(classes: T): T {
  for (const [name, c] of Object.entries(classes)) {
    if (!c.meaning.trim() || !c.source.trim()) throw new Error(`word class ${name} needs a meaning and a source`);
    if (!c.words.length) throw new Error(`word class ${name} has no words`);
    for (const w of c.words) if (w !== w.toLowerCase() || w !== w.trim() || !w) throw new Error(`word class ${name}: "${w}" must be lower case, without outer spaces`);
  }
  return classes;
}
