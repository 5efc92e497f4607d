// Property test of the incremental re-analysis: after any sequence of small edits, the analysis
// an Analyzer gives from what it kept of the last run (people carried over, quotes carried over,
// findings moved) is exactly the analysis of the same text from scratch.
//
// Each case is an article of paragraphs made of news fragments — names, surnames, pronoun and
// role cues, quotes with and without cues, lone quotation marks, sentence ends, line breaks — so
// that quotes run over paragraphs, speakers carry on from paragraph to paragraph and "he said"
// looks back across paragraphs; then a few edits typed or deleted anywhere, quotation marks and
// blank lines included. RUNS cases (default 120).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Analyzer } from '../../../src/analysis';

const RUNS = Number(process.env.INCREMENTAL_RUNS ?? 120);

const FRAGMENTS = [
  'Ada Morgan',
  'Morgan',
  'Ben Okafor',
  'Okafor',
  'Mrs. Lena Marsh',
  'Marsh',
  ' said ',
  ', he said. ',
  ', she said. ',
  '“We will,” ',
  '“Not now.” ',
  '“It is over, and we know it.” ',
  '“',
  '”',
  '"',
  ', ',
  '. ',
  ' the minister said. ',
  'Minister Ruth Adeyemi',
  ' the 34-year-old said: ',
  ' according to police ',
  '\n― Carla Ruiz',
  ' in Lagos on Monday, ',
  ' 12 trains ',
  '\n',
  '\n\n',
  // Edits that change who is a person: a namesake, a title, an organisation's use of a name, a
  // headline that names people only where the text does.
  'Anna Morgan',
  'Ada',
  'Mr. Okafor',
  'Ms. Morgan',
  ' Morgan Stanley shares ',
  ' the Okafor Foundation ',
  'MORGAN AND OKAFOR WIN VOTE\n\n',
  'Marsh Okafor',
  // An article's header and sign-off, left out of the analysis: typed, cut or moved by edits.
  'date 2017-11-03 BEIJING – ',
  ' /kga',
  '\n\n/ab',
];

const fragment = fc.constantFrom(...FRAGMENTS);
const paragraph = fc.array(fragment, { minLength: 2, maxLength: 10 }).map(parts => parts.join('').trim() || 'Ada Morgan said so.');
/** Paragraphs that name nobody, so that "he said" looks back over several paragraphs. */
const filler = fc.constantFrom('The trains were late again on Monday.', 'Nobody else was asked.', 'The vote is due in May.');
const body = fc.array(fc.oneof(paragraph, filler), { minLength: 4, maxLength: 16 }).map(ps => ps.join('\n\n'));
/** Some articles open with the seed format's header and close with a sign-off, as the seeds do. */
const article = fc
  .tuple(fc.option(fc.constant('date 2017-11-03 BEIJING – '), { nil: '' }), body, fc.option(fc.constantFrom('\n\n/kga', ' /kga\n'), { nil: '' }))
  .map(([header, text, signOff]) => header + text + signOff);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), cut: fc.integer({ min: 0, max: 4 }), insert: fc.option(fragment, { nil: '' }) });

function applyEdit(text: string, e: { at: number; cut: number; insert: string }): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.cut));
}

describe('Incremental re-analysis (property)', () => {
  it('gives after every edit exactly the analysis of the text from scratch', function () {
    this.timeout(0);
    fc.assert(
      fc.property(article, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const analyzer = new Analyzer();
        let text = start;
        analyzer.analyze(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          const again = analyzer.analyze(text);
          const fresh = new Analyzer().analyze(text);
          assert.deepStrictEqual(again, fresh);
          // Findings moved by the edit keep their fields in a fresh analysis's order (the JSON the CLI prints).
          assert.equal(JSON.stringify(again), JSON.stringify(fresh));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
