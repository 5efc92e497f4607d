import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { READ_TAGS, Tag, parseParagraph } from '../../../src/analysis/text/tokens';
import { PostTagger, fullPostTagger, keptPostTagger, ruleKey, type PostTaggerRule } from '../../../src/analysis/text/postTagger';
import { LEFT_OUT_POST_TAGGER_RULES } from '../../../src/analysis/text/postTaggerRules';

const read = new Set(READ_TAGS);

/** Each word with the tags a finder reads, and its token's tag bits. */
function readTags(text: string, postTagger: typeof keptPostTagger): string[] {
  const { doc, tokens } = parseParagraph(text, postTagger);
  const terms = (doc as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs.flat();
  return [
    ...terms.map(t => `${t.text}/${[...t.tags].filter(tag => read.has(tag)).sort().join(',')}`),
    ...tokens.map(t => `${t.text}:${t.tags}`),
  ];
}

describe('the post-tagger without the costly rules we do not need', () => {
  it('leaves out a known list of compromise’s rules, each of which exists', () => {
    const all = new Set((nlp.model() as unknown as { two: { matches: PostTaggerRule[] } }).two.matches.map(ruleKey));
    assert.ok(LEFT_OUT_POST_TAGGER_RULES.length > 0 && LEFT_OUT_POST_TAGGER_RULES.length < all.size / 2, `${LEFT_OUT_POST_TAGGER_RULES.length} of ${all.size}`);
    for (const key of LEFT_OUT_POST_TAGGER_RULES) assert.ok(all.has(key), `no such rule: ${key}`);
  });

  it('tags every word of the seeds and the regression corpus as all of compromise’s rules do, in every tag a finder reads', () => {
    const texts = projectParagraphs();
    assert.ok(texts.length > 200, `${texts.length} paragraphs`);
    for (const text of texts) assert.deepEqual(readTags(text, keptPostTagger), readTags(text, fullPostTagger), text);
  });

  it('still corrects the first pass where a finder would notice: a capitalised word after a given name is a surname', () => {
    const surname = (postTagger: PostTagger): boolean => {
      const token = parseParagraph('The grant went to Ana Whitcombe on Monday.', postTagger).tokens.find(t => t.text === 'Whitcombe');
      return !!(token && token.tags & Tag.LastName);
    };
    assert.equal(surname(new PostTagger(() => false)), false);
    assert.equal(surname(keptPostTagger), true);
  });

  it('builds its rules after compromise’s own post-tagger has run on the same records, and tags as it does', () => {
    const text = 'Dale Whitcombe said the city would not pay, and Ana Ruiz agreed.';
    nlp(text);
    const late = new PostTagger(() => true);
    assert.deepEqual(readTags(text, late), readTags(text, fullPostTagger));
  });
});
