// The document pass: places every paragraph's findings at its offset, decides people with what
// the whole document says, joins and attributes quotes, and builds the `Analysis`. Written as a
// generator that pauses between chunks of work, so that `analyzeAsync` can yield to the event
// loop on a large document while `analyze` simply runs it to the end.
import { readArticleInfo } from '../text/article';
import { DocumentWork, type WorkCounter } from './documentWork';
import type { ParagraphFindings, PlacedBlock } from './paragraph';
import type { NameCandidate } from '../people/candidates';
import { resolvePeople } from '../people/resolve';
import { replacedAsMany, reuseResolution, type ReplacedBlocks, type Resolution } from '../people/reuse';
import type { ResolvedEntity } from '../people/resolve';
import { changesBetween, redecidePeople } from '../people/redecide';
import { personMention } from '../people/personOutput';
import { placeAllFindings, type PlacedLists } from './placedLists';
import { assembleQuotes, type PeopleIndex, type PlacedParagraph } from '../quotes/assemble';
import type { EditedStretch, QuoteMemo } from '../quotes/quoteReuse';
import type { Analysis, ArticleInfo, PersonEntity, PersonMention, Quote, Rejection, Span } from '../types';

/** The people found for a run's block list, to carry over after an edit (see people/reuse.ts). */
const resolutions = new WeakMap<object, Resolution>();

/** The quotes of a run's block list, to carry over after an edit (see quotes/quoteReuse.ts). */
const quoteMemos = new WeakMap<object, QuoteMemo>();

/** The numbers and rejections of a run's block list, to splice after an edit (see pipeline/placedLists.ts). */
const placedMemos = new WeakMap<object, PlacedLists>();

/** The header and sign-off a run's block list left out, to tell whether the next run leaves out the same. */
const articleMemos = new WeakMap<object, ArticleInfo>();

/** A run's output entities, with what they were made from. */
interface EntityMemo {
  entities: ResolvedEntity[];
  /** The entity of each output quote (null for none). */
  quoteEntity: (number | null)[];
  output: PersonEntity[];
}

/** The entities of a run's block list, to give again when an edit changed no person and no speaker. */
const entityMemos = new WeakMap<object, EntityMemo>();

function entityOutput(entities: ResolvedEntity[], quoteEntity: (number | null)[]): PersonEntity[] {
  const out = entities.map(e => {
    const p: PersonEntity = { name: e.name, mentions: e.mentions, quotes: [] };
    if (e.title) p.title = e.title;
    if (e.role) p.role = e.role;
    if (e.age !== undefined) p.age = e.age;
    if (e.gender) p.gender = e.gender;
    return p;
  });
  quoteEntity.forEach((e, qi) => {
    if (e !== null) out[e].quotes.push(qi);
  });
  return out;
}

/**
 * Whether the last run's output entities hold for this run: the same resolved entities (people
 * carried over keep the very list) with the same quotes attributed to each. An entity holds no
 * offsets, so after a typical edit every one of them is as it was.
 */
function sameEntities(last: EntityMemo, entities: ResolvedEntity[], quoteEntity: (number | null)[]): boolean {
  if (last.entities !== entities || last.quoteEntity.length !== quoteEntity.length) return false;
  for (let i = 0; i < quoteEntity.length; i++) if (last.quoteEntity[i] !== quoteEntity[i]) return false;
  return true;
}

/** The output objects of the names turned down (those carried over from the last run keep theirs). */
function personRejections(rejections: Resolution['rejections'], text: string): Rejection[] {
  const out = new Array<Rejection>(rejections.length);
  for (let i = 0; i < rejections.length; i++) {
    const r = rejections[i];
    out[i] = r.output ??= { start: r.start, end: r.end, text: text.slice(r.start, r.end), kind: 'person', rules: r.rules };
  }
  return out;
}

/** Where each block's candidates start in the document's list, and the mention each candidate became (-1 for none). */
interface CandidateIndex {
  candidateBase: Int32Array;
  mentionOf: Int32Array;
}

/** The candidate index of a run's block list, to carry over with its people after an edit. */
const candidateIndexes = new WeakMap<object, CandidateIndex>();

/**
 * Where each block's candidates start in the document's list. After an edit that replaced the
 * last run's blocks [from, from + count) by as many, the last run's starts, with only the
 * replaced blocks' candidates counted again (and those after moved by the difference): counting
 * every block's read thousands of objects scattered over the heap on each keystroke that changed
 * a name (about 2 ms on the 1 MB bench).
 */
function candidateBases(blocks: { findings: ParagraphFindings }[], work: DocumentWork, last?: { bases: Int32Array; replaced: ReplacedBlocks }): Int32Array {
  const n = blocks.length;
  const bases = new Int32Array(n + 1);
  const spliced = last && replacedAsMany(last.replaced, last.bases.length - 1, n);
  const from = spliced ? last.replaced.from : 0;
  const to = spliced ? from + last.replaced.count : n;
  if (spliced) bases.set(last.bases.subarray(0, from + 1));
  for (let pi = from; pi < to; pi++) {
    bases[pi + 1] = bases[pi] + blocks[pi].findings.candidates.length;
    work.blockIndexed();
  }
  if (spliced) {
    const by = bases[to] - last.bases[to];
    for (let pi = to + 1; pi <= n; pi++) bases[pi] = last.bases[pi] + by;
  }
  return bases;
}

function candidateIndex(candidateBase: Int32Array, mentions: Resolution['mentions']): CandidateIndex {
  const mentionOf = new Int32Array(candidateBase[candidateBase.length - 1]).fill(-1);
  for (let i = 0; i < mentions.length; i++) mentionOf[candidateBase[mentions[i].paragraph] + mentions[i].index] = i;
  return { candidateBase, mentionOf };
}

/** The stretch of the last run's text that the edit replaced: the blocks it re-split (as many as before). */
function editedStretch(previous: PreviousRun): EditedStretch {
  const { blocks, text } = previous;
  const { from, count, delta } = previous.replaced;
  const startOf = (i: number): number => (i < blocks.length ? blocks[i].start : text.length);
  return { lo: startOf(from), oldHi: startOf(from + count), delta, from, count };
}

/** The run an edit started from: its blocks and text, and which of its blocks the edit replaced. */
export interface PreviousRun {
  text: string;
  blocks: PlacedBlock[];
  replaced: ReplacedBlocks;
}

const overlaps = (a: { start: number; end: number }, b: Span | undefined): boolean => !!b && a.start < b.end && b.start < a.end;

/** Whether a span left out (header or sign-off) is the same in both runs: the same text, wholly before the edited stretch or wholly after it (moved by the edit). */
function sameLeftOut(last: Span | undefined, now: Span | undefined, edit: EditedStretch | undefined): boolean {
  if (!last || !now) return !last && !now;
  if (!edit || last.text !== now.text) return false;
  if (last.end <= edit.lo) return now.start === last.start;
  return last.start >= edit.oldHi && now.start === last.start + edit.delta;
}

/**
 * Whether the last run's people, candidate index and placed lists can be carried over: both runs
 * leave out the same header and sign-off, outside the edited stretch. Then every block the edit
 * did not touch has each finding left out or kept as last time (a header or sign-off used to
 * make every edit decide everything again: 85-140 ms on a 1 MB document ending in "/kga").
 */
function sameLeftOutSpans(last: ArticleInfo | undefined, now: ArticleInfo, edit: EditedStretch | undefined): boolean {
  return !!last && sameLeftOut(last.header, now.header, edit) && sameLeftOut(last.signOff, now.signOff, edit);
}

export function* combine(text: string, blocks: PlacedBlock[], previous?: PreviousRun, counter?: WorkCounter): Generator<void, Analysis> {
  const article = readArticleInfo(text);
  const outside = (s: { start: number; end: number }): boolean => !overlaps(s, article.header) && !overlaps(s, article.signOff);

  const paragraphs: PlacedParagraph[] = blocks;
  const work = new DocumentWork(counter);
  const excluded = !!(article.header || article.signOff);

  const include = (start: number, end: number): boolean => !excluded || outside({ start, end });
  const nameOf = (c: NameCandidate, start: number, end: number): string => (c.headline ? c.words.join(' ') : text.slice(start, end).replace(/\s+/g, ' '));
  // A header or sign-off excludes people from its span: unless the last run left out the same
  // ones, decide everything again.
  const edit = previous && previous.replaced.count >= 0 ? editedStretch(previous) : undefined;
  const carry = !!previous && sameLeftOutSpans(articleMemos.get(previous.blocks), article, edit);
  articleMemos.set(blocks, article);
  const before = carry ? resolutions.get(previous.blocks) : undefined;
  const reusedPeople = before && reuseResolution(before, previous!.blocks, previous!.text, blocks, text, previous!.replaced);
  // The edit changed a candidate: decide again only the names it can affect.
  const redecided = before && !reusedPeople ? yield* redecidePeople(before, previous!.blocks, previous!.text, blocks, text, previous!.replaced, include, nameOf, work) : null;
  const resolution = reusedPeople || redecided?.resolution || (yield* resolvePeople(blocks, include, nameOf, work));
  resolutions.set(blocks, resolution);
  const { mentions, entities } = resolution;
  yield;

  // Mention index of each candidate, for quotes whose cue names the speaker. People carried over
  // means as many candidates in every block and the same mentions: the same index as last time.
  const lastIndex = carry ? candidateIndexes.get(previous.blocks) : undefined;
  const { candidateBase, mentionOf } =
    (reusedPeople && lastIndex) || candidateIndex(candidateBases(blocks, work, lastIndex && { bases: lastIndex.candidateBase, replaced: previous!.replaced }), mentions);
  candidateIndexes.set(blocks, { candidateBase, mentionOf });
  const index: PeopleIndex = { mentions, entities, candidateBase, mentionOf };
  // The same people as last time, or the changes known (from the names decided again, or, when
  // every name was, from both runs' people compared): the quotes the edit cannot have changed
  // are carried over.
  const decidedAll = previous && before && edit && !reusedPeople && !redecided ? changesBetween(before, resolution, { before: previous.blocks.length, now: blocks.length }, previous.replaced, edit.lo, edit.oldHi) : null;
  const peopleChanges = redecided?.changes ?? decidedAll ?? undefined;
  const lastQuotes = reusedPeople || peopleChanges ? quoteMemos.get(previous!.blocks) : undefined;
  const last = lastQuotes && edit && { memo: lastQuotes, edit, people: peopleChanges };
  const { quotes: allQuotes, quoteEntities: allQuoteEntities, memo } = yield* assembleQuotes(text, paragraphs, index, work, last);
  quoteMemos.set(blocks, memo);
  yield;

  const people = new Array<PersonMention>(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    // Mentions carried over unchanged from the last run (before an edit) keep their output object.
    const m = mentions[i];
    let p = m.output;
    if (!p) {
      p = personMention(m.start, m.end, text.slice(m.start, m.end), entities[m.entity].name, m.title, m.rules);
      m.output = p;
    }
    people[i] = p;
    work.add(1);
    if (work.due()) yield;
  }
  const quotes: Quote[] = [];
  const quoteEntity: (number | null)[] = [];
  for (let i = 0; i < allQuotes.length; i++) {
    if (excluded && !outside(allQuotes[i])) continue;
    quotes.push(allQuotes[i]);
    quoteEntity.push(allQuoteEntities[i]);
  }
  work.add(allQuotes.length);
  const lastEntities = previous && entityMemos.get(previous.blocks);
  const personEntities = lastEntities && sameEntities(lastEntities, entities, quoteEntity) ? lastEntities.output.slice() : entityOutput(entities, quoteEntity);
  entityMemos.set(blocks, { entities, quoteEntity, output: personEntities.slice() });
  work.add(entities.length + quoteEntity.length);
  yield;

  // Spliced from the last run's when the edit replaced as many blocks and both runs left out the
  // same header and sign-off (whose spans drop rejected quote marks).
  const lastPlaced = carry ? placedMemos.get(previous.blocks) : undefined;
  const placed = yield* placeAllFindings(blocks, r => !excluded || outside(r), work, lastPlaced && { lists: lastPlaced, replaced: previous!.replaced });
  placedMemos.set(blocks, placed);
  // Copies: the memo's lists stay as they are whatever a caller does with the analysis.
  const numbers = placed.numbers.slice();
  const rejected: Rejection[] = placed.quoteRejections.concat(placed.otherRejections, personRejections(resolution.rejections, text));
  work.add(resolution.rejections.length);
  return { people, entities: personEntities, quotes, numbers, article, ...(rejected.length ? { rejections: rejected } : {}) };
}
