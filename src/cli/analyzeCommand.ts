// `source-annotator analyze`: the article with its highlights, as text or JSON.
import { Analyzer, type Analysis } from '../analysis';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../common/encoding';
import { parseArgs, sizeOption, UsageError } from './args';
import { CliError, formatSize, readDocumentText } from './io';
import { readLines } from './lineReader';
import { renderExplanations, withoutExplanations } from './explainOutput';
import { renderHighlights, renderSummary } from './render';
import { jsonLine, printable } from './terminalText';
import type { CliContext } from './context';

export const analyzeUsage = `source-annotator analyze FILE... [--json]
source-annotator analyze --jsonl < documents.jsonl
  Prints each article with its highlights (people, quotes, numbers) and a summary.
  FILE is UTF-8, or UTF-16 with a byte-order mark; binary files are refused.
  --json   one JSON object per file: {"file", "people", "quotes", "numbers", "entities", "article"}
  --jsonl  reads {"id","text"} lines on stdin, writes one JSON object per line with "id"
  --explain  adds why: "rules" (rule ids) on each person, quote and number, and "rejections"
           (candidates a rule turned down); in text output, one line per finding with the reasons
  --max-size SIZE  refuse files (and --jsonl lines) larger than this (default 20MB)`;

export async function analyzeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'jsonl', 'explain'], options: ['max-size'] });
  const maxSize = sizeOption(args, 'max-size', DEFAULT_MAX_DOCUMENT_SIZE);
  const analyzer = new Analyzer();
  const explain = args.flags.has('explain');
  const shown = (analysis: Analysis): Analysis => (explain ? analysis : withoutExplanations(analysis));
  if (args.flags.has('jsonl')) {
    if (args.positionals.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    return analyzeJsonLines(analyzer, ctx, maxSize, shown);
  }
  if (!args.positionals.length) throw new UsageError('analyze needs at least one FILE (or --jsonl)');
  let status = 0;
  for (const file of args.positionals) {
    let text: string;
    try {
      text = await readDocumentText(file, maxSize);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.stderr(`source-annotator: ${err.message}\n`);
      status = 1;
      continue;
    }
    const analysis = analyzer.analyze(text);
    if (args.flags.has('json')) {
      ctx.stdout(jsonLine({ file, ...shown(analysis) }));
    } else {
      const colour = ctx.colour;
      if (args.positionals.length > 1) ctx.stdout(`${colour ? '\x1b[1m' : ''}== ${printable(file)} ==${colour ? '\x1b[22m' : ''}\n`);
      ctx.stdout(renderHighlights(text, analysis, colour) + '\n\n' + renderSummary(analysis, colour) + '\n');
      if (explain) ctx.stdout('\n' + renderExplanations(analysis) + '\n');
    }
  }
  return status;
}

/** The eval contract: one {"id","text"} per line in, one result per line out, in input order. */
async function analyzeJsonLines(analyzer: Analyzer, ctx: CliContext, maxSize: number, shown: (analysis: Analysis) => Analysis): Promise<number> {
  let status = 0;
  let lineNo = 0;
  for await (const line of readLines(ctx.stdin, maxSize)) {
    lineNo++;
    if (line.tooLong) {
      ctx.stderr(`source-annotator: line ${lineNo}: longer than the ${formatSize(maxSize)} limit (raise it with --max-size); skipped\n`);
      status = 1;
      continue;
    }
    if (!line.text.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line.text);
    } catch (err) {
      ctx.stderr(`source-annotator: line ${lineNo}: not valid JSON (${(err as Error).message})\n`);
      status = 1;
      continue;
    }
    const doc = input as { id?: unknown; text?: unknown };
    if (typeof input !== 'object' || input === null || typeof doc.text !== 'string') {
      ctx.stderr(`source-annotator: line ${lineNo}: expected an object with a "text" string\n`);
      status = 1;
      continue;
    }
    const analysis: Analysis = analyzer.analyze(doc.text);
    ctx.stdout(jsonLine({ id: doc.id ?? null, ...shown(analysis) }));
  }
  return status;
}
