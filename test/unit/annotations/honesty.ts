// What the honesty property tests (re-anchoring from disk, and live edits in the editor) share:
// the check that a tag is never confident at other text, the filters for cases where the
// sidecar cannot tell, the corrections applied to tagged words, and the runner.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { QUOTE_CONTEXT_LENGTH } from '../../../src/annotations/types';
import { keepsWordEdges, recordedWordEdges } from '../../../src/annotations/wordBoundaries';
import { word } from './generators';

/** A tag is confident (`exact`/`moved`) only at `truth`, its own text; anywhere else it must say fuzzy or orphaned. */
export function assertNotConfidentlyWrong(tag: { anchor: string; start: number; end: number }, truth: { start: number; end: number } | undefined, text: string) {
  if (tag.anchor !== 'exact' && tag.anchor !== 'moved') return;
  assert.ok(truth && tag.start === truth.start && tag.end === truth.end, `${tag.anchor} at "${text.slice(tag.start, tag.end)}" (${tag.start}), which is not the tagged text`);
}

/**
 * Some occurrence of the quote in `text` has the recorded context's nearest 16 characters on
 * one side, or all of a side cut by the document's edge (8 or more characters, or none) with
 * the edge there too, on word boundaries where the tag's were: by everything the sidecar
 * records, that is the tagged text.
 */
export function keepsASideElsewhere(text: string, quote: { exact: string; prefix: string; suffix: string }): boolean {
  const before = quote.prefix.slice(-16);
  const after = quote.suffix.slice(0, 16);
  const edgeSide = (side: string) => side.length < QUOTE_CONTEXT_LENGTH - 1 && (side.length === 0 || side.length >= 8);
  const edges = recordedWordEdges(quote);
  for (let i = text.indexOf(quote.exact); i >= 0; i = text.indexOf(quote.exact, i + 1)) {
    const end = i + quote.exact.length;
    // Not inside a longer word where the tag was a whole one ("50" in "500" is other text).
    if (!keepsWordEdges(text, i, end, edges)) continue;
    if (before.length === 16 && text.slice(i - 16, i) === before) return true;
    if (after.length === 16 && text.startsWith(after, end)) return true;
    if (edgeSide(quote.prefix) && text.slice(0, i) === quote.prefix) return true;
    if (edgeSide(quote.suffix) && text.slice(end) === quote.suffix) return true;
  }
  return false;
}

/** `exact` is long, occurs once in `text` and bears a capitalised word found nowhere else: re-anchoring takes it as moved. */
export function looksMoved(text: string, exact: string): boolean {
  const at = text.indexOf(exact);
  if (at < 0 || text.includes(exact, at + 1) || exact.length < 12) return false;
  return exact.split(/[^\p{L}\p{N}]+/u).some(w => /^\p{Lu}/u.test(w) && text.split(/[^\p{L}\p{N}]+/u).filter(x => x === w).length === 1);
}

/** A correction of the tagged words: one replaced, one dropped, or a character added to the last. */
export const correction = fc.record({ kind: fc.constantFrom('replace', 'drop', 'extend'), at: fc.nat(), by: word, suffix: fc.constantFrom('0', 's', 'x') });

export function corrected(words: string, c: { kind: string; at: number; by: string; suffix: string }): string {
  const ws = words.split(' ');
  const i = c.at % ws.length;
  if (c.kind === 'replace' && ws[i] !== c.by) ws[i] = c.by;
  else if (c.kind === 'drop' && ws.length > 1) ws.splice(i, 1);
  else ws[ws.length - 1] += c.suffix;
  return ws.join(' ');
}

/**
 * One test per scenario. With HONESTY_COUNT=1 it is a measurement rather than a test: it
 * counts failing cases by reason instead of stopping at the first (to compare with older code).
 */
export function describeScenarios<S extends object>(title: string, scenarios: S, runs: number): void {
  describe(title, () => {
    for (const [name, property] of Object.entries(scenarios) as [string, fc.IProperty<unknown[]>][]) {
      it(name, () => {
        if (process.env.HONESTY_COUNT) {
          const failures = new Map<string, number>();
          for (let seed = 0; seed < runs; seed++) {
            const details = fc.check(property, { numRuns: 1, seed, endOnFailure: true });
            if (details.numSkips) failures.set('seeds with a skipped draw (a case then ran)', (failures.get('seeds with a skipped draw (a case then ran)') ?? 0) + 1);
            const reason = details.failed ? String((details.errorInstance as Error | undefined)?.message).replace(/".*"|\(\d+\)|\d+/g, '…').split('\n')[0] : undefined;
            if (reason) failures.set(reason, (failures.get(reason) ?? 0) + 1);
          }
          console.log(name, runs, 'cases', Object.fromEntries(failures));
          return;
        }
        fc.assert(property, { numRuns: runs });
      });
    }
  });
}
