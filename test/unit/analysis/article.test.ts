import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readArticleInfo } from '../../../src/analysis/text/article';

describe('readArticleInfo', () => {
  describe('the seed format', () => {
    const text = ' date 2019-06-01 PARIS – Officials met on Monday to discuss the U.S. plan. Talks went on.\n\nLater, more talks followed. /abc';

    it('reads date, dateline and the header span up to the dash', () => {
      const info = readArticleInfo(text);
      assert.equal(info.date, '2019-06-01');
      assert.equal(info.dateline, 'PARIS');
      assert.deepEqual(info.header, { start: 1, end: 24, text: 'date 2019-06-01 PARIS –' });
      assert.equal(text.slice(info.header.start, info.header.end), info.header.text);
    });

    it('reads the sign-off and its initials', () => {
      const info = readArticleInfo(text);
      assert.equal(info.author, 'abc');
      assert.deepEqual(info.signOff, { start: text.length - 4, end: text.length, text: '/abc' });
    });

    it('takes the first sentence after the header as headline, past abbreviations', () => {
      assert.equal(readArticleInfo(text).headline, 'Officials met on Monday to discuss the U.S. plan.');
    });

    it('accepts multi-word datelines, em dashes and trailing newlines', () => {
      const info = readArticleInfo('date 2020-01-15 NEW YORK — Snow fell.\n/xy\n');
      assert.deepEqual([info.date, info.dateline, info.header?.text, info.author], ['2020-01-15', 'NEW YORK', 'date 2020-01-15 NEW YORK —', 'xy']);
    });

    it('still reads the header after words typed before it, on its line or above it', () => {
      const sameLine = readArticleInfo('DRAFT date 2019-06-01 PARIS – Officials met on Monday.');
      assert.deepEqual([sameLine.date, sameLine.dateline, sameLine.header], ['2019-06-01', 'PARIS', { start: 6, end: 29, text: 'date 2019-06-01 PARIS –' }]);
      assert.equal(sameLine.headline, 'Officials met on Monday.');
      const above = readArticleInfo('Check the figures\n\n date 2019-06-01 PARIS – Officials met.');
      assert.deepEqual([above.date, above.dateline], ['2019-06-01', 'PARIS']);
    });

    it('does not take "date" inside a word or deep in the body for the header', () => {
      assert.equal(readArticleInfo('Update 2019-06-01 PARIS – Officials met.').header, undefined);
      assert.equal(readArticleInfo('candidate 2019-06-01 PARIS – x').header, undefined);
      assert.equal(readArticleInfo(`${'Line.\n'.repeat(6)}date 2019-06-01 PARIS – x`).header, undefined);
    });

    it('keeps the header but no date when the date is not a calendar date', () => {
      const info = readArticleInfo('date 2019-02-30 ROME – Text.');
      assert.equal(info.date, undefined);
      assert.equal(info.header?.text, 'date 2019-02-30 ROME –');
    });
  });

  describe('other texts', () => {
    it('takes a Markdown heading as headline and states no date', () => {
      const info = readArticleInfo('# Budget vote *delayed* again\n\nThe council met on 3 May 2021.\n');
      assert.deepEqual(info, { headline: 'Budget vote delayed again' });
    });

    it('takes the first sentence of a plain first line', () => {
      const info = readArticleInfo('Mr. Smith said the plan would fail. Others disagreed.\nMore text.');
      assert.equal(info.headline, 'Mr. Smith said the plan would fail.');
      assert.equal(info.date, undefined);
    });

    it('reads title and date from front matter', () => {
      const info = readArticleInfo('---\ntitle: "Water prices rise"\ndate: 2022-08-09\n---\nBody text.');
      assert.deepEqual([info.headline, info.date], ['Water prices rise', '2022-08-09']);
    });

    it('reads a date line under the headline', () => {
      const info = readArticleInfo('Storm hits the coast\nTuesday, March 2, 2021\nThe storm arrived at night.');
      assert.deepEqual([info.headline, info.date], ['Storm hits the coast', '2021-03-02']);
    });

    it('reads a wire dateline line and a dateline opening the body', () => {
      const wire = readArticleInfo('RUGBY - CLUB WINS CUP.\nCARDIFF 1999-04-02\nThe club won.');
      assert.deepEqual([wire.date, wire.dateline], ['1999-04-02', 'CARDIFF']);
      const opening = readArticleInfo('Markets slip\n\nTOKYO (Reuters) - Shares fell on Friday as investors took profits ahead of the holiday weekend.');
      assert.equal(opening.dateline, 'TOKYO');
    });

    it('does not take a topic slug for a dateline', () => {
      assert.equal(readArticleInfo('TENNIS - PLAYER RETIRES AFTER LONG CAREER.\nShe retired.').dateline, undefined);
    });

    it('clips long headlines at a word boundary', () => {
      const headline = readArticleInfo(`${'word '.repeat(60)}end`).headline ?? '';
      assert.ok(headline.length <= 161 && headline.endsWith('…'), headline);
    });

    it('does not take the end of a URL for a sign-off', () => {
      assert.equal(readArticleInfo('Read more at https://example.org/abc').signOff, undefined);
    });

    it('returns nothing for an empty text', () => {
      assert.deepEqual(readArticleInfo(''), {});
      assert.deepEqual(readArticleInfo('\n\n  \n'), {});
    });
  });

  it('gives spans that match the text, whatever the text', () => {
    const pieces = ['date', ' ', '2019-06-01', 'PARIS', '–', '—', '-', '\n', '# ', 'Title', '.', '/abc', '/', 'Mr.', '---', 'title: x', 'Monday, March 2, 2021', 'LONDON 1996-08-30'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), parts => {
        const text = parts.join('');
        const info = readArticleInfo(text);
        for (const sp of [info.header, info.signOff]) if (sp) assert.equal(text.slice(sp.start, sp.end), sp.text);
        if (info.header && info.signOff) assert.ok(info.signOff.start >= info.header.end);
      }),
      { numRuns: 300 },
    );
  });
});
