// The full names a mention may refer to ("Smith" after "Anna Smith" and "Ben Smith"; "Anna
// Smith" in "Anna Maria Smith"): among those holding all its words, of a gender its title allows,
// the one mentioned most recently, else the one named first. A document with thousands of
// namesakes would make weighing them all for every mention quadratic, so a one-word mention —
// nearly always a surname — reads its answer from a record kept per word and gender as mentions
// are resolved; a longer one weighs only the full names holding its rarest word.
import type { Gender } from './candidates';

export interface FullName {
  words: string[];
  lowerWords: string[];
  key: string;
  name: string;
  /** Document position of the first strong mention. */
  firstAt: number;
  /** Position of the latest mention resolved to this name so far, for picking between namesakes. */
  lastAt: number;
  /** From the given name or a title ("Anthony Falcone" is a man). */
  gender?: Gender;
  /** Rank among the full names (longest first, then first named): the earlier wins a tie. */
  order: number;
  /** The words this name is found by as a surname alone (not initials, not one letter). */
  indexedWords: Set<string>;
}

/** `part` appears in `whole` in order (not necessarily adjacent): "Barack Obama" in "Barack Hussein Obama". Lower case. */
export function containsInOrder(whole: string[], part: string[]): boolean {
  let i = 0;
  for (let j = 0; j < whole.length && i < part.length; j++) if (whole[j] === part[i]) i++;
  return i === part.length;
}

/** The namesake mentioned most recently, or, if none is yet, the one named first (the earlier in rank on a tie). */
function better(a: FullName | undefined, b: FullName): FullName {
  if (!a) return b;
  if (a.lastAt !== b.lastAt) return a.lastAt > b.lastAt ? a : b;
  if (a.lastAt < 0 && a.firstAt !== b.firstAt) return a.firstAt < b.firstAt ? a : b;
  return a.order < b.order ? a : b;
}

/** For one word and one gender (or none): the namesakes' best pick so far. */
interface Record {
  recent?: FullName;
  earliest?: FullName;
}

const GENDERS = 3;
const genderSlot = (g: Gender | undefined): number => (g === 'male' ? 0 : g === 'female' ? 1 : 2);

export class Namesakes {
  /** Full names by each word they hold (any word), in rank order. */
  private readonly byAnyWord = new Map<string, FullName[]>();
  /** Per indexed word, a record per gender slot. */
  private readonly records = new Map<string, Record[]>();
  /** Mentions come in document order; were one to come earlier, the records would be stale. */
  private latest = -1;
  private ordered = true;

  /** Adds a full name; they are added in rank order, before any mention is resolved. */
  add(f: FullName): void {
    for (const w of f.lowerWords) {
      const list = this.byAnyWord.get(w);
      if (list) list.push(f);
      else this.byAnyWord.set(w, [f]);
    }
    for (const w of f.indexedWords) {
      let records = this.records.get(w);
      if (!records) this.records.set(w, (records = Array.from({ length: GENDERS }, () => ({}))));
      const r = records[genderSlot(f.gender)];
      r.earliest = !r.earliest || f.firstAt < r.earliest.firstAt ? f : r.earliest;
    }
  }

  /** Some full name holds all `words` in order. */
  someHolds(words: string[], work: { add(steps: number): void }): boolean {
    const list = this.rarest(words);
    if (!list) return false;
    work.add(list.length);
    return list.some(f => containsInOrder(f.lowerWords, words));
  }

  /**
   * The full name a mention of `words` refers to among those found by its last word, of a gender
   * compatible with `titled` (the gender of its title), or undefined.
   */
  pick(words: string[], titled: Gender | undefined, work: { add(steps: number): void }): FullName | undefined {
    const last = words[words.length - 1];
    const compatible = (f: FullName): boolean => !titled || !f.gender || f.gender === titled;
    if (words.length === 1 && this.ordered) {
      const records = this.records.get(last);
      if (!records) return undefined;
      let target: FullName | undefined;
      for (let slot = 0; slot < GENDERS; slot++) {
        if (titled && slot !== genderSlot(titled) && slot !== genderSlot(undefined)) continue;
        const r = records[slot];
        const pick = r.recent ?? r.earliest;
        if (pick) target = better(target, pick);
      }
      return target;
    }
    const list = this.rarest(words);
    if (!list) return undefined;
    work.add(list.length);
    let target: FullName | undefined;
    for (const f of list) if (f.indexedWords.has(last) && compatible(f) && containsInOrder(f.lowerWords, words)) target = better(target, f);
    return target;
  }

  /** A mention at `at` was resolved to `f`. */
  mentioned(f: FullName, at: number): void {
    if (at < this.latest) this.ordered = false;
    this.latest = Math.max(this.latest, at);
    f.lastAt = at;
    for (const w of f.indexedWords) {
      const r = this.records.get(w)![genderSlot(f.gender)];
      r.recent = r.recent ? better(r.recent, f) : f;
    }
  }

  /** The shortest list of full names holding one of `words` (every match holds them all), or undefined when a word is in none. */
  private rarest(words: string[]): FullName[] | undefined {
    let shortest: FullName[] | undefined;
    for (const w of words) {
      const list = this.byAnyWord.get(w);
      if (!list) return undefined;
      if (!shortest || list.length < shortest.length) shortest = list;
    }
    return shortest;
  }
}
