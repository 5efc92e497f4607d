// An edit that changes a name candidate ("Chinese" typed into "Chinesely", a name added or
// removed) used to have every candidate of the document decided again, and then every quote
// attributed again: a tenth of a second on a long document, for one keystroke. Yet a candidate's
// decision reads only what the document says about its own words — the full names holding
// them, whether they are stated as a single name or shown to be an organisation's — and which
// of those full names was mentioned last. Only the facts about the changed candidates' words
// can differ; so after such an edit only the candidates holding those words are decided again,
// the words closed over the full names holding any of them (namesakes pick one another by their
// latest mention: "Anna Smith", "Ben Smith", "Anna"), with the facts read from the candidates
// holding their words (found through an index of words, candidateWords.ts). Every other
// mention is the last run's, moved; the entities are numbered again in order of first mention;
// and the quotes learn which mentions may have changed (`PeopleChanges`), to attribute again
// only those whose speaker could change.
import type { DocumentWork } from '../pipeline/documentWork';
import type { NameCandidate } from './candidates';
import { movedPersonMention } from './personOutput';
import { movedRejection } from '../pipeline/placed';
import { countsAsStated, decidePeople, peopleFacts, type CandidateBlocks, type Resolution, type ResolvedEntity, type ResolvedMention, type ResolvedRejection } from './resolve';
import { CandidateWords } from './candidateWords';
import { pairCandidates, placedAgain, type ReplacedBlocks } from './reuse';

/** What quotes need to know of the people an edit changed, to carry over the other quotes' speakers. */
export interface PeopleChanges {
  /** Where, in the last run's text, a mention was decided again (either run's), ascending. */
  dirty: number[];
  /** Each of the last run's entities' index in this run, -1 for those decided again. */
  entityMap: Int32Array;
}

/** Above this share of the document's candidates decided again, deciding them all is as quick. */
const MOST = 0.25;

/** A candidate's place as one number, ordered as the document: paragraph, then index in it. */
const placeKey = (pi: number, i: number): number => pi * 65536 + i;

function holdsAny(c: NameCandidate, words: Set<string>): boolean {
  for (const w of c.lowerWords) if (words.has(w)) return true;
  return false;
}

/** Distinct places, sorted, as (paragraph, index) pairs. */
function pairsOf(keys: number[]): Int32Array {
  keys.sort((a, b) => a - b);
  const out = new Int32Array(2 * keys.length);
  for (let k = 0; k < keys.length; k++) {
    out[2 * k] = Math.floor(keys[k] / 65536);
    out[2 * k + 1] = keys[k] % 65536;
  }
  return out;
}

/** Document order of two decisions: paragraph, candidate, then offset (a headline's names). */
function before(a: { paragraph: number; index: number; start: number }, b: { paragraph: number; index: number; start: number }): boolean {
  return a.paragraph !== b.paragraph ? a.paragraph < b.paragraph : a.index !== b.index ? a.index < b.index : a.start < b.start;
}

/**
 * The resolution of the edited document, from the last run's and the candidates the edit may
 * have changed the decision of; null when the edit changed the paragraphs' number or too much.
 * Both runs must be free of an article header and sign-off (as for `reuseResolution`).
 */
export function* redecidePeople(
  previous: Resolution,
  oldBlocks: CandidateBlocks,
  oldText: string,
  blocks: CandidateBlocks,
  text: string,
  replaced: ReplacedBlocks,
  include: (start: number, end: number) => boolean,
  nameOf: (candidate: NameCandidate, start: number, end: number) => string,
  work: DocumentWork,
): Generator<void, { resolution: Resolution; changes: PeopleChanges } | null> {
  const { from, count, delta } = replaced;
  if (count < 0 || oldBlocks.length !== blocks.length || from + count > blocks.length) return null;
  const pairs = pairCandidates(oldBlocks, oldText, blocks, text, from, count);
  const edited = (p: number): boolean => p >= from && p < from + count;
  const lo = from < oldBlocks.length ? oldBlocks[from].start : oldText.length;
  const oldHi = from + count < oldBlocks.length ? oldBlocks[from + count].start : oldText.length;

  // The words of the changed candidates: only the facts about them can differ.
  const words = new Set<string>();
  const changedParagraphs: number[] = [];
  for (let k = 0; k < count; k++) {
    const olds = oldBlocks[from + k].findings.candidates;
    const news = blocks[from + k].findings.candidates;
    olds.forEach((c, i) => pairs.oldToNew[k][i] < 0 && c.lowerWords.forEach(w => words.add(w)));
    news.forEach((c, j) => !pairs.newKept[k][j] && c.lowerWords.forEach(w => words.add(w)));
    if (olds !== news && (olds.length !== news.length || pairs.oldToNew[k].some((j, i) => j !== i))) changedParagraphs.push(from + k);
  }
  // (Made by the last full resolution; built again when the edits since changed many paragraphs.)
  const candidateWords = previous.candidateWords?.withStale(changedParagraphs) ?? CandidateWords.build(blocks);
  const holders = candidateWords.lookup(blocks);

  // Closed over the full names holding any of them (namesakes pick one another by their latest
  // mention), and over the words of headline runs (which pick names out of all their words):
  // the candidates holding those words are decided again.
  const affected = new Set<number>();
  const queue = [...words];
  while (queue.length) {
    const found = holders(queue.pop()!);
    for (let k = 0; k < found.length; k += 2) {
      const pi = found[k];
      const c = blocks[pi].findings.candidates[found[k + 1]];
      affected.add(placeKey(pi, found[k + 1]));
      const base = blocks[pi].start;
      if (!c.parts && !(c.words.length >= 2 && countsAsStated(c) && include(base + c.start, base + c.end))) continue;
      for (const x of c.lowerWords) {
        if (words.has(x)) continue;
        words.add(x);
        queue.push(x);
      }
    }
    if (affected.size > MOST * candidateWords.size) return null;
  }
  const only = pairsOf([...affected]);
  work.add(only.length);

  // The facts those candidates' decisions read: what the candidates holding any of their words say.
  const factWords = new Set<string>();
  const read = new Set<number>();
  for (let k = 0; k < only.length; k += 2) {
    for (const w of blocks[only[k]].findings.candidates[only[k + 1]].lowerWords) {
      if (factWords.has(w)) continue;
      factWords.add(w);
      const found = holders(w);
      for (let h = 0; h < found.length; h += 2) read.add(placeKey(found[h], found[h + 1]));
    }
    if (read.size > 2 * MOST * candidateWords.size) return null;
  }
  const facts = yield* peopleFacts(blocks, include, nameOf, work, pairsOf([...read]));
  const decided = yield* decidePeople(blocks, include, nameOf, facts, work, only);

  // The last run's candidates decided again: the same places outside the edited paragraphs.
  const oldKeys: number[] = [];
  for (let k = 0; k < only.length; k += 2) if (!edited(only[k])) oldKeys.push(placeKey(only[k], only[k + 1]));
  for (let k = 0; k < count; k++) {
    oldBlocks[from + k].findings.candidates.forEach((c, i) => {
      if (pairs.oldToNew[k][i] < 0 || holdsAny(c, words)) oldKeys.push(placeKey(from + k, i));
    });
  }
  const oldAffectedList = pairsOf(oldKeys);
  /** Walks the last run's decisions in document order: whether each was decided again. */
  const oldAffected = (): ((p: number, i: number) => boolean) => {
    let at = 0;
    return (p, i) => {
      const key = placeKey(p, i);
      while (at < oldAffectedList.length && placeKey(oldAffectedList[at], oldAffectedList[at + 1]) < key) at += 2;
      return at < oldAffectedList.length && oldAffectedList[at] === p && oldAffectedList[at + 1] === i;
    };
  };

  // The last run's mentions of the other candidates, where they are now.
  const dirty: number[] = [];
  const touched = new Uint8Array(previous.entities.length);
  const kept: ResolvedMention[] = [];
  /** The last run's mentions decided again, outside the edited paragraphs, with their start now. */
  const again: { m: ResolvedMention; start: number }[] = [];
  const mentionAffected = oldAffected();
  for (let i = 0; i < previous.mentions.length; i++) {
    const m = previous.mentions[i];
    if (mentionAffected(m.paragraph, m.index)) {
      if (edited(m.paragraph)) dirty.push(m.start);
      else again.push({ m, start: m.paragraph < from ? m.start : m.start + delta });
      touched[m.entity] = 1;
      continue;
    }
    if (m.paragraph < from) kept.push(m);
    else if (edited(m.paragraph)) {
      const index = pairs.oldToNew[m.paragraph - from][m.index];
      const { start, end, candidate } = placedAgain(m, oldBlocks, blocks, index);
      kept.push({ start, end, entity: m.entity, paragraph: m.paragraph, index, candidate, rules: m.rules, title: m.title, output: undefined });
    } else {
      const output = m.output && delta ? movedPersonMention(m.output, delta) : m.output;
      kept.push({ start: m.start + delta, end: m.end + delta, entity: m.entity, paragraph: m.paragraph, index: m.index, candidate: m.candidate, rules: m.rules, title: m.title, output });
    }
  }

  // Both lists merged in document order, the entities numbered by their first mention.
  const mentions: ResolvedMention[] = [];
  const entities: ResolvedEntity[] = [];
  const entityByKey = new Map<string, number>();
  const entityMap = new Int32Array(previous.entities.length).fill(-1);
  const decidedMap = new Int32Array(decided.entities.length).fill(-1);
  /** A new entity, or -1 when one of that key came from the other list (then start over). */
  const newEntity = (entity: ResolvedEntity): number => {
    if (entityByKey.has(entity.key)) return -1;
    entities.push({ ...entity, mentions: [] });
    entityByKey.set(entity.key, entities.length - 1);
    return entities.length - 1;
  };
  for (let a = 0, b = 0; a < kept.length || b < decided.mentions.length; ) {
    const fromKept = b >= decided.mentions.length || (a < kept.length && before(kept[a], decided.mentions[b]));
    const m = fromKept ? kept[a++] : decided.mentions[b++];
    const map = fromKept ? entityMap : decidedMap;
    // Every mention of an entity is decided again or none is (they share their words): else start over.
    if (fromKept && touched[m.entity]) return null;
    if (map[m.entity] < 0) map[m.entity] = newEntity((fromKept ? previous.entities : decided.entities)[m.entity]);
    const e = map[m.entity];
    if (e < 0) return null;
    entities[e].mentions.push(mentions.length);
    mentions.push(m.entity === e ? m : { start: m.start, end: m.end, entity: e, paragraph: m.paragraph, index: m.index, candidate: m.candidate, rules: m.rules, title: m.title, output: m.output });
  }
  work.add(mentions.length);
  markChanges(previous, decided, again, entities, entityByKey, touched, entityMap, dirty, edited, m => (m.start < lo ? m.start : m.start >= oldHi + delta ? m.start - delta : lo));

  // The rejections likewise.
  const rejections: ResolvedRejection[] = [];
  const keptRejections: ResolvedRejection[] = [];
  const rejectionAffected = oldAffected();
  for (let i = 0; i < previous.rejections.length; i++) {
    const r = previous.rejections[i];
    if (rejectionAffected(r.paragraph, r.index)) continue;
    if (r.paragraph < from) keptRejections.push(r);
    else if (edited(r.paragraph)) {
      const index = pairs.oldToNew[r.paragraph - from][r.index];
      const { start, end } = placedAgain(r, oldBlocks, blocks, index);
      keptRejections.push({ start, end, paragraph: r.paragraph, index, rules: r.rules, output: undefined });
    } else {
      const output = r.output && movedRejection(r.output, delta);
      keptRejections.push({ start: r.start + delta, end: r.end + delta, paragraph: r.paragraph, index: r.index, rules: r.rules, output });
    }
  }
  for (let a = 0, b = 0; a < keptRejections.length || b < decided.rejections.length; ) {
    const fromKept = b >= decided.rejections.length || (a < keptRejections.length && before(keptRejections[a], decided.rejections[b]));
    rejections.push(fromKept ? keptRejections[a++] : decided.rejections[b++]);
  }
  work.add(rejections.length);
  return { resolution: { mentions, entities, rejections, candidateWords }, changes: { dirty, entityMap } };
}

const sameEntity = (a: ResolvedEntity, b: ResolvedEntity): boolean => a.name === b.name && a.title === b.title && a.role === b.role && a.age === b.age && a.gender === b.gender;

/**
 * What the quotes must take as changed, of the mentions decided again: those that came out
 * otherwise (another place, entity, title or rules, or an entity whose name, title, role, age or
 * gender changed) go to `dirty` (as offsets in the last run's text, then sorted); the last run's
 * entities that came out the same get their new index in `entityMap`.
 */
function markChanges(
  previous: Resolution,
  decided: Resolution,
  again: { m: ResolvedMention; start: number }[],
  entities: ResolvedEntity[],
  entityByKey: Map<string, number>,
  touched: Uint8Array,
  entityMap: Int32Array,
  dirty: number[],
  edited: (p: number) => boolean,
  oldOffset: (m: ResolvedMention) => number,
): void {
  const changedKeys = new Set<string>();
  const touchedByKey = new Map<string, ResolvedEntity>();
  for (let i = 0; i < touched.length; i++) {
    if (!touched[i]) continue;
    const old = previous.entities[i];
    touchedByKey.set(old.key, old);
    const e = entityByKey.get(old.key);
    if (e !== undefined && sameEntity(old, entities[e])) entityMap[i] = e;
    else changedKeys.add(old.key);
  }
  for (const d of decided.entities) {
    const old = touchedByKey.get(d.key);
    if (!old || !sameEntity(old, entities[entityByKey.get(d.key)!])) changedKeys.add(d.key);
  }
  const news = decided.mentions.filter(m => {
    if (!edited(m.paragraph)) return true;
    dirty.push(oldOffset(m));
    return false;
  });
  let a = 0;
  let b = 0;
  while (a < again.length || b < news.length) {
    const o = again[a];
    const n = news[b];
    if (o && n && o.m.paragraph === n.paragraph && o.m.index === n.index && o.start === n.start) {
      const oldKey = previous.entities[o.m.entity].key;
      const same = oldKey === decided.entities[n.entity].key && !changedKeys.has(oldKey) && o.m.end - o.m.start === n.end - n.start && o.m.title === n.title && o.m.rules.join() === n.rules.join();
      if (!same) dirty.push(o.m.start, oldOffset(n));
      a++;
      b++;
    } else if (o && (!n || before({ paragraph: o.m.paragraph, index: o.m.index, start: o.start }, n))) {
      dirty.push(o.m.start);
      a++;
    } else {
      dirty.push(oldOffset(n));
      b++;
    }
  }
  dirty.sort((x, y) => x - y);
}

/**
 * What the quotes must take as changed after an edit that had every name decided again (its names
 * reach too much of the document for `redecidePeople`): the two runs' mentions compared in
 * document order, as `markChanges` compares those decided again. Most of the document's people
 * come out as they were, and their quotes' speakers are carried over instead of attributed again.
 * Null when the edit changed the number of paragraphs.
 * @param lo the last run's text [lo, oldHi) is what the edit re-split (see `EditedStretch`)
 */
export function changesBetween(previous: Resolution, now: Resolution, paragraphs: { before: number; now: number }, replaced: ReplacedBlocks, lo: number, oldHi: number): PeopleChanges | null {
  const { from, count, delta } = replaced;
  if (count < 0 || paragraphs.before !== paragraphs.now || from + count > paragraphs.now) return null;
  const edited = (p: number): boolean => p >= from && p < from + count;
  const oldOffset = (m: ResolvedMention): number => (m.start < lo ? m.start : m.start >= oldHi + delta ? m.start - delta : lo);
  const entityByKey = new Map<string, number>();
  now.entities.forEach((e, i) => entityByKey.set(e.key, i));
  const entityMap = new Int32Array(previous.entities.length).fill(-1);
  const changedKeys = new Set<string>();
  const oldKeys = new Set<string>();
  previous.entities.forEach((old, i) => {
    oldKeys.add(old.key);
    const e = entityByKey.get(old.key);
    if (e !== undefined && sameEntity(old, now.entities[e])) entityMap[i] = e;
    else changedKeys.add(old.key);
  });
  for (const e of now.entities) if (!oldKeys.has(e.key)) changedKeys.add(e.key);
  const dirty: number[] = [];
  const olds = previous.mentions;
  const news = now.mentions;
  let a = 0;
  let b = 0;
  while (a < olds.length || b < news.length) {
    const o = olds[a];
    const n = news[b];
    if (o && edited(o.paragraph)) {
      dirty.push(o.start);
      a++;
      continue;
    }
    if (n && edited(n.paragraph)) {
      dirty.push(oldOffset(n));
      b++;
      continue;
    }
    const at = o && { paragraph: o.paragraph, index: o.index, start: o.paragraph < from ? o.start : o.start + delta };
    if (at && n && at.paragraph === n.paragraph && at.index === n.index && at.start === n.start) {
      const oldKey = previous.entities[o.entity].key;
      const same = oldKey === now.entities[n.entity].key && !changedKeys.has(oldKey) && o.end - o.start === n.end - n.start && o.title === n.title && o.rules.join() === n.rules.join();
      if (!same) dirty.push(o.start, oldOffset(n));
      a++;
      b++;
    } else if (at && (!n || before(at, n))) {
      dirty.push(o.start);
      a++;
    } else {
      dirty.push(oldOffset(n));
      b++;
    }
  }
  dirty.sort((x, y) => x - y);
  return { dirty, entityMap };
}
