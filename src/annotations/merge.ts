// Three-way merge of tag sets by id, for when the sidecar changed on disk (git pull, a hand
// edit, the CLI, another window) while the editor holds changes of its own. Nothing is lost:
// a side that changed a tag wins over a side that did not; when both changed it, the later
// `modified` time wins; a tag deleted on one side but changed on the other is kept.
import type { Tag } from './types';

/** What identifies a version of a tag's content (not its position, which edits move). */
export function tagVersion(tag: Pick<Tag, 'label' | 'note' | 'entity' | 'modified'>): string {
  return JSON.stringify([tag.label, tag.note ?? null, tag.entity ?? null, tag.modified]);
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
    if (m && t) pick = !theirsChanged ? m : !mineChanged ? t : t.modified > m.modified ? t : m;
    else if (m) pick = b !== undefined && !mineChanged ? undefined : m; // deleted on disk unless I changed it
    else if (t) pick = b !== undefined && !theirsChanged ? undefined : t; // deleted by me unless changed on disk
    if (pick) merged.push(pick);
  }
  return merged;
}
