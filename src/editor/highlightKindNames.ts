// The names of the highlight kinds as the user reads them (the kind pickers, "no … here"), one
// translatable message each: a translation may need another case or word order per kind.
import * as vscode from 'vscode';
import type { HighlightKind } from './config';

/** "Quotes", "People", … for pickers. */
export function highlightKindName(kind: HighlightKind): string {
  switch (kind) {
    case 'quotes':
      return vscode.l10n.t('Quotes');
    case 'people':
      return vscode.l10n.t('People');
    case 'numbers':
      return vscode.l10n.t('Numbers');
    case 'tags':
      return vscode.l10n.t('Tags');
  }
}

/** What navigation says when there is nothing of the kind (or of any kind) to go to. */
export function noHighlightsHere(kind: HighlightKind | undefined): string {
  switch (kind) {
    case 'quotes':
      return vscode.l10n.t('Source Annotator: no quotes here');
    case 'people':
      return vscode.l10n.t('Source Annotator: no people here');
    case 'numbers':
      return vscode.l10n.t('Source Annotator: no numbers here');
    case 'tags':
      return vscode.l10n.t('Source Annotator: no tags here');
    case undefined:
      return vscode.l10n.t('Source Annotator: no highlights here');
  }
}
