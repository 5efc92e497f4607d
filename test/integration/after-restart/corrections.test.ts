// After VS Code was closed and opened again, the corrections and the verdict made in
// corrections.test.ts still win in the highlights, the hover card, the Entities view and the sidecar.
import { closeAllEditors, extensionApi, openArticle } from '../helpers';
import { assertCorrectionsShown } from '../correctionsArticle';

describe('after reopening VS Code: corrections', () => {
  after(closeAllEditors);

  it('shows the corrected speaker, the rejected and marked people and the verdict again', async () => {
    const api = await extensionApi();
    const editor = await openArticle('corrections.txt', api);
    await assertCorrectionsShown(api, editor.document);
  });
});
