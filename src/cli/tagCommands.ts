// `source-annotator tag` and `source-annotator tags`: add a tag exactly as the editor does
// (through the same TagSession and SidecarStore), and list a document's tags as they anchor
// to the file's current text, without writing anything.
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../common/encoding';
import { plural } from '../common/text';
import { dirname, resolve } from 'node:path';
import { describeAnchorReport, describeLeftBehindTags, fileNameOf, findLeftBehindTags, SidecarError, SidecarStore, TagInputError, TagSession, type AnchorStatus, type Creator, type LoadResult, type Tag } from '../annotations';
import { ANNOTATOR_OPTION, annotatorUsage, resolveAnnotator } from './annotator';
import { intOption, parseArgs, sizeOption, UsageError, type ParsedArgs } from './args';
import type { CliContext } from './context';
import { CliError, readDocumentText } from './io';
import { nodeFileSystem } from './nodeFileSystem';
import { jsonLine, printable } from './terminalText';

export const tagUsage = `source-annotator tag FILE --start N --end M --label L [--note TEXT] [--entity NAME] [--json]
  Tags FILE's text from offset N to M (UTF-16 code units, as everywhere) and saves the tag in
  FILE.annotations.json, exactly as the editor's "Tag Selection…" would.
  --json         print the new tag as JSON
${annotatorUsage}
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse a FILE larger than this (default 20MB)`;

export const tagsUsage = `source-annotator tags FILE [--json]
  Lists FILE's tags as they anchor to its current text (exact, moved, fuzzy or orphaned).
  Writes nothing.
  --json   {"tags": [{"id","label","note","start","end","text","status"}]}; start and end are
           null for an orphaned tag, whose text is the last it had
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse a FILE larger than this (default 20MB)`;

/** The document, its text, and its tags as anchored to that text; throws CliError for a broken sidecar. */
export async function openDocumentTags(
  args: ParsedArgs,
  ctx: CliContext,
  options: { readOnly: boolean; creator?: Creator },
): Promise<{ path: string; text: string; store: SidecarStore; session: TagSession; result: LoadResult & { ok: true } }> {
  if (args.positionals.length !== 1) throw new UsageError(args.positionals.length ? 'give exactly one FILE' : 'FILE is required');
  const path = resolve(ctx.cwd, args.positionals[0]);
  const text = await readDocumentText(path, sizeOption(args, 'max-size', DEFAULT_MAX_DOCUMENT_SIZE));
  const store = new SidecarStore(nodeFileSystem, { suffix: args.options.get('suffix'), cleanUpTemporaryFiles: !options.readOnly });
  const { session, result } = await TagSession.open(store, path, () => text, { autoSave: false, model: { creator: () => options.creator } });
  if (!result.ok) throw new CliError(`${result.error.message}\n  (${result.location})`);
  return { path, text, store, session, result };
}

export async function tagCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['start', 'end', 'label', 'note', 'entity', 'suffix', 'max-size', ANNOTATOR_OPTION] });
  const start = intOption(args, 'start');
  const end = intOption(args, 'end');
  const label = args.options.get('label');
  if (label === undefined) throw new UsageError('--label is required');
  // git's user as the article's repository sees it (its local config), wherever the command runs.
  const creator = await resolveAnnotator(args, dirname(resolve(ctx.cwd, args.positionals[0] ?? '.')));
  const { text, session, result } = await openDocumentTags(args, ctx, { readOnly: false, creator });
  const tag = await recordAndSave('tag', ctx, session, result, () => session.model.add({ label, note: args.options.get('note'), entity: args.options.get('entity'), start, end }, text));
  if (!tag) return 2;
  if (args.flags.has('json')) {
    ctx.stdout(jsonLine({ tag: listed(tag), sidecar: session.sidecarLocation }));
  } else {
    ctx.stdout(printable(`Tagged ${tag.start}–${tag.end} ${quoted(tag.quote.exact)} as "${tag.label}" (${tag.id}) in ${session.sidecarLocation}`) + '\n');
  }
  return 0;
}

/**
 * Makes one change to the document's annotations with `change` and saves the sidecar: the same
 * path for `tag`, `correct` and `verify`. Bad input (a TagInputError) is reported and nothing is
 * saved: undefined, for exit code 2. A sidecar that cannot be written is a CliError.
 */
export async function recordAndSave<T>(command: string, ctx: CliContext, session: TagSession, loaded: LoadResult & { ok: true }, change: () => T): Promise<T | undefined> {
  let made: T;
  try {
    made = change();
  } catch (err) {
    if (!(err instanceof TagInputError)) throw err;
    ctx.stderr(`source-annotator ${command}: ${err.message}; nothing was saved\n`);
    return undefined;
  }
  try {
    await session.save();
  } catch (err) {
    if (err instanceof SidecarError) throw new CliError(err.message);
    throw err;
  }
  const reanchored = describeAnchorReport(loaded.report, fileNameOf(session.documentLocation));
  if (reanchored) ctx.stderr(`source-annotator: ${reanchored}\n`);
  return made;
}

export async function tagsCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json'], options: ['suffix', 'max-size'] });
  const { text, store, session, result } = await openDocumentTags(args, ctx, { readOnly: true });
  const tags = session.model.tags;
  if (args.flags.has('json')) {
    ctx.stdout(jsonLine({ tags: tags.map(listed) }));
    return 0;
  }
  if (!result.exists) {
    ctx.stdout(printable(`No tags: ${session.sidecarLocation} does not exist.`) + '\n');
    const found = await findLeftBehindTags(nodeFileSystem, session.documentLocation, text, store.suffix);
    if (found) ctx.stdout(printable(`${describeLeftBehindTags(found, fileNameOf(session.documentLocation))} To attach them: mv ${shellQuoted(found.sidecar)} ${shellQuoted(session.sidecarLocation)}`) + '\n');
    return 0;
  }
  const width = Math.max(0, ...tags.map(t => rangeText(t).length));
  for (const t of tags) {
    ctx.stdout(printable(`${t.anchor.padEnd(8)} ${rangeText(t).padEnd(width)}  ${t.label}: ${quoted(t.quote.exact)}${t.note ? `  — ${flat(t.note)}` : ''}`) + '\n');
  }
  const counts = (['exact', 'moved', 'fuzzy', 'orphaned'] as AnchorStatus[]).filter(s => result.report.counts[s]).map(s => `${result.report.counts[s]} ${s}`);
  ctx.stdout(`${plural(tags.length, 'tag')}${counts.length ? `: ${counts.join(', ')}` : ''}\n`);
  const reanchored = describeAnchorReport(result.report, fileNameOf(session.documentLocation));
  if (reanchored) ctx.stdout(printable(`${reanchored} (Not saved: \`tags\` never writes.)`) + '\n');
  return 0;
}

/** The CLI's JSON shape of a tag. */
function listed(t: Tag): { id: string; label: string; note: string | null; start: number | null; end: number | null; text: string; status: AnchorStatus } {
  const orphaned = t.anchor === 'orphaned';
  return { id: t.id, label: t.label, note: t.note ?? null, start: orphaned ? null : t.start, end: orphaned ? null : t.end, text: t.quote.exact, status: t.anchor };
}

export function rangeText(t: Pick<Tag, 'anchor' | 'start' | 'end'>): string {
  return t.anchor === 'orphaned' ? '–' : `${t.start}–${t.end}`;
}

export function quoted(text: string, max = 60): string {
  const f = flat(text);
  return `“${f.length <= max ? f : f.slice(0, max - 1) + '…'}”`;
}

/** A path as one POSIX shell word: single-quoted when needed, a quote inside written as '\''. */
function shellQuoted(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
