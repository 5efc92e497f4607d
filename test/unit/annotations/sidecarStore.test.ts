import assert from 'node:assert/strict';
import { DocumentTags } from '../../../src/annotations/documentTags';
import { fingerprintText } from '../../../src/annotations/fingerprint';
import { describeAnchorReport, SidecarError, SidecarStore } from '../../../src/annotations/sidecarStore';
import type { Tag } from '../../../src/annotations/types';
import { decodeUtf8 } from '../../../src/common/encoding';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = '/news/article.txt';
const SIDECAR = '/news/article.txt.annotations.json';
const text = 'BEIJING – Wei Xiaojun said there is no sufficient evidence.\n\nLance Ho declined to comment.\n';

function tagsFor(source: string, ...spans: [string, string][]): readonly Tag[] {
  let n = 0;
  const m = new DocumentTags([], { now: () => new Date('2025-03-01T10:00:00Z'), newId: () => `t-${String(++n).padStart(12, '0')}` });
  for (const [label, exact] of spans) m.add({ label, start: source.indexOf(exact), end: source.indexOf(exact) + exact.length }, source);
  return m.tags;
}

async function rejection(promise: Promise<unknown>): Promise<SidecarError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof SidecarError, `expected a SidecarError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected a rejection');
}

describe('SidecarStore', () => {
  let fs: MemoryFileSystem;
  let store: SidecarStore;
  beforeEach(() => {
    fs = new MemoryFileSystem();
    store = new SidecarStore(fs);
  });

  it('has no tags for a document without a sidecar, and writes none for it', async () => {
    const result = await store.load(DOC, text);
    assert.ok(result.ok);
    assert.equal(result.exists, false);
    assert.deepEqual(result.tags, []);
    assert.equal((await store.save(DOC, text, [])).written, false);
    assert.equal(fs.files.size, 0);
  });

  it('saves tags next to the document and finds them again, exactly, after reopening', async () => {
    const tags = tagsFor(text, ['person', 'Lance Ho'], ['claim', 'no sufficient evidence']);
    await store.load(DOC, text);
    assert.equal((await store.save(DOC, text, tags)).written, true);
    const reopened = await new SidecarStore(fs).load(DOC, text);
    assert.ok(reopened.ok);
    assert.deepEqual(reopened.tags, [...tags].sort((a, b) => a.id.localeCompare(b.id)));
    assert.deepEqual(reopened.report.counts, { exact: 2, moved: 0, fuzzy: 0, orphaned: 0 });
    assert.equal(reopened.report.documentChanged, false);
  });

  it('writes a stable, readable file: fixed key order, tags by id (so they never move in the file), trailing newline', async () => {
    await store.load(DOC, text);
    await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'], ['claim', 'no sufficient evidence']));
    const file = fs.text(SIDECAR)!;
    assert.ok(file.endsWith('}\n'));
    const json = JSON.parse(file) as { version: number; document: object; tags: { label: string; target: { selector: object[] } }[] };
    assert.deepEqual(Object.keys(json), ['version', 'document', 'tags']);
    assert.deepEqual(json.document, { name: 'article.txt', fingerprint: fingerprintText(text), length: text.length, offsetUnit: 'utf16' });
    assert.deepEqual(json.tags.map(t => t.label), ['person', 'claim']);
    assert.deepEqual(Object.keys(json.tags[1]), ['id', 'label', 'created', 'modified', 'anchor', 'target']);
    assert.deepEqual(json.tags[1].target.selector, [
      { type: 'TextPositionSelector', start: text.indexOf('no sufficient'), end: text.indexOf('no sufficient') + 22 },
      // 32 characters of context either side
      { type: 'TextQuoteSelector', exact: 'no sufficient evidence', prefix: 'ING – Wei Xiaojun said there is ', suffix: '.\n\nLance Ho declined to comment.' },
    ]);
    // Saving the same state again does not touch the file.
    fs.log.length = 0;
    assert.equal((await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'], ['claim', 'no sufficient evidence']))).written, false);
    assert.ok(!fs.log.some(l => l.startsWith('write')));
  });

  it('re-anchors tags when the document changed outside the editor, and reports what changed', async () => {
    await store.load(DOC, text);
    const tags = tagsFor(text, ['person', 'Lance Ho'], ['claim', 'no sufficient evidence'], ['place', 'BEIJING']);
    await store.save(DOC, text, tags);
    const edited = text.replace('BEIJING – ', 'WASHINGTON – ').replace('no sufficient', 'not sufficient');
    const result = await store.load(DOC, edited);
    assert.ok(result.ok);
    assert.equal(result.report.documentChanged, true);
    assert.deepEqual(result.report.counts, { exact: 0, moved: 1, fuzzy: 1, orphaned: 1 });
    const byLabel = new Map(result.tags.map(t => [t.label, t]));
    assert.equal(edited.slice(byLabel.get('person')!.start, byLabel.get('person')!.end), 'Lance Ho');
    assert.equal(byLabel.get('claim')!.quote.exact, 'not sufficient evidence');
    assert.equal(byLabel.get('place')!.anchor, 'orphaned');
    assert.equal(byLabel.get('place')!.quote.exact, 'BEIJING', 'an orphan keeps its text');
    assert.match(describeAnchorReport(result.report, 'article.txt')!, /3 tags re-anchored — 1 moved with their text, 1 matched approximately \(check them\), 1 orphaned/);
  });

  it('finds a tag added by hand with only a quote, even when the rest of the file is current', async () => {
    await store.load(DOC, text);
    await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
    const json = JSON.parse(fs.text(SIDECAR)!) as { tags: object[] };
    json.tags.push({ id: 'by-hand', label: 'claim', created: '2025-03-01T10:00:00Z', modified: '2025-03-01T10:00:00Z', target: { selector: [{ type: 'TextQuoteSelector', exact: 'no sufficient evidence' }] } });
    fs.setText(SIDECAR, JSON.stringify(json, null, 2));
    const result = await store.load(DOC, text);
    assert.ok(result.ok);
    assert.equal(result.report.documentChanged, false);
    const hand = result.tags.find(t => t.id === 'by-hand')!;
    assert.equal(hand.anchor, 'moved');
    assert.equal(text.slice(hand.start, hand.end), 'no sufficient evidence');
  });

  describe('broken sidecars', () => {
    it('reports invalid JSON with its line and column, and never overwrites the file', async () => {
      const broken = '{\n  "version": 1,\n  "tags": [\n    { "id": "t-1" "label": "x" }\n  ]\n}\n';
      fs.setText(SIDECAR, broken);
      const result = await store.load(DOC, text);
      assert.ok(!result.ok);
      assert.equal(result.error.kind, 'syntax');
      assert.equal(result.error.message, "article.txt.annotations.json: not valid JSON: line 4, column 19: expected ',' or '}' after a property value, found '\"'");
      const refused = await rejection(store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'])));
      assert.equal(refused.kind, 'broken');
      assert.match(refused.message, /line 4, column 19.*it was not changed/);
      assert.equal(fs.text(SIDECAR), broken);
    });

    it('says a deeply nested file is nested too deeply, not that it is not UTF-8, and leaves it alone', async () => {
      const deep = '{"version": 1, "tags": ' + '['.repeat(3000) + ']'.repeat(3000) + '}';
      fs.setText(SIDECAR, deep);
      const result = await store.load(DOC, text);
      assert.ok(!result.ok);
      assert.equal(result.error.kind, 'syntax');
      assert.match(result.error.message, /not valid JSON: line 1, column \d+: nested too deeply \(more than \d+ levels/);
      await rejection(store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'])));
      assert.equal(fs.text(SIDECAR), deep);
    });

    it('says "not valid UTF-8 text" for bytes that are not UTF-8', async () => {
      fs.files.set(SIDECAR, new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
      const result = await store.load(DOC, text);
      assert.ok(!result.ok);
      assert.equal(result.error.message, 'article.txt.annotations.json: not valid UTF-8 text');
    });

    it('names the path of a schema problem, and keeps refusing saves until a load succeeds', async () => {
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'], ['claim', 'no sufficient evidence']));
      const good = fs.text(SIDECAR)!;
      const json = JSON.parse(good) as { tags: { target: { selector: unknown[] } }[] };
      json.tags[1].target.selector.pop();
      const broken = JSON.stringify(json, null, 2);
      fs.setText(SIDECAR, broken);
      const result = await store.load(DOC, text);
      assert.ok(!result.ok);
      assert.equal(result.error.problem, 'tags[1].target.selector: missing TextQuoteSelector (the annotated text, needed to find it again)');
      assert.equal((await rejection(store.save(DOC, text, []))).kind, 'broken');
      assert.equal((await rejection(store.save(DOC, text, []))).kind, 'broken');
      assert.equal(fs.text(SIDECAR), broken);
      // The user fixes the file: it loads, and saving works again.
      fs.setText(SIDECAR, good);
      assert.ok((await store.load(DOC, text)).ok);
      assert.equal((await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']))).written, true);
    });

    it('refuses a file from a newer format version', async () => {
      fs.setText(SIDECAR, '{"version": 3, "tags": []}');
      const result = await store.load(DOC, text);
      assert.ok(!result.ok);
      assert.equal(result.error.kind, 'version');
      assert.match(result.error.message, /format version 3, written by a newer Source Annotator/);
    });

    it('protects a file broken on disk that it had never loaded', async () => {
      fs.setText(SIDECAR, 'not json');
      assert.equal((await rejection(store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'])))).kind, 'broken');
      assert.equal(fs.text(SIDECAR), 'not json');
    });

    it('keeps working for other documents', async () => {
      fs.setText(SIDECAR, '{');
      assert.ok(!(await store.load(DOC, text)).ok);
      assert.ok((await store.load('/news/other.txt', text)).ok);
      assert.equal((await store.save('/news/other.txt', text, tagsFor(text, ['person', 'Lance Ho']))).written, true);
    });

    it('reads a sidecar saved with a BOM and CRLF line ends by another editor', async () => {
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
      fs.setText(SIDECAR, '\ufeff' + fs.text(SIDECAR)!.replace(/\n/g, '\r\n'));
      const result = await store.load(DOC, text);
      assert.ok(result.ok);
      assert.equal(result.tags[0].quote.exact, 'Lance Ho');
    });
  });

  describe('atomic, ordered writes', () => {
    it('leaves the old file intact after a crash between writing and renaming, and cleans up later', async () => {
      let now = Date.parse('2025-03-01T10:00:00Z');
      store = new SidecarStore(fs, { now: () => now });
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
      const before = fs.text(SIDECAR);
      fs.crashBeforeNextRename = true;
      const failed = await rejection(store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'], ['claim', 'no sufficient evidence'])));
      assert.equal(failed.kind, 'write');
      assert.equal(fs.text(SIDECAR), before);
      // A real crash would not have deleted the temporary file: put one back, as the process left it.
      const leftover = `${SIDECAR}.tmp-${now.toString(36)}-abc123`;
      fs.setText(leftover, '{"half": ');
      // The next session, a few minutes later, loads the old file and removes the leftover.
      now += 5 * 60_000;
      const again = new SidecarStore(fs, { now: () => now });
      const result = await again.load(DOC, text);
      assert.ok(result.ok);
      assert.equal(result.tags.length, 1);
      assert.equal(fs.files.has(leftover), false);
    });

    it('does not remove a temporary file that another writer may still be using', async () => {
      const now = Date.now();
      const fresh = `${SIDECAR}.tmp-${now.toString(36)}-xyz789`;
      fs.setText(fresh, '{');
      await new SidecarStore(fs, { now: () => now + 1000 }).load(DOC, text);
      assert.equal(fs.files.has(fresh), true);
    });

    it('fails clearly in a read-only folder and leaves nothing behind', async () => {
      fs.readOnly.add('/news/');
      await store.load(DOC, text);
      const failed = await rejection(store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho'])));
      assert.equal(failed.kind, 'write');
      assert.match(failed.message, /article\.txt\.annotations\.json: could not save the tags \(permission denied \(read-only file system\)\); the file on disk was not changed$/);
      assert.equal(fs.files.size, 0);
    });

    it('runs concurrent saves one at a time, coalesces waiting ones, and the last state wins', async () => {
      fs.delay = 3;
      await store.load(DOC, text);
      const states = [
        tagsFor(text, ['a', 'Lance Ho']),
        tagsFor(text, ['b', 'Lance Ho']),
        tagsFor(text, ['c', 'Lance Ho']),
        tagsFor(text, ['d', 'Lance Ho'], ['e', 'Wei Xiaojun']),
      ];
      fs.log.length = 0;
      const first = store.save(DOC, text, states[0]);
      // Wait until the first save is writing, then save three more times.
      while (!fs.log.some(l => l.startsWith('write '))) await new Promise(resolve => setTimeout(resolve, 1));
      const rest = states.slice(1).map(tags => store.save(DOC, text, tags));
      const results = await Promise.all([first, ...rest]);
      assert.equal(results[0].tags, states[0]);
      assert.ok(results.slice(1).every(r => r.tags === states[3]), 'waiting saves resolve with the state that was written');
      const final = await new SidecarStore(fs).load(DOC, text);
      assert.ok(final.ok);
      assert.deepEqual(final.tags.map(t => t.label), ['d', 'e']);
      // No write started while another was between its temporary file and its rename.
      const ops = fs.log.filter(l => /^(write|rename-done) /.test(l));
      assert.equal(ops.length, 4, 'the first save, then one for the three that waited');
      for (let i = 0; i < ops.length; i += 2) {
        assert.match(ops[i], /^write .*\.tmp-/);
        assert.match(ops[i + 1], /^rename-done /);
      }
    });

    it('coalesces saves made in the same moment into one write', async () => {
      await store.load(DOC, text);
      fs.log.length = 0;
      await Promise.all([store.save(DOC, text, tagsFor(text, ['a', 'Lance Ho'])), store.save(DOC, text, tagsFor(text, ['b', 'Lance Ho']))]);
      assert.equal(fs.log.filter(l => l.startsWith('write ')).length, 1);
      assert.match(fs.text(SIDECAR)!, /"label": "b"/);
    });
  });

  describe('changes on disk', () => {
    it("tells its own writes from other programs' changes", async () => {
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
      assert.equal(await store.hasChangedOnDisk(DOC), false);
      fs.setText(SIDECAR, fs.text(SIDECAR)!.replace('"person"', '"source"'));
      assert.equal(await store.hasChangedOnDisk(DOC), true);
    });

    it('refuses to overwrite a file changed on disk since it was loaded', async () => {
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
      const theirs = fs.text(SIDECAR)!.replace('"person"', '"source"');
      fs.setText(SIDECAR, theirs);
      assert.equal((await rejection(store.save(DOC, text, []))).kind, 'changed-on-disk');
      assert.equal(fs.text(SIDECAR), theirs);
    });
  });

  describe('offsets', () => {
    it('counts UTF-16 units of the text without its BOM, keeping CRLF, emoji and CJK', async () => {
      const body = 'Titre 😀\r\n\r\n« 我们不否认 », a dit Wei.\r\n';
      const withBom = decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(body)]));
      assert.equal(withBom, body, 'the BOM is dropped like VS Code does');
      await store.load(DOC, withBom);
      const tags = tagsFor(withBom, ['quote', '我们不否认'], ['person', 'Wei']);
      await store.save(DOC, withBom, tags);
      const json = JSON.parse(fs.text(SIDECAR)!) as { tags: { target: { selector: { start?: number }[] } }[] };
      assert.equal(json.tags[0].target.selector[0].start, body.indexOf('我们不否认'));
      // The same text saved without a BOM has the same fingerprint: nothing moves.
      const reopened = await new SidecarStore(fs).load(DOC, body);
      assert.ok(reopened.ok);
      assert.equal(reopened.report.documentChanged, false);
      assert.deepEqual(reopened.tags.map(t => body.slice(t.start, t.end)), ['我们不否认', 'Wei']);
    });
  });

  describe('moving with the document', () => {
    it('renames the sidecar when the document is renamed', async () => {
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
      assert.equal(await store.move(DOC, '/news/renamed.txt'), true);
      assert.equal(fs.files.has(SIDECAR), false);
      const result = await store.load('/news/renamed.txt', text);
      assert.ok(result.ok);
      assert.equal(result.tags.length, 1);
    });

    it('never overwrites a sidecar already at the new place', async () => {
      await store.load(DOC, text);
      await store.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
      fs.setText('/news/renamed.txt.annotations.json', '{"version":1,"tags":[]}');
      const failed = await rejection(store.move(DOC, '/news/renamed.txt'));
      assert.equal(failed.kind, 'move');
      assert.ok(fs.files.has(SIDECAR));
      assert.equal(fs.text('/news/renamed.txt.annotations.json'), '{"version":1,"tags":[]}');
    });

    it('has nothing to move for a document without tags', async () => {
      assert.equal(await store.move(DOC, '/news/renamed.txt'), false);
    });
  });

  it('uses a configured suffix', async () => {
    const custom = new SidecarStore(fs, { suffix: '.tags.json' });
    await custom.load(DOC, text);
    await custom.save(DOC, text, tagsFor(text, ['person', 'Lance Ho']));
    assert.ok(fs.files.has('/news/article.txt.tags.json'));
  });
});
