// The three kinds of annotation a sidecar holds — tags, corrections and verifications — seen as
// one: the document model, the anchoring, the undo history and the merge with disk handle a
// list of `Annotation`s and ask this file only what differs by kind (the id prefix, which
// fields are the annotation's content). One piece of code then serves all three kinds.
import { omit } from './objects';
import type { AnchoredAnnotation, Correction, SidecarAnnotations, Tag, Verification } from './types';

export type Annotation = Tag | Correction | Verification;
export type AnnotationKind = 'tag' | 'correction' | 'verification';

/** The fields every kind shares: where it is, not what it says. */
type TargetKey = 'start' | 'end' | 'anchor' | 'quote';

/** What an annotation says (its kind's own fields, times, creator): everything but its place in the text. */
export type AnnotationContent = Omit<Tag, TargetKey> | Omit<Correction, TargetKey> | Omit<Verification, TargetKey>;

/** Ids of new annotations: "t-", "c-" or "v-" and 12 hex digits (unique across kinds in a document). */
export const ID_PREFIX: Readonly<Record<AnnotationKind, string>> = { tag: 't-', correction: 'c-', verification: 'v-' };

/** The kind, from the field only that kind has (ids written by hand or by version 1 may have any form). */
export function annotationKind(a: AnchoredAnnotation): AnnotationKind {
  if ('as' in a) return 'correction';
  if ('status' in a) return 'verification';
  return 'tag';
}

export function isTag(a: Annotation): a is Tag {
  return annotationKind(a) === 'tag';
}

export function isCorrection(a: Annotation): a is Correction {
  return annotationKind(a) === 'correction';
}

export function isVerification(a: Annotation): a is Verification {
  return annotationKind(a) === 'verification';
}

/**
 * What identifies a version of an annotation's content (not its position, which edits move):
 * the three-way merge with disk compares these. Every field but the target, so a new kind's
 * field is never forgotten here.
 */
export function contentVersion(a: AnchoredAnnotation): string {
  const content = omit(a as AnchoredAnnotation & { lost?: unknown }, 'start', 'end', 'anchor', 'quote', 'lost') as Record<string, unknown>;
  return JSON.stringify(Object.keys(content).sort().map(k => [k, content[k]]));
}

/** One list of every annotation, in the order tags, corrections, verifications. */
export function allAnnotations(sets: SidecarAnnotations): Annotation[] {
  return [...sets.tags, ...sets.corrections, ...sets.verifications];
}

/** A mixed list split by kind (the order within each kind is kept). */
export function groupAnnotations(list: readonly Annotation[]): { tags: Tag[]; corrections: Correction[]; verifications: Verification[] } {
  const tags: Tag[] = [];
  const corrections: Correction[] = [];
  const verifications: Verification[] = [];
  for (const a of list) {
    if (isCorrection(a)) corrections.push(a);
    else if (isVerification(a)) verifications.push(a);
    else tags.push(a);
  }
  return { tags, corrections, verifications };
}

/** Sorts annotations for display and for the sidecar: by position, orphans last, ties by id. */
export function sortAnnotations<T extends AnchoredAnnotation>(items: T[]): T[] {
  return items.sort(
    (a, b) =>
      Number(a.anchor === 'orphaned') - Number(b.anchor === 'orphaned') || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
