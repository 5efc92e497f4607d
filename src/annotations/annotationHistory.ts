// The undo history's records and how an annotation's place in the text (its target) follows
// text edits: the same for tags, corrections and verifications. An annotation is split into its
// target (range, anchor status, quote) and its content (everything else), so an update and a
// re-attachment can each be undone without touching the other half.
import type { Annotation, AnnotationContent } from './annotationKinds';
import { trackChanges, type TrackedAnchor } from './liveEdits';
import { omit, optional } from './objects';
import type { ContentChange } from './types';

/** An annotation as the model holds it: for one orphaned by an edit, also where its text sat. */
export type LiveAnnotation = Annotation & { readonly lost?: TrackedAnchor['lost'] };

export type Target = Pick<LiveAnnotation, 'start' | 'end' | 'anchor' | 'quote' | 'lost'>;

export type HistoryChange =
  | { kind: 'add'; item: LiveAnnotation }
  | { kind: 'remove'; item: LiveAnnotation }
  | { kind: 'update'; id: string; before: AnnotationContent; after: AnnotationContent }
  | { kind: 'retarget'; id: string; before: Target & { modified: string }; after: Target & { modified: string } };

export interface HistoryEntry {
  readonly label: string;
  changes: HistoryChange[];
}

export function changedId(change: HistoryChange): string {
  return 'item' in change ? change.item.id : change.id;
}

/** A target (range, status, quote) moved through text changes; the same object if untouched. */
export function trackTarget<T extends Target>(target: T, changes: readonly ContentChange[]): T {
  const { exact, prefix, suffix } = target.quote;
  const view: TrackedAnchor = { start: target.start, end: target.end, anchor: target.anchor, exact, prefix, suffix, ...optional('lost', target.lost) };
  const next = trackChanges(view, changes);
  if (next === view) return target;
  const quote = next.exact === target.quote.exact ? target.quote : { ...target.quote, exact: next.exact };
  return { ...omit(target, 'lost'), start: next.start, end: next.end, anchor: next.anchor, quote, ...optional('lost', next.lost) } as T;
}

/** Keeps the annotations held by the history in step with the text, so an undo puts them back where their text is now. */
export function trackHistoryChange(change: HistoryChange, changes: readonly ContentChange[]): HistoryChange {
  switch (change.kind) {
    case 'add':
    case 'remove':
      return { ...change, item: trackTarget(change.item, changes) };
    case 'update':
      return change;
    case 'retarget':
      return { ...change, before: trackTarget(change.before, changes), after: trackTarget(change.after, changes) };
  }
}

export function targetOf(a: LiveAnnotation): Target {
  return { start: a.start, end: a.end, anchor: a.anchor, quote: a.quote, ...optional('lost', a.lost) };
}

export function withTarget(a: LiveAnnotation, target: Target & { modified?: string }): LiveAnnotation {
  return { ...omit(a, 'lost'), start: target.start, end: target.end, anchor: target.anchor, quote: target.quote, ...optional('lost', target.lost), ...optional('modified', target.modified) } as LiveAnnotation;
}

export function contentOf(a: LiveAnnotation): AnnotationContent {
  return omit(a as Annotation & { lost?: unknown }, 'start', 'end', 'anchor', 'quote', 'lost') as AnnotationContent;
}

/** `content` at the place `a` is now. */
export function withContent(a: LiveAnnotation, content: AnnotationContent): LiveAnnotation {
  return { ...content, ...targetOf(a) };
}

/**
 * The undo and redo stacks of annotation operations (one history for every kind). The model
 * applies the changes; this keeps the steps, groups a transaction into one step, and keeps the
 * annotations it holds in step with text edits.
 */
export class AnnotationHistory {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private transactionEntry: HistoryEntry | undefined;

  constructor(private readonly limit: number) {}

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Identifies the step an undo would undo. */
  get undoToken(): object | undefined {
    return this.undoStack.at(-1);
  }

  get undoLabel(): string | undefined {
    return this.undoStack.at(-1)?.label;
  }

  get redoLabel(): string | undefined {
    return this.redoStack.at(-1)?.label;
  }

  /** Groups what `body` records into one step. */
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

  record(label: string, changes: HistoryChange[]): void {
    if (this.transactionEntry) this.transactionEntry.changes.push(...changes);
    else this.push({ label, changes });
  }

  /** Pops the last step and hands its changes, last first, to `apply`; undefined when there is none. */
  undo(apply: (change: HistoryChange) => string[]): { label: string; ids: string[] } | undefined {
    const entry = this.undoStack.pop();
    if (!entry) return undefined;
    const ids = [...entry.changes].reverse().flatMap(apply);
    this.redoStack.push(entry);
    return { label: entry.label, ids };
  }

  redo(apply: (change: HistoryChange) => string[]): { label: string; ids: string[] } | undefined {
    const entry = this.redoStack.pop();
    if (!entry) return undefined;
    const ids = entry.changes.flatMap(apply);
    this.undoStack.push(entry);
    return { label: entry.label, ids };
  }

  /** Moves the annotations held by the history with a text edit. */
  track(changes: readonly ContentChange[]): void {
    for (const entry of [...this.undoStack, ...this.redoStack]) entry.changes = entry.changes.map(c => trackHistoryChange(c, changes));
  }

  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  /** True when a step refers to `id` (a new annotation must not reuse it). */
  refersTo(id: string): boolean {
    return [...this.undoStack, ...this.redoStack].some(e => e.changes.some(c => changedId(c) === id));
  }

  private push(entry: HistoryEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack = [];
  }
}

/**
 * Applies one history change to the annotations by id, forwards (redo) or backwards (undo);
 * returns the ids touched (none when the change no longer applies).
 */
export function applyHistoryChange(byId: Map<string, LiveAnnotation>, change: HistoryChange, direction: 'forward' | 'backward'): string[] {
  const forward = direction === 'forward';
  switch (change.kind) {
    case 'add':
    case 'remove': {
      const present = (change.kind === 'add') === forward;
      if (present) {
        if (byId.has(change.item.id)) return [];
        byId.set(change.item.id, change.item);
      } else {
        const current = byId.get(change.item.id);
        if (!current) return [];
        // Keep the removed annotation as it is now (its range followed the text), for a later redo.
        change.item = current;
        byId.delete(change.item.id);
      }
      return [change.item.id];
    }
    case 'update': {
      const item = byId.get(change.id);
      if (!item) return [];
      byId.set(change.id, withContent(item, forward ? change.after : change.before));
      return [change.id];
    }
    case 'retarget': {
      const item = byId.get(change.id);
      if (!item) return [];
      const target = forward ? change.after : change.before;
      byId.set(change.id, { ...withTarget(item, target), modified: target.modified });
      return [change.id];
    }
  }
}
