// Turning highlights on and off: per kind (settings, remembered), and per document
// ("Annotate This Document" for any text document outside the articles glob).
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, SECTION, type HighlightKind } from '../config';
import { highlightKindName } from '../highlightKindNames';
import type { Services } from '../services';


export function registerHighlightCommands(s: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('sourceAnnotator.toggleHighlights', async (kind?: HighlightKind) => {
      const current = s.config.settings.highlights;
      if (kind && HIGHLIGHT_KINDS.includes(kind)) {
        await setHighlight(kind, !current[kind]);
        return;
      }
      const picked = await vscode.window.showQuickPick(
        HIGHLIGHT_KINDS.map(k => ({ label: highlightKindName(k), highlight: k, picked: current[k] })),
        { canPickMany: true, placeHolder: vscode.l10n.t('Highlight these kinds (the choice is saved in your settings)') },
      );
      if (!picked) return;
      for (const k of HIGHLIGHT_KINDS) {
        const on = picked.some(p => p.highlight === k);
        if (on !== current[k]) await setHighlight(k, on);
      }
    }),
    vscode.commands.registerCommand('sourceAnnotator.annotateDocument', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open a text document first.'));
        return;
      }
      await s.articles.setAnnotated(document.uri, true);
    }),
    vscode.commands.registerCommand('sourceAnnotator.stopAnnotatingDocument', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (document) await s.articles.setAnnotated(document.uri, false);
    }),
  ];
}

/** Saves a kind's switch where it is currently decided: the workspace if it sets it, else the user settings. */
async function setHighlight(kind: HighlightKind, on: boolean): Promise<void> {
  const c = vscode.workspace.getConfiguration(SECTION);
  const inspected = c.inspect<boolean>(`highlights.${kind}`);
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await c.update(`highlights.${kind}`, on, target);
}
