// The document pass for people: decides which candidates are people, using what the whole
// document says (a surname alone is a person when a full name with it appears elsewhere), and
// groups the mentions into entities with a canonical full name, a title, a role and an age.
// It runs over every candidate of the document on every analysis, so it walks the paragraphs'
// cached candidates in place and allocates only for the mentions it keeps, and it pauses (yields)
// after every stretch of work so that a long document does not hold up the editor.
import type { DocumentWork } from '../pipeline/documentWork';
import type { PersonMention, Rejection } from '../types';
import { Evidence, wordForms, type Gender, type NameCandidate } from './candidates';
import { Namesakes, type FullName } from './namesakes';
import { titleGender } from './nameShape';
import { CandidateWords } from './candidateWords';

/** The paragraphs of the document, in order, with their cached candidates. */
export interface CandidateBlocks {
  readonly length: number;
  readonly [index: number]: { start: number; findings: { candidates: NameCandidate[] } };
}

export interface ResolvedMention {
  start: number;
  end: number;
  /** Index into the resolved entities. */
  entity: number;
  title?: string;
  /** Where the mention comes from: its paragraph, the candidate's index there, the candidate. */
  paragraph: number;
  index: number;
  candidate: NameCandidate;
  /** The output mention made from this one, kept for the next run when the mention is unchanged. */
  output?: PersonMention;
  /** Ids of the rules that decided the mention, the candidate's and the document's. */
  rules: string[];
}

/** A candidate turned down (a veto here or in its paragraph), with the rules that turned it down. */
export interface ResolvedRejection {
  start: number;
  end: number;
  paragraph: number;
  index: number;
  rules: string[];
  /** The output rejection made from this one, kept for the next run when it is unchanged. */
  output?: Rejection;
}

export interface ResolvedEntity {
  /** The key of its full name, or of its mentions' words when no full name holds them. */
  key: string;
  name: string;
  words: string[];
  title?: string;
  role?: string;
  age?: number;
  gender?: Gender;
  /** Indices into the resolved mentions, in document order. */
  mentions: number[];
}

function allIn(words: string[], set: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  for (const w of words) if (!set.has(w)) return false;
  return true;
}

/** A candidate that states a name strongly (or a weakly supported multi-word name): a full name, or a single name known to be a person's. */
export function countsAsStated(c: NameCandidate): boolean {
  return !c.blocked && (c.evidence >= Evidence.Strong || (c.evidence === Evidence.Weak && c.words.length >= 2 && !c.headline));
}

/**
 * What the whole document says about names, before any mention is decided: its full names, the
 * single names it states strongly, the words it shows to be organisations or places. Every
 * decision reads these, for its own words only (see redecide.ts).
 */
export interface PeopleFacts {
  /** Full names by key, with their namesakes index. */
  full: Map<string, FullName>;
  /** Single names stated strongly, after the vote. */
  strongSingles: Set<string>;
  /** Words shown to be organisations' or places', after the vote, with the rule that showed it. */
  blockedWords: Map<string, string>;
  surnames: Set<string>;
  namesakes: Namesakes;
}

export interface Resolution {
  mentions: ResolvedMention[];
  entities: ResolvedEntity[];
  rejections: ResolvedRejection[];
  /** Which candidates hold each word, once an edit needed it (carried over from run to run). */
  candidateWords?: CandidateWords;
}

/**
 * @param include whether a span may hold a person (false inside the article's header and sign-off)
 * @param nameOf the display name of a full name written at [start, end)
 */
export function* resolvePeople(
  blocks: CandidateBlocks,
  include: (start: number, end: number) => boolean,
  nameOf: (candidate: NameCandidate, start: number, end: number) => string,
  work: DocumentWork,
): Generator<void, Resolution> {
  const facts = yield* peopleFacts(blocks, include, nameOf, work);
  const resolution = yield* decidePeople(blocks, include, nameOf, facts, work);
  // Made now, while the candidates are fresh in memory, for the first edit that changes a name
  // (see redecide.ts): a few milliseconds on a megabyte of text, against a whole document pass.
  resolution.candidateWords = CandidateWords.build(blocks);
  work.add(blocks.length);
  return resolution;
}

/**
 * The document's facts about names (step 1 of the resolution).
 * @param only the candidates to read, as (paragraph, index) pairs in document order (all when
 * absent): after an edit, those holding the words whose facts are asked for (see redecide.ts)
 */
export function* peopleFacts(
  blocks: CandidateBlocks,
  include: (start: number, end: number) => boolean,
  nameOf: (candidate: NameCandidate, start: number, end: number) => string,
  work: DocumentWork,
  only?: Int32Array,
): Generator<void, PeopleFacts> {
  // 1. Names the document states strongly: full names, and single names with a title or cue.
  const full = new Map<string, FullName>();
  const strongSingles = new Set<string>();
  /** Words of names the text shows to be organisations or places ("Pirelli shares"), with the rule that showed it. */
  const blockedWords = new Map<string, string>();
  /** Single names a title confirms as a person's ("Mrs. Banks"): a person in every mention. */
  const titledSingles = new Set<string>();
  /** Names of two words or more shown to be an organisation's or a place's, and those stated strongly as a person's. */
  const blockedNames = new Set<string>();
  const strongNames = new Set<string>();
  const read = (pi: number, c: NameCandidate): void => {
    const base = blocks[pi].start;
    if (c.blocked) {
      const rule = c.rules?.[0] ?? 'person.organisation-word-after';
      for (const w of c.lowerWords) if (!blockedWords.has(w)) blockedWords.set(w, rule);
      if (c.words.length >= 2) blockedNames.add(c.key);
      return;
    }
    if (c.title && c.words.length === 1 && c.evidence >= Evidence.Strong) titledSingles.add(c.lowerWords[0]);
    // Multi-word names count even when only weakly supported ("Romelu Lukaku": two unknown
    // words): they are output as people, so their surnames should be too.
    if (!countsAsStated(c)) return;
    if (!include(base + c.start, base + c.end)) return;
    if (c.words.length >= 2) {
      if (c.evidence >= Evidence.Strong) strongNames.add(c.key);
      const known = full.get(c.key);
      if (!known) full.set(c.key, { words: c.words, lowerWords: c.lowerWords, key: c.key, name: nameOf(c, base + c.start, base + c.end), firstAt: base + c.start, lastAt: -1, gender: c.gender, order: 0, indexedWords: new Set() });
      else known.gender ??= c.gender;
    } else strongSingles.add(c.lowerWords[0]);
  };
  if (only) {
    for (let k = 0; k < only.length; k += 2) read(only[k], blocks[only[k]].findings.candidates[only[k + 1]]);
    work.add(only.length / 2);
  } else {
    for (let pi = 0; pi < blocks.length; pi++) {
      for (const c of blocks[pi].findings.candidates) read(pi, c);
      work.add(1 + blocks[pi].findings.candidates.length);
      if (work.due()) yield;
    }
  }
  // "Interfax said" looks like a person; "Interfax news agency" elsewhere says otherwise.
  // The vote: a title anywhere makes the word a person's everywhere; otherwise a use as an
  // organisation or a place anywhere outweighs the cues of a person ("Viacom said").
  for (const w of titledSingles) blockedWords.delete(w);
  for (const w of blockedWords.keys()) strongSingles.delete(w);
  // The same for a name of two words that only its shape made a person's ("Ashby Vale", a club
  // in a result line): it is no full name, and its mentions are not people.
  for (const key of blockedNames) if (!strongNames.has(key)) full.delete(key);
  // Shorter full names contained in longer ones belong to the longer ("Barack Obama" ⊂ "Barack Hussein Obama").
  const fullNames = [...full.values()].sort((a, b) => b.words.length - a.words.length || a.firstAt - b.firstAt);
  const surnames = new Set<string>();
  const namesakes = new Namesakes();
  yield;
  for (let order = 0; order < fullNames.length; order++) {
    const f = fullNames[order];
    f.order = order;
    for (let wi = 0; wi < f.words.length; wi++) {
      const lw = f.lowerWords[wi];
      if (lw.length < 2 || /^\p{Lu}\.?$/u.test(f.words[wi])) continue;
      f.indexedWords.add(lw);
      surnames.add(lw);
    }
    namesakes.add(f);
    work.add(1);
    if (work.due()) yield;
  }
  return { full, strongSingles, blockedWords, surnames, namesakes };
}

/**
 * Step 2 of the resolution: decides candidates in document order with the document's facts.
 * @param only the candidates to decide, as (paragraph, index) pairs in document order (all when
 * absent): after an edit, those whose decision may have changed (see reuse.ts)
 */
export function* decidePeople(
  blocks: CandidateBlocks,
  include: (start: number, end: number) => boolean,
  nameOf: (candidate: NameCandidate, start: number, end: number) => string,
  facts: PeopleFacts,
  work: DocumentWork,
  only?: Int32Array,
): Generator<void, Resolution> {
  const { strongSingles, blockedWords, surnames, namesakes } = facts;
  const known = (w: string): boolean => surnames.has(w) || strongSingles.has(w);

  // 2. Decide each candidate and find the full name it refers to.
  const mentions: ResolvedMention[] = [];
  const entities: ResolvedEntity[] = [];
  const entityByKey = new Map<string, number>();
  const rejections: ResolvedRejection[] = [];

  const decide = (c: NameCandidate, start: number, end: number, paragraph: number, index: number): void => {
    const words = c.lowerWords;
    const last = words[words.length - 1];
    // "Ms. Falcone" is not Anthony Falcone: a title's gender rules out a namesake of the other.
    // (Only a title's: "Blake" after "Serena Blake" is a surname, whatever given name it also is.)
    const lastTitleWord = c.title?.toLowerCase().replace(/\./g, '').split(/\s+/).pop();
    const titled = lastTitleWord ? titleGender([lastTitleWord]) : undefined;
    // Namesakes ("Bill Clinton", "Hillary Clinton"): the one mentioned most recently, else the first.
    const target = namesakes.pick(words, titled, work);
    if (c.impersonal) return;
    const supported = target !== undefined || (words.length === 1 && strongSingles.has(last));
    let isPerson: boolean;
    // A name the document elsewhere shows to be an organisation needs a full name or a title.
    if (target === undefined && blockedWords.size && allIn(words, blockedWords) && !c.title) {
      rejections.push({ start, end, paragraph, index, rules: ['person.non-person-elsewhere', blockedWords.get(last)!], output: undefined });
      return;
    }
    const rules = c.rules ? c.rules.slice() : [];
    if (c.evidence >= Evidence.Strong) isPerson = true;
    else if (c.evidence === Evidence.Weak) isPerson = !c.headline || supported;
    else isPerson = supported;
    if (!isPerson) return;
    if (c.evidence < Evidence.Strong) {
      if (target && target.words.length > words.length) rules.push('person.full-name-elsewhere');
      else if (words.length === 1 && strongSingles.has(last)) rules.push('person.named-elsewhere');
      else if (!rules.length) rules.push('person.name-shape');
    }
    const entityKey = target ? target.key : c.key;
    let e = entityByKey.get(entityKey);
    if (e === undefined) {
      e = entities.length;
      entities.push(target ? { key: target.key, name: target.name, words: target.words, mentions: [] } : { key: c.key, name: nameOf(c, start, end), words: c.words, mentions: [] });
      entityByKey.set(entityKey, e);
    }
    if (target) namesakes.mentioned(target, start);
    // Every field in the literal, in the order every other mention is made with (reuse.ts,
    // redecide.ts): one shape for all mentions keeps the walks over them after an edit fast.
    const m: ResolvedMention = { start, end, entity: e, paragraph, index, candidate: c, rules, title: c.title ? c.title : undefined, output: undefined };
    const ent = entities[e];
    ent.mentions.push(mentions.length);
    mentions.push(m);
    if (c.title && !ent.title) ent.title = c.title;
    if (c.role && !ent.role) ent.role = c.role;
    if (c.age !== undefined && ent.age === undefined) ent.age = c.age;
    if (c.gender && !ent.gender) ent.gender = c.gender;
  };

  /** Decides candidate `index` of paragraph `pi`. */
  const decideCandidate = (pi: number, index: number): void => {
    work.candidateDecided();
    const base = blocks[pi].start;
    const c = blocks[pi].findings.candidates[index];
    if (!include(base + c.start, base + c.end)) return;
    if (c.blocked) {
      if (c.rules) rejections.push({ start: base + c.start, end: base + c.end, paragraph: pi, index, rules: c.rules, output: undefined });
      return;
    }
    if (!c.parts) {
      decide(c, base + c.start, base + c.end, pi, index);
      return;
    }
    // Headline runs ("SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN") hold people only where
    // their words name someone the document names elsewhere: cut out those words.
    for (let i = 0; i < c.words.length; ) {
      let matched = 0;
      for (let j = Math.min(c.words.length, i + 4); j > i; j--) {
        const seg = c.lowerWords.slice(i, j);
        if (!seg.every(known)) continue;
        if (seg.length > 1 && !namesakes.someHolds(seg, work)) continue;
        matched = j - i;
        const start = c.parts[i].start;
        const end = c.parts[j - 1].end;
        decide({ ...c, ...wordForms(c.words.slice(i, j)), start, end, parts: undefined }, base + start, base + end, pi, index);
        break;
      }
      i += matched || 1;
    }
  };

  if (only) {
    for (let k = 0; k < only.length; k += 2) {
      decideCandidate(only[k], only[k + 1]);
      work.add(1);
      if (work.due()) yield;
    }
  } else {
    for (let pi = 0; pi < blocks.length; pi++) {
      const candidates = blocks[pi].findings.candidates;
      for (let index = 0; index < candidates.length; index++) decideCandidate(pi, index);
      work.add(1 + candidates.length);
      if (work.due()) yield;
    }
  }
  return { mentions, entities, rejections };
}
