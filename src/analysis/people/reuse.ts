// After a small edit, the people of the document are usually exactly those of the last run:
// which candidates are people depends on what every candidate of the document says (its words,
// its evidence, its title…), and typing inside a paragraph rarely changes any of that. When the
// edited paragraphs hold candidates with the same decision inputs as before, the last run's
// resolution is reused, its mentions moved to their new offsets — instead of deciding every
// candidate of a long document again on each keystroke.
import type { NameCandidate } from './candidates';
import { movedPersonMention } from './personOutput';
import type { CandidateBlocks, ResolvedEntity, ResolvedMention, ResolvedRejection } from './resolve';

export interface Resolution {
  mentions: ResolvedMention[];
  entities: ResolvedEntity[];
  rejections: ResolvedRejection[];
}

/** Blocks [from, from + count) of the previous run were replaced by as many blocks in this run; later ones moved by delta. */
export interface ReplacedBlocks {
  from: number;
  count: number;
  delta: number;
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
 * The previous resolution carried over to the edited document, or null when the edit may change
 * a decision (then everything is decided again). Both runs must be free of an article header and
 * sign-off, whose spans exclude people.
 */
export function reuseResolution(previous: Resolution, oldBlocks: CandidateBlocks, oldText: string, blocks: CandidateBlocks, text: string, replaced: ReplacedBlocks): Resolution | null {
  const { from, count, delta } = replaced;
  if (count < 0 || oldBlocks.length !== blocks.length || from + count > blocks.length) return null;
  for (let p = from; p < from + count; p++) {
    const olds = oldBlocks[p].findings.candidates;
    const news = blocks[p].findings.candidates;
    if (olds === news) continue;
    if (olds.length !== news.length) return null;
    const oldBase = oldBlocks[p].block.start;
    const base = blocks[p].block.start;
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
      const c = blocks[m.paragraph].findings.candidates[m.index];
      const base = blocks[m.paragraph].block.start;
      moved = { start: base + c.start, end: base + c.end, entity: m.entity, paragraph: m.paragraph, index: m.index, candidate: c, rules: m.rules, title: m.title, output: undefined };
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
      const output = r.output && { ...r.output, start: r.output.start + delta, end: r.output.end + delta };
      return { start: r.start + delta, end: r.end + delta, paragraph: r.paragraph, index: r.index, rules: r.rules, output };
    }
    const c = blocks[r.paragraph].findings.candidates[r.index];
    const base = blocks[r.paragraph].block.start;
    return { start: base + c.start, end: base + c.end, paragraph: r.paragraph, index: r.index, rules: r.rules };
  });
  return { mentions, entities: previous.entities, rejections };
}
