// Three-way merge of tag sets by id, for when the sidecar changed on disk (git pull, a hand
// edit, the CLI, another window) while the editor holds changes of its own. Nothing is lost:
// a side that changed a tag wins over a side that did not; when both changed it, the later
// `modified` time wins; a tag deleted on one side but changed on the other is kept.
import type { Tag } from './types';

/** What identifies a version of a tag's content (not its position, which edits move). */
export function tagVersion(tag: Pick<Tag, 'label' | 'note' | 'entity' | 'modified'>): string {
  return JSON.stringify([tag.label, tag.note ?? null, tag.entity ?? null, tag.modified]);
}

const ANCHOR_RANK = { exact: 0, moved: 1, fuzzy: 2, orphaned: 3 } as const;

/**
 * The same tag content on both sides: keep mine (its range followed the live edits) unless
 * the disk's copy found its text and mine did not do as well, which happens when the sidecar
 * was reloaded against a text that then changed under it (a git checkout changes both files).
 */
function betterAnchored<T extends Tag>(mine: T, theirs: T): T {
  return ANCHOR_RANK[theirs.anchor] < ANCHOR_RANK[mine.anchor] ? theirs : mine;
}

/**
 * Merges `mine` (the editor's tags) and `theirs` (the tags on disk, anchored to the same text)
 * against `base` (id → `tagVersion` of the tags as last loaded from or saved to disk;
 * undefined when nothing was ever synced, in which case the union is taken).
 */
export function mergeTagSets<T extends Tag>(base: ReadonlyMap<string, string> | undefined, mine: readonly T[], theirs: readonly T[]): T[] {
  const mineById = new Map(mine.map(t => [t.id, t]));
  const theirsById = new Map(theirs.map(t => [t.id, t]));
  const ids = new Set([...mineById.keys(), ...theirsById.keys(), ...(base?.keys() ?? [])]);
  const merged: T[] = [];
  for (const id of ids) {
    const m = mineById.get(id);
    const t = theirsById.get(id);
    const b = base?.get(id);
    const mineChanged = m ? tagVersion(m) !== b : b !== undefined;
    const theirsChanged = t ? tagVersion(t) !== b : b !== undefined;
    let pick: T | undefined;
    if (m && t) pick = !theirsChanged && !mineChanged ? betterAnchored(m, t) : !theirsChanged ? m : !mineChanged ? t : t.modified > m.modified ? t : m;
    else if (m) pick = b !== undefined && !mineChanged ? undefined : m; // deleted on disk unless I changed it
    else if (t) pick = b !== undefined && !theirsChanged ? undefined : t; // deleted by me unless changed on disk
    if (pick) merged.push(pick);
  }
  return merged;
}
