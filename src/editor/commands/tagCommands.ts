// The tagging commands: Tag Selection…, Tag Entity at Cursor…, Edit Tag Note…, Remove Tag at
// Cursor, Re-attach Orphaned Tag to Selection…, Undo/Redo Tag Change, Open Sidecar File, Attach
// Tags Saved Under the Article's Old Name. Each
// explains itself when it cannot act (untitled document, broken sidecar, nothing selected).
import * as vscode from 'vscode';
import { TagInputError, type Tag, type TagSession } from '../../annotations';
import { notificationText } from '../../common/markdownText';
import { firstWords } from '../../common/text';
import { fileName, revealOffsets, toUri } from '../reveal';
import type { Services } from '../services';
import { askLabel } from '../tags/askLabel';
import type { TagsViewItem } from '../views/tagsView';

export function registerTagCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  return [
    // A label argument skips the prompt (for keybindings: `"args": "claim"`).
    // From the notice shown when an article opens next to tags saved under its old name.
    reg('sourceAnnotator.attachLeftBehindTags', async (uri?: unknown) => {
      const document = uri === undefined ? vscode.window.activeTextEditor?.document : await documentFor(uri);
      if (!document) return;
      const outcome = await s.tags.attachLeftBehindTags(document.uri);
      const name = fileName(document.uri);
      if ('reason' in outcome) void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: {0}.', outcome.reason));
      else if (outcome.attached === 1) void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: 1 tag attached to {0}.', name));
      else void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: {0} tags attached to {1}.', outcome.attached, name));
    }),
    reg('sourceAnnotator.tagSelection', async (label?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const target = await tagTarget(s, editor?.document);
      if (!target || !editor) return;
      const ranges = editor.selections.filter(sel => !sel.isEmpty);
      if (!ranges.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: select the text to tag first.'));
        return;
      }
      const chosen = typeof label === 'string' ? label : await askLabel(s.tags.labels(target.document.uri), vscode.l10n.t('Tag Selection'));
      if (!chosen) return;
      const text = target.document.getText();
      run(() =>
        target.session.model.transaction(vscode.l10n.t('Add Tag'), () => {
          for (const r of ranges) target.session.model.add({ label: chosen, start: target.document.offsetAt(r.start), end: target.document.offsetAt(r.end) }, text);
        }),
      );
    }),
    reg('sourceAnnotator.tagRange', async (uri: unknown, start: unknown, end: unknown, label?: unknown) => {
      const document = await documentFor(uri);
      const target = await tagTarget(s, document);
      if (!target || typeof start !== 'number' || typeof end !== 'number') return;
      const chosen = typeof label === 'string' ? label : await askLabel(s.tags.labels(target.document.uri), vscode.l10n.t('Tag'));
      if (chosen) run(() => target.session.model.add({ label: chosen, start, end }, target.document.getText()));
    }),
    // From a hover card: [uri, entity name]; from the palette: the person at the cursor.
    reg('sourceAnnotator.tagEntity', async (uri?: unknown, entityName?: unknown, label?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const document = uri === undefined ? editor?.document : await documentFor(uri);
      const target = await tagTarget(s, document);
      if (!target) return;
      const analysis = await s.analyses.ensure(target.document);
      const offset = editor && editor.document === target.document ? target.document.offsetAt(editor.selection.active) : -1;
      const name = typeof entityName === 'string' ? entityName : analysis?.people.at(offset)[0]?.entity;
      const entity = name ? analysis?.entity(name) : undefined;
      if (!analysis || !entity) {
        void vscode.window.showInformationMessage(vscode.l10n.t("Source Annotator: put the cursor on a person's name first."));
        return;
      }
      const chosen = typeof label === 'string' ? label : await askLabel(s.tags.labels(target.document.uri), vscode.l10n.t('Tag every mention of {0}', entity.name));
      if (!chosen) return;
      const mentions = entity.mentions.map(i => analysis.analysis.people[i]);
      const anchor = mentions.find(m => m.start <= offset && offset <= m.end) ?? mentions.find(m => m.text === entity.name) ?? mentions[0];
      run(() => target.session.model.add({ label: chosen, entity: entity.name, start: anchor.start, end: anchor.end }, target.document.getText()));
    }),
    // A third argument sets the note without asking (for scripts and keybindings).
    reg('sourceAnnotator.editTagNote', async (uri?: unknown, id?: unknown, text?: unknown) => {
      const found = await tagFromArgs(s, ...fromTreeItem(uri, id), vscode.l10n.t('Edit the note of which tag?'));
      if (!found) return;
      const note =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Note for “{0}”', found.tag.label),
              value: found.tag.note ?? '',
              prompt: vscode.l10n.t('Leave empty to remove the note'),
            });
      if (note !== undefined) run(() => found.session.model.setNote(found.tag.id, note));
    }),
    reg('sourceAnnotator.removeTag', async (uri?: unknown, id?: unknown) => {
      const found = await tagFromArgs(s, ...fromTreeItem(uri, id), vscode.l10n.t('Remove which tag?'));
      if (!found) return;
      const { model } = found.session;
      model.remove(found.tag.id);
      const removal = model.undoToken;
      // A removal (from a hover card, a view or the palette) is one undo step: the Undo button
      // here and Undo Tag Change both bring the tag back.
      const label = notificationText(found.tag.label);
      const undo = vscode.l10n.t('Undo');
      void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: removed the tag “{0}”. Undo (or Undo Tag Change) brings it back.', label), undo).then(choice => {
        // The notification can be clicked much later: undo only if this removal is still the last step.
        if (choice === undo && s.tags.loadedSession(found.uri)?.model === model && model.undoToken === removal) model.undo();
      });
    }),
    reg('sourceAnnotator.reattachTag', async (uriArg?: unknown, idArg?: unknown) => {
      const [uri, id] = fromTreeItem(uriArg, idArg);
      const editor = vscode.window.activeTextEditor;
      const target = await tagTarget(s, editor?.document);
      if (!target || !editor) return;
      if (editor.selection.isEmpty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: select the text the orphaned tag should point at first.'));
        return;
      }
      const orphans = target.session.model.orphans;
      const tag =
        typeof id === 'string' && (uri === undefined || toUri(uri)?.toString() === target.document.uri.toString())
          ? target.session.model.get(id)
          : await pickTag(orphans, vscode.l10n.t('Re-attach which orphaned tag to the selection?'));
      if (!tag) {
        if (!orphans.length) void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: this document has no orphaned tags.'));
        return;
      }
      const doc = target.document;
      run(() => target.session.model.reattach(tag.id, { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) }, doc.getText()));
    }),
    reg('sourceAnnotator.undoTagChange', () => undoRedo(s, 'undo')),
    reg('sourceAnnotator.redoTagChange', () => undoRedo(s, 'redo')),
    reg('sourceAnnotator.revealTag', async (uri: unknown, id: unknown) => {
      const document = await documentFor(uri);
      if (!document || typeof id !== 'string') return;
      const session = await s.tags.session(document);
      const tag = session?.model.get(id);
      if (!tag) return;
      if (tag.anchor === 'orphaned') {
        await vscode.window.showTextDocument(document, { preview: false });
        void vscode.window.showWarningMessage(
          vscode.l10n.t(
            'Source Annotator: the tag “{0}” is orphaned: its text (“{1}”) is gone. Select new text and run “Re-attach Orphaned Tag to Selection…”.',
            notificationText(tag.label),
            notificationText(firstWords(tag.quote.exact, 12)),
          ),
        );
        return;
      }
      await revealOffsets(document.uri, tag.start, tag.end);
    }),
    reg('sourceAnnotator.openSidecar', async (uri?: unknown) => {
      const document = uri === undefined ? vscode.window.activeTextEditor?.document : await documentFor(uri);
      if (!document) return;
      const sidecar = s.tags.sidecarUri(document.uri);
      try {
        await vscode.window.showTextDocument(sidecar, { preview: false });
      } catch {
        void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: {0} has no tags yet, so there is no sidecar file.', fileName(document.uri)));
      }
    }),
  ];
}

export async function documentFor(uri: unknown): Promise<vscode.TextDocument | undefined> {
  const target = toUri(uri);
  return target ? vscode.workspace.openTextDocument(target) : undefined;
}

/**
 * The document to tag and its tag session, or undefined after telling the user why not:
 * not an article, untitled (asks to save it first), or a broken sidecar.
 */
export async function tagTarget(s: Services, document: vscode.TextDocument | undefined): Promise<{ document: vscode.TextDocument; session: TagSession } | undefined> {
  if (!document || !s.articles.isArticle(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open an article first (or run “Annotate This Document”).'));
    return undefined;
  }
  if (document.isUntitled) {
    const save = vscode.l10n.t('Save…');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Tags are saved in a file next to the document, so the document needs a name first.'),
      { modal: true, detail: vscode.l10n.t('Save it, then tag again.') },
      save,
    );
    if (choice !== save) return undefined;
    const untitled = document.uri;
    if (!(await document.save())) return undefined;
    // Saving an untitled document opens the saved file as a new document.
    const saved = vscode.window.activeTextEditor?.document;
    await s.articles.setAnnotated(untitled, false);
    if (!saved || saved.isUntitled) return undefined;
    await s.articles.setAnnotated(saved.uri, true);
    document = saved;
  }
  const session = await s.tags.session(document);
  const error = s.tags.errorOf(document.uri);
  if (error || !session) {
    // The sidecar's problem is described by src/annotations (no `vscode` there): in English.
    const problem = error
      ? vscode.l10n.t('Source Annotator: {0}. Fix or delete the file to tag this document; it was left untouched.', error.message)
      : vscode.l10n.t('Source Annotator: the tags of this document could not be loaded.');
    // Not awaited: the command is done; the button opens the file whenever the user clicks it.
    // The problem may quote the sidecar's own text, which must not become a link in the message.
    void vscode.window.showErrorMessage(notificationText(problem), ...(error ? [vscode.l10n.t('Open Sidecar File')] : [])).then(choice => {
      if (choice) void vscode.commands.executeCommand('sourceAnnotator.openSidecar', document.uri);
    });
    return undefined;
  }
  return { document, session };
}

/** A tag given by [uri, id] (hover links, view items), else the tag at the cursor (picked if several). */
/** The [uri, id] of a Tags view item, when a view menu passes one; other arguments unchanged. */
export function fromTreeItem(uri: unknown, id: unknown): [unknown, unknown] {
  const item = uri as Partial<TagsViewItem> | undefined;
  if (item && typeof item === 'object' && item.kind === 'tag' && item.tag) return [item.tag.uri.toString(), item.tag.tag.id];
  return [uri, id];
}

export async function tagFromArgs(s: Services, uri: unknown, id: unknown, question: string): Promise<{ uri: vscode.Uri; session: TagSession; tag: Tag } | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = uri === undefined ? editor?.document : await documentFor(uri);
  if (!document) return undefined;
  const target = await tagTarget(s, document);
  if (!target) return undefined;
  if (typeof id === 'string') {
    const tag = target.session.model.get(id);
    return tag && { uri: target.document.uri, session: target.session, tag };
  }
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const here = s.tags.tagsAt(document, s.analyses.current(document), offset);
  const tag = here.length === 1 ? here[0] : await pickTag(here, question);
  if (!tag) {
    if (!here.length) void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: there is no tag at the cursor.'));
    return undefined;
  }
  return { uri: target.document.uri, session: target.session, tag };
}

async function pickTag(tags: readonly Tag[], question: string): Promise<Tag | undefined> {
  if (!tags.length) return undefined;
  const picked = await vscode.window.showQuickPick(
    tags.map(tag => ({ label: tag.label, description: vscode.l10n.t('“{0}”', firstWords(tag.quote.exact, 10)), detail: tag.note, tag })),
    { placeHolder: question },
  );
  return picked?.tag;
}

async function undoRedo(s: Services, which: 'undo' | 'redo'): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const session = document && s.articles.isArticle(document) ? await s.tags.session(document) : undefined;
  const done = session && (which === 'undo' ? session.model.undo() : session.model.redo());
  // The change's name ("Add Tag", "Remove Tag") is the one its transaction was given: the editor's
  // own are translated, those named in src/annotations are in English.
  const message = done
    ? which === 'undo'
      ? vscode.l10n.t('Source Annotator: undid “{0}”', done)
      : vscode.l10n.t('Source Annotator: redid “{0}”', done)
    : which === 'undo'
      ? vscode.l10n.t('Source Annotator: no tag change to undo')
      : vscode.l10n.t('Source Annotator: no tag change to redo');
  vscode.window.setStatusBarMessage(message, 3000);
}

/** Runs a tag operation, turning bad input into a message instead of an error. */
export function run(operation: () => unknown): void {
  try {
    operation();
  } catch (err) {
    // Why the input was refused is said by src/annotations (no `vscode` there): in English.
    if (err instanceof TagInputError) void vscode.window.showErrorMessage(vscode.l10n.t('Source Annotator: {0}', err.message));
    else throw err;
  }
}
