// The exports with the user's corrections and verdicts: W3C "editing" and "assessing"
// annotations, the CSV verdict column, the Markdown report's verdicts and sourcing summary,
// ClaimReview, and the who-said-what summary across articles.
import assert from 'node:assert/strict';
import type { Analysis } from '../../../src/analysis';
import { applyCorrections, describeQuote, type Correction, type Tag, type Verification } from '../../../src/annotations';
import { exportClaimReview, exportCsv, exportMarkdown, exportW3c, summarizeSourcing } from '../../../src/export';
import { activeMarkdown } from '../common/markdownCheck';

const text = 'Ana Ruiz said: “Taxes will fall 😀 next year.” Bo Li added: “Not this year.” Nobody said “maybe”.';
const time = '2026-03-01T10:00:00.000Z';
const at = (exact: string) => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length, quote: describeQuote(text, start, start + exact.length) };
};
const span = (exact: string) => ({ start: text.indexOf(exact), end: text.indexOf(exact) + exact.length, text: exact });
const analysis: Analysis = {
  people: [
    { ...span('Ana Ruiz'), entity: 'Ana Ruiz' },
    { ...span('Bo Li'), entity: 'Bo Li' },
  ],
  entities: [
    { name: 'Ana Ruiz', mentions: [0], quotes: [0] },
    { name: 'Bo Li', mentions: [1], quotes: [1] },
  ],
  quotes: [
    { ...span('“Taxes will fall 😀 next year.”'), speaker: 'Ana Ruiz', speakerStart: 0, speakerEnd: 8, attribution: 'cue-before' },
    { ...span('“Not this year.”'), speaker: 'Bo Li', speakerStart: text.indexOf('Bo Li'), speakerEnd: text.indexOf('Bo Li') + 5, attribution: 'cue-before' },
    { ...span('“maybe”'), speaker: null, speakerStart: null, speakerEnd: null, attribution: 'none' },
  ],
  numbers: [],
  article: {},
};
const times = { created: time, modified: '2026-03-02T08:00:00.000Z', anchor: 'exact' as const };
const corrections: Correction[] = [
  { id: 'c-1', as: 'quote', speaker: 'Ana Ruiz', note: 'the video shows her', creator: { name: 'Eve Park', email: 'eve@example.org' }, ...times, ...at('“Not this year.”') },
  { id: 'c-2', as: 'quote', speaker: null, ...times, ...at('“Taxes will fall 😀 next year.”') },
  { id: 'c-3', as: 'person', entity: 'Bo Li', ...times, anchor: 'orphaned', start: 0, end: 0, quote: { exact: 'Mr. Li', prefix: '', suffix: '' } },
];
const verifications: Verification[] = [
  { id: 'v-1', status: 'false', source: 'https://example.org/budget', ...times, ...at('“Taxes will fall 😀 next year.”') },
  { id: 'v-2', status: 'unverified', ...times, ...at('“maybe”') },
];
const tags: Tag[] = [{ id: 't-1', label: 'claim', ...times, ...at('Taxes will fall') }];
const input = { documentName: 'a.txt', documentUri: 'file:///news/a.txt', text, tags, corrections, verifications, analysis, generated: new Date(time) };

interface W3cItem {
  id: string;
  motivation: string;
  creator?: { type: string; name: string; email?: string };
  body: Record<string, string>[];
  target: { selector: { type: string; start?: number; exact?: string }[] };
  anchorStatus: string;
}

describe('exports with corrections and verdicts', () => {
  it('W3C: corrections are "editing" annotations and verdicts "assessing" ones, after the tags', () => {
    const json = JSON.parse(exportW3c(input)) as { total: number; label: string; first: { items: W3cItem[] } };
    const items = json.first.items;
    assert.equal(json.total, 6);
    assert.equal(json.label, 'Annotations in a.txt');
    assert.deepEqual(
      items.map(i => [i.id, i.motivation, i.anchorStatus]),
      [
        ['urn:source-annotator:tag:t-1', 'tagging', 'exact'],
        ['urn:source-annotator:correction:c-1', 'editing', 'exact'],
        ['urn:source-annotator:correction:c-2', 'editing', 'exact'],
        ['urn:source-annotator:correction:c-3', 'editing', 'orphaned'],
        ['urn:source-annotator:verification:v-1', 'assessing', 'exact'],
        ['urn:source-annotator:verification:v-2', 'assessing', 'exact'],
      ],
    );
    assert.deepEqual(items[1].body, [
      { type: 'TextualBody', purpose: 'classifying', value: 'quote' },
      { type: 'TextualBody', purpose: 'identifying', value: 'Ana Ruiz' },
      { type: 'TextualBody', purpose: 'commenting', value: 'the video shows her', format: 'text/plain' },
    ]);
    assert.deepEqual(items[1].creator, { type: 'Person', name: 'Eve Park', email: 'mailto:eve@example.org' });
    assert.deepEqual(items[2].body[1], { type: 'TextualBody', purpose: 'describing', value: 'speaker unknown' });
    assert.deepEqual(items[3].target.selector, [{ type: 'TextQuoteSelector', exact: 'Mr. Li', prefix: '', suffix: '' }]);
    assert.deepEqual(items[4].body, [
      { type: 'TextualBody', purpose: 'assessing', value: 'false' },
      { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/budget' },
    ]);
    // Positions in code points: the emoji before "next" counts once.
    assert.equal(items[1].target.selector[0].start, [...text.slice(0, text.indexOf('“Not'))].length);
  });

  it('W3C without corrections is the tag collection it always was', () => {
    const json = JSON.parse(exportW3c({ ...input, corrections: undefined, verifications: undefined })) as { total: number; label: string };
    assert.deepEqual([json.total, json.label], [1, 'Tags in a.txt']);
  });

  it('CSV: a tag inside a quote with a verdict gets its status', () => {
    const rows = exportCsv(input).split('\r\n');
    assert.ok(rows[1].endsWith(',false'), rows[1]);
    assert.ok(exportCsv({ ...input, verifications: [] }).split('\r\n')[1].endsWith(','));
  });

  it('Markdown: the corrected speakers, the verdicts and the sourcing summary, with no active Markdown from the sidecar', () => {
    const md = exportMarkdown({ ...input, verifications: [...verifications.slice(1), { ...verifications[0], note: '[x](https://evil.example)\n# h' }] });
    assert.match(md, /- \*unattributed\* \(line 1\): “Taxes will fall 😀 next year\.” \*\(corrected\)\* — \*\*false\*\* \(source: https\\:\/\/example\.org\/budget\): \\\[x\\\]\(https\\:\/\/evil\.example\) \\# h\n/);
    assert.match(md, /- \*\*Ana Ruiz\*\* \(line 1\): “Not this year\.” \*\(corrected\)\*\n/);
    assert.match(md, /\| Ana Ruiz \| 1 \| 3 \|/);
    assert.match(md, /3 quotes \(9 quoted words\) from 1 speaker; 2 without a speaker; 1 false, 2 unverified\./);
    assert.deepEqual(activeMarkdown(md), []);
  });

  it('ClaimReview: one review per quote with a verdict ("unverified" is none), the corrected speaker its claim\'s author', () => {
    const json = JSON.parse(exportClaimReview(input)) as { '@graph': { claimReviewed: string; itemReviewed: { author?: unknown }; reviewRating: { alternateName: string }; url?: string }[] };
    assert.deepEqual(
      json['@graph'].map(r => [r.claimReviewed, r.itemReviewed.author, r.reviewRating.alternateName, r.url]),
      [['Taxes will fall 😀 next year.', undefined, 'false', 'https://example.org/budget']],
    );
    const reattributed = JSON.parse(exportClaimReview({ ...input, corrections: [] })) as { '@graph': { itemReviewed: { author?: unknown } }[] };
    assert.deepEqual(reattributed['@graph'][0].itemReviewed.author, { '@type': 'Person', name: 'Ana Ruiz' });
    assert.deepEqual((JSON.parse(exportClaimReview({ ...input, analysis: undefined })) as { '@graph': unknown[] })['@graph'], []);
  });

  it('sourcing: speakers merged by name across articles, quoted words, quotes without a speaker, verdicts', () => {
    const second: Analysis = {
      ...analysis,
      quotes: [{ ...analysis.quotes[1], speaker: 'ana  RUIZ' }],
      entities: [],
      people: [],
    };
    const summary = summarizeSourcing([
      { name: 'a.txt', analysis: applyCorrections(analysis, corrections, verifications) },
      { name: 'b.txt', analysis: applyCorrections(second, [], []) },
    ]);
    assert.equal(summary.articles, 2);
    assert.equal(summary.quotes, 4);
    assert.equal(summary.quotedWords, 12);
    assert.deepEqual(
      summary.speakers.map(s => [s.name, s.quotes.length, s.quotedWords, s.articles]),
      [['Ana Ruiz', 2, 6, ['a.txt', 'b.txt']]],
    );
    assert.deepEqual(
      summary.unattributed.map(q => [q.article, q.text, q.status, q.corrected]),
      [
        ['a.txt', '“Taxes will fall 😀 next year.”', 'false', true],
        ['a.txt', '“maybe”', 'unverified', false],
      ],
    );
    assert.deepEqual(summary.verdicts, { unverified: 3, verified: 0, disputed: 0, false: 1, misattributed: 0 });
    assert.deepEqual(summarizeSourcing([]), { articles: 0, quotes: 0, quotedWords: 0, speakers: [], unattributed: [], verdicts: { unverified: 0, verified: 0, disputed: 0, false: 0, misattributed: 0 } });
  });
});
