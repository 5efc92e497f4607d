// How the annotations read from a sidecar (tags, corrections, verifications) anchor to the
// document's current text, and what to tell the user about those that moved, became fuzzy or
// orphaned: the report every load returns.
import { annotationKind, groupAnnotations, type Annotation, type AnnotationKind } from './annotationKinds';
import { anchorTag, anchorTags } from './anchoring';
import { fingerprintText } from './fingerprint';
import { omit } from './objects';
import { describeQuote } from './quote';
import type { SidecarContent, Stored, StoredTag } from './sidecarFormat';
import { ANCHOR_STATUSES, type AnchoredAnnotation, type AnchorStatus, type Correction, type Tag, type Verification } from './types';

/** Anchored annotations of a document, by kind. */
export type SidecarAnnotationLists = ReturnType<typeof groupAnnotations>;

/** How one annotation's anchoring differs from what the sidecar recorded. */
export interface AnchorChange {
  readonly id: string;
  readonly kind: AnnotationKind;
  /** What the annotation says, for messages: a tag's label, "correction: person", "verdict: verified". */
  readonly label: string;
  readonly from: AnchorStatus;
  readonly to: AnchorStatus;
  readonly before: { readonly start: number; readonly end: number; readonly text: string };
  /** Where the annotation is now; null when it is orphaned. */
  readonly after: { readonly start: number; readonly end: number; readonly text: string } | null;
}

export interface AnchorReport {
  /** The text differs from the one the sidecar was saved with. */
  readonly documentChanged: boolean;
  /** Counts over every kind of annotation. */
  readonly counts: Readonly<Record<AnchorStatus, number>>;
  /** Annotations that moved, became fuzzy or orphaned, or came back, compared with the file. */
  readonly changes: readonly AnchorChange[];
}

/** Anchors every annotation a sidecar holds to `text` (all kinds together) and reports what changed. */
export function anchorSidecarContent(content: Pick<SidecarContent, 'tags' | 'corrections' | 'verifications' | 'document'>, text: string): { annotations: SidecarAnnotationLists; report: AnchorReport } {
  const unchanged = content.document.fingerprint !== undefined && content.document.fingerprint === fingerprintText(text);
  const { annotations, report } = anchorStoredAnnotations<Annotation>([...content.tags, ...content.corrections, ...content.verifications], text, unchanged);
  return { annotations: groupAnnotations(annotations), report };
}

/** Anchors the tags read from a sidecar to `text` and reports what changed. */
export function anchorStoredTags(stored: readonly StoredTag[], text: string, unchanged: boolean): { tags: Tag[]; report: AnchorReport } {
  const { annotations, report } = anchorStoredAnnotations(stored, text, unchanged);
  return { tags: annotations, report };
}

/**
 * Anchors annotations read from a sidecar (of any kinds, in one pass: the shift one finds is
 * evidence for the next) to `text`, and reports what changed.
 */
export function anchorStoredAnnotations<T extends AnchoredAnnotation>(stored: readonly Stored<T>[], text: string, unchanged: boolean): { annotations: T[]; report: AnchorReport } {
  const results = anchorTags(stored, text, { unchanged });
  // One written by hand with only a quote has never been anchored: find it even when the
  // rest of the file matches the text (its recorded "orphaned" is only a placeholder).
  stored.forEach((s, i) => {
    if (!s.hasPosition && unchanged) results[i] = anchorTag(s, text);
  });
  const counts = Object.fromEntries(ANCHOR_STATUSES.map(s => [s, 0])) as Record<AnchorStatus, number>;
  const changes: AnchorChange[] = [];
  const annotations = stored.map((s, i): T => {
    const r = results[i];
    counts[r.status]++;
    const orphaned = r.status === 'orphaned';
    const annotation = { ...omit(s, 'hasPosition'), anchor: r.status, start: r.start, end: r.end, quote: orphaned ? s.quote : describeQuote(text, r.start, r.end) } as unknown as T;
    if (r.status !== s.anchor || r.start !== s.start || r.end !== s.end) {
      changes.push({
        id: s.id,
        kind: annotationKind(s),
        label: describeContent(s),
        from: s.anchor,
        to: r.status,
        before: { start: s.start, end: s.end, text: s.quote.exact },
        after: orphaned ? null : { start: r.start, end: r.end, text: annotation.quote.exact },
      });
    }
    return annotation;
  });
  return { annotations, report: { documentChanged: !unchanged, counts, changes } };
}

function describeContent(a: AnchoredAnnotation): string {
  const kind = annotationKind(a);
  if (kind === 'correction') return `correction: ${(a as Correction).as}`;
  if (kind === 'verification') return `verdict: ${(a as Verification).status}`;
  return (a as Tag).label;
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
    count('orphaned') && `${count('orphaned')} orphaned (their text is gone; ${reattachAdvice(report.changes.filter(c => c.to === 'orphaned'))})`,
  ].filter(Boolean);
  const onlyTags = report.changes.every(c => c.kind === 'tag');
  const noun = (onlyTags ? 'tag' : 'annotation') + (report.changes.length === 1 ? '' : 's');
  return `${documentName} changed since its ${onlyTags ? 'tags were' : 'annotations were'} saved: ${report.changes.length} ${noun} re-anchored — ${parts.join(', ')}.`;
}

/**
 * Where the user re-attaches what was orphaned: tags from the Tags view, corrections and verdicts
 * (not listed there) with the command that puts one on the selection.
 */
function reattachAdvice(orphans: AnchorChange[]): string {
  const tags = orphans.some(c => c.kind === 'tag');
  const others = orphans.some(c => c.kind !== 'tag');
  const tagAdvice = 're-attach tags from the Tags view';
  const otherAdvice = 'corrections and verdicts with "Re-attach Orphaned Correction or Verdict to Selection…"';
  if (tags && others) return `${tagAdvice}, ${otherAdvice}`;
  return others ? `re-attach ${otherAdvice}` : 're-attach them from the Tags view';
}
