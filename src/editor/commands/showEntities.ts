// "Show Entities": a quick pick of the active article's people, quotes and numbers.
import * as vscode from 'vscode';
import { firstWords } from '../../common/text';
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
      void vscode.window.showInformationMessage('Source Annotator: open an article first.');
      return;
    }
    const result = await s.analyses.ensure(document);
    if (!result) return;
    const a = result.analysis;
    const sep = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const items: Item[] = [
      sep('People'),
      ...a.entities.map(e => {
        const first = a.people[e.mentions[0]];
        return {
          label: `$(person) ${e.name}`,
          description: `${e.mentions.length} mentions · ${e.quotes.length} quotes`,
          detail: [e.title, e.role, e.age !== undefined ? `age ${e.age}` : undefined].filter(Boolean).join(' · ') || undefined,
          start: first.start,
          end: first.end,
        };
      }),
      sep('Quotes'),
      ...a.quotes.map(q => ({ label: `$(quote) “${firstWords(q.text)}”`, description: q.speaker ?? 'unattributed', start: q.start, end: q.end })),
      sep('Numbers'),
      ...result.bodyNumbers.map(n => ({ label: `$(symbol-number) ${n.text}`, description: `${n.date ?? n.value ?? ''} ${n.kind}`, start: n.start, end: n.end })),
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Go to a person, quote or number', matchOnDescription: true, matchOnDetail: true });
    if (picked?.start !== undefined && picked.end !== undefined) await revealOffsets(document.uri, picked.start, picked.end);
  });
}
