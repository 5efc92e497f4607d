import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInThisContext } from 'node:vm';
import { wordForms } from '../../../src/analysis/people/candidate';
import { joinedLower, mapped } from '../../../src/common/mapped';

describe('lists the finders hand on', () => {
  it('give a candidate’s lower-case words one array kind, run cold and once optimised (no recompile of what reads them)', () => {
    // V8 natives, to ask an array's kind and to optimise a function now.
    setFlagsFromString('--allow-natives-syntax');
    const holey = runInThisContext('(array => %HasHoleyElements(array))') as (array: unknown[]) => boolean;
    const prepare = runInThisContext('(f => %PrepareFunctionForOptimization(f))') as (f: unknown) => void;
    const optimiseNext = runInThisContext('(f => %OptimizeFunctionOnNextCall(f))') as (f: unknown) => void;
    const words = ['Maria', 'de', 'la', 'Cruz'];
    prepare(wordForms);
    const cold = wordForms(words).lowerWords;
    wordForms(words);
    optimiseNext(wordForms);
    const optimised = wordForms(words).lowerWords;
    assert.deepEqual(optimised, ['maria', 'de', 'la', 'cruz']);
    assert.equal(holey(cold), false, 'cold');
    assert.equal(holey(optimised), false, 'optimised');
  });

  it('map and join as Array.prototype.map and join do', () => {
    const tokens = [{ lower: 'new' }, { lower: 'york' }, { lower: 'city' }];
    assert.deepEqual(mapped(tokens, (t, i) => `${i}:${t.lower}`), tokens.map((t, i) => `${i}:${t.lower}`));
    assert.equal(joinedLower(tokens), 'new york city');
    assert.equal(joinedLower(tokens, 1, 3), 'york city');
    assert.equal(joinedLower(tokens, 2, 2), '');
  });
});
