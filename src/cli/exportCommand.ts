// `source-annotator export`: the same exports as the editor's Export command, to stdout.
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../analysis';
import { fileNameOf } from '../annotations';
import { EXPORT_FORMATS, exportDocument, isExportFormat } from '../export';
import { parseArgs, UsageError } from './args';
import type { CliContext } from './context';
import { openDocumentTags } from './tagCommands';
import { readDocumentCorrections } from './sidecarCorrections';

const formats = Object.keys(EXPORT_FORMATS).join('|');

export const exportUsage = `source-annotator export FILE --format ${formats}
  Writes FILE's annotations to standard output, anchored to its current text, with the
  corrections saved in its sidecar applied to the analysis:
  w3c          W3C Web Annotation collection (JSON-LD; positions in code points): tags,
               corrections (motivation "editing") and verdicts (motivation "assessing")
  csv          one row per tag (offsets in UTF-16 code units), with the verdict of its quote
  markdown     a report of the people, quotes (with verdicts), sourcing, numbers and tags
  claimreview  schema.org ClaimReview (JSON-LD) for every quote with a verdict
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse a FILE larger than this (default 20MB)`;

export async function exportCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { options: ['format', 'suffix', 'max-size'] });
  const format = args.options.get('format');
  if (format === undefined) throw new UsageError(`--format is required (${formats})`);
  if (!isExportFormat(format)) throw new UsageError(`unknown format "${format}" (expected ${formats})`);
  const { path, text, session } = await openDocumentTags(args, ctx, { readOnly: true });
  const { corrections, verifications } = await readDocumentCorrections(path, text, args.options.get('suffix'));
  const analysis = EXPORT_FORMATS[format].needsAnalysis ? new Analyzer().analyze(text) : undefined;
  ctx.stdout(exportDocument(format, { documentName: fileNameOf(path), documentUri: pathToFileURL(path).href, text, tags: session.model.tags, corrections, verifications, analysis }));
  return 0;
}
