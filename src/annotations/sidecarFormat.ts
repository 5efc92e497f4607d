// The sidecar file format (version 1): reading with a validator that names the path of any
// problem, and writing with a stable key order, tags sorted by position and a trailing newline,
// so that git diffs and merges of sidecars stay readable. schemas/sidecar.schema.json describes
// the same format for the editor's JSON support; keep the two in step.
//
//   {
//     "version": 1,
//     "document": { "name": "article.txt", "fingerprint": "sha256:…", "length": 3110, "offsetUnit": "utf16" },
//     "tags": [
//       { "id": "t-…", "label": "claim", "note": "…", "entity": "Wei Xiaojun",
//         "created": "2025-…Z", "modified": "2025-…Z", "anchor": "exact",
//         "target": { "selector": [
//           { "type": "TextPositionSelector", "start": 10, "end": 20 },
//           { "type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…" } ] } }
//     ]
//   }
//
// Offsets are UTF-16 code units of the text with any BOM dropped ("offsetUnit": "utf16");
// note that W3C exports convert them to code points (src/export/w3c.ts).
import { anchorTag } from './anchoring';
import { sortTags } from './documentTags';
import { fingerprintText } from './fingerprint';
import { JsonSyntaxError, parseJson } from './jsonParse';
import { describeQuote } from './quote';
import { ANCHOR_STATUSES, type AnchorStatus, type Tag, type TextQuote } from './types';

export const SIDECAR_VERSION = 1;

export interface SidecarDocumentInfo {
  readonly name?: string;
  /** "sha256:<hex>" of the text the offsets refer to (see fingerprint.ts). */
  readonly fingerprint?: string;
  readonly length?: number;
}

/**
 * A tag as read from a sidecar, before it is anchored to the current text: the fields of a Tag,
 * with the stored position and anchor status as they were written.
 */
export interface StoredTag extends Tag {
  /** False when the file gave no TextPositionSelector (then the tag is found by its quote). */
  readonly hasPosition: boolean;
}

export interface SidecarContent {
  readonly version: number;
  readonly document: SidecarDocumentInfo;
  readonly tags: readonly StoredTag[];
}

/** The file is not a valid sidecar; `problem` says where and why ("tags[2].label: …"). */
export class SidecarFormatError extends Error {
  constructor(
    readonly problem: string,
    readonly kind: 'syntax' | 'schema' | 'version',
  ) {
    super(problem);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The sidecar's bytes are not UTF-8 text (its own class, so no other failure is reported as this). */
export class SidecarEncodingError extends Error {}

/**
 * A sidecar file's bytes read as `parseSidecar` reads its text: UTF-8, a byte-order mark dropped.
 * Throws a SidecarEncodingError for bytes that are not UTF-8, or a SidecarFormatError.
 */
export function parseSidecarBytes(bytes: Uint8Array): SidecarContent {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch (err) {
    throw new SidecarEncodingError('not valid UTF-8 text', { cause: err });
  }
  return parseSidecar(text);
}

/** Parses and validates sidecar text (a leading BOM is allowed: files edited on Windows have one). */
export function parseSidecar(source: string): SidecarContent {
  let json: unknown;
  try {
    json = parseJson(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new SidecarFormatError(`not valid JSON: ${err.message}`, 'syntax');
    throw err;
  }
  return validateSidecar(json);
}

/** Serialises tags for `text` (the text their offsets refer to). */
export function serializeSidecar(input: { documentName: string; text: string; tags: readonly Tag[] }): string {
  const { text } = input;
  const tags = sortTags(input.tags.map(tag => describeForText(tag, text)));
  const file = {
    version: SIDECAR_VERSION,
    document: { name: input.documentName, fingerprint: fingerprintText(text), length: text.length, offsetUnit: 'utf16' },
    tags: tags.map(tag => ({
      id: tag.id,
      label: tag.label,
      ...(tag.note !== undefined ? { note: tag.note } : {}),
      ...(tag.entity !== undefined ? { entity: tag.entity } : {}),
      created: tag.created,
      modified: tag.modified,
      anchor: tag.anchor,
      target: {
        selector: [
          { type: 'TextPositionSelector', start: tag.start, end: tag.end },
          { type: 'TextQuoteSelector', exact: tag.quote.exact, prefix: tag.quote.prefix, suffix: tag.quote.suffix },
        ],
      },
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/**
 * The tag as it must be written for `text`: the quote and its context re-read from the text, so
 * the file always describes the text it is saved with. A tag whose range no longer holds its
 * text (a caller passed a different text than the tags follow) is re-anchored rather than
 * written with a quote that contradicts its position.
 */
function describeForText(tag: Tag, text: string): Tag {
  if (tag.anchor === 'orphaned') {
    const start = Math.min(Math.max(0, tag.start), text.length);
    return { ...tag, start, end: Math.min(Math.max(start, tag.end), text.length) };
  }
  if (tag.end <= text.length && text.slice(tag.start, tag.end) === tag.quote.exact) return { ...tag, quote: describeQuote(text, tag.start, tag.end) };
  const found = anchorTag(tag, text);
  if (found.status === 'orphaned') return { ...tag, anchor: 'orphaned', start: found.start, end: found.start };
  return { ...tag, start: found.start, end: found.end, anchor: found.status === 'exact' ? 'moved' : found.status, quote: describeQuote(text, found.start, found.end) };
}

// ---- validation -------------------------------------------------------------------------------

type Json = Record<string, unknown>;

function validateSidecar(json: unknown): SidecarContent {
  const root = object(json, '(top level)');
  allowOnly(root, '(top level)', ['version', 'document', 'tags']);
  if (!('version' in root)) fail('version', 'missing (expected 1)');
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('version', `expected a positive integer, found ${show(version)}`);
  if (version > SIDECAR_VERSION) {
    throw new SidecarFormatError(`version: this file has format version ${version}, written by a newer Source Annotator; this one reads version ${SIDECAR_VERSION}. Update the extension`, 'version');
  }
  const document = root.document === undefined ? {} : validateDocument(root.document);
  if (!('tags' in root)) fail('tags', 'missing (expected a list of tags)');
  if (!Array.isArray(root.tags)) fail('tags', `expected a list, found ${show(root.tags)}`);
  const seen = new Map<string, number>();
  const tags = root.tags.map((t, i) => {
    const tag = validateTag(t, `tags[${i}]`);
    const other = seen.get(tag.id);
    if (other !== undefined) fail(`tags[${i}].id`, `"${tag.id}" is also the id of tags[${other}]; ids must be unique`);
    seen.set(tag.id, i);
    return tag;
  });
  return { version, document, tags };
}

function validateDocument(value: unknown): SidecarDocumentInfo {
  const doc = object(value, 'document');
  allowOnly(doc, 'document', ['name', 'fingerprint', 'length', 'offsetUnit']);
  const name = optionalString(doc, 'name', 'document');
  const fingerprint = optionalString(doc, 'fingerprint', 'document');
  if (fingerprint !== undefined && !/^sha256:[0-9a-f]{64}$/.test(fingerprint)) fail('document.fingerprint', 'expected "sha256:" and 64 hex digits');
  const length = doc.length === undefined ? undefined : integer(doc.length, 'document.length');
  if (doc.offsetUnit !== undefined && doc.offsetUnit !== 'utf16') fail('document.offsetUnit', `only "utf16" is supported, found ${show(doc.offsetUnit)}`);
  return { ...(name !== undefined ? { name } : {}), ...(fingerprint !== undefined ? { fingerprint } : {}), ...(length !== undefined ? { length } : {}) };
}

function validateTag(value: unknown, path: string): StoredTag {
  const tag = object(value, path);
  allowOnly(tag, path, ['id', 'label', 'note', 'entity', 'created', 'modified', 'anchor', 'target']);
  const id = requiredString(tag, 'id', path);
  const label = requiredString(tag, 'label', path);
  if (!label.trim()) fail(`${path}.label`, 'must not be empty');
  const note = optionalString(tag, 'note', path);
  const entity = optionalString(tag, 'entity', path);
  const created = timestamp(tag, 'created', path);
  const modified = timestamp(tag, 'modified', path);
  let anchor: AnchorStatus = 'exact';
  if (tag.anchor !== undefined) {
    if (!ANCHOR_STATUSES.includes(tag.anchor as AnchorStatus)) fail(`${path}.anchor`, `expected one of ${ANCHOR_STATUSES.join(', ')}, found ${show(tag.anchor)}`);
    anchor = tag.anchor as AnchorStatus;
  }
  if (!('target' in tag)) fail(`${path}.target`, 'missing');
  const target = object(tag.target, `${path}.target`);
  allowOnly(target, `${path}.target`, ['source', 'selector']);
  if (!Array.isArray(target.selector)) fail(`${path}.target.selector`, `expected a list of selectors, found ${show(target.selector)}`);
  let position: { start: number; end: number } | undefined;
  let quote: TextQuote | undefined;
  target.selector.forEach((s, i) => {
    const where = `${path}.target.selector[${i}]`;
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
  if (!quote) fail(`${path}.target.selector`, 'missing TextQuoteSelector (the tagged text, needed to find it again)');
  if (position && anchor !== 'orphaned' && position.end - position.start !== quote.exact.length) {
    fail(`${path}.target.selector`, `the TextPositionSelector covers ${position.end - position.start} characters but the quote has ${quote.exact.length}`);
  }
  return {
    id,
    label,
    ...(note !== undefined ? { note } : {}),
    ...(entity !== undefined ? { entity } : {}),
    created,
    modified,
    // Without a position the tag can only be found by its quote, like an orphan coming back.
    anchor: position ? anchor : 'orphaned',
    start: position?.start ?? 0,
    end: position?.end ?? 0,
    hasPosition: position !== undefined,
    quote,
  };
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected an object, found ${show(value)}`);
  return value as Json;
}

function allowOnly(obj: Json, path: string, keys: string[]): void {
  for (const key of Object.keys(obj)) {
    // Unknown properties would be dropped by the next save, so they are refused rather than lost.
    if (!keys.includes(key)) fail(path === '(top level)' ? key : `${path}.${key}`, `unknown property (expected ${keys.map(k => `"${k}"`).join(', ')})`);
  }
}

function requiredString(obj: Json, key: string, path: string): string {
  if (!(key in obj)) fail(`${path}.${key}`, 'missing');
  if (typeof obj[key] !== 'string') fail(`${path}.${key}`, `expected a string, found ${show(obj[key])}`);
  return obj[key];
}

function optionalString(obj: Json, key: string, path: string): string | undefined {
  if (obj[key] === undefined) return undefined;
  if (typeof obj[key] !== 'string') fail(`${path}.${key}`, `expected a string, found ${show(obj[key])}`);
  return obj[key];
}

function timestamp(obj: Json, key: string, path: string): string {
  const value = requiredString(obj, key, path);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    fail(`${path}.${key}`, `expected an ISO 8601 date-time like "2025-01-31T09:30:00.000Z", found ${show(value)}`);
  }
  return value;
}

function integer(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, `expected a non-negative integer, found ${show(value)}`);
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

function fail(path: string, problem: string): never {
  throw new SidecarFormatError(`${path}: ${problem}`, 'schema');
}
