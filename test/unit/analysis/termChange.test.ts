import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInThisContext } from 'node:vm';
import { changeSince, replay, stateOf } from '../../../src/analysis/text/termChange';
import type { PassTerm } from '../../../src/analysis/text/compromisePasses';
import { isState, type Seen } from '../../../src/analysis/text/preTagger';

/** A term with `fields` set in that order after compromise's first ones: terms meet the steps in several shapes. */
function termWith(fields: Record<string, unknown>): PassTerm {
  const term: PassTerm = { text: 'Banks', pre: '', post: ' ', normal: 'banks', tags: new Set<string>() };
  for (const [field, value] of Object.entries(fields)) term[field] = value;
  return term;
}

describe('a term change replayed on a later term in the same state', () => {
  it('gives the term the tags and fields the steps gave the first one', () => {
    const first = termWith({ index: [0, 1] });
    const before = stateOf(first);
    first.tags.add('Noun');
    first.tags.add('Plural');
    first.dirty = true;
    first.chunk = 'Noun';
    const change = changeSince(first, before);
    const later = termWith({ index: [3, 4] });
    replay(later, change);
    assert.deepEqual([...later.tags], ['Noun', 'Plural']);
    assert.equal(later.dirty, true);
    assert.equal(later.chunk, 'Noun');
    assert.equal(later.switch, undefined);
  });

  it('stays optimised when a term of a shape it has not met gets a field (no recompile of the pre-tagger that inlines it)', () => {
    // V8 natives, to optimise a function now and to ask whether it still is.
    setFlagsFromString('--allow-natives-syntax');
    const prepare = runInThisContext('(f => %PrepareFunctionForOptimization(f))') as (f: unknown) => void;
    const optimiseNext = runInThisContext('(f => %OptimizeFunctionOnNextCall(f))') as (f: unknown) => void;
    const optimised = runInThisContext('(f => (%GetOptimizationStatus(f) & 64) !== 0)') as (f: unknown) => boolean;
    const changeOf = (fields: Record<string, unknown>) => ({ tags: ['Noun'], kept: 0, writes: Object.entries(fields) }) as unknown as Parameters<typeof replay>[1];
    const warm = (): void => {
      // Each field written on terms of a few shapes, as in a paragraph.
      replay(termWith({ dirty: undefined }), changeOf({ dirty: true }));
      replay(termWith({ chunk: undefined }), changeOf({ chunk: 'Noun' }));
      replay(termWith({ switch: undefined }), changeOf({ switch: 'Noun|Verb' }));
      replay(termWith({ confidence: undefined }), changeOf({ confidence: 0.5 }));
      replay(termWith({ index: [0, 0], dirty: undefined }), changeOf({ dirty: true, chunk: 'Verb' }));
    };
    prepare(replay);
    warm();
    warm();
    optimiseNext(replay);
    warm();
    assert.equal(optimised(replay), true, 'optimised');
    // A shape none of the stores met: fields added in another order.
    replay(termWith({ id: 7, chunk: 'Noun', confidence: 0.1 }), changeOf({ dirty: true, switch: 'Adj|Noun' }));
    assert.equal(optimised(replay), true, 'still optimised');
  });
});

describe('the pre-tagger memo’s test of a term’s state', () => {
  it('stays optimised when a field it had only seen empty holds a value (no recompile of the pre-tagger that inlines it)', () => {
    setFlagsFromString('--allow-natives-syntax');
    const prepare = runInThisContext('(f => %PrepareFunctionForOptimization(f))') as (f: unknown) => void;
    const optimiseNext = runInThisContext('(f => %OptimizeFunctionOnNextCall(f))') as (f: unknown) => void;
    const optimised = runInThisContext('(f => (%GetOptimizationStatus(f) & 64) !== 0)') as (f: unknown) => boolean;
    const seenOf = (term: PassTerm): Seen => ({ ...stateFields(term), flags: 0, tags: [...term.tags], second: { tags: [], kept: 0, writes: [] } });
    const stateFields = (term: PassTerm) => ({ pre: term.pre, post: term.post, normal: term.normal, machine: term.machine, implicit: term.implicit, switch: term.switch, confidence: term.confidence, dirty: term.dirty, chunk: term.chunk });
    // Words in their first state (no switch, confidence, tags or chunk yet), as terms of several
    // shapes: the field reads are generic, as over a paragraph, and only the comparisons learn.
    const shapes: Record<string, unknown>[] = [{}, { index: [0, 1] }, { index: [0, 2], id: 3 }, { id: 4, index: [0, 3] }, { dirty: undefined }, { chunk: undefined, index: [0, 4] }];
    const plain = ['the', 'banks', 'said', 'on', 'monday', 'that'].map((word, i) => termWith({ text: word, normal: word, ...shapes[i] }));
    const plainSeen = plain.map(seenOf);
    const warm = (): void => {
      for (let i = 0; i < plain.length; i++) for (const seen of plainSeen) isState(seen, plain[i], 0);
    };
    prepare(isState);
    warm();
    warm();
    optimiseNext(isState);
    warm();
    assert.equal(optimised(isState), true, 'optimised');
    // A word the steps left with a switch and a confidence, met again.
    const tagged = termWith({ text: 'march', normal: 'march', switch: 'Noun|Verb', confidence: 0.5, dirty: true, chunk: 'Verb' });
    assert.equal(isState(seenOf(tagged), tagged, 0), true);
    assert.equal(isState(plainSeen[0], tagged, 0), false);
    assert.equal(optimised(isState), true, 'still optimised');
  });
});
