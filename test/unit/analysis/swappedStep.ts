// The identity tests of our replacements for compromise's compute steps parse each paragraph
// twice: with our step and with compromise's own. This runs one parse with the step named `name`
// swapped for `step`, and puts our step back even when the parse throws.
import nlp from 'compromise';
import { parseParagraph, type Token } from '../../../src/analysis/text/tokens';

/** A term as the identity tests read it. */
export interface ParsedTerm {
  text: string;
  tags: Set<string>;
  id?: unknown;
  chunk?: string;
  switch?: string;
}

const compute = (nlp.world() as unknown as { compute: Record<string, unknown> }).compute;

/** The step installed under `name` now (ours, once its module has loaded). */
export function installedStep(name: string): unknown {
  return compute[name];
}

/** `read` of the terms and tokens of `text` parsed with compromise's step `name` replaced by `step`. */
export function parsedWithStep<T>(name: string, step: unknown, text: string, read: (terms: ParsedTerm[], tokens: Token[]) => T): T {
  const installed = compute[name];
  compute[name] = step;
  try {
    const { doc, tokens } = parseParagraph(text);
    return read((doc as unknown as { docs: ParsedTerm[][] }).docs.flat(), tokens);
  } finally {
    compute[name] = installed;
  }
}
