// Counted nouns the editor shows ("1 mention", "3 mentions"), as whole translatable messages:
// languages differ in where the number goes and in their plural forms, so the editor does not
// glue a number to an English word (`plural` in src/common does that for the CLI and exports).
import * as vscode from 'vscode';

export function mentionCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n);
}

export function quoteCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', n);
}

export function tagCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 tag') : vscode.l10n.t('{0} tags', n);
}

export function wordCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 word') : vscode.l10n.t('{0} words', n);
}

export function personCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 person') : vscode.l10n.t('{0} people', n);
}

export function numberCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 number') : vscode.l10n.t('{0} numbers', n);
}
