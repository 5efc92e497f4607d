// Building hover cards safely. Article text is untrusted: it is escaped before it goes into
// Markdown, HTML stays off, and command links are limited to our own allow-listed commands
// (microsoft/vscode#33577, #89966).
import * as vscode from 'vscode';

/** The commands a hover card may run. */
export const HOVER_COMMANDS = [
  'sourceAnnotator.revealRange',
  'sourceAnnotator.tagRange',
  'sourceAnnotator.tagEntity',
  'sourceAnnotator.findMentions',
  'sourceAnnotator.goToSpeaker',
  'sourceAnnotator.editTagNote',
  'sourceAnnotator.removeTag',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** Escapes text for inline Markdown: every punctuation character Markdown could read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:"'$]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A command link: `[label](command:id?args)`, the label escaped. */
export function commandLink(label: string, command: HoverCommand, args: unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** A Markdown string for a hover card: no HTML, theme icons on, only our commands trusted. */
export function cardMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  return md;
}
