// After VS Code was closed and the article changed on disk by another program (tags.test.ts),
// reopening it re-anchors every tag where it belongs and says how.
import * as assert from 'node:assert/strict';
import { closeAllEditors, extensionApi, openArticle, waitFor } from '../helpers';
import { LIFECYCLE_TAGS } from '../lifecycleArticle';

describe('after reopening VS Code: tags of an article changed on disk', () => {
  after(closeAllEditors);

  it('re-anchors every tag to its text and reports how', async () => {
    const api = await extensionApi();
    const editor = await openArticle('lifecycle.txt', api);
    const uri = editor.document.uri;
    const text = editor.document.getText();
    const tags = api.tags(uri);
    assert.deepEqual(tags.map(t => t.label).sort(), ['check', 'place', 'quote', 'source'], 'no tag was lost');
    const byLabel = new Map(tags.map(t => [t.label, t]));

    const check = byLabel.get('check')!;
    assert.equal(check.anchor, 'moved', 'the unchanged text was found further down');
    assert.equal(text.slice(check.start, check.end), LIFECYCLE_TAGS.check);
    assert.equal(text.slice(byLabel.get('place')!.start, byLabel.get('place')!.end), 'the final result');

    const quote = byLabel.get('quote')!;
    assert.equal(quote.anchor, 'fuzzy', 'the changed quote is matched approximately');
    assert.equal(text.slice(quote.start, quote.end), 'We counted 1,210 ballots by hand');

    const report = api.anchorReport(uri);
    assert.ok(report?.documentChanged);
    assert.equal(report.counts.orphaned, 0);
    assert.equal(report.counts.fuzzy, 1);

    await waitFor(() => (api.highlights(uri).tags ?? []).some(h => h.start === quote.start && h.label === 'quote'), 'the fuzzy tag highlighted');
  });
});
