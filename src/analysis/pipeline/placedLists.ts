// The document's numbers and rejections, every paragraph's placed at its offset, in document
// order. After a one-word edit of a long document almost all of them are as in the last run:
// those before the edited blocks are the same objects, those after it only moved by the edit's
// length difference. Those lists are spliced together from the last run's instead of walking
// every block again (the walk touched thousands of blocks' findings for each keystroke).
import type { Block } from './blocks';
import type { DocumentWork } from './documentWork';
import type { ParagraphFindings } from './paragraph';
import { movedNumber, movedRejection, placeFindings } from './placed';
import type { ReplacedBlocks } from '../people/reuse';
import type { NumberMention, Rejection } from '../types';

/** One run's placed findings; `xAt[b]` is where block b's entries start in list x (one entry more than there are blocks). */
export interface PlacedLists {
  numbers: NumberMention[];
  numbersAt: Int32Array;
  quoteRejections: Rejection[];
  quoteRejectionsAt: Int32Array;
  /** Numbers and names a veto turned down, each block's numbers first. */
  otherRejections: Rejection[];
  otherRejectionsAt: Int32Array;
}

type Found = { block: Block; findings: ParagraphFindings }[];

/** Appends `list[from, to)`, moved by `delta`, to `out`. */
function appendMoved<T>(out: T[], list: readonly T[], from: number, to: number, delta: number, move: (x: T, delta: number) => T): void {
  if (!delta) for (let i = from; i < to; i++) out.push(list[i]);
  else for (let i = from; i < to; i++) out.push(move(list[i], delta));
}

/**
 * Places the findings of blocks [from, to) and appends them to `lists` (whose `xAt` arrays get
 * entries from..to). `keepQuoteRejection` drops rejected quote marks in an article's header or sign-off.
 */
function* placeBlocks(blocks: Found, from: number, to: number, lists: PlacedLists, keepQuoteRejection: (r: Rejection) => boolean, work: DocumentWork): Generator<void, void> {
  for (let bi = from; bi < to; bi++) {
    lists.numbersAt[bi] = lists.numbers.length;
    lists.quoteRejectionsAt[bi] = lists.quoteRejections.length;
    lists.otherRejectionsAt[bi] = lists.otherRejections.length;
    const { block, findings } = blocks[bi];
    const placed = placeFindings(findings, block.start, block.text);
    for (const n of placed.numbers) lists.numbers.push(n);
    for (const r of placed.quoteRejections) if (keepQuoteRejection(r)) lists.quoteRejections.push(r);
    for (const r of placed.numberRejections) lists.otherRejections.push(r);
    for (const r of placed.nameRejections) lists.otherRejections.push(r);
    work.add(1 + placed.numbers.length + placed.quoteRejections.length + placed.numberRejections.length + placed.nameRejections.length);
    work.blockPlaced();
    if (work.due()) yield;
  }
}

/**
 * Every block's findings placed, in document order.
 * @param last the last run's lists and which of its blocks the edit replaced by as many; only
 * given when both runs keep every quote rejection (no article header or sign-off in either).
 */
export function* placeAllFindings(
  blocks: Found,
  keepQuoteRejection: (r: Rejection) => boolean,
  work: DocumentWork,
  last?: { lists: PlacedLists; replaced: ReplacedBlocks },
): Generator<void, PlacedLists> {
  const n = blocks.length;
  const lists: PlacedLists = {
    numbers: [],
    numbersAt: new Int32Array(n + 1),
    quoteRejections: [],
    quoteRejectionsAt: new Int32Array(n + 1),
    otherRejections: [],
    otherRejectionsAt: new Int32Array(n + 1),
  };
  const old = last?.lists;
  const spliced = old && last.replaced.count >= 0 && old.numbersAt.length === n + 1 && last.replaced.from + last.replaced.count <= n;
  if (!spliced) {
    yield* placeBlocks(blocks, 0, n, lists, keepQuoteRejection, work);
  } else {
    const { from, count, delta } = last.replaced;
    const end = from + count;
    // Before the edit: the same blocks at the same offsets, so the same objects.
    lists.numbers = old.numbers.slice(0, old.numbersAt[from]);
    lists.quoteRejections = old.quoteRejections.slice(0, old.quoteRejectionsAt[from]);
    lists.otherRejections = old.otherRejections.slice(0, old.otherRejectionsAt[from]);
    lists.numbersAt.set(old.numbersAt.subarray(0, from));
    lists.quoteRejectionsAt.set(old.quoteRejectionsAt.subarray(0, from));
    lists.otherRejectionsAt.set(old.otherRejectionsAt.subarray(0, from));
    yield* placeBlocks(blocks, from, end, lists, keepQuoteRejection, work);
    // After it: the same findings, moved by the edit.
    const shiftAt = (at: Int32Array, oldAt: Int32Array, length: number): void => {
      const by = length - oldAt[end];
      for (let bi = end; bi < n; bi++) at[bi] = oldAt[bi] + by;
    };
    shiftAt(lists.numbersAt, old.numbersAt, lists.numbers.length);
    shiftAt(lists.quoteRejectionsAt, old.quoteRejectionsAt, lists.quoteRejections.length);
    shiftAt(lists.otherRejectionsAt, old.otherRejectionsAt, lists.otherRejections.length);
    appendMoved(lists.numbers, old.numbers, old.numbersAt[end], old.numbers.length, delta, movedNumber);
    appendMoved(lists.quoteRejections, old.quoteRejections, old.quoteRejectionsAt[end], old.quoteRejections.length, delta, movedRejection);
    appendMoved(lists.otherRejections, old.otherRejections, old.otherRejectionsAt[end], old.otherRejections.length, delta, movedRejection);
    work.add(old.numbers.length + old.quoteRejections.length + old.otherRejections.length - old.numbersAt[end] - old.quoteRejectionsAt[end] - old.otherRejectionsAt[end]);
    if (work.due()) yield;
  }
  lists.numbersAt[n] = lists.numbers.length;
  lists.quoteRejectionsAt[n] = lists.quoteRejections.length;
  lists.otherRejectionsAt[n] = lists.otherRejections.length;
  return lists;
}
