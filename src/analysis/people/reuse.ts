// After a small edit, the people of the document are usually exactly those of the last run:
// which candidates are people depends on what every candidate of the document says (its words,
// its evidence, its title…), and typing inside a paragraph rarely changes any of that. When the
// edited paragraphs hold candidates with the same decision inputs as before, the last run's
// resolution is reused, its mentions moved to their new offsets — instead of deciding every
// candidate of a long document again on each keystroke. When the edit does change a candidate
// ("Chinese" typed into "Chinesely", a name added), only the names it can affect are decided
// again (see `redecidePeople`).
import type { NameCandidate } from './candidates';
import { movedPersonMention } from './personOutput';
import { movedRejection } from '../pipeline/placed';
import type { CandidateBlocks, Resolution, ResolvedMention } from './resolve';

export type { Resolution } from './resolve';

/** Blocks [from, from + count) of the previous run were replaced by as many blocks in this run; later ones moved by delta. */
export interface ReplacedBlocks {
  from: number;
  count: number;
  delta: number;
}

/**
 * Whether the edit replaced blocks of the last run's `lastCount` by as many in this run's `count`,
 * so that the last run's per-block lists can be spliced (a count of -1 says they were not).
 */
export function replacedAsMany(replaced: ReplacedBlocks, lastCount: number, count: number): boolean {
  return replaced.count >= 0 && lastCount === count && replaced.from + replaced.count <= count;
}

/** Everything `resolvePeople` reads from a candidate, compared between the old and the new paragraph. */
function sameInputs(a: NameCandidate, b: NameCandidate, oldText: string, oldBase: number, text: string, base: number): boolean {
  if (a === b) return true;
  if (a.parts || b.parts) return false;
  return (
    a.key === b.key &&
    a.evidence === b.evidence &&
    !!a.blocked === !!b.blocked &&
    !!a.impersonal === !!b.impersonal &&
    !!a.headline === !!b.headline &&
    a.title === b.title &&
    a.role === b.role &&
    a.age === b.age &&
    a.gender === b.gender &&
    a.words.length === b.words.length &&
    a.words.every((w, i) => w === b.words[i]) &&
    (a.rules ?? []).join() === (b.rules ?? []).join() &&
    // The display name of an entity is the text of its first full mention.
    oldText.slice(oldBase + a.start, oldBase + a.end) === text.slice(base + b.start, base + b.end)
  );
}

/**
 * The candidates of the edited blocks paired with the last run's: the same inputs at the start
 * and at the end of each block's list. `oldToNew[p - from][i]` is the new index of old candidate
 * i of block p (-1: changed), `newKept[p - from][j]` whether new candidate j has such a pair.
 */
export interface CandidatePairs {
  oldToNew: Int32Array[];
  newKept: Uint8Array[];
  /** Every candidate of the edited blocks has its pair. */
  same: boolean;
}

export function pairCandidates(oldBlocks: CandidateBlocks, oldText: string, blocks: CandidateBlocks, text: string, from: number, count: number): CandidatePairs {
  const oldToNew: Int32Array[] = [];
  const newKept: Uint8Array[] = [];
  let same = true;
  for (let p = from; p < from + count; p++) {
    const olds = oldBlocks[p].findings.candidates;
    const news = blocks[p].findings.candidates;
    const toNew = new Int32Array(olds.length).fill(-1);
    const kept = new Uint8Array(news.length);
    const oldBase = oldBlocks[p].start;
    const base = blocks[p].start;
    const pair = (i: number, j: number): boolean => {
      if (!sameInputs(olds[i], news[j], oldText, oldBase, text, base)) return false;
      toNew[i] = j;
      kept[j] = 1;
      return true;
    };
    let head = 0;
    while (head < olds.length && head < news.length && pair(head, head)) head++;
    for (let i = olds.length - 1, j = news.length - 1; i >= head && j >= head && pair(i, j); i--, j--);
    if (olds.length !== news.length || toNew.includes(-1)) same = false;
    oldToNew.push(toNew);
    newKept.push(kept);
  }
  return { oldToNew, newKept, same };
}

/**
 * Where a decision of the last run on candidate `m.index` of an edited block lies now, that
 * candidate being candidate `index` there now (the same inputs): moved with the candidate, and
 * within it for a name cut out of a headline run. With that candidate (as a mention's).
 */
export function placedAgain(m: { start: number; end: number; paragraph: number; index: number }, oldBlocks: CandidateBlocks, blocks: CandidateBlocks, index: number): { start: number; end: number; candidate: NameCandidate } {
  const was = oldBlocks[m.paragraph];
  const now = blocks[m.paragraph];
  const candidate = now.findings.candidates[index];
  const by = now.start + candidate.start - (was.start + was.findings.candidates[m.index].start);
  // A name cut out of a headline keeps the candidate made for it (its own words and span).
  const own = (m as { candidate?: NameCandidate }).candidate;
  return { start: m.start + by, end: m.end + by, candidate: own && own !== was.findings.candidates[m.index] ? { ...own, start: own.start + candidate.start - was.findings.candidates[m.index].start, end: own.end + candidate.start - was.findings.candidates[m.index].start } : candidate };
}

/**
 * The previous resolution carried over to the edited document, or null when the edit may change
 * a decision. Both runs must be free of an article header and sign-off, whose spans exclude people.
 */
export function reuseResolution(previous: Resolution, oldBlocks: CandidateBlocks, oldText: string, blocks: CandidateBlocks, text: string, replaced: ReplacedBlocks): Resolution | null {
  if (!replacedAsMany(replaced, oldBlocks.length, blocks.length)) return null;
  const { from, count, delta } = replaced;
  for (let p = from; p < from + count; p++) {
    const olds = oldBlocks[p].findings.candidates;
    const news = blocks[p].findings.candidates;
    if (olds === news) continue;
    if (olds.length !== news.length) return null;
    const oldBase = oldBlocks[p].start;
    const base = blocks[p].start;
    for (let i = 0; i < olds.length; i++) if (!sameInputs(olds[i], news[i], oldText, oldBase, text, base)) return null;
  }
  const mentions: ResolvedMention[] = new Array<ResolvedMention>(previous.mentions.length);
  for (let i = 0; i < previous.mentions.length; i++) {
    const m = previous.mentions[i];
    if (m.paragraph < from) {
      mentions[i] = m;
      continue;
    }
    let moved: ResolvedMention;
    if (m.paragraph < from + count) {
      const { start, end, candidate } = placedAgain(m, oldBlocks, blocks, m.index);
      moved = { start, end, entity: m.entity, paragraph: m.paragraph, index: m.index, candidate, rules: m.rules, title: m.title, output: undefined };
    } else {
      // Its output object too, moved: after an edit most of a long document's mentions only move.
      const output = m.output && delta ? movedPersonMention(m.output, delta) : m.output;
      moved = { start: m.start + delta, end: m.end + delta, entity: m.entity, paragraph: m.paragraph, index: m.index, candidate: m.candidate, rules: m.rules, title: m.title, output };
    }
    mentions[i] = moved;
  }
  const rejections = previous.rejections.map(r => {
    if (r.paragraph < from) return r;
    if (r.paragraph >= from + count) {
      const output = r.output && movedRejection(r.output, delta);
      return { start: r.start + delta, end: r.end + delta, paragraph: r.paragraph, index: r.index, rules: r.rules, output };
    }
    const { start, end } = placedAgain(r, oldBlocks, blocks, r.index);
    return { start, end, paragraph: r.paragraph, index: r.index, rules: r.rules, output: undefined };
  });
  return { mentions, entities: previous.entities, rejections, candidateWords: previous.candidateWords };
}
