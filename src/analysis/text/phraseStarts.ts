// compromise looks phrases up ("new york city") at every word that starts one in its lexicon:
// for each length, from the longest, it slices the words, joins them and looks the string up.
// A third of news words start some phrase ("the", "new", "in"), yet a phrase can only be found
// where the word and the next one are how some phrase begins. This is the set of those first
// two words, made once per lexicon, to skip the look-ups where no phrase can begin. It assumes
// a lexicon does not change while the process runs (this project adds nothing to compromise's).

/**
 * The form of a term that compromise looks up in a lexicon: its machine form, else its normal.
 * Read here, in one place, for every look-up of the lexicon and freeze steps: V8 soon makes this
 * one read generic. A read in each step learned the term shapes it met, and the first term of
 * another shape (compromise's terms get their fields in several orders) threw the optimised
 * step away, again and again over a long run.
 */
export function lookupForm(term: { machine?: string; normal: string }): string {
  return term.machine || term.normal;
}

/** Per first word of a phrase, the words that can follow it. */
export type PhraseStarts = Map<string, Set<string>>;

const startsByLexicon = new WeakMap<object, PhraseStarts>();

/**
 * The first two words of every phrase in the lexicon, by first word: looked up with the two
 * words' own strings (whose hashes the word memo's shared strings keep), where a key joining
 * them was a new string to build and hash for a third of all words. A step over a document
 * takes them once and asks `mayStartPhraseIn` for each word.
 */
export function phraseStartsOf(lexicon: Record<string, unknown>): PhraseStarts {
  let starts = startsByLexicon.get(lexicon);
  if (!starts) {
    starts = new Map<string, Set<string>>();
    for (const phrase of Object.keys(lexicon)) {
      const words = phrase.split(' ');
      if (words.length < 2) continue;
      let next = starts.get(words[0]);
      if (!next) starts.set(words[0], (next = new Set<string>()));
      next.add(words[1]);
    }
    startsByLexicon.set(lexicon, starts);
  }
  return starts;
}

/**
 * May a phrase start with these two words (each a term's machine or normal form), given the
 * lexicon's phrase starts? False only when none can: no phrase begins with them.
 */
export function mayStartPhraseIn(starts: PhraseStarts, word: string, next: string): boolean {
  // A form with a space in it would not split as the phrases do: let compromise look it up.
  if (word.includes(' ') || next.includes(' ')) return true;
  return starts.get(word)?.has(next) === true;
}

/** May a phrase of the lexicon start with these two words? (`mayStartPhraseIn` with its starts.) */
export function mayStartPhrase(lexicon: Record<string, unknown>, word: string, next: string): boolean {
  return mayStartPhraseIn(phraseStartsOf(lexicon), word, next);
}
