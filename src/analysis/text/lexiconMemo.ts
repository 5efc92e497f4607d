// compromise's lexicon step gives each untagged word the tags its lexicon lists: first for a
// phrase starting there ("New York City"), else for the word alone, by its alias, or by its stem
// after a prefix ("re-elect"). For a word alone the outcome depends only on the word and its
// aliases, yet each occurrence repeats the look-ups and the tag-set walk (parent tags, tags a
// tag rules out). This is the same step with that outcome kept per word: the first occurrence is
// tagged by compromise's own code, and later ones get the tags it gave, in the same order.
// Phrases are looked up as compromise does (its code, MIT licence), since they depend on the
// words around, but only where the word and the next can begin one (text/phraseStarts.ts). Installed on compromise's shared compute table when this module loads; the memo
// starts afresh past MAX_WORDS words. It assumes compromise's lexicon does not change while the
// process runs (this project adds no words to it); a change would need clearLexiconMemo().
import nlp from 'compromise';
import { lookupForm, mayStartPhraseIn, phraseStartsOf, type PhraseStarts } from './phraseStarts';
import { mapped } from '../../common/mapped';

interface LexTerm {
  text: string;
  normal: string;
  machine?: string;
  alias?: string[];
  tags: Set<string>;
  frozen?: boolean;
  chunk?: string;
  dirty?: boolean;
}

interface World {
  model: { one: { lexicon: Record<string, string | string[]>; _multiCache?: Record<string, number> } };
  methods: { one: { setTag: (terms: LexTerm[], tag: string | string[], world: World, isSafe?: boolean, reason?: string) => void } };
  compute: Record<string, (view: { docs: LexTerm[][]; world: World }) => void>;
}

const world = nlp.world() as unknown as World;

/** compromise's own lexicon step, kept for the test that checks this one tags the same. */
export const compromiseLexicon = world.compute.lexicon;

const PREFIX = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
const ALLOW_PREFIX = new Set(['Verb', 'Infinitive', 'PastTense', 'Gerund', 'PresentTense', 'Adjective', 'Participle']);

/** compromise's phrase look-up from word `start` (lexicon/compute/multi-word.js): true when it tagged, false or null when not. */
function multiWord(terms: LexTerm[], start: number, starts: PhraseStarts): boolean | null {
  const { model, methods } = world;
  const multi = model.one._multiCache ?? {};
  const { lexicon } = model.one;
  const t = terms[start];
  const word = lookupForm(t);
  if (multi[word] !== undefined && terms[start + 1]) {
    // compromise's loop below would find nothing.
    const next = terms[start + 1];
    if (!mayStartPhraseIn(starts, word, lookupForm(next))) return false;
    const end = start + multi[word] - 1;
    for (let i = end; i > start; i -= 1) {
      const words = terms.slice(start, i + 1);
      if (words.length <= 1) return false;
      const str = mapped(words, lookupForm).join(' ');
      if (Object.prototype.hasOwnProperty.call(lexicon, str)) {
        const tag = lexicon[str];
        methods.one.setTag(words, tag, world, false, '1-multi-lexicon');
        if (tag && tag.length === 2 && (tag[0] === 'PhrasalVerb' || tag[1] === 'PhrasalVerb')) methods.one.setTag([words[1]], 'Particle', world, false, '1-phrasal-particle');
        return true;
      }
    }
    return false;
  }
  return null;
}

/** compromise's single-word look-up (lexicon/compute/single-word.js). */
function singleWord(t: LexTerm): void {
  const { setTag } = world.methods.one;
  const { lexicon } = world.model.one;
  const word = lookupForm(t);
  if (lexicon[word] !== undefined && Object.prototype.hasOwnProperty.call(lexicon, word)) {
    setTag([t], lexicon[word], world, false, '1-lexicon');
    return;
  }
  if (t.alias) {
    const found = t.alias.find(str => Object.prototype.hasOwnProperty.call(lexicon, str));
    if (found) {
      setTag([t], lexicon[found], world, false, '1-lexicon-alias');
      return;
    }
  }
  if (PREFIX.test(word)) {
    const stem = word.replace(PREFIX, '');
    if (Object.prototype.hasOwnProperty.call(lexicon, stem) && stem.length > 3 && ALLOW_PREFIX.has(lexicon[stem] as string)) {
      setTag([t], lexicon[stem], world, false, '1-lexicon-prefix');
    }
  }
}

/** What the single-word look-up did to an untagged word: its tags in order, its chunk, whether it tagged. */
interface Outcome {
  tags: string[];
  chunk: string | undefined;
  tagged: boolean;
}

export const MAX_WORDS = 50_000;
const outcomes = new Map<string, Outcome>();

/** Empties the memo (tests that compare with compromise's own step start from nothing). */
export function clearLexiconMemo(): void {
  outcomes.clear();
}

function outcomeFor(t: LexTerm): Outcome {
  // A word's look-ups read its machine or normal form and its aliases.
  const key = t.alias ? `${lookupForm(t)}\u0000${t.alias.join('\u0000')}` : lookupForm(t);
  let known = outcomes.get(key);
  if (!known) {
    const scratch: LexTerm = { text: t.text, normal: t.normal, tags: new Set<string>() };
    if (t.machine !== undefined) scratch.machine = t.machine;
    if (t.alias !== undefined) scratch.alias = t.alias;
    singleWord(scratch);
    if (outcomes.size >= MAX_WORDS) outcomes.clear();
    known = { tags: [...scratch.tags], chunk: scratch.chunk, tagged: scratch.dirty === true };
    outcomes.set(key, known);
  }
  return known;
}

function lexicon(view: { docs: LexTerm[][] }): void {
  const starts = phraseStartsOf(world.model.one.lexicon);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i];
      if (t.tags.size !== 0) continue;
      // As compromise: the word alone is looked up unless a phrase from it was found.
      if (multiWord(terms, i, starts) === true) continue;
      // A frozen word is tagged "safely" by compromise (no tag removed): take its own way.
      if (t.frozen === true) {
        singleWord(t);
        continue;
      }
      const outcome = outcomeFor(t);
      if (!outcome.tagged) continue;
      const tags = outcome.tags;
      for (let k = 0; k < tags.length; k++) t.tags.add(tags[k]);
      t.dirty = true;
      if (outcome.chunk !== undefined) t.chunk = outcome.chunk;
    }
  }
}

world.compute.lexicon = lexicon;
