// Who is annotating in the editor: the `sourceAnnotator.annotator` setting ("Name" or
// "Name <email>"), else the git user of the article's workspace folder (desktop and remote),
// else nobody (VS Code for the Web without the setting: tags then carry no creator). Git is asked
// ahead of time and the answer cached per folder, so creating a tag never waits for a process.
import * as vscode from 'vscode';
import { creatorFromGit, parseCreator, type Creator } from '../../annotations';
import { SECTION } from '../config';
import { canRunGit, runGit } from './git';

export class Annotator implements vscode.Disposable {
  private setting: Creator | undefined;
  private readonly gitUsers = new Map<string, Creator | undefined>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.readSetting();
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration(`${SECTION}.annotator`)) this.readSetting();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.lookUpGitUsers()),
    );
    void this.lookUpGitUsers();
  }

  /** The creator to record for a new annotation in the document at `uri`. */
  creatorFor(uri: vscode.Uri): Creator | undefined {
    if (this.setting) return this.setting;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.gitUsers.get(folder.uri.toString()) : undefined;
  }

  /** Asks git again (after the user changed user.name, say); resolves when every folder answered. */
  async lookUpGitUsers(): Promise<void> {
    if (!canRunGit) return;
    await Promise.all(
      (vscode.workspace.workspaceFolders ?? [])
        .filter(f => f.uri.scheme === 'file')
        .map(async folder => {
          const [name, email] = await Promise.all([runGit(['config', 'user.name'], folder.uri.fsPath), runGit(['config', 'user.email'], folder.uri.fsPath)]);
          this.gitUsers.set(folder.uri.toString(), creatorFromGit(name.code === 0 ? name.stdout : undefined, email.code === 0 ? email.stdout : undefined));
        }),
    );
  }

  private readSetting(): void {
    this.setting = parseCreator(vscode.workspace.getConfiguration(SECTION).get<string>('annotator', ''));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
