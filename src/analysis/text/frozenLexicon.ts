// compromise's freeze step tags the words of its small "frozen" lexicon ("in the" …) and marks
// them so that later steps leave their tags alone. It tries a phrase at every word that starts
// a phrase of the main lexicon — a third of all words — slicing and joining the words for each
// length, though the frozen lexicon's phrases start with few of them. This is compromise's
// step (freeze/compute.js, MIT licence) with those tries skipped where no frozen phrase can
// begin (text/phraseStarts.ts), which they would leave as it is. Installed on compromise's
// shared compute table when this module loads. A word that begins no entry of the frozen
// lexicon (nearly every word: it has under a hundred entries) is passed over at once.
import nlp from 'compromise';
import { lookupForm, mayStartPhraseIn, phraseStartsOf } from './phraseStarts';
import { mapped } from '../../common/mapped';

interface FreezeTerm {
  normal: string;
  machine?: string;
  frozen?: boolean;
}

interface World {
  model: { one: { frozenLex: Record<string, string | string[]>; _multiCache?: Record<string, number> } };
  methods: { one: { setTag: (terms: FreezeTerm[], tag: string | string[], world: World, isSafe?: boolean, reason?: string) => void } };
  compute: Record<string, (view: { docs: FreezeTerm[][]; world: World }) => void>;
}

const world = nlp.world() as unknown as World;

/** compromise's own step, kept for the test that checks this one freezes the same. */
export const compromiseFreeze = world.compute.freeze;

const firstWordsByLexicon = new WeakMap<object, Set<string>>();

/** The words that begin an entry of the frozen lexicon (an entry of one word begins itself). */
function firstWords(frozenLex: Record<string, unknown>): Set<string> {
  let words = firstWordsByLexicon.get(frozenLex);
  if (!words) {
    words = new Set(Object.keys(frozenLex).map(entry => entry.split(' ')[0]));
    firstWordsByLexicon.set(frozenLex, words);
  }
  return words;
}

function freeze(view: { docs: FreezeTerm[][]; world: World }): void {
  const { model, methods } = view.world;
  const { setTag } = methods.one;
  const { frozenLex } = model.one;
  const multi = model.one._multiCache ?? {};
  const starters = firstWords(frozenLex);
  const phraseStarts = phraseStartsOf(frozenLex);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i];
      const word = lookupForm(t);
      // No entry begins with it, alone or as a phrase (a word with a space in it, which would
      // not split as the entries do, takes compromise's way).
      if (!starters.has(word) && !word.includes(' ')) continue;
      const next = terms[i + 1];
      if (multi[word] !== undefined && next && mayStartPhraseIn(phraseStarts, word, lookupForm(next))) {
        const end = i + multi[word] - 1;
        for (let k = end; k > i; k -= 1) {
          const words = terms.slice(i, k + 1);
          const str = mapped(words, lookupForm).join(' ');
          if (Object.prototype.hasOwnProperty.call(frozenLex, str)) {
            setTag(words, frozenLex[str], view.world, false, '1-frozen-multi-lexicon');
            for (const term of words) term.frozen = true;
          }
        }
      }
      if (frozenLex[word] !== undefined && Object.prototype.hasOwnProperty.call(frozenLex, word)) {
        setTag([t], frozenLex[word], view.world, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}

world.compute.freeze = freeze;
