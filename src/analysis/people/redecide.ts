// An edit that changes a name candidate ("Chinese" typed into "Chinesely", a name added or
// removed) used to have every candidate of the document decided again, and then every quote
// attributed again: a tenth of a second on a long document, for one keystroke. Yet a candidate's
// decision reads only what the document says about its own words — the full names holding
// them, whether they are stated as a single name or shown to be an organisation's — and which
// of those full names was mentioned last. So after such an edit only the candidates sharing a
// word with what changed are decided again: the changed candidates' words, the words whose
// document facts changed, closed over the full names holding any of them (namesakes pick one
// another by their latest mention: "Anna Smith", "Ben Smith", "Anna"). Every other mention is
// the last run's, moved; the entities are numbered again in order of first mention; and the
// quotes learn which mentions may have changed (`PeopleChanges`), to attribute again only those
// whose speaker could change.
import type { DocumentWork } from '../pipeline/documentWork';
import type { NameCandidate } from './candidates';
import { movedPersonMention } from './personOutput';
import { decidePeople, peopleFacts, type CandidateBlocks, type PeopleFacts, type Resolution, type ResolvedEntity, type ResolvedMention, type ResolvedRejection } from './resolve';
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

/** Adds to `words` the words of every fact that differs between the two runs. */
function changedFacts(old: PeopleFacts, facts: PeopleFacts, words: Set<string>): void {
  const addAll = (ws: readonly string[]): void => {
    for (const w of ws) words.add(w);
  };
  for (const [key, f] of facts.full) {
    const o = old.full.get(key);
    // A first mention in another paragraph may order the namesakes differently; the same one
    // (the same candidate, moved within its paragraph) does not.
    if (!o || o.name !== f.name || o.gender !== f.gender || old.firstParagraph.get(key) !== facts.firstParagraph.get(key)) addAll(f.lowerWords);
  }
  for (const [key, o] of old.full) if (!facts.full.has(key)) addAll(o.lowerWords);
  for (const w of facts.strongSingles) if (!old.strongSingles.has(w)) words.add(w);
  for (const w of old.strongSingles) if (!facts.strongSingles.has(w)) words.add(w);
  for (const [w, rule] of facts.blockedWords) if (old.blockedWords.get(w) !== rule) words.add(w);
  for (const w of old.blockedWords.keys()) if (!facts.blockedWords.has(w)) words.add(w);
}

/** Closes `words` over the full names (of either run) holding any of them. */
function closeOverFullNames(words: Set<string>, indexes: Map<string, { lowerWords: string[] }[]>[]): void {
  const queue = [...words];
  while (queue.length) {
    const w = queue.pop()!;
    for (const index of indexes) {
      for (const f of index.get(w) ?? []) {
        for (const x of f.lowerWords) {
          if (words.has(x)) continue;
          words.add(x);
          queue.push(x);
        }
      }
    }
  }
}

function holdsAny(c: NameCandidate, words: Set<string>): boolean {
  for (const w of c.lowerWords) if (words.has(w)) return true;
  return false;
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

  // The words whose candidates may be decided otherwise.
  const words = new Set<string>();
  for (let k = 0; k < count; k++) {
    oldBlocks[from + k].findings.candidates.forEach((c, i) => pairs.oldToNew[k][i] < 0 && c.lowerWords.forEach(w => words.add(w)));
    blocks[from + k].findings.candidates.forEach((c, j) => !pairs.newKept[k][j] && c.lowerWords.forEach(w => words.add(w)));
  }
  const facts = yield* peopleFacts(blocks, include, nameOf, work);
  changedFacts(previous.facts, facts, words);
  closeOverFullNames(words, [facts.fullByWord, previous.facts.fullByWord]);

  const oldAffected = (p: number, i: number): boolean => (edited(p) && pairs.oldToNew[p - from][i] < 0) || holdsAny(oldBlocks[p].findings.candidates[i], words);
  const only: number[] = [];
  let total = 0;
  for (let pi = 0; pi < blocks.length; pi++) {
    const candidates = blocks[pi].findings.candidates;
    total += candidates.length;
    for (let i = 0; i < candidates.length; i++) if ((edited(pi) && !pairs.newKept[pi - from][i]) || holdsAny(candidates[i], words)) only.push(pi, i);
  }
  work.add(total);
  if (only.length / 2 > MOST * total) return null;
  const decided = yield* decidePeople(blocks, include, nameOf, facts, work, Int32Array.from(only));

  // The last run's mentions of the other candidates, where they are now.
  const lo = from < oldBlocks.length ? oldBlocks[from].block.start : oldText.length;
  const oldHi = from + count < oldBlocks.length ? oldBlocks[from + count].block.start : oldText.length;
  const dirty: number[] = [];
  const touched = new Uint8Array(previous.entities.length);
  const kept: ResolvedMention[] = [];
  for (const m of previous.mentions) {
    if (oldAffected(m.paragraph, m.index)) {
      dirty.push(m.start);
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
  for (const m of decided.mentions) dirty.push(m.start < lo ? m.start : m.start >= oldHi + delta ? m.start - delta : lo);
  dirty.sort((a, b) => a - b);

  // Both lists merged in document order, the entities numbered by their first mention.
  const mentions: ResolvedMention[] = [];
  const entities: ResolvedEntity[] = [];
  const entityByKey = new Map<string, number>();
  const fromLastRun: boolean[] = [];
  const entityMap = new Int32Array(previous.entities.length).fill(-1);
  const add = (m: ResolvedMention, entity: ResolvedEntity, lastRun: boolean): boolean => {
    let e = entityByKey.get(entity.key);
    if (e === undefined) {
      e = entities.length;
      entities.push({ ...entity, mentions: [] });
      entityByKey.set(entity.key, e);
      fromLastRun.push(lastRun);
    } else if (fromLastRun[e] !== lastRun) return false;
    entities[e].mentions.push(mentions.length);
    mentions.push(m.entity === e ? m : { ...m, entity: e });
    return true;
  };
  for (let a = 0, b = 0; a < kept.length || b < decided.mentions.length; ) {
    const fromKept = b >= decided.mentions.length || (a < kept.length && before(kept[a], decided.mentions[b]));
    const m = fromKept ? kept[a++] : decided.mentions[b++];
    if (fromKept) {
      // Every mention of an entity is decided again or none is (they share their words): else start over.
      if (touched[m.entity]) return null;
      const e = entityByKey.get(previous.entities[m.entity].key);
      entityMap[m.entity] = e ?? entities.length;
      if (!add(m, previous.entities[m.entity], true)) return null;
    } else if (!add(m, decided.entities[m.entity], false)) return null;
  }
  work.add(mentions.length);

  // The rejections likewise.
  const rejections: ResolvedRejection[] = [];
  const keptRejections: ResolvedRejection[] = [];
  for (const r of previous.rejections) {
    if (oldAffected(r.paragraph, r.index)) continue;
    if (r.paragraph < from) keptRejections.push(r);
    else if (edited(r.paragraph)) {
      const index = pairs.oldToNew[r.paragraph - from][r.index];
      const { start, end } = placedAgain(r, oldBlocks, blocks, index);
      keptRejections.push({ start, end, paragraph: r.paragraph, index, rules: r.rules });
    } else {
      const output = r.output && { ...r.output, start: r.output.start + delta, end: r.output.end + delta };
      keptRejections.push({ start: r.start + delta, end: r.end + delta, paragraph: r.paragraph, index: r.index, rules: r.rules, output });
    }
  }
  for (let a = 0, b = 0; a < keptRejections.length || b < decided.rejections.length; ) {
    const fromKept = b >= decided.rejections.length || (a < keptRejections.length && before(keptRejections[a], decided.rejections[b]));
    rejections.push(fromKept ? keptRejections[a++] : decided.rejections[b++]);
  }
  work.add(rejections.length);
  return { resolution: { mentions, entities, rejections, facts }, changes: { dirty, entityMap } };
}
