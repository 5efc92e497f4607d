import * as assert from 'node:assert/strict';
import nlp from 'compromise';
import { projectParagraphs } from './projectParagraphs';
import { bulkMatch, compromiseBulkMatch } from '../../../src/analysis/text/compromiseSweep';
import { parseParagraph } from '../../../src/analysis/text/tokens';
import { PostTagger, fullPostTagger } from '../../../src/analysis/text/postTagger';
import { SweepIndex, type SweepPattern } from '../../../src/analysis/text/sweepIndex';
import type { MatchTerm } from '../../../src/analysis/text/stepTest';

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

  it('tries the patterns compromise’s sweep tries on each chunk, in its order, on the seeds and the regression corpus', () => {
    parseParagraph('Ana Ruiz said so.', fullPostTagger);
    type Net = { hooks: Record<string, SweepPattern[]>; always: SweepPattern[] };
    const net = (fullPostTagger as unknown as { net: Net }).net;
    const all = nlp.methods() as unknown as { one: { cacheDoc: unknown }; two: { quickSplit: (docs: MatchTerm[][]) => MatchTerm[][] } };
    // A fresh index, so that it starts from its first guess and re-chooses its keys as it goes.
    const index = new SweepIndex(net.hooks, () => null);
    const noPostTagger = new PostTagger(() => false);
    let chunks = 0;
    let tries = 0;
    // Each chunk as the post-tagger gets it and as it leaves it, twice over: past both points
    // where the index re-chooses its keys.
    const texts = projectParagraphs();
    const docs = [...texts, ...texts].flatMap(text => [parseParagraph(text, noPostTagger).doc, parseParagraph(text).doc]);
    for (const doc of docs) {
      for (const chunk of all.two.quickSplit((doc as unknown as { docs: MatchTerm[][] }).docs)) {
        const theirs: unknown[] = [];
        const spy = { one: { cacheDoc: all.one.cacheDoc, match: (_: unknown, pattern: SweepPattern) => (theirs.push(pattern.match), { ptrs: [] }) } };
        (compromiseBulkMatch as (document: MatchTerm[][], net: Net, methods: unknown) => unknown)([chunk], net, spy);
        const ours = [...index.candidates(chunk).map(indexed => indexed.pattern), ...net.always.filter(m => chunk.length >= m.minWords)];
        assert.deepEqual(
          ours.map(m => m.match),
          theirs,
          chunk.map(t => t.text).join(' '),
        );
        chunks++;
        tries += theirs.length;
      }
    }
    assert.ok(chunks > 5000 && tries > 20_000, `${tries} tries in ${chunks} chunks`);
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
