// How the tags read from a sidecar anchor to the document's current text, and what to tell the
// user about tags that moved, became fuzzy or orphaned: the report every load returns.
import { anchorTag, anchorTags } from './anchoring';
import { describeQuote } from './quote';
import type { StoredTag } from './sidecarFormat';
import { ANCHOR_STATUSES, type AnchorStatus, type Tag } from './types';

/** How one tag's anchoring differs from what the sidecar recorded. */
export interface AnchorChange {
  readonly id: string;
  readonly label: string;
  readonly from: AnchorStatus;
  readonly to: AnchorStatus;
  readonly before: { readonly start: number; readonly end: number; readonly text: string };
  /** Where the tag is now; null when it is orphaned. */
  readonly after: { readonly start: number; readonly end: number; readonly text: string } | null;
}

export interface AnchorReport {
  /** The text differs from the one the sidecar was saved with. */
  readonly documentChanged: boolean;
  readonly counts: Readonly<Record<AnchorStatus, number>>;
  /** Tags that moved, became fuzzy or orphaned, or came back, compared with the file. */
  readonly changes: readonly AnchorChange[];
}

/** Anchors the tags read from a sidecar to `text` and reports what changed. */
export function anchorStoredTags(stored: readonly StoredTag[], text: string, unchanged: boolean): { tags: Tag[]; report: AnchorReport } {
  const results = anchorTags(stored, text, { unchanged });
  // A tag written by hand with only a quote has never been anchored: find it even when the
  // rest of the file matches the text (its recorded "orphaned" is only a placeholder).
  stored.forEach((s, i) => {
    if (!s.hasPosition && unchanged) results[i] = anchorTag(s, text);
  });
  const counts = Object.fromEntries(ANCHOR_STATUSES.map(s => [s, 0])) as Record<AnchorStatus, number>;
  const changes: AnchorChange[] = [];
  const tags = stored.map((s, i): Tag => {
    const r = results[i];
    counts[r.status]++;
    const orphaned = r.status === 'orphaned';
    const tag: Tag = {
      id: s.id,
      label: s.label,
      ...(s.note !== undefined ? { note: s.note } : {}),
      ...(s.entity !== undefined ? { entity: s.entity } : {}),
      // Who made it and an unresolved merge conflict survive a load and the next save.
      ...(s.creator !== undefined ? { creator: s.creator } : {}),
      ...(s.conflict !== undefined ? { conflict: s.conflict } : {}),
      created: s.created,
      modified: s.modified,
      anchor: r.status,
      start: r.start,
      end: r.end,
      quote: orphaned ? s.quote : describeQuote(text, r.start, r.end),
    };
    if (r.status !== s.anchor || r.start !== s.start || r.end !== s.end) {
      changes.push({
        id: s.id,
        label: s.label,
        from: s.anchor,
        to: r.status,
        before: { start: s.start, end: s.end, text: s.quote.exact },
        after: orphaned ? null : { start: r.start, end: r.end, text: tag.quote.exact },
      });
    }
    return tag;
  });
  return { tags, report: { documentChanged: !unchanged, counts, changes } };
}

export function emptyReport(): AnchorReport {
  return { documentChanged: false, counts: { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 }, changes: [] };
}

/** One sentence for the user about a load that re-anchored tags, or undefined if nothing changed. */
export function describeAnchorReport(report: AnchorReport, documentName: string): string | undefined {
  if (!report.changes.length) return undefined;
  const count = (status: AnchorStatus) => report.changes.filter(c => c.to === status).length;
  const parts = [
    count('exact') && `${count('exact')} back in place`,
    count('moved') && `${count('moved')} moved with their text`,
    count('fuzzy') && `${count('fuzzy')} matched approximately (check them)`,
    count('orphaned') && `${count('orphaned')} orphaned (their text is gone; re-attach them from the Tags view)`,
  ].filter(Boolean);
  const tags = report.changes.length === 1 ? 'tag' : 'tags';
  return `${documentName} changed since its tags were saved: ${report.changes.length} ${tags} re-anchored — ${parts.join(', ')}.`;
}
