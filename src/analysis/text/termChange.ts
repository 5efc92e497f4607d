// What a run of compromise's tagging steps did to one term, kept so that it can be done again to
// another term in the same state without running the steps: the tags afterwards, in their
// order, and the other fields the steps wrote. Used by text/preTagger.ts, whose memo matches a
// term only to a remembered one in the same state, so that the same state leads to the same change.
import type { PassTerm } from './compromisePasses';

/**
 * The fields besides its tags that compromise's pre-tagger steps write on a term: tagSwitch the
 * switch, the guesses by suffix, regex and prefix a confidence, compromise's setTag dirty and chunk.
 */
export type WrittenField = 'switch' | 'confidence' | 'dirty' | 'chunk';
export const WRITTEN_FIELDS: readonly WrittenField[] = ['switch', 'confidence', 'dirty', 'chunk'];

export interface TermChange {
  /** The term's tags afterwards, in order. */
  tags: readonly string[];
  /** How many of them the term had before in the same order (the rest were added), or -1 when the steps removed or reordered tags. */
  kept: number;
  /** The fields whose values changed, with their new values, in the order the term holds them. */
  writes: ReadonlyArray<readonly [WrittenField, unknown]>;
}

/** A term's state before the steps run, to compare with afterwards. */
export interface TermState {
  tags: string[];
  fields: unknown[];
}

export function stateOf(term: PassTerm): TermState {
  // The fields one by one, in WRITTEN_FIELDS' order, into a literal array: packed in every tier (see common/mapped.ts).
  return { tags: [...term.tags], fields: [term.switch, term.confidence, term.dirty, term.chunk] };
}

/** The change from `before` to the term as it is now. */
export function changeSince(term: PassTerm, before: TermState): TermChange {
  const tags = [...term.tags];
  let kept = before.tags.length;
  if (tags.length < kept) kept = -1;
  for (let k = 0; k < kept; k++) {
    if (tags[k] !== before.tags[k]) {
      kept = -1;
      break;
    }
  }
  const changed = new Set<string>();
  for (let k = 0; k < WRITTEN_FIELDS.length; k++) if (term[WRITTEN_FIELDS[k]] !== before.fields[k]) changed.add(WRITTEN_FIELDS[k]);
  // In the term's own field order, so that a replayed term gets its new fields in the order a
  // term tagged by the steps gets them (the same object shape, which compromise's code is tuned
  // to). Grown by push: packed in every tier (see common/mapped.ts).
  const writes: Array<readonly [WrittenField, unknown]> = [];
  if (changed.size > 0) for (const field of Object.keys(term)) if (changed.has(field)) writes.push([field as WrittenField, term[field as WrittenField]]);
  return { tags, kept, writes };
}

/** Does to `term` what the steps did to the term `change` was taken from. */
export function replay(term: PassTerm, change: TermChange): void {
  const { tags, kept } = change;
  if (kept < 0) {
    term.tags.clear();
    for (let k = 0; k < tags.length; k++) term.tags.add(tags[k]);
  } else {
    for (let k = kept; k < tags.length; k++) term.tags.add(tags[k]);
  }
  // One store through the field's name for every field: V8 soon makes it a generic store. Four
  // stores by name each learned the term shapes they met, and the first term of another shape
  // (compromise's terms get their fields in several orders) threw the optimised pre-tagger away.
  // Indexed, not destructured: taking each pair apart made an iterator per write.
  const writes = change.writes;
  for (let w = 0; w < writes.length; w++) (term as unknown as Record<string, unknown>)[writes[w][0]] = writes[w][1];
}

/** Does the term have exactly these tags, in this order? */
export function hasTagsInOrder(term: PassTerm, tags: readonly string[]): boolean {
  if (term.tags.size !== tags.length) return false;
  let k = 0;
  for (const tag of term.tags) if (tag !== tags[k++]) return false;
  return true;
}
