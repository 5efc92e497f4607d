// Applies the post-tagger's matches to the words: compromise 14.17's tagger
// (sweep/methods/tagger/index.js) and its setTag (tag/methods/setTag.js), step for step, without
// their debug logging. Both read `process.env.DEBUG_TAGS` on every call, and in Node each read of
// process.env is a call into the runtime that costs more than tagging the word: the post-tagger
// calls setTag tens of thousands of times on a megabyte of news. Everything else is as
// compromise does it, including its quirks (setTag of a list passes on "safe" but not the
// reason; unTag is handed the world where it expects the tag set). MIT licence, as compromise.
import type { MatchTerm } from './stepTest';

/** A found match as compromise's sweep hands it on (a post-tagger record and where it matched). */
interface Todo {
  tag?: string | string[];
  unTag?: unknown;
  chunk?: string;
  safe?: boolean;
  freeze?: boolean;
  pointer: unknown[];
}

interface TagInfo {
  not?: string[];
  parents?: string[];
}

export interface TaggerWorld {
  model: { one: { tagSet?: Record<string, TagInfo> } };
  methods: {
    one: {
      getDoc: (pointers: unknown[][], document: MatchTerm[][]) => MatchTerm[][];
      unTag: (terms: MatchTerm[], tag: unknown, world: unknown, safe?: boolean, reason?: string) => void;
    };
    two: { looksPlural?: (text: string) => boolean };
  };
}

type Term = MatchTerm & { frozen?: boolean; dirty?: boolean };

/** compromise's tagger: applies each found match's tags, un-tags and chunk to its words. */
export function applyMatches(found: object[], document: MatchTerm[][], world: TaggerWorld): void {
  const { model, methods } = world;
  const tagSet = model.one.tagSet ?? {};
  const looksPlural = methods.two.looksPlural;
  for (const todo of found as Todo[]) {
    if (!todo.tag && !todo.chunk && !todo.unTag) continue;
    const terms = methods.one.getDoc([todo.pointer], document)[0] as Term[];
    if (todo.safe === true) {
      // A "safe" tag is not set against a conflicting tag, nor on half of a hyphenated word.
      if (!canBe(terms, todo.tag, tagSet)) continue;
      if (terms[terms.length - 1].post === '-') continue;
    }
    if (todo.tag !== undefined) {
      setTag(terms, todo.tag, tagSet, todo.safe);
      // compromise's "quick and dirty plural tagger".
      if (todo.tag === 'Noun' && looksPlural) {
        const term = terms[terms.length - 1];
        setTag([term], looksPlural(term.text) ? 'Plural' : 'Singular', tagSet, todo.safe);
      }
      if (todo.freeze === true) for (const term of terms) term.frozen = true;
    }
    if (todo.unTag !== undefined) methods.one.unTag(terms, todo.unTag, world, todo.safe);
    if (todo.chunk) for (const term of terms) term.chunk = todo.chunk;
  }
}

/** The tagger's canBe: no word has a tag the new one rules out. */
function canBe(terms: Term[], tag: unknown, tagSet: Record<string, TagInfo>): boolean {
  // As compromise, a tag that is not one string is looked up as its string form.
  const name = String(tag);
  if (!Object.prototype.hasOwnProperty.call(tagSet, name)) return true;
  const not = tagSet[name].not ?? [];
  return !terms.some(term => not.some(other => term.tags.has(other)));
}

const MULTI = / /;

/** setTag: a tag (or a list of tags, or "#A #B" one per word) on the words. */
function setTag(terms: Term[], tag: string | string[] | undefined, tagSet: Record<string, TagInfo>, isSafe: boolean | undefined): void {
  if (!tag) return;
  if (Array.isArray(tag)) {
    for (const one of tag) setTag(terms, one, tagSet, isSafe);
    return;
  }
  if (typeof tag !== 'string') return;
  let name = tag.trim();
  if (MULTI.test(name)) {
    const tags = name.split(MULTI);
    terms.forEach((term, i) => {
      if (tags[i]) tagTerm(term, tags[i].replace(/^#/, ''), tagSet, isSafe);
    });
    return;
  }
  name = name.replace(/^#/, '');
  for (const term of terms) tagTerm(term, name, tagSet, isSafe);
}

function tagTerm(term: Term, tag: string, tagSet: Record<string, TagInfo>, isSafe: boolean | undefined): void {
  if (term.tags.has(tag) || tag === '.') return;
  // A frozen word keeps its tags: a conflicting tag is not set.
  const safe = term.frozen === true ? true : isSafe;
  const known = tagSet[tag];
  if (known) {
    for (const other of known.not ?? []) {
      if (safe === true && term.tags.has(other)) return;
      term.tags.delete(other);
    }
    for (const parent of known.parents ?? []) {
      term.tags.add(parent);
      addChunk(term, parent);
    }
  }
  term.tags.add(tag);
  term.dirty = true;
  addChunk(term, tag);
}

function addChunk(term: Term, tag: string): void {
  if (tag === 'Noun' || tag === 'Verb') term.chunk = tag;
}
