// Finding the next or previous highlight from the cursor, for navigation: a binary search in
// each kind's sorted spans (an article can have thousands), wrapping around at the ends.
import type * as vscode from 'vscode';
import { SpanIndex, type Ranged } from '../common/spanIndex';
import { HIGHLIGHT_KINDS, type HighlightKind } from './config';
import type { Services } from './services';

export async function nextHighlight(s: Services, document: vscode.TextDocument, offset: number, direction: 1 | -1, kind?: HighlightKind): Promise<Ranged | undefined> {
  const result = await s.analyses.ensure(document);
  const kinds = kind ? [kind] : HIGHLIGHT_KINDS.filter(k => s.config.settings.highlights[k]);
  const indexes = kinds.map((k): SpanIndex<Ranged> | undefined => (k === 'tags' ? new SpanIndex(s.tags.highlights(document, result)) : result?.[k])).filter(
    (index): index is SpanIndex<Ranged> => Boolean(index?.size),
  );
  const pick = (spans: (Ranged | undefined)[], better: (a: Ranged, b: Ranged) => boolean) =>
    spans.reduce<Ranged | undefined>((best, sp) => (sp && (!best || better(sp, best)) ? sp : best), undefined);
  if (direction > 0) {
    const earlier = (a: Ranged, b: Ranged) => a.start < b.start;
    return pick(indexes.map(i => i.next(offset)), earlier) ?? pick(indexes.map(i => i.all()[0]), earlier);
  }
  const later = (a: Ranged, b: Ranged) => a.start > b.start;
  return pick(indexes.map(i => i.previous(offset)), later) ?? pick(indexes.map(i => i.all().at(-1)), later);
}
