// The namesake records against the straightforward choice they replace: weigh every full name
// holding the mention's words, of a compatible gender — the one mentioned most recently, else the
// one named first.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DocumentWork } from '../../../src/analysis/pipeline/documentWork';
import type { Gender } from '../../../src/analysis/people/candidates';
import { containsInOrder, Namesakes, type FullName } from '../../../src/analysis/people/namesakes';

function reference(fullNames: FullName[], words: string[], titled: Gender | undefined): FullName | undefined {
  const listed = fullNames.filter(f => f.indexedWords.has(words[words.length - 1]));
  const options = listed.filter(f => containsInOrder(f.lowerWords, words) && (!titled || !f.gender || f.gender === titled));
  let target: FullName | undefined;
  let bestAt = -1;
  for (const f of options) {
    if (f.lastAt > bestAt) {
      target = f;
      bestAt = f.lastAt;
    }
  }
  return target ?? options.slice().sort((a, b) => a.firstAt - b.firstAt)[0];
}

const word = fc.constantFrom('ana', 'ben', 'smith', 'lee', 'maria', 'jones');
const gender = fc.constantFrom<Gender | undefined>('male', 'female', undefined);

describe('Namesakes', () => {
  it('picks the same full name as weighing every namesake, mention after mention', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ words: fc.array(word, { minLength: 2, maxLength: 3 }), gender, firstAt: fc.nat(20) }), { maxLength: 12, selector: n => n.words.join(' ') }),
        fc.array(fc.record({ words: fc.array(word, { minLength: 1, maxLength: 2 }), titled: gender }), { maxLength: 40 }),
        (names, mentions) => {
          const make = (): FullName[] =>
            names.map((n, order) => ({ words: n.words, lowerWords: n.words, key: n.words.join(' '), name: n.words.join(' '), firstAt: n.firstAt, lastAt: -1, gender: n.gender, order, indexedWords: new Set(n.words) }));
          const ours = make();
          const theirs = make();
          const namesakes = new Namesakes();
          for (const f of ours) namesakes.add(f);
          mentions.forEach((m, at) => {
            const got = namesakes.pick(m.words, m.titled, new DocumentWork());
            const want = reference(theirs, m.words, m.titled);
            assert.equal(got?.order, want?.order, `mention ${at}: ${m.words.join(' ')}`);
            if (got) namesakes.mentioned(got, 2000 + at);
            if (want) want.lastAt = 2000 + at;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
