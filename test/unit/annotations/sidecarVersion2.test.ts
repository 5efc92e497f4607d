// Sidecar format version 2: corrections, verifications, who made each annotation, and merge
// conflicts; version-1 files read as they are and upgraded on the next save with nothing lost.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseSidecar, serializeSidecar, SidecarFormatError } from '../../../src/annotations/sidecarFormat';
import { SidecarStore } from '../../../src/annotations/sidecarStore';
import { TagSession } from '../../../src/annotations/tagSession';
import type { Correction, Tag, Verification } from '../../../src/annotations/types';
import { MemoryFileSystem } from './memoryFileSystem';
import { sidecarProblem } from './sidecarProblem';

const text = 'Wei Xiaojun said: “There is no sufficient evidence.” Acme Corp. declined to comment.';
const at = (exact: string) => {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length, quote: { exact, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + exact.length, start + exact.length + 32) } };
};
const times = { created: '2026-01-02T03:04:05.000Z', modified: '2026-01-02T03:04:05.000Z', anchor: 'exact' as const };
const tag: Tag = { id: 't-1', label: 'claim', creator: { name: 'Ana Ruiz', email: 'ana@example.org' }, ...times, ...at('no sufficient evidence') };
const corrections: Correction[] = [
  { id: 'c-1', as: 'quote', speaker: 'Lance Ho', note: 'the transcript says so', creator: { name: 'Ana Ruiz' }, ...times, ...at('“There is no sufficient evidence.”') },
  { id: 'c-2', as: 'none', ...times, ...at('Acme') },
  { id: 'c-3', as: 'person', entity: 'Wei Xiaojun', ...times, ...at('Wei Xiaojun') },
  { id: 'c-4', as: 'quote', speaker: null, ...times, ...at('declined to comment') },
];
const verifications: Verification[] = [{ id: 'v-1', status: 'misattributed', source: 'https://example.org/transcript', note: 'said by Ho', ...times, ...at('“There is no sufficient evidence.”') }];

const v1File = JSON.stringify({
  version: 1,
  document: { name: 'a.txt' },
  tags: [{ id: 't-9', label: 'person', note: 'n', entity: 'Wei Xiaojun', created: times.created, modified: times.modified, anchor: 'exact', target: { selector: [{ type: 'TextPositionSelector', start: 0, end: 11 }, { type: 'TextQuoteSelector', exact: 'Wei Xiaojun', prefix: '', suffix: ' said' }] } }],
});

const problem = sidecarProblem;

describe('sidecar format version 2', () => {
  it('round-trips tags, corrections and verifications with their creators', () => {
    const written = serializeSidecar({ documentName: 'a.txt', text, tags: [tag], corrections, verifications });
    assert.equal((JSON.parse(written) as { version: number }).version, 2);
    const read = parseSidecar(written);
    assert.deepEqual(read.tags, [{ ...tag, hasPosition: true }]);
    assert.deepEqual(
      [...read.corrections].sort((a, b) => a.id.localeCompare(b.id)),
      corrections.map(c => ({ ...c, hasPosition: true })),
    );
    assert.deepEqual(read.verifications, verifications.map(v => ({ ...v, hasPosition: true })));
  });

  it('writes a file of tags alone without empty correction and verification lists', () => {
    const written = JSON.parse(serializeSidecar({ documentName: 'a.txt', text, tags: [tag], corrections: [], verifications: [] })) as Record<string, unknown>;
    assert.deepEqual(Object.keys(written), ['version', 'document', 'tags']);
  });

  it('reads a version-1 file and writes it back as version 2 with every tag intact', () => {
    const v1 = parseSidecar(v1File);
    assert.equal(v1.version, 1);
    assert.deepEqual(v1.corrections, []);
    const upgraded = parseSidecar(serializeSidecar({ documentName: 'a.txt', text, tags: v1.tags, corrections: [], verifications: [] }));
    assert.equal(upgraded.version, 2);
    assert.deepEqual(upgraded.tags.map(({ id, label, note, entity, start, end, anchor }) => ({ id, label, note, entity, start, end, anchor })), [
      { id: 't-9', label: 'person', note: 'n', entity: 'Wei Xiaojun', start: 0, end: 11, anchor: 'exact' },
    ]);
  });

  it('refuses version-2 fields in a version-1 file, and a newer version than it knows', () => {
    assert.match(problem(v1File.replace('"version":1', '"version":1,"corrections":[]')), /^corrections: unknown property/);
    const v1 = JSON.parse(v1File) as { tags: Record<string, unknown>[] };
    assert.match(problem(JSON.stringify({ ...v1, tags: [{ ...v1.tags[0], creator: { name: 'x' } }] })), /^tags\[0\]\.creator: unknown property/);
    assert.throws(() => parseSidecar('{"version": 3, "tags": []}'), (err: unknown) => err instanceof SidecarFormatError && err.kind === 'version' && /format version 3/.test(err.problem));
  });

  it('names the place of each mistake in a correction or a verification', () => {
    const file = (extra: Record<string, unknown>) => JSON.stringify({ version: 2, tags: [], ...extra });
    const item = (JSON.parse(serializeSidecar({ documentName: 'a', text, tags: [], corrections: [corrections[1]], verifications: [] })) as { corrections: Record<string, unknown>[] }).corrections[0];
    assert.equal(problem(file({ corrections: [{ ...item, as: 'place' }] })), 'corrections[0].as: expected one of person, quote, number, none, found "place"');
    assert.equal(problem(file({ corrections: [{ ...item, entity: 'X' }] })), 'corrections[0].entity: only a correction "as": "person" names an entity (this one is "none")');
    assert.equal(problem(file({ corrections: [{ ...item, as: 'quote', speaker: 7 }] })), 'corrections[0].speaker: expected a name or null (speaker unknown), found 7');
    assert.equal(problem(file({ verifications: [{ ...item, as: undefined, status: 'maybe' }] })), 'verifications[0].status: expected one of unverified, verified, disputed, false, misattributed, found "maybe"');
    assert.equal(problem(file({ corrections: [{ ...item, creator: { name: ' ' } }] })), 'corrections[0].creator.name: must not be empty');
    assert.equal(problem(file({ tags: [{ ...item, as: undefined, label: 'x' }], corrections: [item] })), 'corrections[0].id: "c-2" is also the id of tags[0]; ids must be unique');
  });

  it('keeps both versions of a conflicted annotation, each naming the other', () => {
    const ours: Tag = { ...tag, label: 'claim', conflict: { with: 't-1~theirs' } };
    const theirs: Tag = { ...tag, id: 't-1~theirs', label: 'opinion', conflict: { with: 't-1' } };
    const read = parseSidecar(serializeSidecar({ documentName: 'a.txt', text, tags: [ours, theirs], corrections: [], verifications: [] }));
    assert.deepEqual(read.tags.map(t => [t.id, t.label, t.conflict?.with]), [
      ['t-1', 'claim', 't-1~theirs'],
      ['t-1~theirs', 'opinion', 't-1'],
    ]);
  });

  it('never drops the corrections and verifications on disk when the editor saves tags', async () => {
    const fs = new MemoryFileSystem();
    const sidecar = '/news/a.txt.annotations.json';
    fs.setText(sidecar, serializeSidecar({ documentName: 'a.txt', text, tags: [tag], corrections, verifications }));
    const { session } = await TagSession.open(new SidecarStore(fs), '/news/a.txt', () => text, { autoSave: false });
    session.model.add({ label: 'second', ...at('Acme Corp.') }, text);
    await session.save();
    const after = parseSidecar(fs.text(sidecar) ?? '');
    assert.deepEqual(after.tags.map(t => t.label).sort(), ['claim', 'second']);
    assert.deepEqual(after.corrections.map(c => c.id).sort(), ['c-1', 'c-2', 'c-3', 'c-4']);
    assert.deepEqual(after.verifications.map(v => [v.id, v.status]), [['v-1', 'misattributed']]);
  });

  it('the shipped JSON Schema allows every key the writer writes, for every kind', () => {
    const schema = JSON.parse(readFileSync('schemas/sidecar.schema.json', 'utf8')) as {
      properties: Record<string, unknown>;
      definitions: Record<string, { required: string[]; properties: Record<string, unknown> }>;
    };
    const written = JSON.parse(serializeSidecar({ documentName: 'a.txt', text, tags: [tag], corrections, verifications })) as Record<string, Record<string, unknown>[]>;
    for (const [list, definition] of [['tags', 'tag'], ['corrections', 'correction'], ['verifications', 'verification']] as const) {
      assert.ok(list in schema.properties, `the schema has "${list}"`);
      for (const item of written[list]) {
        for (const key of Object.keys(item)) assert.ok(key in schema.definitions[definition].properties, `the schema allows ${definition}.${key}`);
        for (const key of schema.definitions[definition].required) assert.ok(key in item, `the writer writes required ${definition}.${key}`);
      }
    }
  });
});
