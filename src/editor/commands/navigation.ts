// Moving around the highlights: next/previous (all kinds or one), reveal a range from a
// hover or view, go to a quote's speaker, find all mentions of a person.
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../config';
import { highlightKindName, noHighlightsHere } from '../highlightKindNames';
import { nextHighlight } from '../nextHighlight';
import { announceHighlight } from './describeHighlight';
import { revealOffsets, toUri } from '../reveal';
import type { Services } from '../services';
import type { EntityItem } from '../views/entitiesView';


export function registerNavigationCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('sourceAnnotator.nextHighlight', (kind?: HighlightKind) => move(s, 1, kind)),
    reg('sourceAnnotator.previousHighlight', (kind?: HighlightKind) => move(s, -1, kind)),
    reg('sourceAnnotator.nextHighlightOfKind', async () => {
      const kind = await pickKind();
      if (kind) await move(s, 1, kind);
    }),
    reg('sourceAnnotator.previousHighlightOfKind', async () => {
      const kind = await pickKind();
      if (kind) await move(s, -1, kind);
    }),
    reg('sourceAnnotator.revealRange', async (uri: unknown, start: unknown, end: unknown) => {
      const target = toUri(uri);
      if (!target || typeof start !== 'number' || typeof end !== 'number') return;
      await revealOffsets(target, start, end);
    }),
    reg('sourceAnnotator.goToSpeaker', async (uri: unknown, quoteStart: unknown) => {
      const target = toUri(uri);
      if (!target || typeof quoteStart !== 'number') return;
      const document = await vscode.workspace.openTextDocument(target);
      const quote = (await s.analyses.ensure(document))?.quotes.at(quoteStart)[0];
      if (quote?.speakerStart == null || quote.speakerEnd == null) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: this quote has no speaker mention in the text.'));
        return;
      }
      await revealOffsets(target, quote.speakerStart, quote.speakerEnd);
    }),
    reg('sourceAnnotator.findMentions', async (uriArg?: unknown, offsetArg?: unknown) => {
      // From the Entities view's menu, the argument is the person's tree item.
      const item = uriArg as Partial<EntityItem> | undefined;
      const [uri, offset] = item && typeof item === 'object' && item.reveal ? [item.reveal.uri, item.reveal.start] : [uriArg, offsetArg];
      const editor = vscode.window.activeTextEditor;
      const target = toUri(uri) ?? editor?.document.uri;
      if (!target) return;
      const document = await vscode.workspace.openTextDocument(target);
      const position = typeof offset === 'number' ? document.positionAt(offset) : (editor?.selection.active ?? new vscode.Position(0, 0));
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', target, position);
      if (!locations?.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: no person at the cursor.'));
        return;
      }
      await vscode.commands.executeCommand('editor.action.showReferences', target, position, locations);
    }),
  ];
}

async function pickKind(): Promise<HighlightKind | undefined> {
  const picked = await vscode.window.showQuickPick(
    HIGHLIGHT_KINDS.map(kind => ({ label: highlightKindName(kind), highlight: kind })),
    { placeHolder: vscode.l10n.t('Which kind of highlight?') },
  );
  return picked?.highlight;
}

/** Selects the next (or previous) highlight after (or before) the cursor, wrapping around; resolves to what was announced. */
async function move(s: Services, direction: 1 | -1, kind?: HighlightKind): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !s.articles.isArticle(editor.document)) return undefined;
  const target = await nextHighlight(s, editor.document, editor.document.offsetAt(editor.selection.start), direction, kind);
  if (!target) {
    void vscode.window.setStatusBarMessage(noHighlightsHere(kind), 3000);
    return undefined;
  }
  await revealOffsets(editor.document.uri, target.span.start, target.span.end);
  return announceHighlight(s, editor.document, target);
}
