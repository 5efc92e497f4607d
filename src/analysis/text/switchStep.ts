// compromise's switch step (preTagger/compute/tagger/3rd-pass/06-switches.js, MIT licence)
// settles a word that can be either of two things ("Noun|Verb": "a bid" or "they bid") by clues:
// the next word, the previous word, then the previous and the next word's tags. For a tag clue
// it sorts the neighbour's tags (most parents first) on every call and takes the first that
// is a clue — a sort and an array per word with a switch, a third of the pass's time. This is
// the same step with that choice made in one walk over the tags (firstClueTag), which picks
// what the sort then `find` picks; everything else as compromise does it, minus its debug logging.
import { adhocSwitchChecks, fillTags, type PassTerm } from './compromisePasses';

interface TagInfo {
  parents?: readonly string[];
}
/** The clues for one switch (model.two.clues['Noun|Verb'] …): word or tag → the tag it points to. */
interface Clues {
  beforeWords?: Record<string, string>;
  afterWords?: Record<string, string>;
  beforeTags?: Record<string, string>;
  afterTags?: Record<string, string>;
}
interface World {
  model: { one: { tagSet: Record<string, TagInfo | undefined> }; two: { clues: Record<string, Clues | undefined> } };
  methods: { one: { setTag: (terms: PassTerm[], tag: string, world: World, isSafe?: boolean | null, reason?: string) => void } };
}

/** The clue the neighbour's word gives (compromise's checkWord). */
function wordClue(term: PassTerm | undefined, clues: Record<string, string> | undefined): string | null {
  if (!term || !clues) return null;
  const str = term.normal || term.implicit;
  return str !== undefined && Object.prototype.hasOwnProperty.call(clues, str) ? clues[str] : null;
}

/**
 * The tag compromise's checkTag finds among `tags` (in the term's order): it sorts them with
 * `(a, b) => parents(a) > parents(b) ? -1 : 1` and takes the first with a clue. That comparator
 * never answers "equal", yet on fewer than 64 items V8's sort (a first run, reversed when
 * strictly rising, then binary insertion) places each tag after every tag with as many parents
 * or more: a stable sort by parents, most first. So the tag found is the first, in the term's
 * order, of those with the most parents among the tags with a clue. Exported for its test.
 */
export function firstClueTag(tags: Iterable<string>, clues: Record<string, string>, tagSet: Record<string, TagInfo | undefined>): string | undefined {
  let found: string | undefined;
  let most = -1;
  for (const tag of tags) {
    if (!clues[tag]) continue;
    // compromise's sort throws on a tag listed without parents ('Redacted'); here it counts none.
    const parents = tagSet[tag]?.parents?.length ?? 0;
    if (parents > most) {
      found = tag;
      most = parents;
    }
  }
  return found;
}

/** The clue the neighbour's tags give (compromise's checkTag). */
function tagClue(term: PassTerm | undefined, clues: Record<string, string> | undefined, tagSet: Record<string, TagInfo | undefined>): string | null | undefined {
  if (!term) return null;
  // compromise's default parameter: no clues are an empty object, whose look-up finds nothing.
  if (!clues) return undefined;
  return clues[firstClueTag(term.tags, clues, tagSet) as string];
}

/** compromise's pickTag: the next word, the previous word ("also" skipped), the previous word's tags, the next word's. */
function pickTag(terms: PassTerm[], i: number, clues: Clues | undefined, tagSet: Record<string, TagInfo | undefined>): string | null | undefined {
  if (!clues) return null;
  const beforeIndex = terms[i - 1]?.text !== 'also' ? i - 1 : Math.max(0, i - 2);
  return (
    wordClue(terms[i + 1], clues.afterWords) ||
    wordClue(terms[beforeIndex], clues.beforeWords) ||
    tagClue(terms[beforeIndex], clues.beforeTags, tagSet) ||
    tagClue(terms[i + 1], clues.afterTags, tagSet)
  );
}

/** compromise's doSwitches on term `i` of a clause. */
export function switches(terms: PassTerm[], i: number, world: World): void {
  const { model } = world;
  const term = terms[i];
  // compromise strips a prefix ("re-") from the word here only for its debug log: left out.
  const form = term.switch;
  if (!form) return;
  if (term.tags.has('Acronym') || term.tags.has('PhrasalVerb')) return;
  let tag = pickTag(terms, i, model.two.clues[form], model.one.tagSet);
  const adhoc = adhocSwitchChecks[form];
  if (adhoc) tag = adhoc(terms, i) || tag;
  if (tag) {
    world.methods.one.setTag([term], tag, world, null, `3-[switch] (${form})`);
    fillTags(terms, i, model);
  }
}
