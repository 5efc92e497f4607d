// The highlights of a document in document order, for next/previous navigation.
import type * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, type HighlightKind } from './config';
import type { Services } from './services';

export async function highlightSpans(s: Services, document: vscode.TextDocument, kind?: HighlightKind): Promise<{ start: number; end: number }[]> {
  const result = await s.analyses.ensure(document);
  const kinds = kind ? [kind] : HIGHLIGHT_KINDS.filter(k => s.config.settings.highlights[k]);
  const spans: { start: number; end: number }[] = [];
  for (const k of kinds) {
    if (k === 'tags') spans.push(...s.tags.highlights(document, result));
    else if (result) spans.push(...result.analysis[k]);
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  // Nested highlights starting at the same place (a person at the start of a quote) are one stop.
  return spans.filter((sp, i) => i === 0 || sp.start !== spans[i - 1].start);
}
