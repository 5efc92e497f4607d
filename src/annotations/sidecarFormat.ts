// The sidecar file format (version 2): reading with a validator that names the path of any
// problem, and writing with a stable key order, annotations sorted by id and a trailing
// newline, so that git diffs and merges of sidecars stay small (see formatSidecar).
// schemas/sidecar.schema.json describes the same format for the editor's JSON support; keep the
// two in step.
//
//   {
//     "version": 2,
//     "document": { "name": "article.txt", "fingerprint": "sha256:…", "length": 3110, "offsetUnit": "utf16" },
//     "tags": [
//       { "id": "t-…", "label": "claim", "note": "…", "entity": "Wei Xiaojun",
//         "creator": { "name": "Ana Ruiz", "email": "ana@example.org" },
//         "created": "2025-…Z", "modified": "2025-…Z", "anchor": "exact",
//         "target": { "selector": [
//           { "type": "TextPositionSelector", "start": 10, "end": 20 },
//           { "type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…" } ] } }
//     ],
//     "corrections": [ { "id": "c-…", "as": "quote", "speaker": "Wei Xiaojun", …, "target": … } ],
//     "verifications": [ { "id": "v-…", "status": "verified", "source": "https://…", …, "target": … } ]
//   }
//
// Version 1 had only "tags" (without "creator" and "conflict"); it is read as it is and written
// as version 2 on the next save, with nothing lost. A version newer than SIDECAR_VERSION is
// refused (and the store never overwrites it). Offsets are UTF-16 code units of the text with
// any BOM dropped ("offsetUnit": "utf16"); W3C exports convert them to code points.
import { anchorTag } from './anchoring';
import { fingerprintText } from './fingerprint';
import { JsonSyntaxError, parseJson } from './jsonParse';
import { describeQuote } from './quote';
import {
  allowOnly,
  ANCHORED_KEYS,
  fail,
  integer,
  object,
  oneOf,
  optionalString,
  requiredString,
  show,
  SidecarFormatError,
  validateAnchoredParts,
  type Json,
  type StoredParts,
} from './sidecarValidation';
import { CORRECTION_KINDS, VERIFICATION_STATUSES, type AnchoredAnnotation, type Correction, type SidecarAnnotations, type Tag, type Verification } from './types';

export type { SidecarAnnotations } from './types';

export { SidecarFormatError } from './sidecarValidation';

export const SIDECAR_VERSION = 2;

export interface SidecarDocumentInfo {
  readonly name?: string;
  /** "sha256:<hex>" of the text the offsets refer to (see fingerprint.ts). */
  readonly fingerprint?: string;
  readonly length?: number;
}

/** An annotation as read from a sidecar, before it is anchored to the current text. */
export type Stored<T extends AnchoredAnnotation> = T & { readonly hasPosition: boolean };
export type StoredTag = Stored<Tag>;
export type StoredCorrection = Stored<Correction>;
export type StoredVerification = Stored<Verification>;

export interface SidecarContent {
  /** The version the file was written in (1 or 2); it is written back as SIDECAR_VERSION. */
  readonly version: number;
  readonly document: SidecarDocumentInfo;
  readonly tags: readonly StoredTag[];
  readonly corrections: readonly StoredCorrection[];
  readonly verifications: readonly StoredVerification[];
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

/** Serialises a document's annotations for `text` (the text their offsets refer to). */
export function serializeSidecar(input: { documentName: string; text: string } & SidecarAnnotations): string {
  const { text } = input;
  const described = <T extends AnchoredAnnotation>(items: readonly T[]) => items.map(item => describeForText(item, text));
  return formatSidecar(
    { name: input.documentName, fingerprint: fingerprintText(text), length: text.length },
    { tags: described(input.tags), corrections: described(input.corrections), verifications: described(input.verifications) },
  );
}

/**
 * Writes annotations as they are, with `document` as given: for a merge of sidecars whose article
 * is not at hand (the merge driver then leaves out the fingerprint, so the next load re-anchors
 * every item by its quote). Items are written in order of id, not of position: an edit of the
 * text above a tag then changes only that tag's offsets, never where it sits in the file, and
 * two branches adding tags insert them at unrelated places, which git's text merge takes cleanly.
 */
export function formatSidecar(document: SidecarDocumentInfo, annotations: SidecarAnnotations): string {
  const byId = <T extends AnchoredAnnotation>(items: readonly T[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const tags = byId(annotations.tags).map(tag => ({
    id: tag.id,
    label: tag.label,
    ...(tag.note !== undefined ? { note: tag.note } : {}),
    ...(tag.entity !== undefined ? { entity: tag.entity } : {}),
    ...anchoredParts(tag),
  }));
  const corrections = byId(annotations.corrections).map(c => ({
    id: c.id,
    as: c.as,
    ...(c.entity !== undefined ? { entity: c.entity } : {}),
    ...(c.speaker !== undefined ? { speaker: c.speaker } : {}),
    ...(c.note !== undefined ? { note: c.note } : {}),
    ...anchoredParts(c),
  }));
  const verifications = byId(annotations.verifications).map(v => ({
    id: v.id,
    status: v.status,
    ...(v.source !== undefined ? { source: v.source } : {}),
    ...(v.note !== undefined ? { note: v.note } : {}),
    ...anchoredParts(v),
  }));
  const file = {
    version: SIDECAR_VERSION,
    document: { ...document, offsetUnit: 'utf16' },
    tags,
    // Written only when there are any, so a file of tags alone stays as short as before.
    ...(corrections.length ? { corrections } : {}),
    ...(verifications.length ? { verifications } : {}),
  };
  return JSON.stringify(file, null, 2) + '\n';
}

/** The keys every kind writes after its own, in this order. */
function anchoredParts(item: AnchoredAnnotation) {
  return {
    ...(item.creator ? { creator: item.creator.email !== undefined ? { name: item.creator.name, email: item.creator.email } : { name: item.creator.name } } : {}),
    ...(item.conflict ? { conflict: { with: item.conflict.with } } : {}),
    created: item.created,
    modified: item.modified,
    anchor: item.anchor,
    target: {
      selector: [
        { type: 'TextPositionSelector', start: item.start, end: item.end },
        { type: 'TextQuoteSelector', exact: item.quote.exact, prefix: item.quote.prefix, suffix: item.quote.suffix },
      ],
    },
  };
}

/**
 * The annotation as it must be written for `text`: the quote and its context re-read from the
 * text, so the file always describes the text it is saved with. One whose range no longer holds
 * its text (a caller passed a different text than it follows) is re-anchored rather than written
 * with a quote that contradicts its position.
 */
function describeForText<T extends AnchoredAnnotation>(item: T, text: string): T {
  if (item.anchor === 'orphaned') {
    const start = Math.min(Math.max(0, item.start), text.length);
    return { ...item, start, end: Math.min(Math.max(start, item.end), text.length) };
  }
  if (item.end <= text.length && text.slice(item.start, item.end) === item.quote.exact) return { ...item, quote: describeQuote(text, item.start, item.end) };
  const found = anchorTag(item, text);
  if (found.status === 'orphaned') return { ...item, anchor: 'orphaned', start: found.start, end: found.start };
  return { ...item, start: found.start, end: found.end, anchor: found.status === 'exact' ? 'moved' : found.status, quote: describeQuote(text, found.start, found.end) };
}

// ---- validation -------------------------------------------------------------------------------

function validateSidecar(json: unknown): SidecarContent {
  const root = object(json, '(top level)');
  if (!('version' in root)) fail('version', `missing (expected ${SIDECAR_VERSION})`);
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) fail('version', `expected a positive integer, found ${show(version)}`);
  if (version > SIDECAR_VERSION) {
    throw new SidecarFormatError(`version: this file has format version ${version}, written by a newer Source Annotator; this one reads versions up to ${SIDECAR_VERSION}. Update the extension`, 'version');
  }
  allowOnly(root, '(top level)', version === 1 ? ['version', 'document', 'tags'] : ['version', 'document', 'tags', 'corrections', 'verifications']);
  const document = root.document === undefined ? {} : validateDocument(root.document);
  if (!('tags' in root)) fail('tags', 'missing (expected a list of tags)');
  const seen = new Map<string, string>();
  const list = <T>(key: string, read: (value: Json, path: string, itemVersion: number) => T & { id: string }): T[] => {
    const value = root[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) fail(key, `expected a list, found ${show(value)}`);
    return value.map((v, i) => {
      const path = `${key}[${i}]`;
      const item = read(object(v, path), path, version);
      const other = seen.get(item.id);
      // Ids are unique across kinds: a merge, an undo or a conflict refers to an item by id alone.
      if (other !== undefined) fail(`${path}.id`, `"${item.id}" is also the id of ${other}; ids must be unique`);
      seen.set(item.id, path);
      return item;
    });
  };
  const tags = list('tags', validateTag);
  const corrections = list('corrections', validateCorrection);
  const verifications = list('verifications', validateVerification);
  return { version, document, tags, corrections, verifications };
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

/** The shared keys, minus those a version-1 file could not have. */
function keysFor(own: string[], version: number): string[] {
  const shared = ANCHORED_KEYS.filter(k => k !== 'id' && (version > 1 || (k !== 'creator' && k !== 'conflict')));
  return ['id', ...own, ...shared];
}

function validateTag(tag: Json, path: string, version: number): StoredTag {
  allowOnly(tag, path, keysFor(['label', 'note', 'entity'], version));
  const parts = validateAnchoredParts(tag, path);
  const label = requiredString(tag, 'label', path);
  if (!label.trim()) fail(`${path}.label`, 'must not be empty');
  const note = optionalString(tag, 'note', path);
  const entity = optionalString(tag, 'entity', path);
  return withParts(parts, { label, ...(note !== undefined ? { note } : {}), ...(entity !== undefined ? { entity } : {}) });
}

function validateCorrection(item: Json, path: string, version: number): StoredCorrection {
  allowOnly(item, path, keysFor(['as', 'entity', 'speaker', 'note'], version));
  const parts = validateAnchoredParts(item, path);
  const as = oneOf(item, 'as', path, CORRECTION_KINDS);
  const entity = optionalString(item, 'entity', path);
  if (entity !== undefined && as !== 'person') fail(`${path}.entity`, `only a correction "as": "person" names an entity (this one is "${as}")`);
  if (entity !== undefined && !entity.trim()) fail(`${path}.entity`, 'must not be empty');
  let speaker: string | null | undefined;
  if (item.speaker !== undefined) {
    if (as !== 'quote') fail(`${path}.speaker`, `only a correction "as": "quote" names a speaker (this one is "${as}")`);
    if (item.speaker !== null && (typeof item.speaker !== 'string' || !item.speaker.trim())) fail(`${path}.speaker`, `expected a name or null (speaker unknown), found ${show(item.speaker)}`);
    speaker = item.speaker;
  }
  const note = optionalString(item, 'note', path);
  return withParts(parts, { as, ...(entity !== undefined ? { entity } : {}), ...(speaker !== undefined ? { speaker } : {}), ...(note !== undefined ? { note } : {}) });
}

function validateVerification(item: Json, path: string, version: number): StoredVerification {
  allowOnly(item, path, keysFor(['status', 'source', 'note'], version));
  const parts = validateAnchoredParts(item, path);
  const status = oneOf(item, 'status', path, VERIFICATION_STATUSES);
  const source = optionalString(item, 'source', path);
  const note = optionalString(item, 'note', path);
  return withParts(parts, { status, ...(source !== undefined ? { source } : {}), ...(note !== undefined ? { note } : {}) });
}

/** A kind's own fields first, then the shared parts: the order `serializeSidecar` writes them in. */
function withParts<T extends object>(parts: StoredParts, own: T): T & StoredParts {
  return { ...own, ...parts };
}
