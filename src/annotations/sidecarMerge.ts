// Three-way merge of whole sidecars (base, ours, theirs) by item id, for the git merge driver:
// two people annotate the same article on two branches, and git asks us to combine their files.
// Unlike merge.ts (the editor's live merge with the disk, where the later edit may win), nothing
// here is decided by time: when both sides changed an item differently, both versions are kept
// and marked as a conflict for the user to resolve.
import type { StoredCorrection, StoredTag, StoredVerification, SidecarContent } from './sidecarFormat';
import type { AnchoredAnnotation } from './types';

/** What the merge returns: the merged items of each kind, and what the user should know. */
export interface SidecarMergeResult {
  readonly tags: readonly StoredTag[];
  readonly corrections: readonly StoredCorrection[];
  readonly verifications: readonly StoredVerification[];
  /** Ids (ours) of the items both sides changed differently; both versions are kept. */
  readonly conflicts: readonly string[];
  /** Ids of items one side changed and the other deleted: kept, as changed (nothing is lost). */
  readonly keptDespiteDeletion: readonly string[];
}

/** The id the other side's version of a conflicted item gets (ours keeps the original id). */
export const THEIRS_ID_SUFFIX = '-theirs';

/** The fields that are not an item's content: where it sits, which each branch re-anchors on its own, and when. */
const NOT_CONTENT = new Set(['id', 'created', 'modified', 'anchor', 'start', 'end', 'quote', 'hasPosition']);

/**
 * What two versions of an item must share to be "the same": its own fields (label, note, as,
 * speaker, status, source…), creator and conflict, and the text it is on; not its position or
 * context (a branch that edited the article moved it) nor its times (two people making the same
 * change at different times made the same change).
 */
export function itemContent(item: AnchoredAnnotation): string {
  const record = item as unknown as Record<string, unknown>;
  const own = Object.keys(record)
    .filter(key => !NOT_CONTENT.has(key) && record[key] !== undefined)
    .sort()
    .map(key => [key, record[key]]);
  return JSON.stringify([item.quote.exact, own]);
}

/** Merges three sidecars of one article. `base` is undefined when the file has no common ancestor. */
export function mergeSidecars(base: SidecarContent | undefined, ours: SidecarContent, theirs: SidecarContent): SidecarMergeResult {
  const conflicts: string[] = [];
  const keptDespiteDeletion: string[] = [];
  const taken = new Set([...allIds(base), ...allIds(ours), ...allIds(theirs)]);
  const mergeKind = <T extends AnchoredAnnotation>(b: readonly T[], o: readonly T[], t: readonly T[]): T[] => {
    const baseById = new Map(b.map(i => [i.id, i]));
    const oursById = new Map(o.map(i => [i.id, i]));
    const theirsById = new Map(t.map(i => [i.id, i]));
    const merged: T[] = [];
    for (const id of new Set([...oursById.keys(), ...theirsById.keys()])) {
      const was = baseById.get(id);
      const mine = oursById.get(id);
      const other = theirsById.get(id);
      const changed = (item: T) => was === undefined || itemContent(item) !== itemContent(was);
      if (mine && other) {
        if (itemContent(mine) === itemContent(other)) merged.push(mine);
        else if (!changed(other)) merged.push(mine);
        else if (!changed(mine)) merged.push(other);
        else {
          const otherId = uniqueId(`${id}${THEIRS_ID_SUFFIX}`, taken);
          merged.push({ ...mine, conflict: { with: otherId } }, { ...other, id: otherId, conflict: { with: id } });
          conflicts.push(id);
        }
      } else {
        const present = (mine ?? other)!;
        // Added on that side, or changed there while the other side deleted it: kept.
        if (was === undefined) merged.push(present);
        else if (changed(present)) {
          merged.push(present);
          keptDespiteDeletion.push(id);
        }
        // else: deleted on one side and left alone on the other, so deleted.
      }
    }
    return merged;
  };
  return {
    tags: mergeKind(base?.tags ?? [], ours.tags, theirs.tags),
    corrections: mergeKind(base?.corrections ?? [], ours.corrections, theirs.corrections),
    verifications: mergeKind(base?.verifications ?? [], ours.verifications, theirs.verifications),
    conflicts,
    keptDespiteDeletion,
  };
}

function allIds(content: SidecarContent | undefined): string[] {
  if (!content) return [];
  return [...content.tags, ...content.corrections, ...content.verifications].map(i => i.id);
}

/** `wanted`, or `wanted-2`, `wanted-3`… when another item already has it (ids are unique across kinds). */
function uniqueId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  taken.add(id);
  return id;
}
