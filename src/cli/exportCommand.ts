// `source-annotator export`: the same exports as the editor's Export command, to stdout.
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../analysis';
import { fileNameOf } from '../annotations';
import { EXPORT_FORMATS, exportDocument, isExportFormat } from '../export';
import { parseArgs, UsageError } from './args';
import type { CliContext } from './context';
import { openDocumentTags } from './tagCommands';

const formats = Object.keys(EXPORT_FORMATS).join('|');

export const exportUsage = `source-annotator export FILE --format ${formats}
  Writes FILE's tags to standard output, anchored to its current text:
  w3c       W3C Web Annotation collection (JSON-LD; positions in code points)
  csv       one row per tag (offsets in UTF-16 code units)
  markdown  a report of the people, quotes, numbers and tags
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse a FILE larger than this (default 20MB)`;

export async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { options: ['format', 'suffix', 'max-size'] });
  const format = args.options.get('format');
  if (format === undefined) throw new UsageError(`--format is required (${formats})`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}" (expected ${formats})`);
  const { path, text, session } = await openDocumentTags(args, ctx, { readOnly: true });
  const analysis = EXPORT_FORMATS[format].needsAnalysis ? new Analyzer().analyze(text) : undefined;
  ctx.stdout(exportDocument(format, { documentName: fileNameOf(path), documentUri: pathToFileURL(path).href, text, tags: session.model.tags, analysis }));
  return 0;
}
