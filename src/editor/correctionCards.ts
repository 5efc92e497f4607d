// What a hover card says about corrections and verdicts: "corrected by you, when" on what a
// correction made or confirmed, and a quote's verdict with its source. The note and the source
// come from the sidecar, which is untrusted text: escaped, and a source becomes a link only
// when it is a plain http(s) address.
import * as vscode from 'vscode';
import type { QuoteVerification } from '../annotations';
import { markdownCode, markdownText } from '../common/markdownText';
import type { HoverCard } from './markdown';
import { isWebAddress } from '../common/webAddress';

/** The mark shown after a quote with a verdict, and at the start of its hover line. */
export const VERDICT_MARKS: Readonly<Record<string, string>> = { unverified: '?', verified: '✓', disputed: '⚠', false: '✗', misattributed: '⇄' };

/** What the user decided about a quote, for a list item's description: its verdict ("✓ verified"), and "corrected". */
export function quoteMarks(status: string | undefined, corrected: boolean): string[] {
  return [status && `${VERDICT_MARKS[status] ?? ''} ${status}`, corrected && vscode.l10n.t('corrected')].filter((m): m is string => !!m);
}

export function correctedLine(card: HoverCard, item: { origin?: string; correction?: { modified: string; note?: string } }): void {
  if (item.origin !== 'correction' || !item.correction) return;
  card.append(`\n\n$(edit) ${markdownText(vscode.l10n.t('Corrected {0}', formatTime(item.correction.modified)))}`);
  if (item.correction.note) card.append(` — ${markdownText(item.correction.note)}`);
}

export function verdictLine(card: HoverCard, verdict: QuoteVerification | undefined): void {
  if (!verdict) return;
  card.append(`\n\n${VERDICT_MARKS[verdict.status] ?? ''} ${markdownText(vscode.l10n.t('Verdict: {0}', verdict.status))}`);
  if (verdict.source) card.append(` · ${isWebAddress(verdict.source) ? `[${markdownText(vscode.l10n.t('source'))}](${verdict.source.replace(/[()\s]/g, encodeURIComponent)})` : markdownCode(verdict.source)}`);
  if (verdict.note) card.append(` — ${markdownText(verdict.note)}`);
  card.append(` (${markdownText(formatTime(verdict.modified))})`);
}


function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}
