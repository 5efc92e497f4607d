// A lock file next to a sidecar, so that writers in different processes (CLI commands run in
// parallel, two VS Code windows, the editor and a script) take turns at read-merge-write. Without
// it each writer checks the file, then renames its own version over it, and the last rename
// silently drops what the others saved in between.
//
// The lock is "<sidecar>.lock", created with an exclusive create (O_EXCL) that only one writer
// can win. It records who holds it (a random token, and host and process id where known) so that
// a lock left by a killed process cannot block saving forever: it is taken over when
// - its owner ran on this host and that process is gone (at once), or is still running but
//   took the lock (by this host's clock) more than `LIVE_OWNER_STALE_FACTOR` × `staleMs` ago
//   (hung, or its process id was reused), or
// - its owner is unknown or on another host, and it has sat unchanged for `staleMs` while we
//   waited (our own clock: another host's may be off).
// A writer waits while the lock changes hands (others are making progress), but gives up after
// `holderTimeoutMs` behind one holder, or after `deadlineMs` in all.
// Only the writer holding "<lock>.takeover" (exclusive create again) may remove a stale lock,
// and only after reading it once more: the lock we judged may have been released and taken
// afresh meanwhile (a process found gone has often just finished). A holder also checks, before
// it commits, that the lock is still its own (see `confirm`): should a takeover still hit a live
// holder, that holder fails with "busy" instead of overwriting what the new one writes.
import { randomTagId } from './documentTags';
import type { FileSystem, ProcessIdentity } from './fileSystem';

export interface SidecarLockOptions {
  /** A lock of an unknown owner unchanged this long was left by a process that died (default 20 s). */
  staleMs?: number;
  /** Give up after waiting this long behind one holder (default 30 s: longer than `staleMs`). */
  holderTimeoutMs?: number;
  /** Give up after waiting this long in all, however the queue moves (default 5 min). */
  deadlineMs?: number;
  now?: () => number;
  /** How to wait between attempts; tests pass one that advances a fake clock. */
  sleep?: (ms: number) => Promise<void>;
}

/** What a lock file holds. */
export interface LockRecord {
  readonly token: string;
  /** Milliseconds since the epoch, by the owner's clock. */
  readonly time: number;
  readonly host?: string;
  readonly pid?: number;
}

/** The lock could not be taken before the deadline: someone else holds it. */
export class LockBusyError extends Error {
  constructor(
    readonly lockLocation: string,
    /** The record of whoever holds the lock, if it could be read. */
    readonly holder: LockRecord | undefined,
  ) {
    super(`${describeHolder(holder)} is saving to this file and still holds its lock (${lockLocation})`);
  }
}

/** Another writer took the lock over (it judged ours stale) before we committed. */
export class LockLostError extends Error {}

export interface HeldLock {
  /** Rejects with LockLostError unless the lock file is still ours; call right before committing. */
  confirm(): Promise<void>;
}

export const DEFAULT_STALE_LOCK_MS = 20_000;
export const DEFAULT_HOLDER_TIMEOUT_MS = 30_000;
export const DEFAULT_LOCK_DEADLINE_MS = 300_000;
/** A live owner on this host is trusted this many times `staleMs`: a machine under heavy load can stall a holder for many seconds. */
export const LIVE_OWNER_STALE_FACTOR = 6;
const FIRST_RETRY_MS = 4;
const LONGEST_RETRY_MS = 200;
const utf8 = new TextEncoder();

export function lockLocationOf(sidecarLocation: string): string {
  return `${sidecarLocation}.lock`;
}

/**
 * Runs `operation` holding the lock of `sidecarLocation`, and releases it afterwards (also when
 * the operation fails). Rejects with LockBusyError when the lock stays held past the deadline;
 * other errors (a read-only folder) come from the file system as they are.
 */
export async function withSidecarLock<R>(fs: FileSystem, sidecarLocation: string, options: SidecarLockOptions, operation: (lock: HeldLock) => Promise<R>): Promise<R> {
  const lockLocation = lockLocationOf(sidecarLocation);
  const token = await acquire(fs, lockLocation, options);
  const lock: HeldLock = {
    async confirm() {
      if ((await readRecord(fs, lockLocation))?.record?.token !== token) throw new LockLostError(`another writer took over the lock ${lockLocation}`);
    },
  };
  try {
    return await operation(lock);
  } finally {
    await release(fs, lockLocation, token);
  }
}

async function acquire(fs: FileSystem, lockLocation: string, options: SidecarLockOptions): Promise<string> {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
  const staleMs = options.staleMs ?? DEFAULT_STALE_LOCK_MS;
  const holderTimeoutMs = options.holderTimeoutMs ?? DEFAULT_HOLDER_TIMEOUT_MS;
  const deadline = now() + (options.deadlineMs ?? DEFAULT_LOCK_DEADLINE_MS);
  const identity = fs.processIdentity;
  const token = randomTagId();
  const lockWatch = new UnchangedWatch(now, staleMs / 4);
  const guardWatch = new UnchangedWatch(now, staleMs / 4);
  for (let wait = FIRST_RETRY_MS; ; wait = Math.min(wait * 2, LONGEST_RETRY_MS)) {
    const record: LockRecord = { token, time: now(), ...(identity ? { host: identity.host, pid: identity.pid } : {}) };
    try {
      await fs.createExclusive(lockLocation, utf8.encode(JSON.stringify(record) + '\n'));
      return token;
    } catch (err) {
      if (!fs.isAlreadyExists(err)) throw err;
    }
    const held = await readRecord(fs, lockLocation);
    if (!held) continue; // released in the meantime: try again at once
    const unchangedFor = lockWatch.observe(held.raw);
    const stale = isStale(held.record, identity, now(), unchangedFor, staleMs);
    if (stale && (await takeOver(fs, lockLocation, held.raw, record, guard => isStale(guard.record, identity, now(), guardWatch.observe(guard.raw), staleMs)))) {
      continue; // removed: try again at once
    }
    if (now() >= deadline || unchangedFor >= holderTimeoutMs) throw new LockBusyError(lockLocation, held.record);
    // Random spread so that writers who collided do not collide again in step.
    await sleep(Math.min(wait * (0.5 + Math.random()), Math.max(1, deadline - now())));
  }
}

function isStale(record: LockRecord | undefined, identity: ProcessIdentity | undefined, now: number, unchangedFor: number, staleMs: number): boolean {
  if (record?.pid !== undefined && identity && record.host === identity.host) {
    // An owner on this host: ask whether it still runs, and trust its clock (it is ours).
    if (record.pid !== identity.pid && !identity.isRunning(record.pid)) return true;
    return now - record.time >= staleMs * LIVE_OWNER_STALE_FACTOR;
  }
  return unchangedFor >= staleMs;
}

/** Removes a stale lock whose content was `staleRaw`, unless it changed hands meanwhile; true if it did. */
async function takeOver(
  fs: FileSystem,
  lockLocation: string,
  staleRaw: string,
  mine: LockRecord,
  isAbandoned: (guard: { raw: string; record: LockRecord | undefined }) => boolean,
): Promise<boolean> {
  const guard = `${lockLocation}.takeover`;
  try {
    await fs.createExclusive(guard, utf8.encode(JSON.stringify(mine) + '\n'));
  } catch (err) {
    if (!fs.isAlreadyExists(err)) throw err;
    // Another writer is taking over right now (it takes milliseconds); a guard left by one
    // killed in those milliseconds goes stale like a lock.
    const held = await readRecord(fs, guard);
    if (held && isAbandoned(held)) await fs.delete(guard).catch(() => undefined);
    return false;
  }
  try {
    if ((await readRecord(fs, lockLocation))?.raw !== staleRaw) return false;
    await fs.delete(lockLocation);
    return true;
  } catch {
    return false;
  } finally {
    await fs.delete(guard).catch(() => undefined);
  }
}

/**
 * How long a file's text has stayed the same while we kept looking. After a long gap between
 * looks (this process stalled on a busy machine) the same text may belong to another holder (an
 * empty file just created looks like any other), so watching starts over.
 */
class UnchangedWatch {
  private raw: string | undefined;
  private since = 0;
  private last = 0;

  constructor(
    private readonly now: () => number,
    private readonly longestGap: number,
  ) {}

  observe(raw: string): number {
    const t = this.now();
    if (raw !== this.raw || t - this.last > this.longestGap) {
      this.raw = raw;
      this.since = t;
    }
    this.last = t;
    return t - this.since;
  }
}

async function release(fs: FileSystem, lockLocation: string, token: string): Promise<void> {
  const held = await readRecord(fs, lockLocation);
  // A lock taken over from us belongs to someone else now: leave it.
  if (held?.record?.token === token) await fs.delete(lockLocation).catch(() => undefined);
}

/** The lock file's text and record (undefined record: unreadable, e.g. cut short by a crash); undefined when there is no lock. */
async function readRecord(fs: FileSystem, lockLocation: string): Promise<{ raw: string; record: LockRecord | undefined } | undefined> {
  let raw: string;
  try {
    raw = new TextDecoder().decode(await fs.readFile(lockLocation));
  } catch (err) {
    if (fs.isNotFound(err)) return undefined;
    return { raw: `unreadable: ${String(err)}`, record: undefined };
  }
  return { raw, record: parseRecord(raw) };
}

function parseRecord(raw: string): LockRecord | undefined {
  try {
    const value = JSON.parse(raw) as Partial<LockRecord> | null;
    if (!value || typeof value.token !== 'string' || typeof value.time !== 'number') return undefined;
    return {
      token: value.token,
      time: value.time,
      ...(typeof value.host === 'string' ? { host: value.host } : {}),
      ...(typeof value.pid === 'number' ? { pid: value.pid } : {}),
    };
  } catch {
    return undefined;
  }
}

export function describeHolder(holder: LockRecord | undefined): string {
  if (!holder) return 'another program';
  const who = holder.pid !== undefined ? `process ${holder.pid}${holder.host ? ` on ${holder.host}` : ''}` : 'another program';
  return `${who} (since ${new Date(holder.time).toISOString()})`;
}
