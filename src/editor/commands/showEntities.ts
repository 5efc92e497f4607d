// "Show Entities": a quick pick of the active article's people, quotes and numbers.
import * as vscode from 'vscode';
import { firstWords } from '../../common/text';
import { mentionCount, quoteCount } from '../counts';
import { revealOffsets } from '../reveal';
import type { Services } from '../services';

interface Item extends vscode.QuickPickItem {
  start?: number;
  end?: number;
}

export function registerShowEntities(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('sourceAnnotator.showEntities', async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !s.articles.isArticle(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open an article first.'));
      return;
    }
    const result = await s.analyses.ensure(document);
    if (!result) return;
    const a = result.analysis;
    const sep = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const items: Item[] = [
      sep(vscode.l10n.t('People')),
      ...a.entities.map(e => {
        const first = a.people[e.mentions[0]];
        return {
          label: `$(person) ${e.name}`,
          description: `${mentionCount(e.mentions.length)} · ${quoteCount(e.quotes.length)}`,
          detail: [e.title, e.role, e.age !== undefined ? vscode.l10n.t('age {0}', e.age) : undefined].filter(Boolean).join(' · ') || undefined,
          start: first.start,
          end: first.end,
        };
      }),
      sep(vscode.l10n.t('Quotes')),
      ...a.quotes.map(q => ({ label: `$(quote) ${vscode.l10n.t('“{0}”', firstWords(q.text))}`, description: q.speaker ?? vscode.l10n.t('unattributed'), start: q.start, end: q.end })),
      sep(vscode.l10n.t('Numbers')),
      // A number's kind comes from the analysis, in English (src/analysis knows nothing of VS Code).
      ...result.bodyNumbers.map(n => ({ label: `$(symbol-number) ${n.text}`, description: `${n.date ?? n.value ?? ''} ${n.kind}`, start: n.start, end: n.end })),
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Go to a person, quote or number'), matchOnDescription: true, matchOnDetail: true });
    if (picked?.start !== undefined && picked.end !== undefined) await revealOffsets(document.uri, picked.start, picked.end);
  });
}
