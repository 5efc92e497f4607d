import * as assert from 'node:assert/strict';
import { matchesGlob, searchGlobFor } from '../../../src/common/glob';

describe('article glob', () => {
  const DEFAULT = '**/seeds/**/*.{txt,md}';

  it('matches text and Markdown files anywhere under a folder named seeds', () => {
    assert.ok(matchesGlob(DEFAULT, '/home/me/project/seeds/article.txt'));
    assert.ok(matchesGlob(DEFAULT, '/home/me/project/seeds/2017/nov/article.md'));
    assert.ok(matchesGlob(DEFAULT, '/seeds/a.txt'));
  });

  it('does not match other folders, other extensions or sidecar files', () => {
    assert.ok(!matchesGlob(DEFAULT, '/home/me/project/seed/article.txt'));
    assert.ok(!matchesGlob(DEFAULT, '/home/me/project/myseeds/article.txt'));
    assert.ok(!matchesGlob(DEFAULT, '/home/me/project/seeds/article.txt.annotations.json'));
    assert.ok(!matchesGlob(DEFAULT, '/home/me/project/seeds/notes.docx'));
  });

  it('treats a glob without a leading ** as matching at any depth, like VS Code', () => {
    assert.ok(matchesGlob('*.txt', '/a/b/c.txt'));
    assert.ok(matchesGlob('articles/*.txt', '/work/articles/x.txt'));
    assert.ok(!matchesGlob('articles/*.txt', '/work/articles/deep/x.txt'));
  });

  it('supports ?, character classes and literal dots', () => {
    assert.ok(matchesGlob('**/a?.txt', '/x/ab.txt'));
    assert.ok(!matchesGlob('**/a?.txt', '/x/abc.txt'));
    assert.ok(matchesGlob('**/[0-9]*.txt', '/x/2017-news.txt'));
    assert.ok(!matchesGlob('**/[0-9]*.txt', '/x/news.txt'));
    assert.ok(!matchesGlob('**/*.txt', '/x/atxt'));
  });

  it('derives a workspace search glob that covers every file the glob can match', () => {
    assert.equal(searchGlobFor(DEFAULT), '**/*.{txt,md}');
    assert.equal(searchGlobFor('*.md'), '**/*.md');
  });
});
