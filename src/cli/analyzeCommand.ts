// `source-annotator analyze`: the article with its highlights, as text or JSON.
import { Analyzer, type Analysis } from '../analysis';
import { applyCorrections } from '../annotations';
import { resolve } from 'node:path';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../common/encoding';
import { parseArgs, sizeOption, UsageError } from './args';
import { CliError, formatSize, readDocumentText } from './io';
import { readLines } from './lineReader';
import { renderExplanations, withoutExplanations } from './explainOutput';
import { renderHighlights, renderSummary } from './render';
import { correctedJson } from './correctedJson';
import { readDocumentCorrections } from './sidecarCorrections';
import { jsonLine, printable } from './terminalText';
import type { CliContext } from './context';

export const analyzeUsage = `source-annotator analyze FILE... [--json]
source-annotator analyze --jsonl < documents.jsonl
  Prints each article with its highlights (people, quotes, numbers) and a summary, with the
  corrections and verdicts saved in FILE's sidecar applied (corrected items are marked).
  FILE is UTF-8, or UTF-16 with a byte-order mark; binary files are refused.
  --json   one JSON object per file: {"file", "people", "quotes", "numbers", "entities", "article"};
           every person, quote and number has "origin": "analysis" or "correction", and a quote
           with a recorded verdict has "verification": {"status", "source"?, "note"?}
  --raw    the analysis alone: the sidecar is not read
  --jsonl  reads {"id","text"} lines on stdin, writes one JSON object per line with "id" (the
           analysis alone, as --raw)
  --explain  adds why: "rules" (rule ids) on each person, quote and number, and "rejections"
           (candidates a rule turned down); in text output, one line per finding with the reasons
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse files (and --jsonl lines) larger than this (default 20MB)`;

export async function analyzeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'jsonl', 'explain', 'raw'], options: ['max-size', 'suffix'] });
  const maxSize = sizeOption(args, 'max-size', DEFAULT_MAX_DOCUMENT_SIZE);
  const analyzer = new Analyzer();
  const explain = args.flags.has('explain');
  const shown = (analysis: Analysis): Analysis => (explain ? analysis : withoutExplanations(analysis));
  if (args.flags.has('jsonl')) {
    if (args.positionals.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    return analyzeJsonLines(analyzer, ctx, maxSize, shown);
  }
  if (!args.positionals.length) throw new UsageError('analyze needs at least one FILE (or --jsonl)');
  const raw = args.flags.has('raw');
  let status = 0;
  for (const file of args.positionals) {
    let text: string;
    let analysis: Analysis;
    try {
      const path = resolve(ctx.cwd, file);
      text = await readDocumentText(path, maxSize);
      const found = analyzer.analyze(text);
      if (raw) {
        analysis = found;
      } else {
        const { corrections, verifications } = await readDocumentCorrections(path, text, args.options.get('suffix'));
        analysis = applyCorrections(found, corrections, verifications);
      }
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.stderr(`source-annotator: ${err.message}\n`);
      status = 1;
      continue;
    }
    if (args.flags.has('json')) {
      ctx.stdout(jsonLine({ file, ...correctedJson(shown(analysis)) }));
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
