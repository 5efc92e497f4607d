import * as assert from 'node:assert/strict';
import { markdownToPlainText } from '../../../src/common/markdownText';

describe('markdownToPlainText', () => {
  it('reads a quote card as words: no icons, emphasis, escapes or command links', () => {
    const card = [
      '$(quote) **Quote** · 6 words',
      'Said by **Wei Xiaojun** \\(Wei said\\)',
      '> “China attaches great importance to the issue\\.”',
      '$(tag) Tags: `check`, `source`',
      '[Tag…](command:sourceAnnotator.tagRange?%5B%22x%22%5D "Tag this quote") · [Go to Speaker](command:sourceAnnotator.goToSpeaker?%5B1%5D)',
    ].join('\n\n');
    assert.equal(
      markdownToPlainText(card),
      ['Quote · 6 words', 'Said by Wei Xiaojun (Wei said)', '“China attaches great importance to the issue.”', 'Tags: check, source', 'Tag… · Go to Speaker'].join('\n'),
    );
  });

  it('joins the lines of a paragraph, drops rules and headings, keeps backslashes inside code', () => {
    assert.equal(markdownToPlainText('# Title\nsecond line\n\n---\n\n`C:\\path` and *one* _two_'), 'Title second line\nC:\\path and one two');
  });

  it('leaves plain text as it is', () => {
    assert.equal(markdownToPlainText('50 times stronger than heroin, 3*4 = 12'), '50 times stronger than heroin, 3*4 = 12');
  });
});
