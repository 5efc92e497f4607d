import assert from 'node:assert/strict';
import { findLeftBehindTags, describeLeftBehindTags } from '../../../src/annotations/leftBehindTags';
import { SidecarStore } from '../../../src/annotations/sidecarStore';
import { TagSession } from '../../../src/annotations/tagSession';
import { MemoryFileSystem } from './memoryFileSystem';

const SUFFIX = '.annotations.json';
const text = 'Wei Xiaojun said there is no sufficient evidence.\n\nLance Ho declined to comment on the case.\n\nThe bureau will report in May.\n';
const span = (t: string, s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });

/** Saves tags for `text` under `document` the way the editor does. */
async function saveTags(fs: MemoryFileSystem, document: string, body: string, quotes: string[]): Promise<void> {
  const { session } = await TagSession.open(new SidecarStore(fs), document, () => body, { autoSave: false });
  for (const q of quotes) session.model.add({ label: 'check', ...span(body, q) }, body);
  await session.save();
  session.dispose();
}

describe('tags left behind by a rename outside the editor', () => {
  let fs: MemoryFileSystem;
  beforeEach(() => {
    fs = new MemoryFileSystem();
  });

  it('finds the sidecar saved under the old name for the same text', async () => {
    await saveTags(fs, 'file:///news/draft.txt', text, ['Wei Xiaojun', 'Lance Ho']);
    fs.files.set('file:///news/final.txt', fs.files.get('file:///news/draft.txt')!);
    fs.files.delete('file:///news/draft.txt'); // renamed in a file manager: the sidecar stays
    const found = await findLeftBehindTags(fs, 'file:///news/final.txt', text, SUFFIX);
    assert.deepEqual(found, { sidecar: 'file:///news/draft.txt' + SUFFIX, document: 'file:///news/draft.txt', tagCount: 2, match: 'identical' });
    assert.equal(describeLeftBehindTags(found, 'final.txt'), '2 tags saved for "draft.txt" (saved for this exact text) are next to final.txt. Was the document renamed?');
  });

  it('recognises the text after edits when most tags still find their text', async () => {
    await saveTags(fs, 'file:///news/draft.txt', text, ['Wei Xiaojun', 'Lance Ho', 'The bureau', 'comment', 'in May']);
    const edited = 'UPDATED.\n\n' + text.replace('in May', 'in June');
    const found = await findLeftBehindTags(fs, 'file:///news/final.txt', edited, SUFFIX);
    assert.equal(found?.match, 'similar');
    assert.equal(found?.tagCount, 5);
  });

  it('ignores sidecars of documents that exist, of other texts, broken ones, and other folders', async () => {
    await saveTags(fs, 'file:///news/other.txt', text, ['Wei Xiaojun']);
    fs.setText('file:///news/other.txt', text); // its document is there: not left behind
    await saveTags(fs, 'file:///news/unrelated.txt', 'A different story about rain in May.\n', ['rain']);
    fs.setText('file:///news/broken.txt' + SUFFIX, '{ "version": 1, "tags": [');
    await saveTags(fs, 'file:///archive/draft.txt', text, ['Lance Ho']);
    assert.equal(await findLeftBehindTags(fs, 'file:///news/final.txt', text, SUFFIX), undefined);
  });

  it('finds nothing when the file system cannot list folders', async () => {
    await saveTags(fs, 'file:///news/draft.txt', text, ['Wei Xiaojun']);
    const noListing = Object.assign(Object.create(fs) as MemoryFileSystem, { filesBeside: undefined });
    assert.equal(await findLeftBehindTags(noListing, 'file:///news/final.txt', text, SUFFIX), undefined);
  });
});
