// The light bulb on a highlight: the corrections that apply to the person, quote or number
// under the cursor (and Mark as… on a selection), as code actions running the same commands as
// the hover card and the context menu.
import * as vscode from 'vscode';
import type { ArticleRegistry } from './articles';
import type { DocumentAnalyses } from './documentAnalyses';

export class CorrectionActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.articles.isArticle(document)) return [];
    const analysis = this.analyses.current(document);
    if (!analysis) return [];
    const uri = document.uri.toString();
    const offset = document.offsetAt(range.start);
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown[] = []) => {
      const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      a.command = { title, command, arguments: args };
      actions.push(a);
    };
    for (const p of analysis.people.at(offset)) {
      action(vscode.l10n.t('Not a Person: “{0}”', p.text), 'sourceAnnotator.notAPerson', [uri, p.start, p.end]);
      action(vscode.l10n.t('Is Another Person…'), 'sourceAnnotator.isAnotherPerson', [uri, p.start, p.end]);
      action(vscode.l10n.t('Rename Person “{0}”…', p.entity), 'sourceAnnotator.renamePerson', [uri, p.start, p.end]);
    }
    for (const q of analysis.quotes.at(offset)) {
      action(vscode.l10n.t('Change Speaker…'), 'sourceAnnotator.changeSpeaker', [uri, q.start, q.end]);
      action(vscode.l10n.t('Not a Quote'), 'sourceAnnotator.notAQuote', [uri, q.start, q.end]);
      action(vscode.l10n.t('Set Verdict…'), 'sourceAnnotator.setVerdict', [uri, q.start, q.end]);
    }
    for (const n of analysis.numbers.at(offset)) action(vscode.l10n.t('Not a Number: “{0}”', n.text), 'sourceAnnotator.notANumber', [uri, n.start, n.end]);
    if (!range.isEmpty) {
      action(vscode.l10n.t('Mark as Person…'), 'sourceAnnotator.markAsPerson');
      action(vscode.l10n.t('Mark as Quote…'), 'sourceAnnotator.markAsQuote');
      action(vscode.l10n.t('Mark as Number'), 'sourceAnnotator.markAsNumber');
    }
    return actions;
  }
}
