// What the tags of open articles tell the user: sidecar problems, how tags re-anchored, tags
// found under an old name. Problems are told, never hidden; texts written by src/annotations (no
// `vscode` there, shared with the CLI) arrive in English and are shown inside translated sentences.
import * as vscode from 'vscode';
import { describeLeftBehindTags, type LeftBehindTags, type SidecarError } from '../../annotations';
import { notificationText } from '../../common/markdownText';
import { fileName } from '../reveal';

/** Tells the user how tags re-anchored, offering the Tags view to check them. */
export function tellAnchoring(message: string): void {
  const show = vscode.l10n.t('Show Tags');
  void vscode.window.showInformationMessage(notificationText(vscode.l10n.t('Source Annotator: {0}', message)), show).then(choice => {
    if (choice === show) void vscode.commands.executeCommand('sourceAnnotator.tags.focus');
  });
}

/** An edit rewrote tagged text, leaving `count` tags on text only like theirs: worth a look. */
export function tellEditMadeFuzzy(document: vscode.Uri, count: number): void {
  const name = fileName(document);
  tellAnchoring(
    count === 1
      ? vscode.l10n.t('the edit to {0} changed tagged text: 1 tag now matches approximately (check them).', name)
      : vscode.l10n.t('the edit to {0} changed tagged text: {1} tags now match approximately (check them).', name, count),
  );
}

/** A sidecar that cannot be read: said with a way to open it. */
export async function showSidecarError(error: SidecarError): Promise<void> {
  const open = vscode.l10n.t('Open Sidecar File');
  const choice = await vscode.window.showErrorMessage(
    notificationText(vscode.l10n.t('Source Annotator: {0}. The file was left untouched and will not be overwritten until it is fixed.', error.message)),
    open,
  );
  if (choice === open) await vscode.window.showTextDocument(vscode.Uri.parse(error.location, true));
}

export function tellSidecarProblem(error: SidecarError): void {
  void vscode.window.showErrorMessage(notificationText(vscode.l10n.t('Source Annotator: {0}', error.message)));
}

export function tellSaveFailed(document: vscode.Uri, error: SidecarError): void {
  void vscode.window.showErrorMessage(
    notificationText(vscode.l10n.t('Source Annotator: the tags of {0} could not be saved — {1}. They are kept in memory; nothing was lost.', fileName(document), error.message)),
  );
}

/** A reload or merge failed for a reason that is not the sidecar's: a bug, told as it is. */
export function tellReloadFailed(document: vscode.Uri, err: unknown): void {
  const reason = err instanceof Error ? err.message : String(err);
  void vscode.window.showErrorMessage(notificationText(vscode.l10n.t('Source Annotator: reloading the tags of {0} failed: {1}', fileName(document), reason)));
}

export function tellSuffixChanged(suffix: string, before: string): void {
  void vscode.window.showInformationMessage(
    notificationText(
      vscode.l10n.t(
        'Source Annotator: tags are now read from and saved to "*{0}" files. Tags in existing "*{1}" files are not shown until you rename those files or change the setting back.',
        suffix,
        before,
      ),
    ),
  );
}

/** Tags saved under the document's old name sit next to it: offer to attach them. */
export async function offerLeftBehindTags(found: LeftBehindTags, document: vscode.Uri): Promise<void> {
  const attach = vscode.l10n.t('Attach Tags');
  const choice = await vscode.window.showInformationMessage(notificationText(vscode.l10n.t('Source Annotator: {0}', describeLeftBehindTags(found, fileName(document)))), attach);
  if (choice === attach) await vscode.commands.executeCommand('sourceAnnotator.attachLeftBehindTags', document);
}
