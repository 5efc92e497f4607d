// The tags of one document, in memory: the operations the editor offers (add, remove, edit the
// note, relabel, re-attach an orphan, confirm a doubtful anchor), tracking of text edits, an
// undo/redo history of tag operations (text edits are VS Code's own undo), and change events.
// No `vscode` and no I/O: the editor feeds it text changes and persists it through SidecarStore.
import { trackChanges, type TrackedAnchor } from './liveEdits';
import { mergeTagSets, tagVersion } from './merge';
import { omit, optional } from './objects';
import { describeQuote, splitsSurrogatePair } from './quote';
import type { AnchoredAnnotation, AnchorStatus, ContentChange, Creator, Tag, TextRange } from './types';

/** What a new tag needs. The range must be non-empty and inside the text. */
export interface NewTag {
  readonly label: string;
  readonly note?: string;
  readonly entity?: string;
  readonly start: number;
  readonly end: number;
}

/** Bad input to a tag operation; the message is meant for the user as is. */
export class TagInputError extends Error {}

export type TagChangeReason = 'add' | 'remove' | 'update' | 'reattach' | 'confirm' | 'undo' | 'redo' | 'edit' | 'replace' | 'merge';

export interface TagChangeEvent {
  readonly reason: TagChangeReason;
  /** Ids of the tags added, removed or changed. */
  readonly ids: readonly string[];
  /** Tags whose text was deleted by this change (they are kept, as orphans). */
  readonly orphaned: readonly string[];
  /** Orphans that found their text again (e.g. the deletion was undone). */
  readonly revived: readonly string[];
  /**
   * Tags that now point at text only similar to theirs: a change replaced their text with
   * different text ("50" became "500" on a rewritten line). Worth the user's check.
   */
  readonly fuzzy: readonly string[];
  /**
   * True when the change is the user's tag work and should be saved now. Text edits only move
   * tags and give false: save the sidecar when the document is saved, so that the sidecar on
   * disk describes the text on disk.
   */
  readonly persist: boolean;
}

export interface Disposable {
  dispose(): void;
}

export interface DocumentTagsOptions {
  /** Clock for created/modified times (tests pass a fixed one). */
  now?: () => Date;
  /** Id generator; ids are made unique within the document whatever it returns. */
  newId?: () => string;
  /** How many tag operations can be undone. */
  historyLimit?: number;
  /** Who is annotating, recorded as the creator of each new tag (the setting, --annotator, or git's user). */
  creator?: () => Creator | undefined;
}

/** A tag as held here: the public fields plus, for a tag orphaned by an edit, where its text sat. */
type LiveTag = Tag & { readonly lost?: TrackedAnchor['lost'] };

type Target = Pick<LiveTag, 'start' | 'end' | 'anchor' | 'quote' | 'lost'>;
type Fields = Pick<Tag, 'label' | 'note' | 'entity' | 'modified'>;

type HistoryChange =
  | { kind: 'add'; tag: LiveTag }
  | { kind: 'remove'; tag: LiveTag }
  | { kind: 'update'; id: string; before: Fields; after: Fields }
  | { kind: 'retarget'; id: string; before: Target & { modified: string }; after: Target & { modified: string } };

interface HistoryEntry {
  readonly label: string;
  changes: HistoryChange[];
}

export class DocumentTags {
  private readonly byId = new Map<string, LiveTag>();
  private sorted: readonly Tag[] | undefined;
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private transactionEntry: HistoryEntry | undefined;
  private readonly listeners = new Set<(e: TagChangeEvent) => void>();
  /** Versions of the tags as last loaded from or saved to disk, for merging external changes. */
  private synced: Map<string, string> | undefined;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly historyLimit: number;
  private readonly creator: () => Creator | undefined;

  constructor(tags: readonly Tag[] = [], options: DocumentTagsOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomTagId;
    this.historyLimit = options.historyLimit ?? 200;
    this.creator = options.creator ?? (() => undefined);
    for (const tag of tags) this.byId.set(tag.id, tag);
  }

  /** All tags: anchored ones by position, then orphans (by where they were last seen). */
  get tags(): readonly Tag[] {
    return (this.sorted ??= sortAnnotations([...this.byId.values()]));
  }

  /** Tags that currently point at text (every status but `orphaned`). */
  get anchoredTags(): readonly Tag[] {
    return this.tags.filter(t => t.anchor !== 'orphaned');
  }

  get orphans(): readonly Tag[] {
    return this.tags.filter(t => t.anchor === 'orphaned');
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Tag | undefined {
    return this.byId.get(id);
  }

  /** Anchored tags whose range contains `offset` (an offset at a tag's end counts too, for a cursor there). */
  tagsAt(offset: number): Tag[] {
    return this.anchoredTags.filter(t => t.start <= offset && offset <= t.end);
  }

  /** The labels in use, most recently used first: what "Tag Selection…" offers before a new one. */
  labels(): string[] {
    const latest = new Map<string, string>();
    for (const t of this.byId.values()) if ((latest.get(t.label) ?? '') < t.modified) latest.set(t.label, t.modified);
    return [...latest.keys()].sort((a, b) => latest.get(b)!.localeCompare(latest.get(a)!) || a.localeCompare(b));
  }

  onDidChange(listener: (e: TagChangeEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- tag operations (undoable) -------------------------------------------------------

  /** Tags `text.slice(start, end)`. `text` is the document's current text. */
  add(input: NewTag, text: string): Tag {
    const label = checkLabel(input.label);
    checkRange(input, text);
    const time = this.now().toISOString();
    const tag: LiveTag = {
      id: this.uniqueId(),
      label,
      ...optional('note', cleanNote(input.note)),
      ...optional('entity', input.entity?.trim() || undefined),
      ...optional('creator', this.creator()),
      created: time,
      modified: time,
      anchor: 'exact',
      start: input.start,
      end: input.end,
      quote: describeQuote(text, input.start, input.end),
    };
    this.byId.set(tag.id, tag);
    this.record('Add Tag', [{ kind: 'add', tag }]);
    this.changed({ reason: 'add', ids: [tag.id] });
    return tag;
  }

  remove(id: string): boolean {
    const tag = this.byId.get(id);
    if (!tag) return false;
    this.byId.delete(id);
    this.record('Remove Tag', [{ kind: 'remove', tag }]);
    this.changed({ reason: 'remove', ids: [id] });
    return true;
  }

  /** Sets or (with undefined or blank text) clears a tag's note. */
  setNote(id: string, note: string | undefined): Tag {
    return this.update(id, 'Edit Note', { note: cleanNote(note) });
  }

  relabel(id: string, label: string): Tag {
    return this.update(id, 'Relabel Tag', { label: checkLabel(label) });
  }

  /** Points a tag (typically an orphan) at `range` of the current `text`; it becomes exact. */
  reattach(id: string, range: TextRange, text: string): Tag {
    const tag = this.require(id);
    checkRange(range, text);
    return this.retarget(tag, 'Re-attach Tag', { start: range.start, end: range.end, anchor: 'exact', quote: describeQuote(text, range.start, range.end) });
  }

  /** The user checked a moved or fuzzy tag and agrees with where it is: it becomes exact. */
  confirm(id: string): Tag {
    const tag = this.require(id);
    if (tag.anchor === 'orphaned') throw new TagInputError('an orphaned tag has no place to confirm; re-attach it to a selection instead');
    if (tag.anchor === 'exact') return tag;
    return this.retarget(tag, 'Confirm Tag Position', { start: tag.start, end: tag.end, anchor: 'exact', quote: tag.quote }, 'confirm');
  }

  /**
   * Resolves a merge conflict (two versions of one annotation, see AnnotationConflict) by keeping
   * `keepId`: the other version is removed and the kept one loses its conflict mark. One undo step.
   */
  resolveConflict(keepId: string): Tag {
    const kept = this.require(keepId);
    if (!kept.conflict) throw new TagInputError('this tag has no conflict to resolve');
    const other = this.byId.get(kept.conflict.with);
    const resolved: LiveTag = { ...omit(kept, 'conflict'), modified: this.now().toISOString() };
    const changes: HistoryChange[] = [{ kind: 'remove', tag: kept }, { kind: 'add', tag: resolved }];
    this.byId.set(keepId, resolved);
    if (other) {
      this.byId.delete(other.id);
      changes.push({ kind: 'remove', tag: other });
    }
    this.record('Resolve Conflict', changes);
    this.changed({ reason: 'update', ids: other ? [keepId, other.id] : [keepId] });
    return resolved;
  }

  /** Groups the operations `body` performs into one undo step (e.g. "tag all mentions"). */
  transaction<R>(label: string, body: () => R): R {
    if (this.transactionEntry) return body();
    const entry: HistoryEntry = { label, changes: [] };
    this.transactionEntry = entry;
    try {
      return body();
    } finally {
      this.transactionEntry = undefined;
      if (entry.changes.length) this.push(entry);
    }
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /**
   * Identifies the step Undo Tag Change would undo: compare it with a value taken right after
   * an operation to know whether that operation is still the last one.
   */
  get undoToken(): object | undefined {
    return this.undoStack.at(-1);
  }

  /** What Undo Tag Change would undo ("Add Tag"), for messages. */
  get undoLabel(): string | undefined {
    return this.undoStack.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.redoStack.at(-1)?.label;
  }

  /** Undoes the last tag operation; returns its label, or undefined when there is none. */
  undo(): string | undefined {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    const ids = [...entry.changes].reverse().flatMap(c => this.applyChange(c, 'backward'));
    this.redoStack.push(entry);
    this.changed({ reason: 'undo', ids });
    return entry.label;
  }

  redo(): string | undefined {
    const entry = this.redoStack.pop();
    if (!entry) return undefined;
    const ids = entry.changes.flatMap(c => this.applyChange(c, 'forward'));
    this.undoStack.push(entry);
    this.changed({ reason: 'redo', ids });
    return entry.label;
  }

  // ---- text edits ------------------------------------------------------------------------

  /**
   * Moves the tags with a text edit: pass `TextDocumentChangeEvent.contentChanges` as they come
   * (see liveEdits.ts for the order and the rules). Tags whose text is deleted become orphans;
   * they are reported in the event and come back if the deletion is undone. Tags whose text
   * was replaced by different text become fuzzy, and are reported too.
   */
  applyEdits(changes: readonly ContentChange[]): TagChangeEvent | undefined {
    if (!changes.length) return undefined;
    const ids: string[] = [];
    const orphaned: string[] = [];
    const revived: string[] = [];
    const fuzzy: string[] = [];
    for (const [id, tag] of this.byId) {
      const next = trackTag(tag, changes);
      if (next === tag) continue;
      this.byId.set(id, next);
      ids.push(id);
      if (next.anchor === 'orphaned' && tag.anchor !== 'orphaned') orphaned.push(id);
      if (next.anchor !== 'orphaned' && tag.anchor === 'orphaned') revived.push(id);
      if (next.anchor === 'fuzzy' && tag.anchor !== 'fuzzy') fuzzy.push(id);
    }
    // Tags held by the history must stay in step with the text too, or undoing a removal
    // would put a tag back where its text used to be.
    for (const entry of [...this.undoStack, ...this.redoStack]) entry.changes = entry.changes.map(c => trackHistoryChange(c, changes));
    if (!ids.length) return undefined;
    return this.changed({ reason: 'edit', ids, orphaned, revived, fuzzy, persist: false });
  }

  // ---- loading and syncing with disk -------------------------------------------------------

  /** Replaces all tags (a document was opened); clears the history and marks them as synced. */
  replaceAll(tags: readonly Tag[]): void {
    const ids = new Set([...this.byId.keys(), ...tags.map(t => t.id)]);
    this.byId.clear();
    for (const tag of tags) this.byId.set(tag.id, tag);
    this.undoStack = [];
    this.redoStack = [];
    this.markSynced(tags);
    this.changed({ reason: 'replace', ids: [...ids], persist: false });
  }

  /** Records `tags` as what the sidecar on disk now holds (after a load or a successful save). */
  markSynced(tags: readonly Tag[] = this.tags): void {
    this.synced = new Map(tags.map(t => [t.id, tagVersion(t)]));
  }

  /**
   * The sidecar changed on disk: takes in its tags (anchored to the current text) without
   * losing tag work done here since the last sync (three-way merge, see merge.ts). Returns
   * true when the result differs from `theirs`, i.e. it needs saving. The history is kept;
   * steps that no longer apply are skipped.
   */
  mergeFromDisk(theirs: readonly Tag[]): boolean {
    const merged = mergeTagSets(this.synced, [...this.byId.values()], theirs);
    const before = new Map(this.byId);
    this.byId.clear();
    for (const tag of merged) this.byId.set(tag.id, tag);
    this.markSynced(theirs);
    const ids = new Set<string>();
    for (const [id, tag] of before) if (this.byId.get(id) !== tag) ids.add(id);
    for (const id of this.byId.keys()) if (!before.has(id)) ids.add(id);
    if (ids.size) this.changed({ reason: 'merge', ids: [...ids], persist: false });
    const theirsVersions = new Map(theirs.map(t => [t.id, tagVersion(t)]));
    return merged.length !== theirs.length || merged.some(t => theirsVersions.get(t.id) !== tagVersion(t));
  }

  // ---- internals ---------------------------------------------------------------------------

  private require(id: string): LiveTag {
    const tag = this.byId.get(id);
    if (!tag) throw new TagInputError(`no tag with id ${id}`);
    return tag;
  }

  private update(id: string, label: string, fields: Partial<Fields>): Tag {
    const tag = this.require(id);
    const before = fieldsOf(tag);
    const after: Fields = { ...before, ...fields, modified: this.now().toISOString() };
    if (after.label === before.label && after.note === before.note && after.entity === before.entity) return tag;
    const next = withFields(tag, after);
    this.byId.set(id, next);
    this.record(label, [{ kind: 'update', id, before, after }]);
    this.changed({ reason: 'update', ids: [id] });
    return next;
  }

  private retarget(tag: LiveTag, label: string, target: Target, reason: TagChangeReason = 'reattach'): Tag {
    const before = { ...targetOf(tag), modified: tag.modified };
    const after = { ...target, modified: this.now().toISOString() };
    const next = withTarget(tag, after);
    this.byId.set(tag.id, next);
    this.record(label, [{ kind: 'retarget', id: tag.id, before, after }]);
    this.changed({ reason, ids: [tag.id] });
    return next;
  }

  /** Applies one history change forwards (redo) or backwards (undo); returns the ids touched. */
  private applyChange(change: HistoryChange, direction: 'forward' | 'backward'): string[] {
    const forward = direction === 'forward';
    switch (change.kind) {
      case 'add':
      case 'remove': {
        const present = (change.kind === 'add') === forward;
        if (present) {
          if (this.byId.has(change.tag.id)) return [];
          this.byId.set(change.tag.id, change.tag);
        } else {
          const current = this.byId.get(change.tag.id);
          if (!current) return [];
          // Keep the removed tag as it is now (its range followed the text), for a later redo.
          change.tag = current;
          this.byId.delete(change.tag.id);
        }
        return [change.tag.id];
      }
      case 'update': {
        const tag = this.byId.get(change.id);
        if (!tag) return [];
        this.byId.set(change.id, withFields(tag, forward ? change.after : change.before));
        return [change.id];
      }
      case 'retarget': {
        const tag = this.byId.get(change.id);
        if (!tag) return [];
        const target = forward ? change.after : change.before;
        this.byId.set(change.id, { ...withTarget(tag, target), modified: target.modified });
        return [change.id];
      }
    }
  }

  private record(label: string, changes: HistoryChange[]): void {
    if (this.transactionEntry) this.transactionEntry.changes.push(...changes);
    else this.push({ label, changes });
  }

  private push(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.historyLimit) this.undoStack.shift();
    this.redoStack = [];
  }

  private changed(e: Partial<TagChangeEvent> & Pick<TagChangeEvent, 'reason' | 'ids'>): TagChangeEvent {
    this.sorted = undefined;
    const event: TagChangeEvent = { orphaned: [], revived: [], fuzzy: [], persist: true, ...e };
    for (const listener of [...this.listeners]) listener(event);
    return event;
  }

  private uniqueId(): string {
    for (;;) {
      const id = this.newId();
      if (!this.byId.has(id) && !this.inHistory(id)) return id;
    }
  }

  private inHistory(id: string): boolean {
    return [...this.undoStack, ...this.redoStack].some(e => e.changes.some(c => ('tag' in c ? c.tag.id : c.id) === id));
  }
}

/** Sorts annotations for display and for the sidecar: by position, orphans last, ties by id. */
export function sortAnnotations<T extends AnchoredAnnotation>(tags: T[]): T[] {
  return tags.sort(
    (a, b) =>
      Number(a.anchor === 'orphaned') - Number(b.anchor === 'orphaned') || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** "t-" and 12 random hex digits: short enough to read in a diff, unique enough per document. */
export function randomTagId(): string {
  const bytes = new Uint8Array(6);
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (webCrypto?.getRandomValues) webCrypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return 't-' + [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
}

function trackTag(tag: LiveTag, changes: readonly ContentChange[]): LiveTag {
  return trackTarget(tag, changes);
}

/** A target (range, status, quote) moved through text changes; the same object if untouched. */
function trackTarget<T extends Target>(target: T, changes: readonly ContentChange[]): T {
  const { exact, prefix, suffix } = target.quote;
  const view: TrackedAnchor = { start: target.start, end: target.end, anchor: target.anchor, exact, prefix, suffix, ...optional('lost', target.lost) };
  const next = trackChanges(view, changes);
  if (next === view) return target;
  const quote = next.exact === target.quote.exact ? target.quote : { ...target.quote, exact: next.exact };
  return { ...omit(target, 'lost'), start: next.start, end: next.end, anchor: next.anchor, quote, ...optional('lost', next.lost) } as T;
}

function trackHistoryChange(change: HistoryChange, changes: readonly ContentChange[]): HistoryChange {
  switch (change.kind) {
    case 'add':
    case 'remove':
      return { ...change, tag: trackTag(change.tag, changes) };
    case 'update':
      return change;
    case 'retarget':
      return { ...change, before: trackTarget(change.before, changes), after: trackTarget(change.after, changes) };
  }
}

function targetOf(tag: LiveTag): Target {
  return { start: tag.start, end: tag.end, anchor: tag.anchor, quote: tag.quote, ...optional('lost', tag.lost) };
}

function withTarget(tag: LiveTag, target: Target & { modified?: string }): LiveTag {
  return { ...omit(tag, 'lost'), start: target.start, end: target.end, anchor: target.anchor, quote: target.quote, ...optional('lost', target.lost), ...optional('modified', target.modified) };
}

function fieldsOf(tag: Tag): Fields {
  return { label: tag.label, note: tag.note, entity: tag.entity, modified: tag.modified };
}

function withFields(tag: LiveTag, fields: Fields): LiveTag {
  return { ...omit(tag, 'note', 'entity'), label: fields.label, modified: fields.modified, ...optional('note', fields.note), ...optional('entity', fields.entity) };
}

function checkLabel(label: string): string {
  const clean = label.trim();
  if (!clean) throw new TagInputError('the label must not be empty');
  if (/[\r\n]/.test(clean)) throw new TagInputError('the label must be a single line');
  return clean;
}

function cleanNote(note: string | undefined): string | undefined {
  return note !== undefined && note.trim() ? note : undefined;
}

function checkRange(range: TextRange, text: string): void {
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0) throw new TagInputError(`offsets must be non-negative integers (got ${start}–${end})`);
  if (start >= end) throw new TagInputError(`the range ${start}–${end} is empty; select some text to tag`);
  if (end > text.length) throw new TagInputError(`the range ${start}–${end} is outside the document (its length is ${text.length})`);
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) throw new TagInputError(`the range ${start}–${end} splits a character in two (offsets are UTF-16 code units)`);
  if (!text.slice(start, end).trim()) throw new TagInputError(`the range ${start}–${end} holds only white space`);
}

export type { AnchorStatus };
