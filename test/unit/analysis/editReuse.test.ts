// What a one-word edit of a long document builds again. The output after the edit must be the
// analysis of the text from scratch (checked here too, and by incremental.properties.test.ts);
// these tests check that what the edit cannot change is not made again: shared objects where
// nothing moved, no copy of a whole list where an edit touches one place of it.
import assert from 'node:assert/strict';
import { Analyzer } from '../../../src/analysis';
import type { Analysis } from '../../../src/analysis/types';

/** 300 paragraphs naming two people, with quotes attributed to both and numbers. */
const LONG = Array.from({ length: 300 }, (_, i) =>
  i % 2
    ? `Ana Lopez spoke on day ${i} to ${i + 12} reporters. “We are fine,” she said.`
    : `Reporters waited outside with Rui Tavares on day ${i}. “Not now,” Tavares said.`,
).join('\n\n');

/** The analysis of `edited` after that of `long` by the same analyser, checked against a fresh one. */
function afterEdit(long: string, edited: string): { before: Analysis; after: Analysis } {
  assert.notEqual(edited, long);
  const analyzer = new Analyzer();
  const before = analyzer.analyze(long);
  const after = analyzer.analyze(edited);
  const fresh = new Analyzer().analyze(edited);
  assert.deepStrictEqual(after, fresh);
  // The same JSON too: fields in the same order as a fresh analysis gives them.
  assert.equal(JSON.stringify(after), JSON.stringify(fresh));
  return { before, after };
}

describe('A one-word edit of a long document', () => {
  it('gives the same entity objects again when it changes no person and no speaker', () => {
    const { before, after } = afterEdit(LONG, LONG.replace('outside with Rui Tavares on day 150.', 'outside again with Rui Tavares on day 150.'));
    assert.equal(after.entities.length, 2);
    assert.notEqual(after.entities, before.entities);
    after.entities.forEach((e, i) => assert.equal(e, before.entities[i], `entity ${e.name} made again`));
  });

  it('makes the entities again when the edit changes a speaker', () => {
    const { before, after } = afterEdit(LONG, LONG.replace('“Not now,” Tavares said.\n\nAna Lopez spoke on day 151', '“Not now.”\n\nAna Lopez spoke on day 151'));
    assert.equal(after.entities.find(e => e.name === 'Rui Tavares')!.quotes.length, before.entities.find(e => e.name === 'Rui Tavares')!.quotes.length - 1);
  });

  it('moves every kind of number and quote after it with the fields of a fresh analysis, in order', () => {
    const kinds = [
      'Prices rose about 5% in May, and more than 20,000 Americans paid $3 million on March 3, 2021.',
      'The drug is 50 times stronger than heroin, officials said at 6 pm, as in the 1990s.',
      'Between 10 and 15 people, the third of them aged 40, waited around 1.30am for nearly 300 kilolitres.',
      '“We counted 12 trains,” Ana Lopez said. “Not now.”',
    ];
    const long = Array.from({ length: 40 }, (_, i) => kinds[i % kinds.length]).join('\n\n');
    const { after } = afterEdit(long, 'Briefly: ' + long);
    assert.ok(new Set(after.numbers.map(n => Object.keys(n).join())).size >= 6, 'several shapes of number');
  });
});

