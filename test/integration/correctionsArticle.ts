// The article the correction tests use, in the main session and again after VS Code restarts,
// and what the editor must show once it is corrected.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import type { SourceAnnotatorApi } from '../../src/editor/api';
import { hoverText, readJson, textsOf } from './helpers';
export const CORRECTIONS_ARTICLE = [
  'Wei Xiaojun, a spokesman for the ministry, said on Friday: "There is no sufficient evidence for these claims."',
  '',
  'Acme Vision declined to comment on the 12 reports.',
  '',
  '"We counted 1,210 ballots by hand," said Lance Ho, the county clerk.',
  '',
].join('\n');

export const FIRST_QUOTE = '"There is no sufficient evidence for these claims."';
export const SOURCE = 'https://example.org/transcript';

/** What the editor shows once the corrections are made (checked before and after a restart). */
export const EXPECTED = {
  firstQuoteSpeaker: 'Lance Ho',
  people: ['Acme Vision', 'Lance Ho'],
  verdict: 'verified',
};

export async function assertCorrectionsShown(api: SourceAnnotatorApi, document: vscode.TextDocument): Promise<void> {
  const uri = document.uri;
  const text = document.getText();
  const quoteStart = text.indexOf(FIRST_QUOTE);
  await api.settled(uri);
  const analysis = (await api.analysis(uri))!;
  const quote = analysis.quotes.find(q => q.start === quoteStart);
  assert.equal(quote?.speaker, EXPECTED.firstQuoteSpeaker, 'the corrected speaker');
  assert.deepEqual(textsOf(document, api.highlights(uri).people).filter(t => t !== 'Lance Ho').concat('Lance Ho').sort(), EXPECTED.people, 'people highlighted: Wei Xiaojun no more, Acme Vision now');
  const card = await hoverText(document, quoteStart + 5);
  assert.match(card, new RegExp(`Said by \\*\\*${EXPECTED.firstQuoteSpeaker}\\*\\*`));
  assert.match(card, /Corrected /);
  assert.match(card, new RegExp(`Verdict: ${EXPECTED.verdict}.*\\[source\\]\\(${SOURCE.replace(/[./]/g, '\\$&')}\\)`));
  const entities = await api.treeItems('entities');
  const quoteItems = entities.filter(e => e.item.contextValue === 'quote');
  assert.ok(quoteItems.some(q => String(q.item.description).includes(EXPECTED.verdict)), 'the Entities view shows the verdict');
  const speakers = entities.filter(e => e.item.contextValue === 'speaker').map(e => `${e.label} ${String(e.item.description)}`);
  assert.deepEqual(speakers, [`${EXPECTED.firstQuoteSpeaker} 2`], 'both quotes under the corrected speaker');
  const sidecar = (await readJson(api.sidecarUri(uri))) as { version: number; corrections: { as: string; entity?: string; speaker?: string }[]; verifications: { status: string; source?: string }[] };
  assert.equal(sidecar.version, 2);
  // The sidecar lists annotations by id (stable diffs), so the order here is the kinds', sorted.
  assert.deepEqual(sidecar.corrections.map(c => [c.as, c.entity ?? c.speaker ?? null]).sort(), [
    ['none', null],
    ['person', 'Acme Vision'],
    ['quote', 'Lance Ho'],
  ]);
  assert.deepEqual(sidecar.verifications.map(v => [v.status, v.source]), [[EXPECTED.verdict, SOURCE]]);
}

