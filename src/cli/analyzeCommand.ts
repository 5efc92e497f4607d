// `source-annotator analyze`: the article with its highlights, as text or JSON.
import { Analyzer, type Analysis } from '../analysis';
import { applyCorrections } from '../annotations';
import { resolve } from 'node:path';
import { DEFAULT_MAX_DOCUMENT_SIZE } from '../common/encoding';
import { availableParallelism } from 'node:os';
import { parseArgs, positiveIntOption, sizeOption, UsageError } from './args';
import { CliError, readDocumentText } from './io';
import { AnalysisWorkerPool } from './analysisWorkerPool';
import { analysisLine, jsonLinesInputs } from './jsonLinesDocuments';
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
  --jobs N   with --jsonl: analyse on N worker threads (default: the number of cores); the output
           stays in input order; --jobs 1 analyses in the main thread
  --suffix S     the sidecar suffix (default ".annotations.json")
  --max-size SIZE  refuse files (and --jsonl lines) larger than this (default 20MB)`;

/** Documents read ahead per worker: enough to keep every worker busy while the oldest finishes. */
const READ_AHEAD_PER_JOB = 4;

export async function analyzeCommand(argv: string[], ctx: CliContext): Promise<number> {
  const args = parseArgs(argv, { flags: ['json', 'jsonl', 'explain', 'raw'], options: ['max-size', 'suffix', 'jobs'] });
  const maxSize = sizeOption(args, 'max-size', DEFAULT_MAX_DOCUMENT_SIZE);
  const explain = args.flags.has('explain');
  if (args.flags.has('jsonl')) {
    if (args.positionals.length) throw new UsageError('--jsonl reads standard input; give no FILE');
    return analyzeJsonLines(ctx, maxSize, explain, positiveIntOption(args, 'jobs', availableParallelism()));
  }
  if (args.options.has('jobs')) throw new UsageError('--jobs goes with --jsonl');
  const analyzer = new Analyzer();
  const shown = (analysis: Analysis): Analysis => (explain ? analysis : withoutExplanations(analysis));
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

/**
 * The eval contract: one {"id","text"} per line in, one result per line out, in input order.
 * With more than one job the documents are analysed on worker threads; at most a few per worker
 * are read ahead, so memory stays bounded however long the input is.
 */
async function analyzeJsonLines(ctx: CliContext, maxSize: number, explain: boolean, jobs: number): Promise<number> {
  let status = 0;
  const skip = (problem: string) => {
    ctx.stderr(`source-annotator: ${problem}\n`);
    status = 1;
  };
  if (jobs <= 1 || !ctx.workerScript) {
    const analyzer = new Analyzer();
    for await (const input of jsonLinesInputs(ctx.stdin, maxSize)) {
      if (input.problem !== undefined) skip(input.problem);
      else ctx.stdout(analysisLine(analyzer, input.document, explain));
    }
    return status;
  }
  const pool = new AnalysisWorkerPool(ctx.workerScript, jobs, { explain });
  // What to print for each line read and not printed yet, oldest first.
  const pending: Promise<() => void>[] = [];
  const printOldest = async () => (await pending.shift()!)();
  try {
    for await (const input of jsonLinesInputs(ctx.stdin, maxSize)) {
      const { problem, document } = input;
      const print = problem !== undefined ? Promise.resolve(() => skip(problem)) : pool.analyze(document).then(line => () => ctx.stdout(line));
      // Handled when its turn comes; without this a failure behind a slower document would count as unhandled.
      print.catch(() => undefined);
      pending.push(print);
      while (pending.length >= jobs * READ_AHEAD_PER_JOB) await printOldest();
    }
    while (pending.length) await printOldest();
  } finally {
    await pool.close();
  }
  return status;
}
