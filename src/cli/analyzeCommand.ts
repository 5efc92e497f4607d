// `source-annotator analyze`: the article with its highlights, as text or JSON.
import { createInterface } from 'node:readline';
import { Analyzer, type Analysis } from '../analysis';
import { parseArgs, UsageError } from './args';
import { CliError, readDocumentText } from './io';
import { renderHighlights, renderSummary } from './render';
import type { CliContext } from './context';

export const analyzeUsage = `source-annotator analyze FILE... [--json]
source-annotator analyze --jsonl < documents.jsonl
  Prints each article with its highlights (people, quotes, numbers) and a summary.
  --json   one JSON object per file: {"file", "people", "quotes", "numbers", "entities", "article"}
  --jsonl  reads {"id","text"} lines on stdin, writes one JSON object per line with "id"`;

export async function analyzeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'jsonl'] });
  const analyzer = new Analyzer();
  if (args.flags.has('jsonl')) {
    if (args.positionals.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    return analyzeJsonLines(analyzer, ctx);
  }
  if (!args.positionals.length) throw new UsageError('analyze needs at least one FILE (or --jsonl)');
  let status = 0;
  for (const file of args.positionals) {
    let text: string;
    try {
      text = await readDocumentText(file);
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      ctx.stderr(`source-annotator: ${err.message}\n`);
      status = 1;
      continue;
    }
    const analysis = analyzer.analyze(text);
    if (args.flags.has('json')) {
      ctx.stdout(JSON.stringify({ file, ...analysis }) + '\n');
    } else {
      const colour = ctx.colour;
      if (args.positionals.length > 1) ctx.stdout(`${colour ? '\x1b[1m' : ''}== ${file} ==${colour ? '\x1b[22m' : ''}\n`);
      ctx.stdout(renderHighlights(text, analysis, colour) + '\n\n' + renderSummary(analysis, colour) + '\n');
    }
  }
  return status;
}

/** The eval contract: one {"id","text"} per line in, one result per line out, in input order. */
async function analyzeJsonLines(analyzer: Analyzer, ctx: CliContext): Promise<number> {
  let status = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: ctx.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
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
    ctx.stdout(JSON.stringify({ id: doc.id ?? null, ...analysis }) + '\n');
  }
  return status;
}
