// "Export Annotations…": the active article's tags as W3C Web Annotation JSON, CSV, or a
// Markdown report of its people, quotes, numbers and tags — the same exports as the CLI's
// `export` command, written where the user chooses (next to the article by default).
import * as vscode from 'vscode';
import { encodeUtf8 } from '../../common/encoding';
import { EXPORT_FORMATS, exportDocument, isExportFormat, type ExportFormat } from '../../export';
import { fileName, toUri } from '../reveal';
import type { Services } from '../services';
import { notificationText } from '../../common/markdownText';

export function registerExportAnnotations(s: Services): vscode.Disposable {
  // Arguments (optional, for scripts and tests): a format name and a target URI; without them
  // the user is asked.
  return vscode.commands.registerCommand('sourceAnnotator.exportAnnotations', async (formatArg?: unknown, targetArg?: unknown) => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !s.articles.isArticle(document)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open an article to export its annotations.'));
      return undefined;
    }
    const format = typeof formatArg === 'string' && isExportFormat(formatArg) ? formatArg : await pickFormat();
    if (!format) return undefined;
    const name = fileName(document.uri);
    const target =
      toUri(targetArg) ??
      (await vscode.window.showSaveDialog({
        defaultUri: document.uri.with({ path: document.uri.path + EXPORT_FORMATS[format].extension }),
        title: vscode.l10n.t('Export the annotations of {0}', name),
        saveLabel: vscode.l10n.t('Export'),
      }));
    if (!target) return undefined;
    const analysis = EXPORT_FORMATS[format].needsAnalysis ? (await s.analyses.ensure(document))?.analysis : undefined;
    await s.tags.session(document);
    const content = exportDocument(format, {
      documentName: name,
      documentUri: document.uri.toString(),
      text: document.getText(),
      tags: s.tags.tagsOf(document.uri),
      analysis,
    });
    try {
      await vscode.workspace.fs.writeFile(target, encodeUtf8(content));
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(notificationText(vscode.l10n.t('Source Annotator: could not write the export to {0}: {1}', target.path, reason)));
      return undefined;
    }
    if (targetArg === undefined) await vscode.window.showTextDocument(target, { preview: false });
    return target;
  });
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  // The formats' names come from src/export (shared with the CLI, no `vscode` there): in English.
  const items = (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map(format => ({
    label: EXPORT_FORMATS[format].label,
    description: `*${EXPORT_FORMATS[format].extension}`,
    format,
  }));
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the annotations as…') }))?.format;
}
