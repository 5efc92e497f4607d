// How the number tests run the finder: one paragraph, as the analyzer does, and the one mention
// with a given text.
import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { findNumbers } from '../../../src/analysis/numbers/findNumbers';
import type { NumberMention } from '../../../src/analysis/types';

/** Runs the finder the way the analyzer does: one paragraph, offsets computed once. */
export function numbers(text: string): NumberMention[] {
  const doc = nlp(text);
  doc.compute('offset');
  return findNumbers(doc, text);
}

/** The one mention whose text is `spanText` (fails when there is none or several). */
export function only(text: string, spanText: string): NumberMention {
  const found = numbers(text).filter(n => n.text === spanText);
  assert.equal(found.length, 1, `expected one mention "${spanText}" in ${JSON.stringify(numbers(text).map(n => n.text))}`);
  return found[0];
}
