// `source-annotator merge-sidecars BASE OURS THEIRS [PATH]`: git's merge driver for sidecars
// (see gitSetupCommand.ts for how git is told to call it). Merges by item id (sidecarMerge.ts),
// writes the result over OURS, and exits 0 (merged), 1 (conflicts remain: both versions are in
// the file, which stays valid) or 2 (an input is unreadable: OURS is left as it was, and git
// reports a conflict as it would without a driver).
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DEFAULT_SIDECAR_SUFFIX, fileNameOf, formatSidecar, mergeSidecars, parseSidecar, serializeSidecar, type SidecarContent } from '../annotations';
import { plural } from '../common/text';
import { parseArgs, UsageError } from './args';
import type { CliContext } from './context';
import { CliError, readDocumentText } from './io';
import { readSidecarFile } from './sidecarFile';

export const mergeUsage = `source-annotator merge-sidecars BASE OURS THEIRS [PATH]
  Git's merge driver for sidecars (git passes %O %A %B %P): merges the three versions by item
  id and writes the result to OURS. Items added on either side are kept, a deletion applies
  when the other side left the item alone, a change on one side applies; when both sides
  changed an item differently both versions are kept, marked "conflict". With PATH (the
  sidecar's path in the work tree) the items are re-anchored to the article next to it.
  Exit 0: merged; 1: conflicts remain (the file is valid); 2: an input is unreadable (OURS unchanged).
  Set it up with: source-annotator git-setup`;

/** Git's conflict markers at the start of a line: an article with these is mid-merge, not text to anchor to. */
const CONFLICT_MARKERS = /^(<{7}|>{7})( |$)|^={7}$/m;

export async function mergeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, {});
  if (args.positionals.length < 3 || args.positionals.length > 4) throw new UsageError('give BASE OURS THEIRS and optionally PATH');
  const [basePath, oursPath, theirsPath, mergedPath] = args.positionals.map(p => resolve(ctx.cwd, p));
  let base: SidecarContent | undefined, ours: SidecarContent, theirs: SidecarContent;
  try {
    base = await readSidecarFile(basePath, 'BASE');
    ours = (await readSidecarFile(oursPath, 'OURS')) ?? emptySidecar();
    theirs = (await readSidecarFile(theirsPath, 'THEIRS')) ?? emptySidecar();
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    ctx.stderr(`source-annotator merge-sidecars: ${err.message}; ${oursPath} was left as it was\n`);
    return 2;
  }
  const merged = mergeSidecars(base, ours, theirs);
  const article = mergedPath && mergedPath.endsWith(DEFAULT_SIDECAR_SUFFIX) ? await articleText(mergedPath.slice(0, -DEFAULT_SIDECAR_SUFFIX.length)) : undefined;
  const name = ours.document.name ?? theirs.document.name ?? (mergedPath ? fileNameOf(mergedPath.slice(0, -DEFAULT_SIDECAR_SUFFIX.length)) : 'article');
  const output = article
    ? serializeSidecar({ documentName: name, text: article, ...merged })
    : // Without the merged article the positions are each side's own; no fingerprint makes the
      // next load re-anchor every item by its quote rather than trust them.
      formatSidecar({ name }, merged);
  // The result must be a sidecar this program reads back; never hand git a file it cannot.
  parseSidecar(output);
  await writeFile(oursPath, output);
  for (const id of merged.keptDespiteDeletion) ctx.stderr(`source-annotator merge-sidecars: ${id} was deleted on one side and changed on the other; kept as changed\n`);
  if (merged.conflicts.length) {
    ctx.stderr(
      `source-annotator merge-sidecars: ${plural(merged.conflicts.length, 'annotation')} changed differently on both sides (${merged.conflicts.join(', ')}); both versions are kept, marked "conflict". Pick one with "Resolve Conflict…" in the editor.\n`,
    );
    return 1;
  }
  return 0;
}

function emptySidecar(): SidecarContent {
  return { version: 2, document: {}, tags: [], corrections: [], verifications: [] };
}

/** The article's text when it is there and not itself mid-merge (then positions are kept as they are). */
async function articleText(path: string): Promise<string | undefined> {
  try {
    const text = await readDocumentText(path);
    return CONFLICT_MARKERS.test(text) ? undefined : text;
  } catch (err) {
    if (err instanceof CliError) return undefined;
    throw err;
  }
}
