import assert from 'node:assert/strict';
import { DocumentTags } from '../../../src/annotations/documentTags';
import { SidecarError, SidecarStore } from '../../../src/annotations/sidecarStore';
import type { Tag } from '../../../src/annotations/types';
import { MemoryFileSystem } from './memoryFileSystem';

const DOC = '/news/article.txt';
const SIDECAR = '/news/article.txt.annotations.json';
const LOCK = `${SIDECAR}.lock`;
const text = 'BEIJING – Wei Xiaojun said there is no sufficient evidence.\n\nLance Ho declined to comment.\n';
const START = Date.parse('2026-12-07T02:00:00Z');

function tagsFor(...spans: [string, string][]): readonly Tag[] {
  const m = new DocumentTags([]);
  for (const [label, exact] of spans) m.add({ label, start: text.indexOf(exact), end: text.indexOf(exact) + exact.length }, text);
  return m.tags;
}

describe('Sidecar lock (writers in other processes)', () => {
  let fs: MemoryFileSystem;
  let clock: number;
  let slept: number;
  let store: SidecarStore;
  const running = new Set<number>();
  const lockOf = (record: object) => fs.setText(LOCK, JSON.stringify(record));

  beforeEach(async () => {
    fs = new MemoryFileSystem();
    fs.processIdentity = { host: 'newsroom', pid: 100, isRunning: pid => running.has(pid) };
    running.clear();
    running.add(100);
    clock = START;
    slept = 0;
    // A fake clock that waiting advances: the test takes no time whatever the timeouts.
    const sleep = async (ms: number) => {
      slept += ms;
      clock += ms;
      await Promise.resolve();
    };
    store = new SidecarStore(fs, { now: () => clock, lock: { sleep, staleMs: 20_000, holderTimeoutMs: 30_000 } });
    await store.load(DOC, text);
  });

  it('takes over at once a lock whose process on this host is gone (killed mid-save)', async () => {
    lockOf({ token: 't-dead', time: clock - 1000, host: 'newsroom', pid: 4242 });
    await store.save(DOC, text, tagsFor(['person', 'Lance Ho']));
    assert.equal(slept, 0, 'no waiting for a lock whose owner is known to be dead');
    assert.match(fs.text(SIDECAR)!, /"label": "person"/);
    assert.deepEqual([...fs.files.keys()], [SIDECAR], 'the stale lock is gone, and ours released');
  });

  it('takes over a lock of an unknown owner (another host, the web) once it sat unchanged for the stale time', async () => {
    lockOf({ token: 't-elsewhere', time: clock, host: 'laptop', pid: 7 });
    await store.save(DOC, text, tagsFor(['person', 'Lance Ho']));
    assert.ok(slept >= 20_000 && slept < 21_000, `waited ${slept} ms`);
    assert.match(fs.text(SIDECAR)!, /"label": "person"/);
    assert.deepEqual([...fs.files.keys()], [SIDECAR]);
  });

  it('waits for a live holder, then fails clearly without touching the file or its lock', async () => {
    const before = '{"version":1}';
    fs.setText(SIDECAR, before);
    running.add(555);
    lockOf({ token: 't-live', time: clock, host: 'newsroom', pid: 555 });
    const lock = fs.text(LOCK);
    await assert.rejects(store.save(DOC, text, tagsFor(['person', 'Lance Ho'])), (err: unknown) => {
      assert.ok(err instanceof SidecarError);
      assert.equal(err.kind, 'busy');
      assert.match(err.message, /^article\.txt\.annotations\.json: could not save the tags: process 555 on newsroom \(since 2026-12-07T02:00:00\.000Z\) is saving to this file and still holds its lock .*; nothing was saved, try again$/);
      return true;
    });
    assert.ok(slept >= 30_000, `gave up after ${slept} ms`);
    assert.equal(fs.text(SIDECAR), before);
    assert.equal(fs.text(LOCK), lock);
    assert.deepEqual([...fs.files.keys()].sort(), [SIDECAR, LOCK].sort(), 'no temporary file left');
  });

  it('a live holder on this host that has held the lock for minutes is hung: taken over', async () => {
    running.add(555);
    lockOf({ token: 't-hung', time: clock - 10 * 60_000, host: 'newsroom', pid: 555 });
    await store.save(DOC, text, tagsFor(['person', 'Lance Ho']));
    assert.equal(slept, 0);
    assert.deepEqual([...fs.files.keys()], [SIDECAR]);
  });

  it('does not commit when another writer took the lock over in the meantime', async () => {
    const before = fs.text(SIDECAR);
    fs.beforeOperation = op => {
      // Between writing its temporary file and renaming it, the lock changes hands.
      if (op === 'write') lockOf({ token: 't-other', time: clock, host: 'newsroom', pid: 100 });
      return Promise.resolve();
    };
    const err = await store.save(DOC, text, tagsFor(['person', 'Lance Ho'])).catch((e: unknown) => e);
    assert.ok(err instanceof SidecarError && err.kind === 'busy', String(err));
    assert.equal(fs.text(SIDECAR), before);
    assert.deepEqual([...fs.files.keys()], [LOCK], 'the other writer keeps its lock; our temporary file is gone');
  });
  it('never removes a lock that changed hands after it was judged stale (its owner had just finished)', async () => {
    lockOf({ token: 't-finished', time: clock, host: 'newsroom', pid: 4242 });
    running.add(555);
    fs.beforeOperation = (op, location) => {
      // Right as we start the takeover, the finished writer's lock is gone and a live one took it.
      if (op === 'read' && location === LOCK && fs.files.has(`${LOCK}.takeover`)) lockOf({ token: 't-fresh', time: clock, host: 'newsroom', pid: 555 });
      return Promise.resolve();
    };
    const err = await store.save(DOC, text, tagsFor(['person', 'Lance Ho'])).catch((e: unknown) => e);
    assert.ok(err instanceof SidecarError && err.kind === 'busy', String(err));
    assert.match(fs.text(LOCK)!, /t-fresh/);
    assert.deepEqual([...fs.files.keys()], [LOCK]);
  });

  it('clears the takeover guard of a writer killed while taking a lock over', async () => {
    lockOf({ token: 't-dead', time: clock, host: 'newsroom', pid: 4242 });
    fs.setText(`${LOCK}.takeover`, JSON.stringify({ token: 't-dead-too', time: clock, host: 'newsroom', pid: 4243 }));
    await store.save(DOC, text, tagsFor(['person', 'Lance Ho']));
    assert.match(fs.text(SIDECAR)!, /"label": "person"/);
    assert.deepEqual([...fs.files.keys()], [SIDECAR]);
  });
});
