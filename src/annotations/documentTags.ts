// The annotations of one document, in memory: tags, corrections and verifications in one map,
// with the operations the editor offers (add, remove, edit the note, relabel, correct, set a
// verdict, re-attach an orphan, confirm a doubtful anchor), tracking of text edits, one
// undo/redo history for all of them (text edits are VS Code's own undo), and change events.
// Every kind is anchored, tracked, undone and merged by the same code; only the operations
// that create one differ. No `vscode` and no I/O: the editor feeds it text changes and
// persists it through SidecarStore.
import type { DocumentTagsOptions, Disposable, NewTag, TagChangeEvent, TagChangeReason } from './modelEvents';
import { allAnnotations, contentVersion, groupAnnotations, sortAnnotations, ID_PREFIX, isCorrection, isTag, isVerification, type Annotation, type AnnotationContent, type AnnotationKind } from './annotationKinds';
import { AnnotationHistory, applyHistoryChange, contentOf, targetOf, trackTarget, withContent, withTarget, type HistoryChange, type LiveAnnotation, type Target } from './annotationHistory';
import { checkLabel, checkName, checkRange, cleanNote, randomId, TagInputError } from './annotationInput';
import { correctionFields, verificationFields, type NewCorrection, type NewVerification } from './correctionInput';
import { mergeAnnotationSets } from './merge';
import { omit, optional } from './objects';
import { describeQuote } from './quote';
import type { SidecarAnnotations } from './sidecarFormat';
import type { AnchoredAnnotation, AnchorStatus, ContentChange, Correction, Tag, TextRange, Verification } from './types';

export { TagInputError, randomTagId } from './annotationInput';
export { sortAnnotations } from './annotationKinds';
export type { NewTag, TagChangeEvent, TagChangeReason, Disposable, DocumentTagsOptions } from './modelEvents';
export type { NewCorrection, NewVerification } from './correctionInput';

/**
 * A document's annotations of every kind. (Named for the tags it first held; `tags` still lists
 * only the tags, `corrections` and `verifications` the others, `annotations` all of them.)
 */
export class DocumentTags {
  private readonly byId = new Map<string, LiveAnnotation>();
  private sorted: readonly Annotation[] | undefined;
  private readonly history: AnnotationHistory;
  private readonly listeners = new Set<(e: TagChangeEvent) => void>();
  /** Versions of the annotations as last loaded from or saved to disk, for merging external changes. */
  private synced: Map<string, string> | undefined;
  private readonly now: () => Date;
  private readonly newId: (prefix: string) => string;
  private readonly creator: NonNullable<DocumentTagsOptions['creator']>;

  constructor(annotations: readonly Annotation[] = [], options: DocumentTagsOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
    this.creator = options.creator ?? (() => undefined);
    this.history = new AnnotationHistory(options.historyLimit ?? 200);
    for (const a of annotations) this.byId.set(a.id, a);
  }

  /** Every annotation: anchored ones by position, then orphans (by where they were last seen). */
  get annotations(): readonly Annotation[] {
    return (this.sorted ??= sortAnnotations([...this.byId.values()]));
  }

  /** The annotations by kind, as the sidecar writes them. */
  get content(): SidecarAnnotations {
    return groupAnnotations(this.annotations);
  }

  /** All tags: anchored ones by position, then orphans. */
  get tags(): readonly Tag[] {
    return this.annotations.filter(isTag);
  }

  get corrections(): readonly Correction[] {
    return this.annotations.filter(isCorrection);
  }

  get verifications(): readonly Verification[] {
    return this.annotations.filter(isVerification);
  }

  /** Tags that currently point at text (every status but `orphaned`). */
  get anchoredTags(): readonly Tag[] {
    return this.tags.filter(t => t.anchor !== 'orphaned');
  }

  get orphans(): readonly Tag[] {
    return this.tags.filter(t => t.anchor === 'orphaned');
  }

  /** How many annotations of every kind. */
  get size(): number {
    return this.byId.size;
  }

  /** The tag with this id (undefined for another kind: see `annotation`). */
  get(id: string): Tag | undefined {
    const a = this.byId.get(id);
    return a && isTag(a) ? a : undefined;
  }

  annotation(id: string): Annotation | undefined {
    return this.byId.get(id);
  }

  /** Anchored tags whose range contains `offset` (an offset at a tag's end counts too, for a cursor there). */
  tagsAt(offset: number): Tag[] {
    return this.anchoredTags.filter(t => t.start <= offset && offset <= t.end);
  }

  /** The labels in use, most recently used first: what "Tag Selection…" offers before a new one. */
  labels(): string[] {
    const latest = new Map<string, string>();
    for (const t of this.tags) if ((latest.get(t.label) ?? '') < t.modified) latest.set(t.label, t.modified);
    return [...latest.keys()].sort((a, b) => latest.get(b)!.localeCompare(latest.get(a)!) || a.localeCompare(b));
  }

  onDidChange(listener: (e: TagChangeEvent) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  // ---- annotation operations (undoable) ------------------------------------------------------

  /** Tags `text.slice(start, end)`. `text` is the document's current text. */
  add(input: NewTag, text: string): Tag {
    const label = checkLabel(input.label);
    const entity = input.entity?.trim() || undefined;
    return this.create('tag', 'Add Tag', { label, ...optional('note', cleanNote(input.note)), ...optional('entity', entity) }, input, text);
  }

  /**
   * Records the user's correction of `text.slice(start, end)`. A span says one thing: an
   * earlier correction of exactly this span (whatever it said) is replaced in the same undo
   * step, never stacked with a contradicting one.
   */
  correct(input: NewCorrection, text: string): Correction {
    const fields = correctionFields(input);
    return this.replaceOnSpan('correction', 'Correct Analysis', fields, input, text);
  }

  /** Records a verdict on the quote at `text.slice(start, end)`; an earlier verdict on that span is replaced. */
  verify(input: NewVerification, text: string): Verification {
    const fields = verificationFields(input);
    return this.replaceOnSpan('verification', 'Set Verdict', fields, input, text);
  }

  /** Removes an annotation of any kind. */
  remove(id: string): boolean {
    const item = this.byId.get(id);
    if (!item) return false;
    this.byId.delete(id);
    this.history.record(`Remove ${KIND_NAMES[kindOf(item)]}`, [{ kind: 'remove', item }]);
    this.changed({ reason: 'remove', ids: [id] });
    return true;
  }

  /** Sets or (with undefined or blank text) clears an annotation's note. */
  setNote(id: string, note: string | undefined): Tag {
    return this.update(id, 'Edit Note', { note: cleanNote(note) }) as Tag;
  }

  relabel(id: string, label: string): Tag {
    if (!this.get(id)) throw new TagInputError(`no tag with id ${id}`);
    return this.update(id, 'Relabel Tag', { label: checkLabel(label) }) as Tag;
  }

  /** Changes the entity a person correction names (e.g. every mention of an entity renamed). */
  renameEntity(id: string, entity: string): Correction {
    const item = this.require(id);
    if (!isCorrection(item) || item.as !== 'person') throw new TagInputError(`${id} is not a correction to a person`);
    return this.update(id, 'Rename Person', { entity: checkName(entity, 'entity name') }) as Correction;
  }

  /** Points an annotation (typically an orphan) at `range` of the current `text`; it becomes exact. */
  reattach(id: string, range: TextRange, text: string): Tag {
    const item = this.require(id);
    checkRange(range, text);
    return this.retarget(item, 'Re-attach Tag', { start: range.start, end: range.end, anchor: 'exact', quote: describeQuote(text, range.start, range.end) }) as Tag;
  }

  /** The user checked a moved or fuzzy annotation and agrees with where it is: it becomes exact. */
  confirm(id: string): Tag {
    const item = this.require(id);
    if (item.anchor === 'orphaned') throw new TagInputError('an orphaned tag has no place to confirm; re-attach it to a selection instead');
    if (item.anchor === 'exact') return item as Tag;
    return this.retarget(item, 'Confirm Tag Position', { start: item.start, end: item.end, anchor: 'exact', quote: item.quote }, 'confirm') as Tag;
  }

  /**
   * Keeps one version of an annotation the git merge driver marked as conflicted (both branches
   * changed it differently) and drops the other version, as one undo step.
   */
  resolveConflict(keepId: string): Annotation {
    const kept = this.require(keepId);
    if (!kept.conflict) throw new TagInputError('this annotation has no conflict to resolve');
    const other = this.byId.get(kept.conflict.with);
    const resolved = { ...omit(kept, 'conflict'), modified: this.now().toISOString() } as LiveAnnotation;
    const changes: HistoryChange[] = [{ kind: 'remove', item: kept }, { kind: 'add', item: resolved }];
    this.byId.set(keepId, resolved);
    if (other) {
      this.byId.delete(other.id);
      changes.push({ kind: 'remove', item: other });
    }
    this.history.record('Resolve Conflict', changes);
    this.changed({ reason: 'update', ids: other ? [keepId, other.id] : [keepId] });
    return resolved;
  }

  /** Groups the operations `body` performs into one undo step (e.g. "tag all mentions"). */
  transaction<R>(label: string, body: () => R): R {
    return this.history.transaction(label, body);
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /**
   * Identifies the step Undo Tag Change would undo: compare it with a value taken right after
   * an operation to know whether that operation is still the last one.
   */
  get undoToken(): object | undefined {
    return this.history.undoToken;
  }

  /** What Undo Tag Change would undo ("Add Tag"), for messages. */
  get undoLabel(): string | undefined {
    return this.history.undoLabel;
  }

  get redoLabel(): string | undefined {
    return this.history.redoLabel;
  }

  /** Undoes the last operation (of any kind); returns its label, or undefined when there is none. */
  undo(): string | undefined {
    const step = this.history.undo(c => applyHistoryChange(this.byId, c, 'backward'));
    if (step) this.changed({ reason: 'undo', ids: step.ids });
    return step?.label;
  }

  redo(): string | undefined {
    const step = this.history.redo(c => applyHistoryChange(this.byId, c, 'forward'));
    if (step) this.changed({ reason: 'redo', ids: step.ids });
    return step?.label;
  }

  // ---- text edits ------------------------------------------------------------------------

  /**
   * Moves the annotations with a text edit: pass `TextDocumentChangeEvent.contentChanges` as
   * they come (see liveEdits.ts for the order and the rules). Those whose text is deleted become
   * orphans; they are reported in the event and come back if the deletion is undone. Those whose
   * text was replaced by different text become fuzzy, and are reported too.
   */
  applyEdits(changes: readonly ContentChange[]): TagChangeEvent | undefined {
    if (!changes.length) return undefined;
    const ids: string[] = [];
    const orphaned: string[] = [];
    const revived: string[] = [];
    const fuzzy: string[] = [];
    for (const [id, item] of this.byId) {
      const next = trackTarget(item, changes);
      if (next === item) continue;
      this.byId.set(id, next);
      ids.push(id);
      if (next.anchor === 'orphaned' && item.anchor !== 'orphaned') orphaned.push(id);
      if (next.anchor !== 'orphaned' && item.anchor === 'orphaned') revived.push(id);
      if (next.anchor === 'fuzzy' && item.anchor !== 'fuzzy') fuzzy.push(id);
    }
    // Annotations held by the history must stay in step with the text too, or undoing a
    // removal would put one back where its text used to be.
    this.history.track(changes);
    if (!ids.length) return undefined;
    return this.changed({ reason: 'edit', ids, orphaned, revived, fuzzy, persist: false });
  }

  // ---- loading and syncing with disk -------------------------------------------------------

  /** Replaces all annotations (a document was opened); clears the history and marks them as synced. */
  replaceAll(content: SidecarAnnotations | readonly Annotation[]): void {
    const list = asList(content);
    const ids = new Set([...this.byId.keys(), ...list.map(a => a.id)]);
    this.byId.clear();
    for (const a of list) this.byId.set(a.id, a);
    this.history.clear();
    this.markSynced(list);
    this.changed({ reason: 'replace', ids: [...ids], persist: false });
  }

  /** Records `annotations` as what the sidecar on disk now holds (after a load or a successful save). */
  markSynced(content: SidecarAnnotations | readonly Annotation[] = this.annotations): void {
    this.synced = new Map(asList(content).map(a => [a.id, contentVersion(a)]));
  }

  /**
   * The sidecar changed on disk: takes in its annotations (anchored to the current text)
   * without losing work done here since the last sync (three-way merge, see merge.ts). Returns
   * true when the result differs from `theirs`, i.e. it needs saving. The history is kept;
   * steps that no longer apply are skipped.
   */
  mergeFromDisk(content: SidecarAnnotations | readonly Annotation[]): boolean {
    const theirs = asList(content);
    const merged = mergeAnnotationSets<LiveAnnotation>(this.synced, [...this.byId.values()], theirs);
    const before = new Map(this.byId);
    this.byId.clear();
    for (const a of merged) this.byId.set(a.id, a);
    this.markSynced(theirs);
    const ids = new Set<string>();
    for (const [id, a] of before) if (this.byId.get(id) !== a) ids.add(id);
    for (const id of this.byId.keys()) if (!before.has(id)) ids.add(id);
    if (ids.size) this.changed({ reason: 'merge', ids: [...ids], persist: false });
    const theirsVersions = new Map(theirs.map(a => [a.id, contentVersion(a)]));
    return merged.length !== theirs.length || merged.some(a => theirsVersions.get(a.id) !== contentVersion(a));
  }

  // ---- internals ---------------------------------------------------------------------------

  private require(id: string): LiveAnnotation {
    const item = this.byId.get(id);
    if (!item) throw new TagInputError(`no annotation with id ${id}`);
    return item;
  }

  /** A new annotation of `kind` with its own `fields` on `text.slice(start, end)`. */
  private create<A extends Annotation>(kind: AnnotationKind, label: string, fields: object, range: TextRange, text: string): A {
    checkRange(range, text);
    const time = this.now().toISOString();
    const item = {
      id: this.uniqueId(ID_PREFIX[kind]),
      ...fields,
      ...optional('creator', this.creator()),
      created: time,
      modified: time,
      anchor: 'exact' as AnchorStatus,
      start: range.start,
      end: range.end,
      quote: describeQuote(text, range.start, range.end),
    } as unknown as A;
    this.byId.set(item.id, item);
    this.history.record(label, [{ kind: 'add', item }]);
    this.changed({ reason: 'add', ids: [item.id] });
    return item;
  }

  /** `create`, first removing the annotations of `kind` on exactly this span, as one undo step. */
  private replaceOnSpan<A extends Annotation>(kind: AnnotationKind, label: string, fields: object, range: TextRange, text: string): A {
    checkRange(range, text);
    return this.transaction(label, () => {
      for (const item of [...this.byId.values()]) {
        if (kindOf(item) === kind && item.anchor !== 'orphaned' && item.start === range.start && item.end === range.end) this.remove(item.id);
      }
      return this.create<A>(kind, label, fields, range, text);
    });
  }

  private update(id: string, label: string, fields: object): Annotation {
    const item = this.require(id);
    const before = contentOf(item);
    const same = { ...before, ...fields };
    const cleaned = Object.fromEntries(Object.entries(same).filter(([, v]) => v !== undefined)) as unknown as AnnotationContent;
    if (contentVersion(cleaned as unknown as AnchoredAnnotation) === contentVersion(before as unknown as AnchoredAnnotation)) return item;
    const after = { ...cleaned, modified: this.now().toISOString() } as AnnotationContent;
    const next = withContent(item, after);
    this.byId.set(id, next);
    this.history.record(label, [{ kind: 'update', id, before, after }]);
    this.changed({ reason: 'update', ids: [id] });
    return next;
  }

  private retarget(item: LiveAnnotation, label: string, target: Target, reason: TagChangeReason = 'reattach'): Annotation {
    const before = { ...targetOf(item), modified: item.modified };
    const after = { ...target, modified: this.now().toISOString() };
    const next = withTarget(item, after);
    this.byId.set(item.id, next);
    this.history.record(label, [{ kind: 'retarget', id: item.id, before, after }]);
    this.changed({ reason, ids: [item.id] });
    return next;
  }

  private changed(e: Partial<TagChangeEvent> & Pick<TagChangeEvent, 'reason' | 'ids'>): TagChangeEvent {
    this.sorted = undefined;
    const event: TagChangeEvent = { orphaned: [], revived: [], fuzzy: [], persist: true, ...e };
    for (const listener of [...this.listeners]) listener(event);
    return event;
  }

  private uniqueId(prefix: string): string {
    for (;;) {
      const id = this.newId(prefix);
      if (!this.byId.has(id) && !this.history.refersTo(id)) return id;
    }
  }
}

const KIND_NAMES: Readonly<Record<AnnotationKind, string>> = { tag: 'Tag', correction: 'Correction', verification: 'Verdict' };

function kindOf(a: Annotation): AnnotationKind {
  return isCorrection(a) ? 'correction' : isVerification(a) ? 'verification' : 'tag';
}

function asList(content: SidecarAnnotations | readonly Annotation[]): readonly Annotation[] {
  return Array.isArray(content) ? (content as readonly Annotation[]) : allAnnotations(content as SidecarAnnotations);
}

export type { AnchorStatus };
