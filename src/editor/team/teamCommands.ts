// The team commands: Set Up Git Merging for Sidecars, Resolve Conflict…, Filter Tags by
// Annotator… (and its clearing), Compare Annotations with Branch… (compareWithBranch.ts).
// Git runs only where the extension host has processes; in VS Code for the Web each command
// says so and points to the CLI.
import * as vscode from 'vscode';
import { describeCreator, mergeDriverCommand, setUpGitMerging, THEIRS_ID_SUFFIX, type Tag } from '../../annotations';
import { firstWords } from '../../common/text';
import { fromTreeItem, tagFromArgs } from '../commands/tagCommands';
import type { Services } from '../services';
import { NO_CREATOR, type TagsView } from '../views/tagsView';
import { compareWithBranch, showDisagreements } from './compareWithBranch';
import { canRunGit, editorGitAccess } from './git';

export function noGitMessage(): string {
  return vscode.l10n.t('Source Annotator: this needs git, which VS Code for the Web cannot run. Use the command line instead (source-annotator git-setup, merge-sidecars, agreement).');
}

export function registerTeamCommands(s: Services, tagsView: TagsView): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    reg('sourceAnnotator.setUpGitMerging', async () => {
      if (!canRunGit) return void vscode.window.showWarningMessage(noGitMessage());
      const folder = folderOfActiveEditor();
      if (!folder) return void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open a folder (a git repository) first.'));
      // The CLI shipped with this extension, run by the extension host's own runtime (VS Code's
      // binary acts as Node with ELECTRON_RUN_AS_NODE; a remote host's is Node already). The
      // paths change when the extension updates: run the command again then.
      const cli = vscode.Uri.joinPath(s.context.extensionUri, 'dist', 'cli.js').fsPath;
      const runtime = (globalThis as { process?: NodeJS.Process }).process!.execPath;
      try {
        const report = await setUpGitMerging(editorGitAccess, folder.fsPath, mergeDriverCommand(runtime, cli, { ELECTRON_RUN_AS_NODE: '1' }));
        const message = report.changes.length
          ? vscode.l10n.t('Source Annotator: set up git merging for sidecars in {0}: {1}. Commit .gitattributes so that every clone uses it.', report.repository, report.changes.join('; '))
          : vscode.l10n.t('Source Annotator: git merging for sidecars is already set up in {0}; nothing changed.', report.repository);
        void vscode.window.showInformationMessage(message);
        return report;
      } catch (err) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Source Annotator: {0}', (err as Error).message));
        return undefined;
      }
    }),
    reg('sourceAnnotator.resolveConflict', async (uriArg?: unknown, idArg?: unknown, keepArg?: unknown) => {
      const [uri, id] = fromTreeItem(uriArg, idArg);
      const found = await tagFromArgs(s, uri, id, vscode.l10n.t('Resolve the conflict of which tag?'));
      if (!found) return;
      const { model } = found.session;
      const conflict = found.tag.conflict;
      const other = conflict && model.get(conflict.with);
      if (!conflict) return void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: the tag “{0}” has no merge conflict.', found.tag.label));
      const versions = [found.tag, ...(other ? [other] : [])];
      // A third argument picks the version without asking (for keybindings and tests).
      const keep = typeof keepArg === 'string' ? versions.find(v => v.id === keepArg) : await pickVersion(versions);
      if (!keep) return;
      model.resolveConflict(keep.id);
      return keep.id;
    }),
    reg('sourceAnnotator.filterTagsByAnnotator', async (name?: unknown) => {
      const tags = await s.tags.workspaceTags(await s.workspace.uris());
      const counts = new Map<string, number>();
      for (const { tag } of tags) counts.set(tag.creator?.name ?? NO_CREATOR, (counts.get(tag.creator?.name ?? NO_CREATOR) ?? 0) + 1);
      const chosen =
        typeof name === 'string'
          ? name
          : (
              await vscode.window.showQuickPick(
                [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([n, count]) => ({ label: n === NO_CREATOR ? vscode.l10n.t('(no annotator recorded)') : n, description: `${count}`, name: n })),
                { placeHolder: vscode.l10n.t('Show the tags of which annotator?') },
              )
            )?.name;
      if (chosen !== undefined) tagsView.annotatorFilter = chosen;
    }),
    reg('sourceAnnotator.clearAnnotatorFilter', () => {
      tagsView.annotatorFilter = undefined;
    }),
    reg('sourceAnnotator.compareWithBranch', (branch?: unknown) => (canRunGit ? compareWithBranch(s, typeof branch === 'string' ? branch : undefined) : void vscode.window.showWarningMessage(noGitMessage()))),
    reg('sourceAnnotator.showDisagreements', () => showDisagreements()),
  ];
}

function folderOfActiveEditor(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  const folder = (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.scheme === 'file' ? folder.uri : undefined;
}

async function pickVersion(versions: readonly Tag[]): Promise<Tag | undefined> {
  const picked = await vscode.window.showQuickPick(
    versions.map(tag => ({
      label: vscode.l10n.t('Keep “{0}”', tag.label),
      description: [tag.id.endsWith(THEIRS_ID_SUFFIX) ? vscode.l10n.t('from the merged branch') : vscode.l10n.t('from this branch'), tag.creator && vscode.l10n.t('by {0}', describeCreator(tag.creator))].filter(Boolean).join(' · '),
      detail: [tag.note, `“${firstWords(tag.quote.exact, 10)}”`].filter(Boolean).join(' — '),
      tag,
    })),
    { placeHolder: vscode.l10n.t('Two branches changed this tag differently. Keep which version? (The other is removed; Undo Tag Change brings it back.)') },
  );
  return picked?.tag;
}
