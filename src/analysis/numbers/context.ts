// The words around a number: compromise's part-of-speech tags (looked up by offset), the
// qualifier before it ("more than"), and the noun it counts ("20,000 Americans").
import { W, classWords } from '../lexicon/lexicon';
import type nlp from 'compromise';
import type { ScanToken } from './scanTokens';
import { firstIndex } from '../../common/firstIndex';
import { mapped } from '../../common/mapped';

/** A compromise document of one paragraph, with `compute('offset')` already run. */
export type ParagraphDoc = ReturnType<typeof nlp>;

interface Term {
  offset?: { start: number; length: number };
  tags?: Set<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/**
 * compromise's tags, looked up by character offset. Built once per paragraph from the terms
 * (linear), on the first lookup: many paragraphs' numbers ("$42 million", "March 3") are decided
 * without a tag. A lookup is a binary search. Our tokens and compromise's terms do not always
 * line up ("drug-trafficking" is two terms, one token), so a token takes the tags of the last
 * term that starts inside it — the head of a hyphenated compound.
 */
export class TermTags {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly tags: ReadonlySet<string>[] = [];
  private doc: ParagraphDoc | undefined;

  constructor(doc: ParagraphDoc) {
    this.doc = doc;
  }

  private read(doc: ParagraphDoc): void {
    for (const sentence of (doc as unknown as { docs: Term[][] }).docs) {
      for (const term of sentence) {
        if (!term.offset) continue;
        this.starts.push(term.offset.start);
        this.ends.push(term.offset.start + term.offset.length);
        this.tags.push(term.tags ?? NO_TAGS);
      }
    }
  }

  /** Tags for the text [start, end): of the last term starting inside it, or the term covering `start`. */
  at(start: number, end: number): ReadonlySet<string> {
    if (this.doc) {
      this.read(this.doc);
      this.doc = undefined;
    }
    let found = firstIndex(this.starts.length, i => this.starts[i] >= end) - 1;
    // Skip zero-length terms compromise inserts (number ranges are split into empty terms).
    while (found >= 0 && this.ends[found] === this.starts[found] && this.starts[found] > start) found--;
    if (found < 0 || this.ends[found] <= start) return NO_TAGS;
    return this.tags[found];
  }

  has(t: ScanToken | undefined, tag: string): boolean {
    return !!t && this.at(t.start, t.end).has(tag);
  }
}

/** Qualifiers written right before a number, longest first within each length. */
const QUALIFIERS_BEFORE: readonly string[][] = [
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than', 'as many as', 'as much as',
  'as few as', 'as little as', 'in excess of', 'a total of', 'an estimated', 'more than', 'less than', 'fewer than',
  'greater than', 'higher than', 'lower than', 'at least', 'at most', 'up to', 'just over', 'just under', 'well over',
  'well under', 'close to', 'closer to', 'upwards of', 'a record', 'a maximum of', 'a minimum of', 'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some',
  'over', 'under', 'above', 'below', 'estimated', 'only', 'just', 'exactly', 'precisely', 'approx', 'circa', 'barely',
]
  .map(q => q.split(' '))
  .sort((a, b) => b.length - a.length);

const QUALIFIERS_AFTER: Record<string, string> = {
  'or more': 'or more', 'or so': 'about', 'or less': 'or less', 'or fewer': 'or fewer', 'and more': 'or more',
  'and up': 'or more', 'and over': 'or more', 'or higher': 'or more', 'or older': 'or more', 'or younger': 'or less',
};

/**
 * The qualifiers by their last word, each list in the order of QUALIFIERS_BEFORE: only those
 * ending with the word before a number can match, so the others are not tried.
 */
const QUALIFIERS_BY_LAST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const byLast = new Map<string, string[][]>();
  for (const words of QUALIFIERS_BEFORE) {
    const last = words[words.length - 1];
    byLast.set(last, [...(byLast.get(last) ?? []), words]);
  }
  return byLast;
})();

/**
 * The qualifier written right before token `first` ("more than", "about"), looking back over
 * words only. Returns the qualifier and the index of its first token.
 */
export function qualifierBefore(tokens: readonly ScanToken[], first: number): string | undefined {
  const before = tokens[first - 1];
  const candidates = before?.word ? QUALIFIERS_BY_LAST_WORD.get(before.lower) : undefined;
  for (const words of candidates ?? []) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[from + k].word && tokens[from + k].lower === words[k];
    if (ok) return words.join(' ');
  }
  if (before && !before.word && before.text === '~') return 'about';
  return undefined;
}

/** The first words of the qualifiers after a number ("or", "and"): only after one of them is the pair looked up. */
const QUALIFIER_AFTER_OPENERS: ReadonlySet<string> = new Set(Object.keys(QUALIFIERS_AFTER).map(q => q.split(' ')[0]));

/** A qualifier written right after token `last` ("107 or more", "50+"). */
export function qualifierAfter(tokens: readonly ScanToken[], last: number): string | undefined {
  const next = tokens[last + 1];
  const after = tokens[last + 2];
  // "50+" says "or more"; "5+3", glued on both sides, is a sum.
  if (next && !next.spaced && next.text === '+' && !(after && !after.spaced)) return 'or more';
  if (next?.word && after?.word && QUALIFIER_AFTER_OPENERS.has(next.lower)) return QUALIFIERS_AFTER[`${next.lower} ${after.lower}`];
  return undefined;
}

/** Words before a time word that make it a point in time ("last year", "next season"). */
const TIME_DEICTICS = classWords(W.TimeDeictic);
const TIME_WORDS = classWords(W.TimeWord);
/** Singular nouns that name a figure rather than what it counts: "the 200,000 forecast", "a 5% target". */
const VALUE_NOUNS = classWords(W.ValueNoun);
/** Past tenses that compromise may read as nouns ("rose", "fell"): after a counted noun they are its verb. */
const VERB_HOMOGRAPHS = classWords(W.PastTenseHomograph);

/** Words that open the noun phrase of "one of the …" without being counted themselves. */
const NP_OPENERS = classWords(W.CountedPhraseOpener);

const isNounish = (tags: ReadonlySet<string>): boolean => tags.has('Noun') && !tags.has('Pronoun') && !tags.has('Value');
const isModifier = (tags: ReadonlySet<string>): boolean => (tags.has('Adjective') || tags.has('Gerund')) && !tags.has('Value');
const POSSESSIVE = /['’]s?$/;

/**
 * A verb-looking word that can open a noun compound: a bare stem ("flood victims", "rescue
 * workers"), a gerund ("shooting victims") or an "-ed" participle used as an adjective
 * ("displaced families"). A finite verb cannot: in "12 were children", "12 had children" or
 * "9 saw doctors" the number is the subject of a verb phrase, not a count of it.
 */
function opensCompound(t: ScanToken, tg: ReadonlySet<string>): boolean {
  if (tg.has('Copula') || tg.has('Auxiliary') || tg.has('Modal')) return false;
  if (tg.has('Gerund')) return true;
  if (tg.has('PastTense')) return /ed$/.test(t.lower);
  if (tg.has('PresentTense') && !tg.has('Infinitive')) return false;
  return true;
}

/** The noun phrase a number counts. */
export interface Counted {
  text: string;
  /** The head noun is plural ("migrants"). */
  plural: boolean;
}

export interface CountedOptions {
  /** Only a phrase after "of" counts ("70 percent of the market"), not one right after. */
  viaOfOnly?: boolean;
  /** A phrase after "of" counts only when plural ("one of the pillars", not "day five of the Cup"). */
  ofNeedsPlural?: boolean;
}

/**
 * What a number counts: the noun phrase that follows it ("20,000 Americans", "two Chinese men"),
 * or that follows "of" ("one of the pillars", "70 percent of the market"). Leading adjectives are
 * dropped, noun compounds kept ("asylum seekers"); at most four words. `from` is the first token
 * after the number (and its unit). A singular proper name is not counted: in "Sweden 1 – 0
 * Korea Republic" the number counts nothing.
 */
export function countedAfter(tokens: readonly ScanToken[], from: number, tags: TermTags, options: CountedOptions = {}): Counted | undefined {
  // "1.81 million last year", "18,000 this season": a time word after "last/next/this" says when, not what.
  if (tokens[from]?.word && TIME_DEICTICS.has(tokens[from].lower) && tokens[from + 1]?.word && TIME_WORDS.has(tokens[from + 1].lower)) return undefined;
  // "10.72 seconds": compromise takes "seconds" for the ordinal; it is the unit of time counted.
  if (!options.viaOfOnly && tokens[from]?.lower === 'seconds') return { text: tokens[from].text, plural: true };
  let i = from;
  const viaOf = tokens[i]?.lower === 'of';
  if (viaOf) {
    i++;
    while (tokens[i]?.word && (NP_OPENERS.has(tokens[i].lower) || tags.has(tokens[i], 'Value') || tags.has(tokens[i], 'Determiner'))) i++;
  } else if (options.viaOfOnly) return undefined;
  let first = -1;
  let last = -1;
  for (let k = i; k < tokens.length && k < i + 5; k++) {
    const t = tokens[k];
    if (!t.word || /^\d/.test(t.text) || t.lineStart) break;
    if (POSSESSIVE.test(t.text)) {
      // "half of Donald Trump’s supporters": the possessor is not what is counted.
      if (!viaOf) break;
      first = -1;
      continue;
    }
    // "one tweet Friday": a name after a common noun starts something else.
    if (first >= 0 && /^\p{Lu}/u.test(t.text) && !/^\p{Lu}/u.test(tokens[first].text)) break;
    if (t.text.length === 1) break;
    const tg = tags.at(t.start, t.end);
    // "the 18-24 age group rose": after a noun, a past tense that is also a noun is the verb.
    if (first >= 0 && VERB_HOMOGRAPHS.has(t.lower)) break;
    const verbish = tg.has('Verb') || tg.has('Gerund');
    if (isNounish(tg) && !(verbish && first >= 0)) {
      if (first < 0) first = k;
      last = k;
      // A plural noun ends the phrase: "900 asylum seekers rescued" stops at "seekers".
      if (tg.has('Plural')) break;
    } else if (first < 0 && verbish && opensCompound(t, tg) && tokens[k + 1]?.word && isNounish(tags.at(tokens[k + 1].start, tokens[k + 1].end))) {
      // "flood victims", "shooting victims": a verb-looking word in a noun compound belongs to it.
      first = k;
      last = k;
    } else if (first < 0 && isModifier(tg)) continue;
    else break;
  }
  if (first < 0) return undefined;
  // "the 200,000 forecast", "the 2,000 mark": the noun names the figure, it is not counted by it.
  if (first === last && VALUE_NOUNS.has(tokens[last].lower)) return undefined;
  if (last - first > 3) first = last - 3;
  const words = tokens.slice(first, last + 1);
  const plural = tags.has(tokens[last], 'Plural');
  if (viaOf && options.ofNeedsPlural && !plural) return undefined;
  if (!plural && words.every(w => /^\p{Lu}/u.test(w.text))) return undefined;
  return { text: mapped(words, t => t.text).join(' '), plural };
}
