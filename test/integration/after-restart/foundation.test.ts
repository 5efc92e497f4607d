// Runs after VS Code was closed and opened again on the same workspace (see
// scripts/integration.mjs): the tag made by foundation.test.ts is still there.
import * as assert from 'node:assert/strict';
import { closeAllEditors, extensionApi, openArticle, SEED, waitFor } from '../helpers';

describe('after reopening VS Code: the seed article', () => {
  after(closeAllEditors);

  it('shows the tag made before VS Code was closed, on the same text', async () => {
    const api = await extensionApi();
    const editor = await openArticle(SEED, api);
    const text = editor.document.getText();
    const tags = api.tags(editor.document.uri);
    const claim = tags.find(t => t.label === 'claim');
    assert.ok(claim, `the "claim" tag is loaded (tags: ${tags.map(t => t.label).join(', ')})`);
    assert.equal(claim.anchor, 'exact');
    assert.equal(text.slice(claim.start, claim.end), 'the deadly opioid');
    await waitFor(() => api.highlights(editor.document.uri).tags?.some(h => h.start === claim.start && h.end === claim.end && h.label === 'claim'), 'the tag highlight');
  });
});
