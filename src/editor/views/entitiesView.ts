// The Entities view: the active article's People (with mention counts), Quotes grouped by
// speaker, and Numbers. Selecting an item reveals it in the editor.
import * as vscode from 'vscode';
import { firstWords } from '../../common/text';
import { mentionCount } from '../counts';
import { TreeRefresh } from './treeRefresh';
import { revealTreeItem, type RevealItem } from './revealItem';
import { VERIFICATION_STATUSES, type VerificationStatus } from '../../annotations';
import { quoteMarks } from '../correctionCards';
import type { ArticleRegistry } from '../articles';
import type { DocumentAnalyses, DocumentAnalysis } from '../documentAnalyses';

/** An item of the Entities view (the Entities view's menu commands receive it). */
export type EntityItem = RevealItem;

export class EntitiesView implements vscode.TreeDataProvider<EntityItem>, vscode.Disposable {
  private readonly refresher = new TreeRefresh();
  readonly onDidChangeTreeData = this.refresher.event;
  private readonly disposables: vscode.Disposable[] = [];
  private shownUri: string | undefined;
  /** Only the quotes with this verdict ("unverified" includes those without one); all when undefined. */
  private verdictFilter: VerificationStatus | undefined;

  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresher.request()),
      analyses.onDidAnalyse(r => {
        if (r.uri.toString() === this.shownUri || r.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.refresher.request();
      }),
      articles.onDidChange(() => this.refresher.request()),
      vscode.commands.registerCommand('sourceAnnotator.filterQuotesByVerdict', async (status?: unknown) => {
        const all = vscode.l10n.t('All quotes');
        const picked = typeof status === 'string' ? status : (await vscode.window.showQuickPick([all, ...VERIFICATION_STATUSES], { placeHolder: vscode.l10n.t('Show the quotes with which verdict?') }));
        if (picked === undefined) return;
        this.verdictFilter = (VERIFICATION_STATUSES as readonly string[]).includes(picked) ? (picked as VerificationStatus) : undefined;
        this.refresher.request();
      }),
    );
  }

  getTreeItem(item: EntityItem): vscode.TreeItem {
    return revealTreeItem(item);
  }

  async getChildren(item?: EntityItem): Promise<EntityItem[]> {
    if (item) return item.children ?? [];
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !this.articles.isArticle(document)) {
      this.shownUri = undefined;
      return []; // the welcome content says what to do
    }
    this.shownUri = document.uri.toString();
    const result = await this.analyses.upToDate(document);
    return result ? entityTree(document.uri, result, this.verdictFilter) : [];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.refresher.dispose();
  }
}

/** The tree for one analysis: People, Quotes by speaker, Numbers (empty groups left out). */
export function entityTree(uri: vscode.Uri, result: DocumentAnalysis, verdict?: VerificationStatus): EntityItem[] {
  const a = result.analysis;
  const at = (s: { start: number; end: number }) => ({ uri, start: s.start, end: s.end });
  const people: EntityItem[] = a.entities.map(e => ({
    label: e.name,
    description: mentionCount(e.mentions.length),
    tooltip: [e.name, e.title, e.role, e.age !== undefined ? vscode.l10n.t('age {0}', e.age) : undefined].filter(Boolean).join('\n'),
    icon: 'person',
    contextValue: 'person',
    reveal: at(a.people[e.mentions[0]]),
    children: e.mentions.map(i => {
      const m = a.people[i];
      return { label: m.text, description: vscode.l10n.t('offset {0}', m.start), icon: 'symbol-reference', contextValue: 'mention', reveal: at(m) };
    }),
  }));
  // Quotes without a speaker are grouped under a key no name can be: the group's label is translated.
  const UNATTRIBUTED = '';
  const bySpeaker = new Map<string, EntityItem[]>();
  const shownQuotes = verdict ? a.quotes.filter(q => (q.verification?.status ?? 'unverified') === verdict) : a.quotes;
  for (const q of shownQuotes) {
    const speaker = q.speaker ?? UNATTRIBUTED;
    const list = bySpeaker.get(speaker) ?? [];
    // What the user decided shows next to the quote: its verdict, and whether it was corrected.
    const description = quoteMarks(q.verification?.status, q.origin === 'correction').join(' · ') || undefined;
    list.push({ label: `“${firstWords(q.text)}”`, description, tooltip: q.text, icon: 'quote', contextValue: 'quote', reveal: at(q) });
    bySpeaker.set(speaker, list);
  }
  const quotes: EntityItem[] = [...bySpeaker].map(([speaker, list]) => ({
    label: speaker === UNATTRIBUTED ? vscode.l10n.t('Unattributed') : speaker,
    description: `${list.length}`,
    icon: speaker === UNATTRIBUTED ? 'question' : 'person',
    contextValue: 'speaker',
    children: list,
  }));
  // A number's kind ("count", "percent") and what it counts come from the analysis, in English:
  // src/analysis knows nothing of VS Code, so they are shown as they are.
  const numbers: EntityItem[] = result.bodyNumbers.map(n => ({
    label: n.text,
    description: [n.date ?? (n.value !== null ? `${n.value}${n.unit ? ` ${n.unit}` : ''}` : undefined), n.kind, n.counted].filter(Boolean).join(' · '),
    icon: 'symbol-number',
    contextValue: 'number',
    reveal: at(n),
  }));
  const group = (label: string, icon: string, children: EntityItem[], count = children.length): EntityItem => ({
    label,
    description: `${count}`,
    icon,
    contextValue: 'group',
    children,
  });
  return [
    group(vscode.l10n.t('People'), 'organization', people),
    group(verdict ? vscode.l10n.t('Quotes ({0})', verdict) : vscode.l10n.t('Quotes'), 'quote', quotes, shownQuotes.length),
    group(vscode.l10n.t('Numbers'), 'symbol-number', numbers),
  ].filter(g => g.children!.length > 0);
}
