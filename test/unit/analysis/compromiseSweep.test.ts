import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { bulkMatch, compromiseBulkMatch } from '../../../src/analysis/text/compromiseSweep';
import { parseParagraph } from '../../../src/analysis/text/tokens';

const methods = (nlp.methods() as unknown as { one: { bulkMatch: unknown } }).one;

/** Every term of the paragraph with all its compromise tags, parsed with the given sweep installed. */
function tagsWith(sweep: unknown, text: string): string[] {
  methods.bulkMatch = sweep;
  try {
    const { doc } = parseParagraph(text);
    const docs = (doc as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs;
    return docs.flat().map(t => `${t.text}/${[...t.tags].sort().join(',')}`);
  } finally {
    methods.bulkMatch = bulkMatch;
  }
}

describe('the faster compromise sweep', () => {
  it('is installed in place of compromise’s own', () => {
    assert.equal(methods.bulkMatch, bulkMatch);
    assert.notEqual(compromiseBulkMatch, bulkMatch);
  });

  it('tags every word of the seeds and the regression corpus exactly as compromise’s own sweep does', () => {
    const texts = projectParagraphs();
    assert.ok(texts.length > 200, `${texts.length} paragraphs`);
    for (const text of texts) assert.deepEqual(tagsWith(bulkMatch, text), tagsWith(compromiseBulkMatch, text), text);
  });

  it('finds the same matches through compromise’s match API, first match only or all', () => {
    const text = 'Mrs. Banks told Dale Whitcombe on Monday that the $42 million repair could not wait, and Ana Ruiz agreed.';
    const run = (sweep: unknown) => {
      methods.bulkMatch = sweep;
      try {
        const doc = nlp(text);
        return [doc.match('#Person+').out('array'), doc.match('#Money').out('array'), doc.matchOne('#ProperNoun').out('array')] as unknown;
      } finally {
        methods.bulkMatch = bulkMatch;
      }
    };
    const ours = run(bulkMatch);
    assert.deepEqual(ours, run(compromiseBulkMatch));
    assert.ok(JSON.stringify(ours).includes('Whitcombe'));
  });
});
