// The correction commands: the user's last word over the analysis (Not a Person, Is Another
// Person…, Rename Person…, Mark as Person…, Change Speaker…, Not a Quote, Mark as Quote…, Not a
// Number, Mark as Number) and verdicts on quotes (Set Verdict…, Next Unverified Quote). Each
// takes [uri, start, end] from a hover link or a light bulb, or works on the cursor or the
// selection from the palette and the context menu; each is one undoable step in the tag history.
// Like Tag Selection's label, an answer given as the last argument skips the prompt (for
// keybindings and scripts): a name, a speaker (null: unknown), or a verdict {status, source, note}.
import * as vscode from 'vscode';
import { correctionLabel, VERIFICATION_STATUSES, type Correction, type Verification } from '../../annotations';
import { firstWords } from '../../common/text';
import type { DocumentAnalysis } from '../documentAnalyses';
import { revealOffsets } from '../reveal';
import type { Services } from '../services';
import { documentFor, run, tagTarget } from './tagCommands';

type Kind = 'person' | 'quote' | 'number';
interface Target {
  document: vscode.TextDocument;
  analysis: DocumentAnalysis | undefined;
  start: number;
  end: number;
}

const say = (message: string) => void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: {0}', message));

export function registerCorrectionCommands(s: Services): vscode.Disposable[] {
  const reg = vscode.commands.registerCommand;
  const correct = async (target: Target | undefined, input: { as: string; entity?: string; speaker?: string | null }) => {
    const t = target && (await tagTarget(s, target.document));
    if (!target || !t) return;
    run(() => t.session.model.correct({ ...input, start: target.start, end: target.end }, t.document.getText()));
  };
  return [
    reg('sourceAnnotator.notAPerson', async (...args: unknown[]) => correct(await found(s, 'person', args), { as: 'none' })),
    reg('sourceAnnotator.notAQuote', async (...args: unknown[]) => correct(await found(s, 'quote', args), { as: 'none' })),
    reg('sourceAnnotator.notANumber', async (...args: unknown[]) => correct(await found(s, 'number', args), { as: 'none' })),
    reg('sourceAnnotator.markAsNumber', async () => correct(selected(s), { as: 'number' })),
    reg('sourceAnnotator.isAnotherPerson', async (...args: unknown[]) => {
      const target = await found(s, 'person', args);
      const current = target?.analysis?.people.at(target.start).find(p => p.start === target.start)?.entity;
      const entity = typeof args[3] === 'string' ? args[3] : target && (await pickPerson(target.analysis, vscode.l10n.t('Which person does this mention?'), current));
      if (entity) await correct(target, { as: 'person', entity });
    }),
    reg('sourceAnnotator.markAsPerson', async (name?: unknown) => {
      const target = selected(s);
      const entity = typeof name === 'string' ? name : target && (await pickPerson(target.analysis, vscode.l10n.t('Who is “{0}”?', target.document.getText(rangeOf(target)))));
      if (entity) await correct(target, { as: 'person', entity });
    }),
    reg('sourceAnnotator.renamePerson', async (...args: unknown[]) => {
      const target = await found(s, 'person', args);
      const mention = target?.analysis?.people.at(target.start).find(p => p.start === target.start);
      if (!target?.analysis || !mention) return;
      const name = await vscode.window.showInputBox({ title: vscode.l10n.t('Rename Person'), value: mention.entity, prompt: vscode.l10n.t('The name every mention of {0} shows', mention.entity) });
      if (!name?.trim() || name.trim() === mention.entity) return;
      const t = await tagTarget(s, target.document);
      if (!t) return;
      const text = t.document.getText();
      // A correction is about text: one per mention of the person, so each follows its own words.
      const mentions = target.analysis.analysis.people.filter(p => p.entity === mention.entity);
      run(() => t.session.model.transaction(vscode.l10n.t('Rename Person'), () => mentions.forEach(m => t.session.model.correct({ as: 'person', entity: name.trim(), start: m.start, end: m.end }, text))));
    }),
    reg('sourceAnnotator.changeSpeaker', async (...args: unknown[]) => {
      const target = await found(s, 'quote', args);
      const speaker = args.length > 3 ? speakerArg(args[3]) : target && (await pickSpeaker(target.analysis));
      if (speaker !== undefined) await correct(target, { as: 'quote', speaker });
    }),
    reg('sourceAnnotator.markAsQuote', async (...args: unknown[]) => {
      const target = selected(s);
      const speaker = args.length ? speakerArg(args[0]) : target && (await pickSpeaker(target.analysis));
      if (speaker !== undefined) await correct(target, { as: 'quote', speaker });
    }),
    reg('sourceAnnotator.setVerdict', async (...args: unknown[]) => {
      const target = await found(s, 'quote', args);
      const t = target && (await tagTarget(s, target.document));
      if (!target || !t) return;
      const given = args[3] as { status?: unknown; source?: unknown; note?: unknown } | undefined;
      if (given && typeof given === 'object' && typeof given.status === 'string') {
        const { status, source, note } = given;
        run(() => t.session.model.verify({ status, source: typeof source === 'string' ? source : undefined, note: typeof note === 'string' ? note : undefined, start: target.start, end: target.end }, t.document.getText()));
        return;
      }
      const current = target.analysis?.quotes.at(target.start).find(q => q.start === target.start && q.end === target.end)?.verification;
      const status = await vscode.window.showQuickPick(
        VERIFICATION_STATUSES.map(v => ({ label: v, description: v === current?.status ? vscode.l10n.t('current') : undefined })),
        { title: vscode.l10n.t('Set Verdict'), placeHolder: vscode.l10n.t('What did checking this quote show?') },
      );
      if (!status) return;
      const source = await vscode.window.showInputBox({ title: vscode.l10n.t('Primary source (optional)'), value: current?.source, prompt: vscode.l10n.t('A web address: a transcript, a video, a document'), validateInput: v => (!v.trim() || /^https?:\/\/\S+$/i.test(v.trim()) ? undefined : vscode.l10n.t('A web address starting with http:// or https://')) });
      if (source === undefined) return;
      const note = await vscode.window.showInputBox({ title: vscode.l10n.t('Note (optional)'), value: current?.note });
      if (note === undefined) return;
      run(() => t.session.model.verify({ status: status.label, source, note, start: target.start, end: target.end }, t.document.getText()));
    }),
    // An orphaned correction or verdict (its text was deleted) is kept; this points it at the selection again.
    reg('sourceAnnotator.reattachCorrection', async (idArg?: unknown) => {
      const editor = vscode.window.activeTextEditor;
      const t = await tagTarget(s, editor?.document);
      if (!t || !editor) return;
      if (editor.selection.isEmpty) return say(vscode.l10n.t('select the text the orphaned correction or verdict should point at first.'));
      const model = t.session.model;
      const orphans: (Correction | Verification)[] = [...model.corrections, ...model.verifications].filter(a => a.anchor === 'orphaned');
      if (!orphans.length) return say(vscode.l10n.t('this document has no orphaned corrections or verdicts.'));
      const describe = (a: Correction | Verification) => ('as' in a ? vscode.l10n.t('Correction: {0}', correctionLabel(a)) : vscode.l10n.t('Verdict: {0}', a.status));
      const item =
        typeof idArg === 'string'
          ? orphans.find(o => o.id === idArg)
          : (await vscode.window.showQuickPick(orphans.map(o => ({ label: describe(o), description: vscode.l10n.t('“{0}”', firstWords(o.quote.exact, 10)), o })), { placeHolder: vscode.l10n.t('Re-attach which orphaned correction or verdict to the selection?') }))?.o;
      if (!item) return;
      const doc = t.document;
      run(() => model.reattach(item.id, { start: doc.offsetAt(editor.selection.start), end: doc.offsetAt(editor.selection.end) }, doc.getText()));
    }),
    reg('sourceAnnotator.nextUnverifiedQuote', async () => {
      const editor = vscode.window.activeTextEditor;
      const analysis = editor && s.articles.isArticle(editor.document) ? await s.analyses.ensure(editor.document) : undefined;
      if (!editor || !analysis) return;
      const unverified = analysis.analysis.quotes.filter(q => (q.verification?.status ?? 'unverified') === 'unverified');
      const from = editor.document.offsetAt(editor.selection.end);
      const next = unverified.find(q => q.start >= from) ?? unverified[0];
      if (!next) return say(vscode.l10n.t('every quote of this article has a verdict.'));
      await revealOffsets(editor.document.uri, next.start, next.end);
    }),
  ];
}

/**
 * The person, quote or number a command is about: [uri, start, end] from a hover link or a
 * light bulb, else the one at the cursor (the innermost). Undefined after saying why not.
 */
async function found(s: Services, kind: Kind, args: unknown[]): Promise<Target | undefined> {
  const [uri, start, end] = args;
  const editor = vscode.window.activeTextEditor;
  const document = uri === undefined ? editor?.document : await documentFor(uri);
  if (!document || !s.articles.isArticle(document)) return say(vscode.l10n.t('open an article first.'));
  const analysis = await s.analyses.ensure(document);
  if (typeof start === 'number' && typeof end === 'number') return { document, analysis, start, end };
  const offset = editor?.document === document ? document.offsetAt(editor.selection.active) : -1;
  const index = kind === 'person' ? analysis?.people : kind === 'quote' ? analysis?.quotes : analysis?.numbers;
  const here = index?.at(offset).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (!here) return say(vscode.l10n.t('there is no {0} at the cursor.', kind));
  return { document, analysis, start: here.start, end: here.end };
}

/** The selection in the active article, for the Mark as… commands. */
function selected(s: Services): Target | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !s.articles.isArticle(editor.document)) return say(vscode.l10n.t('open an article first.'));
  if (editor.selection.isEmpty) return say(vscode.l10n.t('select the text first.'));
  const { document } = editor;
  return { document, analysis: s.analyses.current(document), start: document.offsetAt(editor.selection.start), end: document.offsetAt(editor.selection.end) };
}

function rangeOf(t: Target): vscode.Range {
  return new vscode.Range(t.document.positionAt(t.start), t.document.positionAt(t.end));
}

/** A person of the article, or a new name. */
async function pickPerson(analysis: DocumentAnalysis | undefined, question: string, except?: string): Promise<string | undefined> {
  const newName = vscode.l10n.t('$(add) Another name…');
  const people = (analysis?.analysis.entities ?? []).map(e => e.name).filter(n => n !== except);
  const picked = await vscode.window.showQuickPick([...people, newName], { placeHolder: question });
  if (picked !== newName) return picked;
  return (await vscode.window.showInputBox({ prompt: question }))?.trim() || undefined;
}

/** A speaker: a person of the article, a new name, or null for "unknown". Undefined: cancelled. */
async function pickSpeaker(analysis: DocumentAnalysis | undefined): Promise<string | null | undefined> {
  const unknown = vscode.l10n.t('Unknown');
  const newName = vscode.l10n.t('$(add) Another name…');
  const people = (analysis?.analysis.entities ?? []).map(e => e.name);
  const question = vscode.l10n.t('Who said it?');
  const picked = await vscode.window.showQuickPick([...people, newName, unknown], { placeHolder: question });
  if (picked === undefined) return undefined;
  if (picked === unknown) return null;
  if (picked !== newName) return picked;
  return (await vscode.window.showInputBox({ prompt: question }))?.trim() || undefined;
}

/** A speaker given as an argument: a name, or null for unknown; anything else is no answer. */
function speakerArg(value: unknown): string | null | undefined {
  return value === null || typeof value === 'string' ? value : undefined;
}
