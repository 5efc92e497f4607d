// The telephone patterns (src/analysis/numbers/phones.ts) are not run on a paragraph with fewer
// digits than a telephone number has: most paragraphs with a figure ("$42 million") have a few.
// The skip must lose no span: this compares each text's spans with those found when enough
// digits stand after it, on a line of their own, so that the patterns always run.
import * as assert from 'node:assert/strict';
import { projectParagraphs } from './projectParagraphs';
import { ALL_RULES } from '../../../src/analysis';
import { phoneNumberSpans } from '../../../src/analysis/numbers/phones';

/** The spans of `text` found with the patterns run for certain (seven digits two lines below it). */
function spansWithPatternsRun(text: string): { start: number; end: number }[] {
  return phoneNumberSpans(`${text}\n\n0000000`).filter(s => s.end <= text.length);
}

const PHONES = [
  'Call 555-0142 today.', 'Call (212) 555-1234.', 'Dial +44 20 7946 0958.', 'tel: 020 7946 0958', 'phone us on 0800 123 456', 'Call 911 now.',
  'The hotline, 1-800-555-0199, is open.', 'Fax 212.555.1234 or +33 (0)1 23 45 67 89.', 'It rose 2012-555-12345 times.',
];

describe('the telephone number spans', () => {
  it('are the same with the patterns skipped on paragraphs of few digits, on the project’s text and the rules’ examples', () => {
    const examples = ALL_RULES.filter(r => r.subject === 'number').flatMap(r => [...r.examples.match, ...r.examples.noMatch].map(e => e.replace(/[[\]]/g, '')));
    let found = 0;
    for (const text of [...PHONES, ...examples, ...projectParagraphs()]) {
      const spans = phoneNumberSpans(text);
      assert.deepEqual(spans, spansWithPatternsRun(text), text.slice(0, 80));
      found += spans.length;
    }
    assert.ok(found >= PHONES.length - 2, `${found} spans`);
  });

  it('are found in a short paragraph with just enough digits, and not with fewer', () => {
    assert.deepEqual(phoneNumberSpans('Call 555-0142.'), [{ start: 5, end: 13 }]);
    assert.deepEqual(phoneNumberSpans('Call 55-0142.'), []);
  });
});
