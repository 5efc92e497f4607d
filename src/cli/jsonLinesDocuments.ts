// The `analyze --jsonl` contract, shared by the one-thread path and the worker threads: which
// input lines are documents (and what is wrong with those that are not), and the output line of
// an analysed document.
import type { Analysis, Analyzer } from '../analysis';
import { withoutExplanations } from './explainOutput';
import { formatSize } from './io';
import { readLines } from './lineReader';
import { jsonLine } from './terminalText';

export interface JsonLinesDocument {
  id: unknown;
  text: string;
}

/** A non-blank input line: a document to analyse, or the message saying why the line was skipped. */
export type JsonLinesInput = { lineNo: number; document: JsonLinesDocument; problem?: undefined } | { lineNo: number; document?: undefined; problem: string };

/** The documents of a JSON-lines stream, one per non-blank line, read as they come. */
export async function* jsonLinesInputs(stdin: NodeJS.ReadableStream, maxSize: number): AsyncGenerator<JsonLinesInput> {
  let lineNo = 0;
  for await (const line of readLines(stdin, maxSize)) {
    lineNo++;
    if (line.tooLong) {
      yield { lineNo, problem: `line ${lineNo}: longer than the ${formatSize(maxSize)} limit (raise it with --max-size); skipped` };
      continue;
    }
    if (!line.text.trim()) continue;
    let input: unknown;
    try {
      input = JSON.parse(line.text);
    } catch (err) {
      yield { lineNo, problem: `line ${lineNo}: not valid JSON (${(err as Error).message})` };
      continue;
    }
    const doc = input as { id?: unknown; text?: unknown };
    if (typeof input !== 'object' || input === null || typeof doc.text !== 'string') {
      yield { lineNo, problem: `line ${lineNo}: expected an object with a "text" string` };
      continue;
    }
    yield { lineNo, document: { id: doc.id ?? null, text: doc.text } };
  }
}

/** The output line of one document: its id and its analysis (the rule ids only with --explain). */
export function analysisLine(analyzer: Analyzer, document: JsonLinesDocument, explain: boolean): string {
  const analysis: Analysis = analyzer.analyze(document.text);
  return jsonLine({ id: document.id, ...(explain ? analysis : withoutExplanations(analysis)) });
}
