// Building hover cards safely. Article text and every string of a sidecar (it comes from git
// like any other file) are untrusted: they go in only through markdownText/markdownCode, HTML
// stays off, and a card trusts exactly the commands of the links it made itself, whose arguments
// are the extension's own data (microsoft/vscode#33577, #89966).
import * as vscode from 'vscode';
import { commandUri } from '../common/markdownText';

/** The commands a hover card may run. */
export const HOVER_COMMANDS = [
  'sourceAnnotator.revealRange',
  'sourceAnnotator.tagRange',
  'sourceAnnotator.tagEntity',
  'sourceAnnotator.findMentions',
  'sourceAnnotator.goToSpeaker',
  'sourceAnnotator.editTagNote',
  'sourceAnnotator.removeTag',
  'sourceAnnotator.notAPerson',
  'sourceAnnotator.isAnotherPerson',
  'sourceAnnotator.renamePerson',
  'sourceAnnotator.changeSpeaker',
  'sourceAnnotator.notAQuote',
  'sourceAnnotator.notANumber',
  'sourceAnnotator.setVerdict',
  'sourceAnnotator.resolveConflict',
] as const;
export type HoverCommand = (typeof HOVER_COMMANDS)[number];

/** A hover card being written: Markdown with no HTML, theme icons on, and its own command links. */
export class HoverCard {
  private readonly md = new vscode.MarkdownString('', true);
  private readonly commands = new Set<HoverCommand>();

  constructor() {
    this.md.supportHtml = false;
  }

  /** Appends Markdown written by the extension; untrusted strings must be escaped already. */
  append(markdown: string): void {
    this.md.appendMarkdown(markdown);
  }

  /** A command link `[label](command:id?args)`, the label already Markdown, the command trusted. */
  link(label: string, command: HoverCommand, args: readonly (string | number)[]): string {
    this.commands.add(command);
    return `[${label}](${commandUri(command, args)})`;
  }

  /** The finished card, trusting only the commands its links run (none: not trusted at all). */
  done(): vscode.MarkdownString {
    this.md.isTrusted = this.commands.size ? { enabledCommands: [...this.commands] } : false;
    return this.md;
  }
}
