// The checks the sidecar reader applies to each value, each naming the path of a problem
// ("tags[2].target.selector[0].start: …") so that a user fixing a file by hand (or after a bad
// merge) knows where to look. Shared by every kind of annotation in the file.
import { ANCHOR_STATUSES, type AnchoredAnnotation, type AnchorStatus, type TextQuote } from './types';

/** The file is not a valid sidecar; `problem` says where and why ("tags[2].label: …"). */
export class SidecarFormatError extends Error {
  constructor(
    readonly problem: string,
    readonly kind: 'syntax' | 'schema' | 'version',
  ) {
    super(problem);
  }
}

export type Json = Record<string, unknown>;

/** The parts of an annotation every kind shares, as read (before anchoring to the current text). */
export type StoredParts = AnchoredAnnotation & {
  /** False when the file gave no TextPositionSelector (then it is found by its quote). */
  readonly hasPosition: boolean;
};

/** The keys every annotation may have besides its own. */
export const ANCHORED_KEYS = ['id', 'created', 'modified', 'creator', 'conflict', 'anchor', 'target'];

/** Reads the shared parts of an annotation (id, times, creator, conflict, anchor, target). */
export function validateAnchoredParts(item: Json, path: string): StoredParts {
  const id = requiredString(item, 'id', path);
  if (!id) fail(`${path}.id`, 'must not be empty');
  const created = timestamp(item, 'created', path);
  const modified = timestamp(item, 'modified', path);
  let anchor: AnchorStatus = 'exact';
  if (item.anchor !== undefined) {
    if (!ANCHOR_STATUSES.includes(item.anchor as AnchorStatus)) fail(`${path}.anchor`, `expected one of ${ANCHOR_STATUSES.join(', ')}, found ${show(item.anchor)}`);
    anchor = item.anchor as AnchorStatus;
  }
  let creator: AnchoredAnnotation['creator'];
  if (item.creator !== undefined) {
    const c = object(item.creator, `${path}.creator`);
    allowOnly(c, `${path}.creator`, ['name', 'email']);
    const name = requiredString(c, 'name', `${path}.creator`);
    if (!name.trim()) fail(`${path}.creator.name`, 'must not be empty');
    const email = optionalString(c, 'email', `${path}.creator`);
    creator = email !== undefined ? { name, email } : { name };
  }
  let conflict: AnchoredAnnotation['conflict'];
  if (item.conflict !== undefined) {
    const c = object(item.conflict, `${path}.conflict`);
    allowOnly(c, `${path}.conflict`, ['with']);
    conflict = { with: requiredString(c, 'with', `${path}.conflict`) };
  }
  if (!('target' in item)) fail(`${path}.target`, 'missing');
  const { position, quote } = validateTarget(item.target, `${path}.target`);
  if (position && anchor !== 'orphaned' && position.end - position.start !== quote.exact.length) {
    fail(`${path}.target.selector`, `the TextPositionSelector covers ${position.end - position.start} characters but the quote has ${quote.exact.length}`);
  }
  return {
    id,
    created,
    modified,
    ...(creator ? { creator } : {}),
    ...(conflict ? { conflict } : {}),
    // Without a position it can only be found by its quote, like an orphan coming back.
    anchor: position ? anchor : 'orphaned',
    start: position?.start ?? 0,
    end: position?.end ?? 0,
    hasPosition: position !== undefined,
    quote,
  };
}

function validateTarget(value: unknown, path: string): { position?: { start: number; end: number }; quote: TextQuote } {
  const target = object(value, path);
  allowOnly(target, path, ['source', 'selector']);
  if (!Array.isArray(target.selector)) fail(`${path}.selector`, `expected a list of selectors, found ${show(target.selector)}`);
  let position: { start: number; end: number } | undefined;
  let quote: TextQuote | undefined;
  target.selector.forEach((s, i) => {
    const where = `${path}.selector[${i}]`;
    const selector = object(s, where);
    if (selector.type === 'TextPositionSelector') {
      if (position) fail(where, 'a second TextPositionSelector');
      allowOnly(selector, where, ['type', 'start', 'end']);
      const start = integer(selector.start, `${where}.start`);
      const end = integer(selector.end, `${where}.end`);
      if (end < start) fail(where, `end (${end}) is before start (${start})`);
      position = { start, end };
    } else if (selector.type === 'TextQuoteSelector') {
      if (quote) fail(where, 'a second TextQuoteSelector');
      allowOnly(selector, where, ['type', 'exact', 'prefix', 'suffix']);
      const exact = requiredString(selector, 'exact', where);
      if (!exact) fail(`${where}.exact`, 'must not be empty');
      quote = { exact, prefix: optionalString(selector, 'prefix', where) ?? '', suffix: optionalString(selector, 'suffix', where) ?? '' };
    } else {
      fail(`${where}.type`, `expected "TextPositionSelector" or "TextQuoteSelector", found ${show(selector.type)}`);
    }
  });
  if (!quote) fail(`${path}.selector`, 'missing TextQuoteSelector (the annotated text, needed to find it again)');
  return { ...(position ? { position } : {}), quote };
}

export function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected an object, found ${show(value)}`);
  return value as Json;
}

export function allowOnly(obj: Json, path: string, keys: readonly string[]): void {
  for (const key of Object.keys(obj)) {
    // Unknown properties would be dropped by the next save, so they are refused rather than lost.
    if (!keys.includes(key)) fail(path === '(top level)' ? key : `${path}.${key}`, `unknown property (expected ${keys.map(k => `"${k}"`).join(', ')})`);
  }
}

export function requiredString(obj: Json, key: string, path: string): string {
  if (!(key in obj)) fail(`${path}.${key}`, 'missing');
  if (typeof obj[key] !== 'string') fail(`${path}.${key}`, `expected a string, found ${show(obj[key])}`);
  return obj[key];
}

export function optionalString(obj: Json, key: string, path: string): string | undefined {
  if (obj[key] === undefined) return undefined;
  if (typeof obj[key] !== 'string') fail(`${path}.${key}`, `expected a string, found ${show(obj[key])}`);
  return obj[key];
}

/** One of `allowed`, or a problem naming them. */
export function oneOf<T extends string>(obj: Json, key: string, path: string, allowed: readonly T[]): T {
  const value = obj[key];
  if (!allowed.includes(value as T)) fail(`${path}.${key}`, `expected one of ${allowed.join(', ')}, found ${show(value)}`);
  return value as T;
}

function timestamp(obj: Json, key: string, path: string): string {
  const value = requiredString(obj, key, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    fail(`${path}.${key}`, `expected an ISO 8601 date-time like "2025-01-31T09:30:00.000Z", found ${show(value)}`);
  }
  return value;
}

export function integer(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, `expected a non-negative integer, found ${show(value)}`);
  return value;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

export function fail(path: string, problem: string): never {
  throw new SidecarFormatError(`${path}: ${problem}`, 'schema');
}
