// Reading the highlights without a mouse or without sight. "Describe Highlight at Cursor" shows
// the hover cards at the cursor as plain text in a notification, which screen readers announce
// (a hover is read only when focused, and its Markdown is read mark by mark); Next/Previous
// Highlight say what they landed on. Both commands resolve to the words they showed.
import * as vscode from 'vscode';
import { markdownToPlainText } from '../../common/markdownText';
import { ArticleHoverProvider } from '../hovers';
import type { FoundHighlight } from '../nextHighlight';
import type { Services } from '../services';
import { notificationText } from '../../common/markdownText';

/** The hover cards at a position, as plain text, one card after the other; undefined where there is none. */
export async function describeAt(s: Services, document: vscode.TextDocument, position: vscode.Position): Promise<string | undefined> {
  const cards = new ArticleHoverProvider(s.articles, s.analyses, (d, a, o) => s.tags.cards(d, a, o));
  const source = new vscode.CancellationTokenSource();
  try {
    const hover = await cards.provideHover(document, position, source.token);
    const texts = (hover?.contents ?? []).map(c => markdownToPlainText(typeof c === 'string' ? c : c.value)).filter(Boolean);
    return texts.length ? texts.join('\n\n') : undefined;
  } finally {
    source.dispose();
  }
}

export function registerDescribeHighlight(s: Services): vscode.Disposable {
  return vscode.commands.registerCommand('sourceAnnotator.describeHighlight', async (): Promise<string | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !s.articles.isArticle(editor.document)) return undefined;
    const text = await describeAt(s, editor.document, editor.selection.active);
    // A notification is one line: the card's lines are joined, in reading order.
    // The card's text is already translated, except what src/analysis wrote (in English).
    const words = text ? vscode.l10n.t('Source Annotator: {0}', text.split('\n').join(' — ')) : vscode.l10n.t('Source Annotator: no highlight at the cursor.');
    void vscode.window.showInformationMessage(notificationText(words));
    return text;
  });
}

/** What navigation announces for each kind, "Person: …". */
function kindAnnouncement(kind: FoundHighlight['kind'], what: string): string {
  switch (kind) {
    case 'quotes':
      return vscode.l10n.t('Quote: {0}', what);
    case 'people':
      return vscode.l10n.t('Person: {0}', what);
    case 'numbers':
      return vscode.l10n.t('Number: {0}', what);
    case 'tags':
      return vscode.l10n.t('Tag: {0}', what);
  }
}

/**
 * Says which highlight navigation landed on ("Person: Wei Xiaojun · 9 mentions"): in the status
 * bar for everyone, and as a notification, which screen readers announce, when the editor is in
 * screen-reader mode.
 */
export async function announceHighlight(s: Services, document: vscode.TextDocument, found: FoundHighlight): Promise<string> {
  const card = await describeAt(s, document, document.positionAt(found.span.start));
  const summary = card?.split('\n')[0];
  const words = kindAnnouncement(found.kind, summary ?? document.getText(new vscode.Range(document.positionAt(found.span.start), document.positionAt(found.span.end))));
  vscode.window.setStatusBarMessage(`$(info) ${words}`, 4000);
  if (vscode.workspace.getConfiguration('editor').get<string>('accessibilitySupport') === 'on') void vscode.window.showInformationMessage(notificationText(words));
  return words;
}
