import * as assert from 'node:assert/strict';
import { projectParagraphs } from './projectParagraphs';
import { installedStep, parsedWithStep } from './swappedStep';
import { compromiseIds } from '../../../src/analysis/text/termIds';

const ours = installedStep('id');

/** The tokens and every term's tags after the whole parse, with the given id step, and the terms' ids. */
function parsedWith(ids: unknown, text: string): { parse: unknown; ids: unknown[] } {
  return parsedWithStep('id', ids, text, (terms, tokens) => ({ parse: { tokens, terms: terms.map(t => `${t.text}/${[...t.tags].join(',')}`) }, ids: terms.map(t => t.id) }));
}

describe('the term ids made from a counter', () => {
  it('are installed in place of compromise’s own', () => {
    assert.notEqual(ours, compromiseIds);
  });

  it('give every paragraph of the seeds and the regression corpus the parse compromise’s own ids give, and each term of a paragraph its own id', () => {
    for (const text of projectParagraphs()) {
      const mine = parsedWith(ours, text);
      assert.deepEqual(mine.parse, parsedWith(compromiseIds, text).parse, text);
      assert.equal(new Set(mine.ids).size, mine.ids.length, text);
      assert.ok(mine.ids.every(id => id), text);
    }
  });

  it('give distinct ids to the words a contraction is re-parsed into and to their neighbours', () => {
    // compromise splits "he's" into "he" + "is" late, after the ids, and gives the new terms ids then.
    const text = 'He’s here because she’d said it’s fine, and they don’t mind.';
    const mine = parsedWith(ours, text);
    assert.deepEqual(mine.parse, parsedWith(compromiseIds, text).parse);
    assert.equal(new Set(mine.ids).size, mine.ids.length);
  });
});
