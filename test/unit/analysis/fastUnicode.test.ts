import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { compromiseKillUnicode, killUnicode } from '../../../src/analysis/text/fastUnicode';
import '../../../src/analysis/text/tokens';
import { projectParagraphs } from './projectParagraphs';

const world = (nlp.tokenize('x') as unknown as { world: Parameters<typeof killUnicode>[1] }).world;

describe('the faster accent fold', () => {
  it('is installed in place of compromise’s own', () => {
    assert.equal((nlp.methods() as unknown as { one: { killUnicode: unknown } }).one.killUnicode, killUnicode);
  });

  it('folds every word of the seeds and the regression corpus, and accented names, exactly as compromise’s does', () => {
    const words = ['Björk', 'Zoë', 'São Paulo', 'Ñúñez', 'Łódź', 'naïve', 'café', '“Okafor”', 'Dvořák', '', 'œuvre', 'Æsir', 'ﬁnal', '😀 emoji'];
    for (const paragraph of projectParagraphs()) words.push(...paragraph.split(/\s+/));
    assert.ok(words.length > 5000, `${words.length} words`);
    for (const word of words) assert.equal(killUnicode(word, world), compromiseKillUnicode(word, world), word);
    assert.equal(killUnicode('Björk', world), 'Bjork');
  });
});
