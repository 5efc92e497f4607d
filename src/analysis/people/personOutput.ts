// The output object of a person mention, built in one object literal per shape (with or without
// a title, with or without rules): after an edit of a long document thousands are built again,
// moved by the edit, and adding properties one by one to a literal costs several times more.
import type { PersonMention } from '../types';

export function personMention(start: number, end: number, text: string, entity: string, title: string | undefined, rules: string[]): PersonMention {
  if (title) return rules.length ? { start, end, text, entity, title, rules } : { start, end, text, entity, title };
  return rules.length ? { start, end, text, entity, rules } : { start, end, text, entity };
}

/** The same mention moved by `delta`. */
export function movedPersonMention(p: PersonMention, delta: number): PersonMention {
  return personMention(p.start + delta, p.end + delta, p.text, p.entity, p.title, p.rules ?? []);
}
