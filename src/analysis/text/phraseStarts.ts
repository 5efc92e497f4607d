// compromise looks phrases up ("new york city") at every word that starts one in its lexicon:
// for each length, from the longest, it slices the words, joins them and looks the string up.
// A third of news words start some phrase ("the", "new", "in"), yet a phrase can only be found
// where the word and the next one are how some phrase begins. This is the set of those first
// two words, made once per lexicon, to skip the look-ups where no phrase can begin. It assumes
// a lexicon does not change while the process runs (this project adds nothing to compromise's).

const startsByLexicon = new WeakMap<object, Set<string>>();

/** The first two words, space-separated, of every phrase in the lexicon. */
function phraseStarts(lexicon: Record<string, unknown>): Set<string> {
  let starts = startsByLexicon.get(lexicon);
  if (!starts) {
    starts = new Set<string>();
    for (const phrase of Object.keys(lexicon)) {
      const words = phrase.split(' ');
      if (words.length > 1) starts.add(`${words[0]} ${words[1]}`);
    }
    startsByLexicon.set(lexicon, starts);
  }
  return starts;
}

/**
 * May a phrase of the lexicon start with these two words (each a term's machine or normal
 * form)? False only when none can: no phrase begins with them.
 */
export function mayStartPhrase(lexicon: Record<string, unknown>, word: string, next: string): boolean {
  // A form with a space in it would not split as the phrases do: let compromise look it up.
  if (word.includes(' ') || next.includes(' ')) return true;
  return phraseStarts(lexicon).has(`${word} ${next}`);
}
