// Corrections and verdicts in the document model and the session: recorded, replaced on the
// same span, undone and redone with the tags' history, merged three-way with the disk, saved
// with the tags, and a version-1 sidecar upgraded with every tag intact.
import assert from 'node:assert/strict';
import { DocumentTags, TagInputError } from '../../../src/annotations/documentTags';
import { parseSidecar } from '../../../src/annotations/sidecarFormat';
import { SidecarStore } from '../../../src/annotations/sidecarStore';
import { TagSession } from '../../../src/annotations/tagSession';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = '/news/a.txt';
const SIDECAR = DOC + '.annotations.json';
const text = 'Wei Xiaojun said: “There is no sufficient evidence.” Acme Corp. declined to comment.\n';
const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
const QUOTE = '“There is no sufficient evidence.”';

describe('corrections and verdicts', () => {
  it('gives corrections "c-" ids and verdicts "v-" ids, unique across kinds', () => {
    const model = new DocumentTags();
    const c = model.correct({ as: 'none', ...span('Acme') }, text);
    const v = model.verify({ status: 'verified', ...span(QUOTE) }, text);
    const t = model.add({ label: 'claim', ...span(QUOTE) }, text);
    assert.match(c.id, /^c-[0-9a-f]{12}$/);
    assert.match(v.id, /^v-[0-9a-f]{12}$/);
    assert.match(t.id, /^t-[0-9a-f]{12}$/);
    assert.deepEqual(model.tags.map(x => x.id), [t.id]);
    assert.deepEqual(model.corrections.map(x => x.id), [c.id]);
    assert.deepEqual(model.verifications.map(x => x.id), [v.id]);
  });

  it('a new correction of the same span replaces the earlier one, in one undo step', () => {
    const model = new DocumentTags();
    model.correct({ as: 'quote', speaker: 'Lance Ho', ...span(QUOTE) }, text);
    const second = model.correct({ as: 'quote', speaker: null, ...span(QUOTE) }, text);
    assert.deepEqual(model.corrections, [second]);
    assert.equal(model.undo(), 'Correct Analysis');
    assert.deepEqual(model.corrections.map(c => c.speaker), ['Lance Ho']);
    model.redo();
    assert.deepEqual(model.corrections, [second]);
  });

  it('refuses contradictory or unknown input with a message for the user', () => {
    const model = new DocumentTags();
    assert.throws(() => model.correct({ as: 'company', ...span('Acme') }, text), /unknown correction "company"; expected one of person, quote, number, none/);
    assert.throws(() => model.correct({ as: 'none', entity: 'Acme', ...span('Acme') }, text), (e: unknown) => e instanceof TagInputError && /entity names a person/.test(e.message));
    assert.throws(() => model.correct({ as: 'person', speaker: 'X', ...span('Acme') }, text), /speaker belongs to a quote/);
    assert.throws(() => model.verify({ status: 'true', ...span(QUOTE) }, text), /unknown status "true"/);
    assert.throws(() => model.verify({ status: 'verified', source: 'javascript:alert(1)', ...span(QUOTE) }, text), /web address/);
    assert.throws(() => model.correct({ as: 'none', start: 5, end: 500 }, text), /outside the document/);
    assert.equal(model.size, 0);
    assert.equal(model.canUndo, false);
  });

  it('undoes and redoes corrections and verdicts in the same history as tags', () => {
    const model = new DocumentTags();
    const tag = model.add({ label: 'claim', ...span(QUOTE) }, text);
    const verdict = model.verify({ status: 'disputed', note: 'two versions', ...span(QUOTE) }, text);
    const renamed = model.correct({ as: 'person', entity: 'Wei Xiaojun', ...span('Wei Xiaojun') }, text);
    model.renameEntity(renamed.id, 'Xiaojun Wei');
    assert.equal(model.corrections[0].entity, 'Xiaojun Wei');
    assert.equal(model.undo(), 'Rename Person');
    assert.equal(model.corrections[0].entity, 'Wei Xiaojun');
    assert.equal(model.undo(), 'Correct Analysis');
    assert.equal(model.undo(), 'Set Verdict');
    assert.deepEqual(model.annotations, [tag]);
    model.redo();
    assert.deepEqual(model.verifications, [verdict]);
    model.remove(verdict.id);
    assert.equal(model.undoLabel, 'Remove Verdict');
    model.undo();
    assert.deepEqual(model.verifications, [verdict]);
  });

  it('saves corrections and verdicts with the tags, and loads them again anchored', async () => {
    const fs = new MemoryFileSystem();
    const { session } = await TagSession.open(new SidecarStore(fs), DOC, () => text, { autoSave: false });
    session.model.add({ label: 'claim', ...span(QUOTE) }, text);
    session.model.correct({ as: 'quote', speaker: 'Lance Ho', note: 'the video', ...span(QUOTE) }, text);
    session.model.verify({ status: 'misattributed', source: 'https://example.org/video', ...span(QUOTE) }, text);
    await session.save();
    const onDisk = parseSidecar(fs.text(SIDECAR)!);
    assert.deepEqual(onDisk.corrections.map(c => [c.as, c.speaker, c.note, c.quote.exact]), [['quote', 'Lance Ho', 'the video', QUOTE]]);
    assert.deepEqual(onDisk.verifications.map(v => [v.status, v.source]), [['misattributed', 'https://example.org/video']]);
    const moved = 'WASHINGTON — ' + text;
    const { session: again, result } = await TagSession.open(new SidecarStore(fs), DOC, () => moved, { autoSave: false });
    assert.ok(result.ok);
    assert.equal(result.report.counts.moved, 3, 'the load report counts every kind');
    const c = again.model.corrections[0];
    assert.equal(moved.slice(c.start, c.end), QUOTE);
  });

  it('merges corrections three-way with a sidecar changed on disk, by id, like tags', async () => {
    const fs = new MemoryFileSystem();
    const open = () => TagSession.open(new SidecarStore(fs), DOC, () => text, { autoSave: false });
    const { session: editor } = await open();
    const rejected = editor.model.correct({ as: 'none', ...span('Acme Corp.') }, text);
    const verdict = editor.model.verify({ status: 'unverified', ...span(QUOTE) }, text);
    await editor.save();
    // Another writer (the CLI) changes the verdict and adds a correction…
    const { session: cli } = await open();
    const cliVerdict = cli.model.verify({ status: 'verified', source: 'https://example.org/t', ...span(QUOTE) }, text);
    const cliCorrection = cli.model.correct({ as: 'person', entity: 'Wei Xiaojun', ...span('Wei Xiaojun') }, text);
    await cli.save();
    // …while the editor removes its rejection: both survive the editor's next save.
    editor.model.remove(rejected.id);
    await editor.save();
    const onDisk = parseSidecar(fs.text(SIDECAR)!);
    assert.deepEqual(onDisk.corrections.map(c => c.id), [cliCorrection.id]);
    assert.deepEqual(onDisk.verifications.map(v => [v.id, v.status]), [[cliVerdict.id, 'verified']]);
    assert.ok(!onDisk.verifications.some(v => v.id === verdict.id), 'the verdict the CLI replaced is not brought back');
    assert.deepEqual(editor.model.verifications.map(v => v.status), ['verified']);
  });

  it('upgrades a version-1 sidecar to version 2 on the first write with every tag intact', async () => {
    const fs = new MemoryFileSystem();
    const v1Tags = [
      { id: 't-9', label: 'person', note: 'n', entity: 'Wei Xiaojun', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-02T00:00:00.000Z', anchor: 'exact', target: { selector: [{ type: 'TextPositionSelector', start: 0, end: 11 }, { type: 'TextQuoteSelector', exact: 'Wei Xiaojun', prefix: '', suffix: ' said: “There is no sufficient' }] } },
      { id: 'by-hand', label: 'company', created: '2025-01-01T00:00:00.000Z', modified: '2025-01-01T00:00:00.000Z', anchor: 'exact', target: { selector: [{ type: 'TextQuoteSelector', exact: 'Acme Corp.', prefix: '', suffix: '' }] } },
    ];
    fs.setText(SIDECAR, JSON.stringify({ version: 1, document: { name: 'a.txt' }, tags: v1Tags }));
    const { session } = await TagSession.open(new SidecarStore(fs), DOC, () => text, { autoSave: false });
    const before = session.model.tags;
    session.model.correct({ as: 'none', ...span('Acme') }, text);
    await session.save();
    const onDisk = parseSidecar(fs.text(SIDECAR)!);
    assert.equal(onDisk.version, 2);
    const fields = (t: (typeof before)[number]) => [t.id, t.label, t.note, t.entity, t.created, t.modified, t.start, t.end, t.quote.exact];
    const byId = (a: (typeof before)[number], b: (typeof before)[number]) => a.id.localeCompare(b.id);
    assert.deepEqual([...onDisk.tags].sort(byId).map(fields), [...before].sort(byId).map(fields));
    assert.deepEqual(onDisk.tags.map(t => t.id).sort(), ['by-hand', 't-9']);
    assert.equal(onDisk.corrections.length, 1);
  });
});
