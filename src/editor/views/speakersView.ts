// The Speakers view: who said what across the workspace's articles. Every speaker with their
// quotes (corrections applied, the same person in several articles merged by canonical name),
// after a sourcing summary: how many quotes, how many without a speaker, how many per verdict.
// The counting is summarizeSourcing's (src/export), the same as the CLI's `speakers`.
import * as vscode from 'vscode';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../annotations';
import { firstWords } from '../../common/text';
import { summarizeSourcing, type SourcedQuote, type SourcingSummary } from '../../export/sourcing';
import { quoteMarks } from '../correctionCards';
import { quoteCount, wordCount } from '../counts';
import { fileName } from '../reveal';
import type { Services } from '../services';
import { revealTreeItem, type RevealItem } from './revealItem';
import { TreeRefresh } from './treeRefresh';

export class SpeakersView implements vscode.TreeDataProvider<RevealItem>, vscode.Disposable {
  private readonly refresher = new TreeRefresh();
  readonly onDidChangeTreeData = this.refresher.event;
  private readonly disposables: vscode.Disposable[] = [];
  /** Whether VS Code shows the view; while hidden, changes only mark it stale (no re-counting nobody sees). */
  private visible = true;
  private stale = false;

  constructor(private readonly s: Services) {
    const changed = () => this.refresh();
    this.disposables.push(
      // An open article re-analysed, or its corrections or verdicts changed (a speaker corrected).
      s.analyses.onDidAnalyse(changed),
      // An article written, created or deleted on disk, the set of articles or the settings changed.
      s.workspace.onDidChange(changed),
      s.articles.onDidChange(changed),
      s.config.onDidChange(changed),
      // A closed article is read from disk again: unsaved edits are gone.
      vscode.workspace.onDidCloseTextDocument(changed),
    );
  }

  /** Follows the view's visibility: refreshed when it shows again after changes while hidden. */
  track(view: vscode.TreeView<RevealItem>): vscode.Disposable {
    this.visible = view.visible;
    return view.onDidChangeVisibility(e => {
      this.visible = e.visible;
      if (e.visible && this.stale) this.refresh();
    });
  }

  refresh(): void {
    this.stale = !this.visible;
    if (this.visible) this.refresher.request();
  }

  getTreeItem(item: RevealItem): vscode.TreeItem {
    return revealTreeItem(item);
  }

  async getChildren(item?: RevealItem): Promise<RevealItem[]> {
    if (item) return item.children ?? [];
    this.stale = false;
    // Articles are named by URI: two folders may hold articles of the same file name.
    // The first showing analyses every closed article (cached after): the view shows it is busy.
    const entries = await vscode.window.withProgress({ location: { viewId: 'sourceAnnotator.speakers' } }, () => this.s.workspace.all());
    const summary = summarizeSourcing(entries.map(e => ({ name: e.uri.toString(), analysis: e.analysis })));
    return summary.quotes ? speakersTree(summary) : []; // the welcome content says there are none
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.refresher.dispose();
  }
}

const VERDICT_ICONS: Readonly<Record<VerificationStatus, string>> = { unverified: 'circle-large-outline', verified: 'pass', disputed: 'warning', false: 'error', misattributed: 'arrow-swap' };

/** The summary first, then the speakers (most quoted first), then the quotes without a speaker. */
export function speakersTree(summary: SourcingSummary): RevealItem[] {
  const quoteItem = (q: SourcedQuote): RevealItem => {
    const uri = vscode.Uri.parse(q.article, true);
    return {
      label: `“${firstWords(q.text)}”`,
      description: [fileName(uri), ...quoteMarks(q.status === 'unverified' ? undefined : q.status, q.corrected)].join(' · '),
      tooltip: q.text,
      icon: 'quote',
      contextValue: 'quote',
      reveal: { uri, start: q.start, end: q.end },
    };
  };
  const without = summary.unattributed.length;
  const overview: RevealItem = {
    label: vscode.l10n.t('Sourcing summary'),
    description: vscode.l10n.t('{0} · {1} without a speaker', quoteCount(summary.quotes), without),
    tooltip: vscode.l10n.t('{0} in {1} articles, {2} quoted', quoteCount(summary.quotes), summary.articles, wordCount(summary.quotedWords)),
    icon: 'graph',
    contextValue: 'sourcingSummary',
    expanded: true,
    children: [
      { label: vscode.l10n.t('Without a speaker'), description: `${without}`, icon: 'question', contextValue: 'sourcingCount' },
      // The verdicts are shown by their names, as in the hover card and the Entities view's filter.
      ...VERIFICATION_STATUSES.map(status => ({ label: status, description: `${summary.verdicts[status]}`, icon: VERDICT_ICONS[status], contextValue: 'sourcingCount' })),
    ],
  };
  const speakers = summary.speakers.map(
    (s): RevealItem => ({
      label: s.name,
      description: `${quoteCount(s.quotes.length)} · ${wordCount(s.quotedWords)}`,
      tooltip: s.articles.map(a => fileName(vscode.Uri.parse(a, true))).join('\n'),
      icon: 'person',
      contextValue: 'speaker',
      children: s.quotes.map(quoteItem),
    }),
  );
  const unattributed: RevealItem[] = without
    ? [{ label: vscode.l10n.t('Without a speaker'), description: quoteCount(without), icon: 'question', contextValue: 'unattributed', children: summary.unattributed.map(quoteItem) }]
    : [];
  return [overview, ...speakers, ...unattributed];
}
