// Three-way merge of annotation sets (tags, corrections, verifications alike) by id, for when the sidecar changed on disk (git pull, a hand
// edit, the CLI, another window) while the editor holds changes of its own. Nothing is lost:
// a side that changed a tag wins over a side that did not; when both changed it, the later
// `modified` time wins; a tag deleted on one side but changed on the other is kept.
import { contentVersion } from './annotationKinds';
import type { AnchoredAnnotation } from './types';

const ANCHOR_RANK = { exact: 0, moved: 1, fuzzy: 2, orphaned: 3 } as const;

/**
 * The same tag content on both sides: keep mine (its range followed the live edits) unless
 * the disk's copy found its text and mine did not do as well, which happens when the sidecar
 * was reloaded against a text that then changed under it (a git checkout changes both files).
 */
function betterAnchored<T extends AnchoredAnnotation>(mine: T, theirs: T): T {
  return ANCHOR_RANK[theirs.anchor] < ANCHOR_RANK[mine.anchor] ? theirs : mine;
}

/**
 * Merges `mine` (the editor's annotations) and `theirs` (those on disk, anchored to the same
 * text) against `base` (id → `contentVersion` of the annotations as last loaded from or saved to disk;
 * undefined when nothing was ever synced, in which case the union is taken).
 */
export function mergeAnnotationSets<T extends AnchoredAnnotation>(base: ReadonlyMap<string, string> | undefined, mine: readonly T[], theirs: readonly T[]): T[] {
  const mineById = new Map(mine.map(t => [t.id, t]));
  const theirsById = new Map(theirs.map(t => [t.id, t]));
  const ids = new Set([...mineById.keys(), ...theirsById.keys(), ...(base?.keys() ?? [])]);
  const merged: T[] = [];
  for (const id of ids) {
    const m = mineById.get(id);
    const t = theirsById.get(id);
    const b = base?.get(id);
    const mineChanged = m ? contentVersion(m) !== b : b !== undefined;
    const theirsChanged = t ? contentVersion(t) !== b : b !== undefined;
    let pick: T | undefined;
    if (m && t) pick = !theirsChanged && !mineChanged ? betterAnchored(m, t) : !theirsChanged ? m : !mineChanged ? t : t.modified > m.modified ? t : m;
    else if (m) pick = b !== undefined && !mineChanged ? undefined : m; // deleted on disk unless I changed it
    else if (t) pick = b !== undefined && !theirsChanged ? undefined : t; // deleted by me unless changed on disk
    if (pick) merged.push(pick);
  }
  return merged;
}
