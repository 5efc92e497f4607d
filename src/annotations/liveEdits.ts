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
// - over the whole tag (a line replaced by a formatter or by VS Code reloading a changed
//   file): the tag goes where R holds its text by the rule re-anchoring from disk follows
//   (anchoring.ts): equal text, on word boundaries where the tag's were, with its recorded
//   context agreeing on one side. If the text was changed in place ("50" became "500") the tag
//   becomes fuzzy over the new text; if R holds only another copy (another "said") or
//   nothing like it, the tag is orphaned at s and remembers where it sat, so that undoing the
//   deletion (R then holds the text again, with its context) brings it back.
// Invariant: a tag that is not orphaned always has `exact === text.slice(start, end)`.
import { anchorTag } from './anchoring';
import { omit } from './objects';
import type { AnchorStatus, ContentChange } from './types';

/** The part of a tag that text edits change. */
export interface TrackedAnchor {
  readonly start: number;
  readonly end: number;
  readonly anchor: AnchorStatus;
  /** The tag's text; for an orphan, its last known text. */
  readonly exact: string;
  /**
   * The recorded context (the TextQuote's prefix and suffix, as of the last load): what tells
   * the tag's own text from another copy when a change replaces the whole tag.
   */
  readonly prefix: string;
  readonly suffix: string;
  /**
   * Set on a tag orphaned by an edit: its offset inside the replaced range, its status before,
   * and how much of its recorded suffix the replaced range held (`suffixInside`; unknown when
   * an earlier orphan was swallowed by a later change). Undoing the edit puts that text back,
   * followed by the rest of the suffix: the part that stands for the document after the change.
   */
  readonly lost?: { readonly offset: number; readonly anchor: AnchorStatus; readonly suffixInside?: number };
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
  if (s <= a && e >= b) return relocateInReplacement(tag, s, e, replacement);
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
  if (s <= p && p <= e && tag.exact.length) {
    // Undoing the deletion puts the text back where it was; any other text is held to the
    // same rule as a replaced tag. What followed the deleted range is the suffix past the part
    // it held, when that is known.
    const inside = tag.lost?.suffixInside;
    const after = inside === undefined ? '' : tag.suffix.slice(Math.min(tag.suffix.length, inside));
    const place = placeInReplacement(tag, s, replacement, p - s + (tag.lost?.offset ?? 0), after);
    if (place && place.status !== 'fuzzy') {
      return { ...omit(tag, 'lost'), start: place.start, end: place.end, exact: place.exact, anchor: tag.lost?.anchor ?? 'moved' } as T;
    }
  }
  if (e <= p) return delta ? { ...tag, start: p + delta, end: p + delta } : tag;
  if (s >= p) return tag;
  // The point was inside the replaced range: collapse it to the range's start, remembering how far in it was.
  return { ...tag, start: s, end: s, lost: { offset: (tag.lost?.offset ?? 0) + (p - s), anchor: tag.lost?.anchor ?? 'moved' } };
}

/** The whole tag was replaced: find its text inside the replacement, honestly, else orphan it. */
function relocateInReplacement<T extends TrackedAnchor>(tag: T, s: number, e: number, replacement: string): T {
  const offset = tag.start - s;
  const place = placeInReplacement(tag, s, replacement, offset, tag.suffix.slice(Math.min(tag.suffix.length, e - tag.end)));
  if (!place) return { ...tag, start: s, end: s, anchor: 'orphaned', lost: { offset, anchor: tag.anchor, suffixInside: Math.max(0, e - tag.end) } };
  // Equal text with its context: the tag's own text, wherever the replacement put it. A live
  // edit never raises confidence: a fuzzy tag stays fuzzy until the user confirms it.
  const anchor = place.status === 'fuzzy' ? 'fuzzy' : tag.anchor;
  return { ...tag, start: place.start, end: place.end, anchor, exact: place.exact };
}

interface Place {
  readonly start: number;
  readonly end: number;
  readonly status: 'exact' | 'moved' | 'fuzzy';
  readonly exact: string;
}

/**
 * Where the tag's text is in `replacement` (inserted at `s`), by the same rule as re-anchoring
 * from disk (anchoring.ts): equal text on word boundaries with its recorded context agreeing
 * on one side, else text edited in place between its surviving context (fuzzy), else similar
 * text (fuzzy), else nothing. Nearness alone is not evidence: another "said" in the new line
 * is another sentence's.
 *
 * Only the replacement is known here, not the document. Outside the change the text is what
 * it was, so the recorded context stands in for it: the part of the prefix before the change
 * (`offset` is where the tag sat in the replaced range) and `after`, the part of the suffix
 * past it. (Typing near a tag since the tags were loaded leaves that context stale, which
 * makes agreement rarer: the tag then says fuzzy or orphaned rather than claim a place.) The
 * result is kept inside the replacement: only there is the text known for certain.
 */
function placeInReplacement(tag: TrackedAnchor, s: number, replacement: string, offset: number, after: string): Place | undefined {
  const before = tag.prefix.slice(0, Math.max(0, tag.prefix.length - offset));
  const text = before + replacement + after;
  const start = before.length + offset;
  const quote = { exact: tag.exact, prefix: tag.prefix, suffix: tag.suffix };
  const found = anchorTag({ start, end: start + tag.exact.length, quote, anchor: tag.anchor === 'orphaned' ? 'exact' : tag.anchor }, text);
  if (found.status === 'orphaned') return undefined;
  const from = Math.max(found.start, before.length);
  const to = Math.min(found.end, before.length + replacement.length);
  if (to <= from) return undefined;
  const clipped = from !== found.start || to !== found.end;
  return { start: s + from - before.length, end: s + to - before.length, status: clipped ? 'fuzzy' : found.status, exact: text.slice(from, to) };
}
