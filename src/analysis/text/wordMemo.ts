// compromise's tokenizer (`nlp.tokenize`) splits a paragraph into sentences and each sentence
// into raw word chunks ("“Okafor,"), then turns each chunk into a term: the word, the punctuation
// around it, and its normal, alias and machine forms (lower case, accents folded, acronym dots
// dropped, "’s" cut). That second part is a pure function of the chunk — a fifth of the
// tokenizer's time — and news repeats its words: here it is done once per distinct chunk and
// each later occurrence gets a copy. compromise also computes the normal form twice (once while
// parsing, once more in `nlp.tokenize`); here once. The sentence and word splits and the
// contraction step, which look at neighbours, are compromise's own, run as `nlp.tokenize` runs
// them; but the contraction step ("can't" → can + not, "4km" → 4 + km) runs only on a paragraph
// with a word it may split, which is decided once per distinct chunk. The memo is bounded: it
// starts afresh past MAX_WORDS distinct chunks, so a long document of rare words cannot grow it
// without end.
import nlp from 'compromise';
import { simpleChunks } from './wordSplit';

/** A term as compromise's tokenizer makes it (the fields it sets; others are added later). */
interface RawTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string;
  alias?: string[];
  machine?: string;
  [field: string]: unknown;
}

interface Contraction {
  word?: string;
  before?: string;
  after?: string;
}

interface World {
  model: { one: { contractions?: Contraction[] } };
  methods: {
    one: {
      tokenize: {
        splitSentences: (text: string, world: World) => string[];
        splitTerms: (sentence: string, model: object) => string[];
        splitWhitespace: (chunk: string, model: object) => RawTerm;
      };
    };
  };
  compute: Record<string, (view: { docs: RawTerm[][]; world: World }) => void>;
}

type Doc = ReturnType<typeof nlp>;
type DocClass = new (document: RawTerm[][]) => Doc;

const world = nlp.world() as unknown as World;
const DocView = (Object.getPrototypeOf(nlp.tokenize('')) as { constructor: DocClass }).constructor;

/** Past this many distinct chunks the memo starts afresh (a few MB at most). */
export const MAX_WORDS = 50_000;

/** A chunk's term, and whether compromise's contraction step may split it. */
interface Known {
  term: RawTerm;
  mayContract: boolean;
}

const memo = new Map<string, Known>();

/** Empties the memo (tests that compare with compromise's own tokenizer start from nothing). */
export function clearWordMemo(): void {
  memo.clear();
}

/** The number of distinct chunks the memo holds. */
export function wordMemoSize(): number {
  return memo.size;
}

/** compromise's term for a raw chunk: split off its punctuation, then its normal, alias and machine forms. */
function freshTerm(chunk: string): RawTerm {
  const { tokenize } = world.methods.one;
  const term = tokenize.splitWhitespace(chunk, world.model);
  // The same per-term steps, in the same order, that `nlp.tokenize` runs over the document.
  const view = { docs: [[term]], world };
  world.compute.normal(view);
  world.compute.alias(view);
  world.compute.machine(view);
  return term;
}

// What compromise's contraction step (contraction-one/compute/contractions/index.js) tests a word with.
const APOSTROPHE = /'/;
const NUMBER_DASH = /^[0-9][^-–—]*[-–—].*?[0-9]/;
const NUMBER_UNIT = /^([+-]?[0-9][.,0-9]*)([a-z°²³µ/]+)$/;

/**
 * May compromise's contraction step split this word? False only when each of its tests leaves
 * the word as it is whatever its neighbours: no known contraction ("cannot", "’ll", "l’…"), no
 * "n’t", "’d", "there’s" or French elision, no number range ("3-4") and no number with a unit
 * ("4km"). A possessive ("Trump’s") is left as it is.
 */
export function mayContract(term: RawTerm): boolean {
  const normal = term.normal ?? '';
  if (NUMBER_DASH.test(normal) || NUMBER_UNIT.test(term.text)) return true;
  let before: string | null = null;
  let after: string | null = null;
  if (APOSTROPHE.test(normal)) {
    const parts = normal.split(APOSTROPHE);
    before = parts[0];
    after = parts[1];
  }
  for (const known of world.model.one.contractions ?? []) {
    if (known.word === normal) return true;
    if (after !== null && after === known.after) return true;
    if (before !== null && before === known.before && after && after.length > 2) return true;
  }
  // Split by the word's ending ("n't", "'d"), start ("j'", "l'", "d'") or as "there's".
  return after === 't' || after === 'd' || before === 'j' || before === 'l' || before === 'd' || (before === 'there' && after === 's');
}

function knownFor(chunk: string): Known {
  let known = memo.get(chunk);
  if (!known) {
    if (memo.size >= MAX_WORDS) memo.clear();
    const term = freshTerm(chunk);
    known = { term, mayContract: mayContract(term) };
    memo.set(chunk, known);
  }
  return known;
}

function copyOf(known: RawTerm): RawTerm {
  // A copy with its own tag set and alias list (later steps change a term's tags in place),
  // built field by field in the order compromise adds them, so that it has the same shape as
  // compromise's own terms: a copy by spread is a differently shaped object, and compromise's
  // tagger, tuned to one shape, ran a third slower on it.
  const term: RawTerm = { text: known.text, pre: known.pre, post: known.post, tags: new Set<string>() };
  term.normal = known.normal;
  if (known.alias !== undefined) term.alias = known.alias.slice();
  if (known.machine !== undefined) term.machine = known.machine;
  return term;
}

/**
 * What `nlp.tokenize(text)` returns, with each chunk's term made once. The document and its
 * sentences are built by `push`, never by `map`: an array from `map` has no holes while the
 * caller runs unoptimised but is made "holey" once V8's optimising compiler inlines the `map`,
 * so the same code in compromise and here got arrays of two kinds (two hidden classes), and
 * every function that reads a sentence was compiled again when the second kind turned up.
 */
export function tokenize(text: string): Doc {
  const { tokenize } = world.methods.one;
  let contracts = false;
  const sentences = tokenize.splitSentences(text || '', world);
  const document: RawTerm[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const chunks = simpleChunks(sentences[s], world.model) ?? tokenize.splitTerms(sentences[s], world.model);
    const terms: RawTerm[] = [];
    for (let c = 0; c < chunks.length; c++) {
      const known = knownFor(chunks[c]);
      if (known.mayContract) contracts = true;
      terms.push(copyOf(known.term));
    }
    document.push(terms);
  }
  const doc = new DocView(document);
  // The step changes nothing in a paragraph with no word it may split.
  if (contracts) doc.compute('contractions');
  return doc;
}
