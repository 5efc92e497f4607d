import assert from 'node:assert/strict';
import type { Analysis } from '../../../src/analysis';
import type { Tag } from '../../../src/annotations';
import { exportCsv, exportDocument, exportMarkdown, exportW3c, isExportFormat } from '../../../src/export';
import { LineIndex } from '../../../src/common/lineIndex';
import { CodePointOffsets } from '../../../src/export/offsets';
import { activeMarkdown } from '../common/markdownCheck';

const text = 'Le 😀 président a dit « 我们不否认 ».\nWei Xiaojun said: "=HYPERLINK(x)" and -5 more.\n';
const time = '2025-03-01T10:00:00.000Z';
function tag(id: string, exact: string, over: Partial<Tag> = {}): Tag {
  const start = text.indexOf(exact);
  return { id, label: 'claim', created: time, modified: time, anchor: 'exact', start, end: start + exact.length, quote: { exact, prefix: '', suffix: '' }, ...over };
}
const tags: Tag[] = [
  tag('t-1', '我们不否认', { label: 'quote', note: 'check the "translation", please' }),
  tag('t-2', 'Wei Xiaojun', { label: 'person', entity: 'Wei Xiaojun' }),
  tag('t-3', '=HYPERLINK(x)', { anchor: 'fuzzy' }),
  tag('t-4', '-5'),
  { ...tag('t-5', 'président'), anchor: 'orphaned', start: 3, end: 3, quote: { exact: 'old | text', prefix: 'p', suffix: 's' } },
];
const input = { documentName: 'article.txt', documentUri: 'file:///news/article.txt', text, tags, generated: new Date(time) };

describe('exports', () => {
  it('knows its formats', () => {
    assert.ok(isExportFormat('w3c') && isExportFormat('csv') && isExportFormat('markdown'));
    assert.ok(!isExportFormat('toString'));
    assert.equal(exportDocument('csv', input), exportCsv(input));
  });

  describe('W3C Web Annotation', () => {
    const json = JSON.parse(exportW3c(input)) as {
      '@context': unknown[];
      type: string;
      total: number;
      first: { items: { id: string; motivation: string; body: { purpose: string; value: string }[]; target: { source: string; selector: { type: string; start?: number; end?: number; exact?: string; prefix?: string }[] }; anchorStatus: string }[] };
    };
    const items = json.first.items;

    it('is an annotation collection with one tagging annotation per tag', () => {
      assert.equal(json['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(json.type, 'AnnotationCollection');
      assert.equal(json.total, 5);
      assert.deepEqual(items.map(i => i.motivation), ['tagging', 'tagging', 'tagging', 'tagging', 'tagging']);
      assert.equal(items[0].id, 'urn:source-annotator:tag:t-1');
      assert.equal(items[0].target.source, 'file:///news/article.txt');
    });

    it('puts label, note and entity in bodies with their purposes', () => {
      assert.deepEqual(
        items[0].body.map(b => [b.purpose, b.value]),
        [
          ['tagging', 'quote'],
          ['commenting', 'check the "translation", please'],
        ],
      );
      assert.deepEqual(items[1].body.map(b => [b.purpose, b.value]), [
        ['tagging', 'person'],
        ['identifying', 'Wei Xiaojun'],
      ]);
    });

    it('counts positions in code points, as the model requires, and re-reads the quote context', () => {
      const [position, quote] = items[0].target.selector;
      assert.equal(position.type, 'TextPositionSelector');
      // One emoji (two UTF-16 units) comes before the quote.
      assert.equal(position.start, text.indexOf('我们不否认') - 1);
      assert.equal(position.end! - position.start, 5);
      assert.equal(quote.exact, '我们不否认');
      assert.equal(quote.prefix, 'Le 😀 président a dit « ');
    });

    it('gives an orphan only its last known quote, and keeps every status', () => {
      assert.deepEqual(items[4].target.selector, [{ type: 'TextQuoteSelector', exact: 'old | text', prefix: 'p', suffix: 's' }]);
      assert.deepEqual(items.map(i => i.anchorStatus), ['exact', 'exact', 'fuzzy', 'exact', 'orphaned']);
    });
  });

  describe('CSV', () => {
    const csv = exportCsv(input);
    const lines = csv.split('\r\n');

    it('has a header and one CRLF-terminated row per tag, quoting as RFC 4180 says', () => {
      assert.equal(lines[0], 'id,label,note,entity,status,start,end,text,prefix,suffix,created,modified,verdict');
      assert.ok(csv.endsWith('\r\n'));
      assert.equal(lines[1].split(',')[2], '"check the ""translation""');
      assert.ok(lines[1].includes(`,exact,${text.indexOf('我们不否认')},${text.indexOf('我们不否认') + 5},我们不否认,`));
    });

    it('keeps spreadsheets from running tagged text as a formula, but leaves signed numbers alone', () => {
      assert.ok(lines.some(l => l.startsWith("t-3,claim,,,fuzzy,") && l.includes(",'=HYPERLINK(x),")));
      assert.ok(lines.some(l => l.startsWith('t-4,') && l.includes(',-5,')));
    });

    it('leaves the offsets of an orphan empty', () => {
      assert.ok(lines.some(l => l.startsWith('t-5,claim,,,orphaned,,,old | text,')));
    });
  });

  describe('Markdown report', () => {
    const analysis: Analysis = {
      people: [{ start: text.indexOf('Wei Xiaojun'), end: text.indexOf('Wei Xiaojun') + 11, text: 'Wei Xiaojun', entity: 'Wei Xiaojun' }],
      entities: [{ name: 'Wei Xiaojun', role: 'deputy director-general', mentions: [0], quotes: [0] }],
      quotes: [{ start: text.indexOf('"='), end: text.indexOf('" and') + 1, text: '"=HYPERLINK(x)"', speaker: 'Wei Xiaojun', speakerStart: 0, speakerEnd: 0, attribution: 'cue-before' }],
      numbers: [{ start: text.indexOf('-5'), end: text.indexOf('-5') + 2, text: '-5', value: -5, kind: 'cardinal' }],
      article: { date: '2017-11-03', dateline: 'BEIJING' },
    };
    const md = exportMarkdown({ ...input, analysis });

    it('reports people, quotes, numbers and tags', () => {
      assert.match(md, /^# article\.txt\n\nReport generated 2025-03-01 by Source Annotator\. \*\*Date:\*\* 2017-11-03 · \*\*Dateline:\*\* BEIJING\n/);
      assert.match(md, /\| Wei Xiaojun \| deputy director-general \| 1 \| 1 \| person \|/);
      assert.match(md, /- \*\*Wei Xiaojun\*\* \(line 2\): "=HYPERLINK\(x\)"/);
      assert.match(md, /\| -5 \| -5 \| cardinal \| 2 \|/);
      assert.match(md, /### quote \(1\)\n\n- “我们不否认” \(line 1\)\n {2}check the "translation", please/);
    });

    it('writes a share as a short decimal with its percentage, and a count and both ends of a range with separators', () => {
      const share = exportMarkdown({ ...input, analysis: { ...analysis, numbers: [{ start: 0, end: 2, text: 'one in three', value: 1 / 3, kind: 'fraction', counted: 'adults' }, { start: 3, end: 4, text: '20000', value: 20000, kind: 'cardinal' }] } });
      assert.match(share, /\| one in three \| 0\.333333 \(33\.3%\) \(adults\) \| fraction \| 1 \|/);
      assert.match(share, /\| 20000 \| 20,000 \| cardinal \| 1 \|/);
      const range = exportMarkdown({ ...input, analysis: { ...analysis, numbers: [{ start: 0, end: 2, text: '$45 billion to $50 billion', value: 45e9, upTo: 50e9, kind: 'range', unit: 'USD' }] } });
      assert.match(range, /\| \\\$45 billion to \\\$50 billion \| 45,000,000,000 to 50,000,000,000 USD \| range \| 1 \|/);
      assert.match(md, /- “=HYPERLINK\(x\)” \(line 2\) \*\(matched approximately — check it\)\*/);
      assert.match(md, /### Orphaned \(1\)\n\nTheir text is no longer in the document; shown with the text they last had\.\n\n- “old \\\| text” \(claim\)/);
    });

    it('shows hostile labels, notes, names and quotes as text: no new heading, list item, table row or link', () => {
      const label = 'x\n\n- injected\r# head\u2028[Tag…](command:sourceAnnotator.removeTag?%5B%5D) https://evil.example';
      const hostile: Tag[] = [
        tag('t-7', 'Wei Xiaojun', { label, note: 'n\r\n| a | b |\u2029> quoted\n1. one', entity: 'Wei\n## Xiaojun <img src=x onerror=alert(1)>' }),
        { ...tag('t-8', 'président'), label, anchor: 'orphaned', quote: { exact: 'q\n\n![i](https://evil.example/i.png)\n---', prefix: '', suffix: '' } },
      ];
      const report = exportMarkdown({ ...input, documentName: 'a\n# b.txt', tags: hostile, analysis: { ...analysis, entities: [{ ...analysis.entities[0], name: 'Wei | Xiaojun\n- x' }] } });
      assert.deepEqual(activeMarkdown(report), []);
      const shown = 'x - injected \\# head \\[Tag…\\](command:sourceAnnotator.removeTag?%5B%5D) https\\://evil.example';
      assert.ok(report.startsWith('# a \\# b.txt\n'));
      assert.ok(report.includes(`\n### ${shown} (1)\n`), 'the label is one heading');
      assert.ok(report.includes('\n  n \\| a \\| b \\| \\> quoted 1. one\n'), 'the note is one line of its list item');
      assert.ok(report.includes('— about **Wei \\#\\# Xiaojun \\<img src=x onerror=alert(1)\\>**'));
      assert.ok(report.includes('\n- “q \\!\\[i\\](https\\://evil.example/i.png) ---” (' + shown + ')\n'));
      assert.ok(report.includes('\n| Wei \\| Xiaojun - x | deputy director-general |'), 'the name stays in its table cell');
      const headings = report.split('\n').filter(line => line.startsWith('#'));
      // People, Quotes, Sourcing, Numbers, Tags.
      assert.deepEqual(headings.map(h => h.split(' ')[0]), ['#', '##', '##', '##', '##', '##', '###', '###']);
      assert.equal(report.split('\n').filter(line => /^\s*(?:[-+*>]|\d+[.)])(?:\s|$)/.test(line)).length, 3, 'the quote and the two tags are the only list items');
    });

    it('still reports tags without an analysis', () => {
      const bare = exportMarkdown(input);
      assert.doesNotMatch(bare, /## People/);
      assert.match(bare, /## Tags \(5\)/);
    });
  });

  describe('offset helpers', () => {
    it('converts UTF-16 offsets to code points across blocks', () => {
      const long = '😀'.repeat(1500) + 'x' + 'é'.repeat(700);
      const points = new CodePointOffsets(long);
      for (const offset of [0, 2, 1024, 2048, 3000, 3001, long.length]) assert.equal(points.toCodePoints(offset), [...long.slice(0, offset)].length);
    });

    it('numbers lines for LF, CRLF and CR', () => {
      const lines = new LineIndex('a\nb\r\nc\rd');
      assert.deepEqual([0, 2, 5, 7].map(o => lines.lineNumber(o)), [1, 2, 3, 4]);
    });
  });
});
