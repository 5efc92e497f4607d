// Text shaped to make a per-mention walk over the document costly, shared by the unit tests
// (test/unit/analysis/linearity.test.ts) and the bench (scripts/bench-adversarial.mjs). Each
// shape repeats a unit `k` times.

/** Pronoun cues and no sentence break anywhere: every "he" is far from any sentence start. */
export const noBreaks = (k: number): string => 'John Smith arrived, “we are fine” he said, and '.repeat(k);

/** One paragraph of ordinary news sentences, cut into many blocks. */
export const onePara = (k: number): string => 'The mayor, Ana Lopez, said on Tuesday that the city would spend $4.5 million on new buses. “We need them,” she said. Critics, including council member Tom Reed, disagreed. '.repeat(k);

/** Distinct given names in base 26: Xaa, Xab, … (ones the analysis reads as given names). */
export function givenName(i: number): string {
  let s = '';
  do {
    s = String.fromCharCode(97 + (i % 26)) + s;
    i = Math.floor(i / 26);
  } while (i);
  return `Xa${s}`;
}

/** Many people sharing a surname, each followed by the surname alone. */
export const namesakes = (k: number): string => Array.from({ length: k }, (_, i) => `${givenName(i)} Smith met Smith. `).join('');

/** Short quotations, one after another (`k` of them: 2k quote marks). */
export const quoteMarks = (k: number): string => '“a” '.repeat(k);

/** Opening quote marks that never close. */
export const unbalanced = (k: number): string => '“'.repeat(k);

/** The shapes by name, for the bench. */
export const adversarialShapes: Record<string, (k: number) => string> = {
  'no sentence breaks': noBreaks,
  'one huge paragraph': onePara,
  'many namesakes': namesakes,
  'quote marks “a”': quoteMarks,
  'unbalanced “': unbalanced,
};
