// Who a description or a pronoun in a quote's cue refers to: "he said" is the person last named
// before it (or the subject of that person's sentence), "the minister said" the person last
// named with that title or role, "the Brazilian said" the person the text is about. Each looks
// back over at most 40 mentions and 3,000 characters, and sentence starts are read from
// `MentionSentences`, so resolving one cue costs the same however long the document is.
import type { DocumentWork } from '../pipeline/documentWork';
import type { ResolvedEntity, ResolvedMention } from '../people/resolve';
import type { MentionSentences } from './mentionSentences';
import { firstIndex } from '../../common/firstIndex';

export interface PeopleIndex {
  mentions: ResolvedMention[];
  entities: ResolvedEntity[];
  /** Mention index of a paragraph's candidate: `mentionOf[candidateBase[paragraph] + candidate]`, -1 for none. */
  candidateBase: Int32Array;
  mentionOf: Int32Array;
}

/** What resolving a cue's speaker reads: the text, its people, and facts about their mentions. */
export interface Referents {
  text: string;
  people: PeopleIndex;
  /** Whether a mention, by its index, sits inside a quotation: a speaker is rarely named in their own quote. */
  mentionInQuote: (mention: number) => boolean;
  sentences: MentionSentences;
  work: DocumentWork;
  /**
   * The lowest document offset the resolution read since it was last reset (a mention looked
   * at): what a quote's speaker depends on, so that after an edit far from it the speaker is
   * carried over instead of resolved again (see quoteReuse.ts).
   */
  low: number;
}

/** "the Brazilian", "the 19-year-old", "the 74-year-old veteran": a nationality or an age as a description of someone. */
export const REDESCRIPTION = /^[Tt]he\s+(?:\d{1,3}-year-old(?:\s+\p{Ll}+)?|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch|ic)(?:\s+(?:woman|man|player|star|champion|veteran|leader))?|\p{Lu}\p{Ll}+(?:wo)?man|Republican|Democrat)$/u;

/** Abbreviated titles, by the word a later mention uses ("Sen. Ada Lee" … "the senator"). */
const ABBREVIATED = new Map([
  ['sen', 'senator'],
  ['rep', 'representative'],
  ['gov', 'governor'],
  ['gen', 'general'],
  ['pres', 'president'],
  ['sec', 'secretary'],
  ['prof', 'professor'],
  ['dr', 'doctor'],
  ['supt', 'superintendent'],
  ['insp', 'inspector'],
  ['lt', 'lieutenant'],
  ['col', 'colonel'],
  ['sgt', 'sergeant'],
  ['capt', 'captain'],
  ['amb', 'ambassador'],
  // Not abbreviations, but the word a later mention uses: "Justice Harold Abernathy" … "the judge".
  ['justice', 'judge'],
  ['magistrate', 'judge'],
]);

/**
 * The role word of a definite description that may refer back to a named person: "the
 * minister", "the foreign minister", "this spokesman" give "minister", "spokesman". Not "a
 * spokesman" (someone not named) and not phrases of more than four words.
 */
function roleNoun(phrase: string): string | undefined {
  const words = phrase.toLowerCase().split(/\s+/);
  if (words.length < 2 || words.length > 4 || (words[0] !== 'the' && words[0] !== 'this')) return undefined;
  const last = words[words.length - 1];
  return /^[a-z][a-z-]{2,}$/.test(last) ? last : undefined;
}

const NO_WORDS: readonly string[] = [];
/** Titles and roles repeat across mentions and edits: their words are split once. */
const roleWordCache = new Map<string, readonly string[]>();

/** The role word of each cue's speaker, read once: cues are cached with their paragraph across edits. */
const speakerRoles = new WeakMap<object, string | null>();
export function roleOf(speaker: { text: string }): string | null {
  let role = speakerRoles.get(speaker);
  if (role === undefined) {
    role = roleNoun(speaker.text) ?? null;
    speakerRoles.set(speaker, role);
  }
  return role;
}

/** The words of a title or role, abbreviations spelt out: "Sen." → senator, "Police spokesman" → police, spokesman. */
function roleWords(text: string | undefined): readonly string[] {
  if (!text) return NO_WORDS;
  let words = roleWordCache.get(text);
  if (!words) {
    if (roleWordCache.size > 10_000) roleWordCache.clear();
    words = text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean)
      .map(w => ABBREVIATED.get(w) ?? w);
    roleWordCache.set(text, words);
  }
  return words;
}

/**
 * The person "the minister" at `pos` refers to: the nearest earlier mention outside quotes
 * whose title or role has that word ("Foreign Minister Wang Yi", "Amina Yusuf, a surgeon at
 * the hospital"), within the same stretch of text as for pronouns.
 */
export function roleAntecedent(ctx: Referents, pos: number, role: string): number | null {
  return nearestEarlier(ctx, pos, m => {
    const entity = ctx.people.entities[m.entity];
    return [m.title, m.candidate.role, entity.title, entity.role].some(t => roleWords(t).includes(role));
  });
}

/**
 * The person a "he"/"she" at `pos` refers to: the nearest earlier mention outside quotes, of a
 * compatible gender; but the subject of that mention's sentence when it is also compatible
 * ("Capt. Owen Marsh said they had interviewed Tony Graves. “…,” he said" is Marsh).
 */
export function antecedent(ctx: Referents, pos: number, pronoun: 'he' | 'she', depth = 0): number | null {
  const { text, people } = ctx;
  const want = pronoun === 'he' ? 'male' : 'female';
  const fits = (m: ResolvedMention): boolean => {
    const g = people.entities[m.entity].gender;
    return !g || g === want;
  };
  // "Trump, he said, is …": not the name the pronoun's own clause reports.
  const nearest = nearestEarlierIndex(ctx, pos, m => fits(m) && !/^,\s*$/.test(text.slice(m.end, pos)));
  if (nearest < 0) return null;
  const chosen = preferSubject(ctx, nearest, fits);
  // "He told Dalton he had no plans. “…,” he said": the sentence's subject is the pronoun
  // itself, which refers further back.
  if (chosen === nearest && depth < 2) {
    if (ctx.sentences.opensWithPronoun(nearest, pronoun === 'he' ? 'He' : 'She')) return antecedent(ctx, ctx.sentences.sentenceStart(nearest), pronoun, depth + 1) ?? people.mentions[nearest].entity;
  }
  return people.mentions[chosen].entity;
}

/**
 * The person a description such as "the Brazilian" or "the 19-year-old" re-describes: like a
 * pronoun, the subject of the sentence naming the nearest person.
 */
export function describedAntecedent(ctx: Referents, pos: number, accepts: (m: ResolvedMention) => boolean): number | null {
  const nearest = nearestEarlierIndex(ctx, pos, accepts);
  return nearest < 0 ? null : ctx.people.mentions[preferSubject(ctx, nearest, accepts)].entity;
}

/**
 * The mention at `start` names the speaker right after a quotation ("“…,” Obama said after
 * meeting Putin"): the subject of the sentence, though the quotation opens it.
 */
function namedAfterQuote(text: string, start: number): boolean {
  return /[,!?]["”’]\s+$/.test(text.slice(Math.max(0, start - 4), start));
}

/** The mention that opens the sentence of mention `nearest`, when `accepts` takes it ("Capt. Owen Marsh said they had interviewed Tony Graves"); else `nearest`. */
function preferSubject(ctx: Referents, nearest: number, accepts: (m: ResolvedMention) => boolean): number {
  const ms = ctx.people.mentions;
  const { paragraph, candidate } = ms[nearest];
  let chosen = nearest;
  let j = nearest - 1;
  for (; j >= 0; j--) {
    if (ms[j].start < ctx.low) ctx.low = ms[j].start;
    if (ms[j].paragraph !== paragraph || ms[j].candidate.sentence !== candidate.sentence) break;
    ctx.work.add(1);
    if (!ctx.mentionInQuote(j) && accepts(ms[j]) && (ctx.sentences.opensSentence(j) || namedAfterQuote(ctx.text, ms[j].start))) chosen = j;
  }
  // The sentence's first mention is the document's first: the answer depends on there being none before.
  if (j < 0) ctx.low = 0;
  return chosen;
}

/**
 * The entity of the nearest mention before `pos` that `accepts`, skipping mentions inside quotes
 * (a speaker is rarely named in their own quote), within 40 mentions and 3,000 characters.
 */
export function nearestEarlier(ctx: Referents, pos: number, accepts: (m: ResolvedMention) => boolean): number | null {
  const i = nearestEarlierIndex(ctx, pos, accepts);
  return i < 0 ? null : ctx.people.mentions[i].entity;
}

/** Index of that mention, -1 for none. */
function nearestEarlierIndex(ctx: Referents, pos: number, accepts: (m: ResolvedMention) => boolean): number {
  const ms = ctx.people.mentions;
  let i = firstIndex(ms.length, k => ms[k].start >= pos) - 1;
  for (let seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const m = ms[i];
    if (m.start < ctx.low) ctx.low = m.start;
    if (pos - m.end > 3000) break;
    ctx.work.add(1);
    if (!ctx.mentionInQuote(i) && accepts(m)) return i;
  }
  // No mention left before: the answer depends on there being none, up to the document's start.
  if (i < 0) ctx.low = 0;
  return -1;
}
