// The document's numbers and rejections, every paragraph's placed at its offset, in document
// order. After a one-word edit of a long document almost all of them are as in the last run:
// those before the edited blocks are the same objects, those after it only moved by the edit's
// length difference. Those lists are spliced together from the last run's instead of walking
// every block again (the walk touched thousands of blocks' findings for each keystroke).
import type { DocumentWork } from './documentWork';
import type { PlacedBlock } from './paragraph';
import { movedNumber, movedRejection, numberShape, placeFindings } from './placed';
import { replacedAsMany, type ReplacedBlocks } from '../people/reuse';
import type { NumberMention, Rejection } from '../types';

/** One run's placed findings; `xAt[b]` is where block b's entries start in list x (one entry more than there are blocks). */
export interface PlacedLists {
  numbers: NumberMention[];
  numbersAt: Int32Array;
  /** The shape of each number (`numberShape`), for moving it after an edit without reading every field of every shape at one place. */
  numberShapes: Uint8Array;
  quoteRejections: Rejection[];
  quoteRejectionsAt: Int32Array;
  /** Numbers and names a veto turned down, each block's numbers first. */
  otherRejections: Rejection[];
  otherRejectionsAt: Int32Array;
}

type Found = PlacedBlock[];

/**
 * The last run's `old[0, keep)`, then `edited`, then `old[from, …)` moved by `delta`: one array of
 * the exact length (a megabyte's findings grow no array step by step, nor are copied twice).
 */
function splicedList<T>(old: readonly T[], keep: number, edited: readonly T[], from: number, delta: number, move: (x: T, delta: number, at: number) => T): T[] {
  const out = new Array<T>(keep + edited.length + old.length - from);
  let k = 0;
  for (let i = 0; i < keep; i++) out[k++] = old[i];
  for (let i = 0; i < edited.length; i++) out[k++] = edited[i];
  if (!delta) for (let i = from; i < old.length; i++) out[k++] = old[i];
  else for (let i = from; i < old.length; i++) out[k++] = move(old[i], delta, i);
  return out;
}

/** `splicedList` for numbers, each moved by the code for its shape; with the spliced shapes. */
function splicedNumbers(old: PlacedLists, keep: number, edited: readonly NumberMention[], editedShapes: readonly number[], from: number, delta: number): { numbers: NumberMention[]; shapes: Uint8Array } {
  const oldShapes = old.numberShapes;
  const numbers = splicedList(old.numbers, keep, edited, from, delta, (n, by, at) => movedNumber(n, by, oldShapes[at]));
  const shapes = new Uint8Array(numbers.length);
  shapes.set(oldShapes.subarray(0, keep));
  shapes.set(editedShapes, keep);
  shapes.set(oldShapes.subarray(from), keep + edited.length);
  return { numbers, shapes };
}

/**
 * Places the findings of blocks [from, to) and appends them to `lists` (whose `xAt` arrays get
 * entries from..to). `keepQuoteRejection` drops rejected quote marks in an article's header or sign-off.
 */
function* placeBlocks(blocks: Found, from: number, to: number, lists: PlacedLists, shapes: number[], keepQuoteRejection: (r: Rejection) => boolean, work: DocumentWork): Generator<void, void> {
  for (let bi = from; bi < to; bi++) {
    lists.numbersAt[bi] = lists.numbers.length;
    lists.quoteRejectionsAt[bi] = lists.quoteRejections.length;
    lists.otherRejectionsAt[bi] = lists.otherRejections.length;
    const block = blocks[bi];
    const placed = placeFindings(block.findings, block.start, block.text);
    for (const n of placed.numbers) {
      lists.numbers.push(n);
      shapes.push(numberShape(n));
    }
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
 * given when both runs leave out the same article header and sign-off, outside the edited blocks.
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
    numberShapes: new Uint8Array(0),
    quoteRejections: [],
    quoteRejectionsAt: new Int32Array(n + 1),
    otherRejections: [],
    otherRejectionsAt: new Int32Array(n + 1),
  };
  const old = last?.lists;
  const spliced = old && replacedAsMany(last.replaced, old.numbersAt.length - 1, n);
  const shapes: number[] = [];
  if (!spliced) {
    yield* placeBlocks(blocks, 0, n, lists, shapes, keepQuoteRejection, work);
    lists.numberShapes = Uint8Array.from(shapes);
  } else {
    const { from, count, delta } = last.replaced;
    const end = from + count;
    // Before the edit: the same blocks at the same offsets, so the same objects (put in front of
    // the edited blocks' findings below, which are placed into the empty lists first).
    const numbersBefore = old.numbersAt[from];
    const quoteRejectionsBefore = old.quoteRejectionsAt[from];
    const otherRejectionsBefore = old.otherRejectionsAt[from];
    lists.numbersAt.set(old.numbersAt.subarray(0, from));
    lists.quoteRejectionsAt.set(old.quoteRejectionsAt.subarray(0, from));
    lists.otherRejectionsAt.set(old.otherRejectionsAt.subarray(0, from));
    yield* placeBlocks(blocks, from, end, lists, shapes, keepQuoteRejection, work);
    for (let bi = from; bi < end; bi++) {
      lists.numbersAt[bi] += numbersBefore;
      lists.quoteRejectionsAt[bi] += quoteRejectionsBefore;
      lists.otherRejectionsAt[bi] += otherRejectionsBefore;
    }
    const edited = { numbers: lists.numbers, quoteRejections: lists.quoteRejections, otherRejections: lists.otherRejections };
    ({ numbers: lists.numbers, shapes: lists.numberShapes } = splicedNumbers(old, numbersBefore, edited.numbers, shapes, old.numbersAt[end], delta));
    lists.quoteRejections = splicedList(old.quoteRejections, quoteRejectionsBefore, edited.quoteRejections, old.quoteRejectionsAt[end], delta, movedRejection);
    lists.otherRejections = splicedList(old.otherRejections, otherRejectionsBefore, edited.otherRejections, old.otherRejectionsAt[end], delta, movedRejection);
    // After it: the same findings, moved by the edit.
    const shiftAt = (at: Int32Array, oldAt: Int32Array, length: number): void => {
      const by = length - oldAt[end];
      for (let bi = end; bi < n; bi++) at[bi] = oldAt[bi] + by;
    };
    shiftAt(lists.numbersAt, old.numbersAt, numbersBefore + edited.numbers.length);
    shiftAt(lists.quoteRejectionsAt, old.quoteRejectionsAt, quoteRejectionsBefore + edited.quoteRejections.length);
    shiftAt(lists.otherRejectionsAt, old.otherRejectionsAt, otherRejectionsBefore + edited.otherRejections.length);
    work.add(old.numbers.length + old.quoteRejections.length + old.otherRejections.length - old.numbersAt[end] - old.quoteRejectionsAt[end] - old.otherRejectionsAt[end]);
    if (work.due()) yield;
  }
  lists.numbersAt[n] = lists.numbers.length;
  lists.quoteRejectionsAt[n] = lists.quoteRejections.length;
  lists.otherRejectionsAt[n] = lists.otherRejections.length;
  return lists;
}
