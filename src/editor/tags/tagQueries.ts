// What one document's tags mean for the editor at a place: what to draw, which tags a hover card
// shows, which tags the cursor is on. A tag on a person (it names an entity) covers every
// mention of that person, not only the words it was put on. Orphaned tags have no place.
import { describeCreator, type Tag } from '../../annotations';
import type { TagHighlight } from '../decorations';
import type { DocumentAnalysis } from '../documentAnalyses';
import type { TagCard } from '../hovers';

/** What to draw: anchored tags, and for a tag on a person every mention of that person. */
export function tagHighlights(tags: readonly Tag[], analysis: DocumentAnalysis | undefined): TagHighlight[] {
  const out: TagHighlight[] = [];
  for (const tag of tags) {
    if (tag.anchor === 'orphaned') continue;
    out.push({ start: tag.start, end: tag.end, label: tag.label, tagId: tag.id });
    if (!tag.entity || !analysis) continue;
    const entity = analysis.entity(tag.entity);
    for (const i of entity?.mentions ?? []) {
      const m = analysis.analysis.people[i];
      if (m.start !== tag.start || m.end !== tag.end) out.push({ start: m.start, end: m.end, label: tag.label, tagId: tag.id, viaEntity: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Hover-card data of the tags at an offset (all anchored tags when offset is undefined). */
export function tagCards(tags: readonly Tag[], analysis: DocumentAnalysis | undefined, offset?: number): TagCard[] {
  const anchored = tags.filter(t => t.anchor !== 'orphaned');
  const selected = offset === undefined ? anchored : anchored.filter(t => covers(t, analysis, offset));
  return selected.map(t => ({
    id: t.id,
    label: t.label,
    note: t.note,
    created: t.created,
    modified: t.modified,
    start: t.start,
    end: t.end,
    entity: t.entity,
    creator: t.creator && describeCreator(t.creator),
    conflict: Boolean(t.conflict),
  }));
}

/** The tags under the cursor (a cursor just after a tag's last character is on it too). */
export function tagsCovering(tags: readonly Tag[], analysis: DocumentAnalysis | undefined, offset: number): Tag[] {
  return tags.filter(t => t.anchor !== 'orphaned' && covers(t, analysis, offset, true));
}

function covers(tag: Tag, analysis: DocumentAnalysis | undefined, offset: number, atEnd = false): boolean {
  const inside = (s: { start: number; end: number }) => s.start <= offset && (offset < s.end || (atEnd && offset === s.end));
  if (inside(tag)) return true;
  if (!tag.entity || !analysis) return false;
  return (analysis.entity(tag.entity)?.mentions ?? []).some(i => inside(analysis.analysis.people[i]));
}
