import assert from 'node:assert/strict';
import { SidecarError, SidecarStore } from '../../../src/annotations/sidecarStore';
import { TagSession } from '../../../src/annotations/tagSession';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = 'file:///news/My%20Article.txt';
const SIDECAR = DOC + '.annotations.json';
const initial = 'Wei Xiaojun said there is no sufficient evidence.\n\nLance Ho declined to comment.\n';
const span = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const settle = () => new Promise(resolve => setTimeout(resolve, 5));

describe('TagSession', () => {
  let fs: MemoryFileSystem;
  let store: SidecarStore;
  let text: string;
  let errors: SidecarError[];
  const open = () => TagSession.open(store, DOC, () => text, { onSaveError: e => errors.push(e) });

  beforeEach(() => {
    fs = new MemoryFileSystem();
    store = new SidecarStore(fs);
    text = initial;
    errors = [];
  });

  it('saves each tag operation, and the tags are there again after reopening', async () => {
    const { session } = await open();
    const tag = session.model.add({ label: 'person', ...span(text, 'Lance Ho') }, text);
    await settle();
    assert.match(fs.text(SIDECAR)!, /"name": "My Article.txt"/);
    session.dispose();
    const { session: again, result } = await open();
    assert.ok(result.ok);
    assert.deepEqual(again.model.tags, [tag]);
  });

  it('saves the positions the text edits gave the tags when the document is saved', async () => {
    const { session } = await open();
    session.model.add({ label: 'person', ...span(text, 'Lance Ho') }, text);
    await settle();
    const change = { rangeOffset: 0, rangeLength: 0, text: 'BEIJING – ' };
    text = 'BEIJING – ' + text;
    session.model.applyEdits([change]);
    await session.save(); // on the document's save
    const { session: reopened, result } = await TagSession.open(new SidecarStore(fs), DOC, () => text);
    assert.ok(result.ok);
    assert.equal(result.report.documentChanged, false);
    const t = reopened.model.tags[0];
    assert.equal(text.slice(t.start, t.end), 'Lance Ho');
  });

  it('reloads and merges a change made on disk while it had no unsaved work', async () => {
    const { session } = await open();
    session.model.add({ label: 'person', ...span(text, 'Lance Ho') }, text);
    await settle();
    fs.setText(SIDECAR, fs.text(SIDECAR)!.replace('"label": "person"', '"label": "source"').replace(/"modified": "[^"]*"/, '"modified": "2031-01-01T00:00:00.000Z"'));
    const result = await session.onSidecarChangedOnDisk();
    assert.ok(result?.ok);
    assert.deepEqual(session.model.tags.map(t => t.label), ['source']);
  });

  it('ignores its own writes and merges a change made on disk by someone else', async () => {
    const { session } = await open();
    session.model.add({ label: 'person', ...span(text, 'Lance Ho') }, text);
    await settle();
    assert.equal(await session.onSidecarChangedOnDisk(), undefined, 'own write: nothing to reload');
    // Another program (the CLI, git) adds a tag to the file.
    const other = new SidecarStore(fs);
    const loaded = await other.load(DOC, text);
    assert.ok(loaded.ok);
    const cli = await TagSession.open(other, DOC, () => text);
    cli.session.model.add({ label: 'claim', ...span(text, 'no sufficient evidence') }, text);
    await settle();
    // Meanwhile this editor relabels its tag, before the watcher event arrives: its save finds
    // the file changed, merges, and saves the merged tags; the watcher event then finds
    // nothing new.
    session.model.relabel(session.model.tags[0].id, 'source');
    await settle();
    assert.equal(await session.onSidecarChangedOnDisk(), undefined);
    assert.deepEqual(session.model.tags.map(t => t.label), ['claim', 'source']);
    const final = await new SidecarStore(fs).load(DOC, text);
    assert.ok(final.ok);
    // The file lists tags by id (random here), not by position.
    assert.deepEqual(final.tags.map(t => t.label).sort(), ['claim', 'source']);
  });

  it('keeps tags made while the sidecar is broken, and saves them with the file’s once it is fixed', async () => {
    fs.setText(SIDECAR, '{"version": 1, "tags": [}');
    const { session, result } = await open();
    assert.ok(!result.ok);
    assert.match(result.error.message, /My Article\.txt\.annotations\.json: not valid JSON: line 1, column 25/);
    session.model.add({ label: 'claim', ...span(text, 'no sufficient evidence') }, text);
    await settle();
    assert.equal(errors[0]?.kind, 'broken');
    assert.equal(fs.text(SIDECAR), '{"version": 1, "tags": [}');
    assert.ok(session.error);
    // The user fixes the file by hand (keeping a tag of theirs); the watcher reports it.
    fs.setText(
      SIDECAR,
      JSON.stringify({
        version: 1,
        tags: [
          {
            id: 't-hand',
            label: 'person',
            created: '2025-01-01T00:00:00Z',
            modified: '2025-01-01T00:00:00Z',
            target: { selector: [{ type: 'TextQuoteSelector', exact: 'Lance Ho' }] },
          },
        ],
      }),
    );
    const reloaded = await session.onSidecarChangedOnDisk();
    assert.ok(reloaded?.ok);
    assert.equal(session.error, undefined);
    assert.deepEqual(session.model.tags.map(t => [t.label, t.anchor]), [
      ['claim', 'exact'],
      ['person', 'moved'], // found by its quote alone
    ]);
    const onDisk = await new SidecarStore(fs).load(DOC, text);
    assert.ok(onDisk.ok);
    assert.deepEqual(onDisk.tags.map(t => t.label), ['claim', 'person']);
  });

  it('ends up right after a git checkout changed the document and its sidecar in either order', async () => {
    const { session } = await open();
    session.model.add({ label: 'person', ...span(text, 'Lance Ho') }, text);
    await settle();
    // The other branch: a different article version with its own sidecar.
    const branchText = 'NEW INTRO.\n\n' + initial.replace('no sufficient', 'insufficient');
    const branchStore = new SidecarStore(new MemoryFileSystem());
    const branch = await TagSession.open(branchStore, DOC, () => branchText);
    branch.session.model.add({ label: 'claim', ...span(branchText, 'insufficient evidence') }, branchText);
    await settle();
    const branchSidecar = (branchStore as unknown as { fs: MemoryFileSystem }).fs.text(SIDECAR)!;
    // git writes the sidecar; the watcher fires before VS Code reloads the document.
    fs.setText(SIDECAR, branchSidecar);
    await session.onSidecarChangedOnDisk();
    // Then VS Code reloads the document: the editor forwards the change and reloads the tags.
    session.model.applyEdits([{ rangeOffset: 0, rangeLength: initial.length, text: branchText }]);
    text = branchText;
    await session.reload();
    await settle();
    assert.deepEqual(
      session.model.tags.map(t => [t.label, t.anchor, text.slice(t.start, t.end)]),
      [['claim', 'exact', 'insufficient evidence']],
    );
  });

  it('reports a read-only location and keeps the tag in memory', async () => {
    fs.readOnly.add('file:///news/');
    const { session } = await open();
    session.model.add({ label: 'claim', ...span(text, 'no sufficient evidence') }, text);
    await settle();
    assert.equal(errors[0]?.kind, 'write');
    assert.match(errors[0].message, /could not save the tags \(permission denied \(read-only file system\)\); the file on disk was not changed/);
    assert.equal(session.model.size, 1);
  });

  it('moves the sidecar when the document is renamed', async () => {
    const { session } = await open();
    session.model.add({ label: 'claim', ...span(text, 'no sufficient evidence') }, text);
    await settle();
    assert.equal(await session.moveTo('file:///news/Renamed.txt'), true);
    assert.equal(fs.files.has(SIDECAR), false);
    assert.match(fs.text('file:///news/Renamed.txt.annotations.json')!, /"name": "Renamed.txt"/);
  });

  it('undo and redo are saved like any tag operation', async () => {
    const { session } = await open();
    session.model.add({ label: 'claim', ...span(text, 'no sufficient evidence') }, text);
    await settle();
    session.model.undo();
    await settle();
    assert.match(fs.text(SIDECAR)!, /"tags": \[\]/);
    session.model.redo();
    await settle();
    assert.match(fs.text(SIDECAR)!, /"label": "claim"/);
  });
  it('an editor save and a CLI writer in another process interleaving lose nothing and bring back nothing deleted', async () => {
    const { session: editor } = await open();
    editor.model.add({ label: 'A', ...span(text, 'Wei Xiaojun') }, text);
    editor.model.add({ label: 'B', ...span(text, 'Lance Ho') }, text);
    await settle();
    // The CLI: its own store (its own process), opened on the file as it is now.
    const { session: cli } = await TagSession.open(new SidecarStore(fs), DOC, () => text, { autoSave: false });
    cli.model.remove(cli.model.tags.find(t => t.label === 'A')!.id);
    cli.model.add({ label: 'C', ...span(text, 'no sufficient evidence') }, text);
    let cliSave: Promise<unknown> | undefined;
    fs.beforeOperation = async (op, location) => {
      if (op !== 'rename' || !location.endsWith(`-> ${SIDECAR}`) || cliSave) return;
      // The editor has checked the file and is about to rename its version over it: the CLI
      // saves right now, and we go on once it is done or waiting for the lock.
      cliSave = cli.save();
      await Promise.race([cliSave, fs.logged(entry => entry === `create-refused ${SIDECAR}.lock`)]);
    };
    // The editor removes B and adds E.
    editor.model.remove(editor.model.tags.find(t => t.label === 'B')!.id);
    editor.model.add({ label: 'E', ...span(text, 'declined') }, text);
    await editor.save();
    await cliSave;
    assert.deepEqual(errors, []);
    const final = await new SidecarStore(fs).load(DOC, text);
    assert.ok(final.ok);
    assert.deepEqual(final.tags.map(t => t.label).sort(), ['C', 'E'], 'both new tags kept; A and B, each deleted by one writer, stay deleted');
    await editor.onSidecarChangedOnDisk();
    assert.deepEqual(editor.model.tags.map(t => t.label).sort(), ['C', 'E']);
    assert.deepEqual([...fs.files.keys()], [SIDECAR], 'no lock or temporary file left');
  });
});
