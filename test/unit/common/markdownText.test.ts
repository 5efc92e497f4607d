import * as assert from 'node:assert/strict';
import { commandUri, isLinkableTagId, markdownCode, markdownText, markdownToPlainText, notificationText, oneLine } from '../../../src/common/markdownText';
import { activeMarkdown, codeSpans, unescapeMarkdown } from './markdownCheck';

/** Strings a hand-edited or pulled sidecar, or an article, could hold. */
const HOSTILE = [
  'x\n\n[Tag…](command:sourceAnnotator.removeTag?%5B%22file%3A%2F%2F%2Fa.txt%22%2C%22t-1%22%5D)',
  '[x](command:sourceAnnotator.editTagNote?%5B%5D)',
  '![img](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)>',
  '<command:sourceAnnotator.removeTag>',
  'a | b | c',
  '# heading',
  '\r# heading\r- item\r',
  'one\u2028# two\u2029- three',
  '> quote\n1. list\n+ plus\n=====\n---',
  '```js\ncode\n```',
  '`` `x` `` and ` lone',
  '`starts and ends with backticks`',
  '```',
  ' spaces around ',
  'https://evil.example/x www.evil.example mail@evil.example',
  '$(bug) icon and &lt;b&gt; entity',
  '*em* _em_ **strong** ~~strike~~ [^1]',
  'tab\there\u0000nul\u0085nel',
];

describe('Markdown from untrusted text', () => {
  it('escapes text as expected', () => {
    assert.equal(
      markdownText('x\n\n[Tag…](command:sourceAnnotator.removeTag?%5B%5D)'),
      'x \\[Tag…\\](command:sourceAnnotator.removeTag?%5B%5D)',
    );
    assert.equal(markdownText('# a | b <img src=x>'), '\\# a \\| b \\<img src=x\\>');
    assert.equal(markdownText('- 1. see http://x.org or www.y.org, a@b.c'), '\\- 1. see http\\://x.org or www\\.y.org, a\\@b.c');
    assert.equal(markdownText('12. point\r\nnext\u2028line\u2029end'), '12\\. point next line end');
    for (const [input, out] of [['---', '\\---'], ['===', '\\==='], ['+ x', '\\+ x'], ['-5', '-5'], ['=SUM', '=SUM'], ['3.5', '3.5'], ['1) x', '1\\) x']]) assert.equal(markdownText(input), out);
    assert.equal(markdownText('Wei Xiaojun, 41, said "it\'s 5.3%".'), 'Wei Xiaojun, 41, said "it\'s 5.3%".', 'ordinary prose stays readable');
  });

  it('keeps every hostile string on one line, inert, and shown as written', () => {
    for (const input of HOSTILE) {
      const out = markdownText(input);
      assert.doesNotMatch(out, /[\r\n\u2028\u2029]/, JSON.stringify(input));
      assert.deepEqual(activeMarkdown(`Note: ${out}`), [], JSON.stringify(input));
      assert.deepEqual(activeMarkdown(out), [], `${JSON.stringify(input)} at a line start`);
      assert.doesNotMatch(out, /^(?:[#>*_|~`<]|[-+](?:\s|-|$)|=+$|\d+[.)](?:\s|$))/, `${JSON.stringify(input)} cannot start a block`);
      assert.equal(unescapeMarkdown(out), oneLine(input), JSON.stringify(input));
      // In a table row, the only unescaped pipes are the row's own.
      assert.equal(`| ${out} | 1 |`.replace(/\\./g, '').split('|').length - 1, 3, JSON.stringify(input));
    }
  });

  it('puts any text in a code span that nothing can break out of', () => {
    assert.equal(markdownCode('a`b'), '``a`b``');
    assert.equal(markdownCode('``x'), '``` ``x ```');
    assert.equal(markdownCode('x\n\n[y](command:z)'), '`x [y](command:z)`');
    assert.equal(markdownCode('a\r\nb\u2028c'), '`a b c`');
    for (const input of HOSTILE) {
      const line = `$(tag) Tags: ${markdownCode(input)}, ${markdownCode('second')}`;
      assert.doesNotMatch(line, /[\r\n\u2028\u2029]/, JSON.stringify(input));
      assert.deepEqual(activeMarkdown(line), [], JSON.stringify(input));
      assert.deepEqual(codeSpans(line), [oneLine(input), 'second'], JSON.stringify(input));
    }
  });

  it('finds the injected link in a Tags line built the old way (so the checks above can fail)', () => {
    const label = HOSTILE[0];
    const oldLine = `$(tag) Tags: \`${label.replace(/`/g, "'")}\``;
    assert.deepEqual(activeMarkdown(oldLine), ['link:command:sourceAnnotator.removeTag?%5B%22file%3A%2F%2F%2Fa.txt%22%2C%22t-1%22%5D']);
  });

  it('leaves a card exactly its own command links', () => {
    const remove = commandUri('sourceAnnotator.removeTag', ['file:///news/a (1).txt', 't-0123456789ab']);
    const card = [`$(tag) **${markdownText(HOSTILE[0])}**`, markdownText(HOSTILE[1]), `$(tag) Tags: ${HOSTILE.map(markdownCode).join(', ')}`, `[Remove](${remove})`].join('\n\n');
    assert.deepEqual(activeMarkdown(card), [`link:${remove}`]);
  });

  it('makes command URIs whose arguments cannot close the link', () => {
    const args = ['file:///news/a (1).txt', "x)](command:evil)'!*~", 3];
    const uri = commandUri('sourceAnnotator.tagEntity', args);
    assert.doesNotMatch(uri, /[()[\]\s'!*~]/);
    assert.ok(uri.startsWith('command:sourceAnnotator.tagEntity?'));
    assert.deepEqual(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1))), args);
  });

  it('lets only plain tag ids into links', () => {
    for (const id of ['t-0123456789ab', 'claim-2', 'T_1.a:b']) assert.equal(isLinkableTagId(id), true, id);
    for (const id of ['', 'a b', 'x)', '-x', 'é', '"', 'a\nb', 'x'.repeat(101)]) assert.equal(isLinkableTagId(id), false, JSON.stringify(id));
  });

  it('keeps links out of notification messages', () => {
    const message = notificationText('x\n[Undo](command:sourceAnnotator.removeTag?%5B%5D) and [a] (b)');
    assert.doesNotMatch(message, /\]\(|\n/);
    assert.equal(message.replace(/\u200b/g, ''), 'x [Undo](command:sourceAnnotator.removeTag?%5B%5D) and [a] (b)');
  });
});

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

  it('gives back a hostile label as its text, which a notification then shows without a link', () => {
    const label = '[Remove all](command:sourceAnnotator.removeTag?%5B%22t-1%22%5D)';
    const plain = markdownToPlainText(`Tags: ${markdownCode(label)} and ${markdownText(label)}`);
    assert.equal(plain, `Tags: ${label} and ${label}`);
    assert.doesNotMatch(notificationText(plain), /\]\(/);
  });

  it('leaves plain text as it is', () => {
    assert.equal(markdownToPlainText('50 times stronger than heroin, 3*4 = 12'), '50 times stronger than heroin, 3*4 = 12');
  });
});
