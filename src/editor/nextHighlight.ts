// Finding the next or previous highlight from the cursor, for navigation: a binary search in
// each kind's sorted spans (an article can have thousands), wrapping around at the ends.
import type * as vscode from 'vscode';
import { SpanIndex, type Ranged } from '../common/spanIndex';
import { HIGHLIGHT_KINDS, type HighlightKind } from './config';
import type { Services } from './services';

/** A highlight found by navigation, with its kind (announced to the user). */
export interface FoundHighlight {
  readonly span: Ranged;
  readonly kind: HighlightKind;
}

export async function nextHighlight(s: Services, document: vscode.TextDocument, offset: number, direction: 1 | -1, kind?: HighlightKind): Promise<FoundHighlight | undefined> {
  const result = await s.analyses.ensure(document);
  const kinds = kind ? [kind] : HIGHLIGHT_KINDS.filter(k => s.config.settings.highlights[k]);
  const indexes = kinds
    .map(k => ({ kind: k, index: k === 'tags' ? new SpanIndex<Ranged>(s.tags.highlights(document, result)) : result?.[k] }))
    .filter((entry): entry is { kind: HighlightKind; index: SpanIndex<Ranged> } => Boolean(entry.index?.size));
  const pick = (found: (FoundHighlight | undefined)[], better: (a: Ranged, b: Ranged) => boolean) =>
    found.reduce<FoundHighlight | undefined>((best, f) => (f && (!best || better(f.span, best.span)) ? f : best), undefined);
  const each = (get: (index: SpanIndex<Ranged>) => Ranged | undefined) =>
    indexes.map(({ kind: k, index }) => {
      const span = get(index);
      return span ? { span, kind: k } : undefined;
    });
  if (direction > 0) {
    const earlier = (a: Ranged, b: Ranged) => a.start < b.start;
    return pick(each(i => i.next(offset)), earlier) ?? pick(each(i => i.all()[0]), earlier);
  }
  const later = (a: Ranged, b: Ranged) => a.start > b.start;
  return pick(each(i => i.previous(offset)), later) ?? pick(each(i => i.all().at(-1)), later);
}
