// Moving tags with their text while the document is edited in the editor.
//
// VS Code reports an edit as `TextDocumentChangeEvent.contentChanges`. When one event carries
// several changes (multi-cursor typing, a formatter), each change's offsets are valid for the
// document after the changes before it in the array: VS Code sends them sorted from the end of
// the document to the start and applies them one after another itself (its MirrorTextModel
// does), so applying them in array order is right whichever way they are read
// (microsoft/vscode#23136, #11487; the LSP spec states the same for didChange). This module
// therefore applies changes strictly in array order.
//
// Rules, for a tag [a, b) and a change replacing [s, e) with R:
// - before the tag (e <= a, including typing at its start): the tag shifts;
// - after the tag (s >= b, including typing at its end): nothing happens, so typing at a
//   tag's edge never grows it;
// - inside the tag: the tag grows or shrinks, and its text follows;
// - across one edge: the surviving part is kept;
// - over the whole tag: if R still contains the tag's text (a line replaced by a formatter or
//   by VS Code reloading a changed file), the tag moves to it, or fuzzily to similar text;
//   otherwise the tag is orphaned at s and remembers where it sat, so that undoing the
//   deletion (R then contains the text again at that place) brings it back.
// Invariant: a tag that is not orphaned always has `exact === text.slice(start, end)`.
import { searchApproximate } from './approximateMatch';
import { FUZZY_MAX_ERROR_RATE } from './anchoring';
import { omit } from './objects';
import type { AnchorStatus, ContentChange } from './types';

/** The part of a tag that text edits change. */
export interface TrackedAnchor {
  readonly start: number;
  readonly end: number;
  readonly anchor: AnchorStatus;
  /** The tag's text; for an orphan, its last known text. */
  readonly exact: string;
  /** Set on a tag orphaned by an edit: its offset inside the replaced range, and its status before. */
  readonly lost?: { readonly offset: number; readonly anchor: AnchorStatus };
}

/** Applies a sequence of changes, in order. Returns the same object when the tag is untouched. */
export function trackChanges<T extends TrackedAnchor>(tag: T, changes: readonly ContentChange[]): T {
  let current = tag;
  for (const change of changes) current = trackChange(current, change);
  return current;
}

/** Applies one change to one tag. Returns the same object when the tag is untouched. */
export function trackChange<T extends TrackedAnchor>(tag: T, change: ContentChange): T {
  const s = change.rangeOffset;
  const e = change.rangeOffset + change.rangeLength;
  const replacement = change.text;
  const delta = replacement.length - change.rangeLength;
  if (tag.anchor === 'orphaned') return trackOrphan(tag, s, e, replacement, delta);

  const a = tag.start;
  const b = tag.end;
  if (e <= a) return delta ? { ...tag, start: a + delta, end: b + delta } : tag;
  if (s >= b) return tag;
  if (s <= a && e >= b) return relocateInReplacement(tag, s, replacement, a - s);
  if (s >= a && e <= b) {
    return { ...tag, end: b + delta, exact: tag.exact.slice(0, s - a) + replacement + tag.exact.slice(e - a) };
  }
  if (s < a) {
    // The change ends inside the tag: keep what survives after it.
    return { ...tag, start: s + replacement.length, end: b + delta, exact: tag.exact.slice(e - a) };
  }
  // The change starts inside the tag and runs past its end: keep what survives before it.
  return { ...tag, end: s, exact: tag.exact.slice(0, s - a) };
}

function trackOrphan<T extends TrackedAnchor>(tag: T, s: number, e: number, replacement: string, delta: number): T {
  const p = tag.start;
  if (s <= p && p <= e && tag.exact.length && replacement.includes(tag.exact)) {
    const target = p - s + (tag.lost?.offset ?? 0);
    const at = nearestOccurrence(replacement, tag.exact, target);
    if (at >= 0) {
      return { ...omit(tag, 'lost'), start: s + at, end: s + at + tag.exact.length, anchor: tag.lost?.anchor ?? 'moved' } as T;
    }
  }
  if (e <= p) return delta ? { ...tag, start: p + delta, end: p + delta } : tag;
  if (s >= p) return tag;
  // The point was inside the replaced range: collapse it to the range's start, remembering how far in it was.
  return { ...tag, start: s, end: s, lost: { offset: (tag.lost?.offset ?? 0) + (p - s), anchor: tag.lost?.anchor ?? 'moved' } };
}

/** The whole tag was replaced: find its text inside the replacement, else orphan it. */
function relocateInReplacement<T extends TrackedAnchor>(tag: T, s: number, replacement: string, offset: number): T {
  const exact = tag.exact;
  const at = nearestOccurrence(replacement, exact, offset);
  if (at >= 0) return { ...tag, start: s + at, end: s + at + exact.length };
  const maxErrors = Math.floor(exact.length * FUZZY_MAX_ERROR_RATE);
  if (maxErrors >= 1 && replacement.length >= exact.length - maxErrors) {
    const matches = searchApproximate(replacement, exact, maxErrors);
    let best: (typeof matches)[number] | undefined;
    for (const m of matches) {
      if (!best || m.errors < best.errors || (m.errors === best.errors && Math.abs(m.start - offset) < Math.abs(best.start - offset))) best = m;
    }
    if (best && best.end > best.start) {
      return { ...tag, start: s + best.start, end: s + best.end, anchor: 'fuzzy', exact: replacement.slice(best.start, best.end) };
    }
  }
  return { ...tag, start: s, end: s, anchor: 'orphaned', lost: { offset, anchor: tag.anchor } };
}

function nearestOccurrence(haystack: string, needle: string, target: number): number {
  let best = -1;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (best < 0 || Math.abs(at - target) < Math.abs(best - target)) best = at;
    if (at > target) break;
  }
  return best;
}
