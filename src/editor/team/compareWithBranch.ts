// Compare Annotations with Branch…: the current article's sidecar against the same file on
// another branch (`git show <branch>:./<sidecar>`), measured as `source-annotator agreement`
// does (src/annotations/agreement.ts). The numbers open as a Markdown document; the
// disagreements are a list to pick from, each revealing its span in the article
// (Show Annotation Disagreements brings the list back).
import * as vscode from 'vscode';
import {
  anchorTag,
  compareSidecars,
  describeQuote,
  fingerprintText,
  parseSidecar,
  SidecarFormatError,
  type AnchoredAnnotation,
  type Disagreement,
  type KindAgreement,
  type SidecarAgreement,
  type SidecarContent,
} from '../../annotations';
import { excerpt } from '../../common/text';
import { fileName, revealOffsets } from '../reveal';
import type { Services } from '../services';
import { runGit } from './git';


let last: { uri: vscode.Uri; branch: string; disagreements: readonly Disagreement[] } | undefined;

/** Runs the comparison; resolves with the agreement (for tests), or undefined after telling the user why not. */
export async function compareWithBranch(s: Services, branchArg?: string): Promise<SidecarAgreement | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !s.articles.isArticle(document) || document.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: open an article saved in a git repository first.'));
    return undefined;
  }
  const sidecar = s.tags.sidecarUri(document.uri);
  const dir = vscode.Uri.joinPath(sidecar, '..').fsPath;
  const refs = await runGit(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes'], dir);
  if (refs.code !== 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Source Annotator: {0} is not in a git repository ({1}).', fileName(document.uri), refs.stderr.trim()));
    return undefined;
  }
  const branch = branchArg ?? (await vscode.window.showQuickPick(refs.stdout.split('\n').filter(Boolean), { placeHolder: vscode.l10n.t('Compare the annotations of {0} with which branch?', fileName(document.uri)) }));
  if (!branch) return undefined;
  const shown = await runGit(['show', `${branch}:./${fileName(sidecar)}`], dir);
  if (shown.code !== 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Source Annotator: {0} has no {1} ({2}).', branch, fileName(sidecar), shown.stderr.trim()));
    return undefined;
  }
  let theirs: SidecarContent, ours: SidecarContent;
  try {
    theirs = parseSidecar(shown.stdout);
    ours = await readOurs(sidecar);
  } catch (err) {
    if (!(err instanceof SidecarFormatError)) throw err;
    void vscode.window.showErrorMessage(vscode.l10n.t('Source Annotator: a sidecar cannot be read: {0}', err.message));
    return undefined;
  }
  // Both sides' offsets are made to refer to the text in the editor, whatever text each was saved with.
  const text = document.getText();
  const result = compareSidecars(anchoredTo(ours, text), anchoredTo(theirs, text));
  last = { uri: document.uri, branch, disagreements: result.disagreements };
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content: reportMarkdown(fileName(document.uri), branch, result) });
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  if (result.disagreements.length && branchArg === undefined) void showDisagreements();
  return result;
}

/** The list of the last comparison's disagreements; picking one reveals it in the article. */
export async function showDisagreements(): Promise<void> {
  if (!last?.disagreements.length) return void vscode.window.showInformationMessage(vscode.l10n.t('Source Annotator: no disagreements to show (run “Compare Annotations with Branch…” first).'));
  const { uri, branch } = last;
  const picked = await vscode.window.showQuickPick(
    last.disagreements.map(d => ({ label: `${d.a ?? '—'} ↔ ${d.b ?? '—'}`, description: `${d.kind} · ${d.start}–${d.end}`, detail: `“${excerpt(d.text, 80)}”`, d })),
    { placeHolder: vscode.l10n.t('Disagreements with {0} (this branch ↔ {0}): pick one to see it', branch) },
  );
  if (picked) await revealOffsets(uri, picked.d.start, picked.d.end);
}

async function readOurs(sidecar: vscode.Uri): Promise<SidecarContent> {
  try {
    return parseSidecar(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)));
  } catch (err) {
    if (err instanceof vscode.FileSystemError) return { version: 2, document: {}, tags: [], corrections: [], verifications: [] };
    throw err;
  }
}

/** The items re-anchored to `text` when the sidecar was saved with another text (orphans stay, and are left out of the measures). */
function anchoredTo(content: SidecarContent, text: string): SidecarContent {
  if (content.document.fingerprint === fingerprintText(text)) return content;
  const move = <T extends AnchoredAnnotation>(item: T): T => {
    const found = anchorTag(item, text);
    if (found.status === 'orphaned') return { ...item, anchor: 'orphaned' };
    return { ...item, anchor: found.status, start: found.start, end: found.end, quote: describeQuote(text, found.start, found.end) };
  };
  return { ...content, tags: content.tags.map(move), corrections: content.corrections.map(move), verifications: content.verifications.map(move) };
}

function reportMarkdown(article: string, branch: string, r: SidecarAgreement): string {
  const num = (n: number | null) => (n === null ? '–' : n.toFixed(3));
  const row = (name: string, k: KindAgreement) => `| ${name} | ${num(k.f1)} | ${num(k.f1Overlap)} | ${num(k.kappa)} | ${k.matched} | ${k.onlyA} | ${k.onlyB} |`;
  const cell = (t: string) => t.replace(/[|\\`*_[\]<>]/g, c => `\\${c}`).replace(/\s+/g, ' ');
  return [
    `# Annotations of ${cell(article)}: this branch (A) and ${cell(branch)} (B)`,
    '',
    '| | F1 (exact) | F1 (overlap) | Cohen’s κ | matched | only A | only B |',
    '|---|---|---|---|---|---|---|',
    row('Tags', r.tags),
    row('Corrections', r.corrections),
    row('Verifications', r.verifications),
    '',
    r.disagreements.length ? `## ${r.disagreements.length} disagreements` : 'No disagreements.',
    '',
    ...r.disagreements.map(d => `- ${d.kind}, ${d.start}–${d.end} “${cell(excerpt(d.text, 60))}”: A ${cell(d.a ?? '—')}, B ${cell(d.b ?? '—')}`),
    '',
    r.disagreements.length ? 'Run **Source Annotator: Show Annotation Disagreements** to go to each one in the article.' : '',
    '',
    'F1: 2·matched / (A + B) on spans with the same label (exact: same offsets; overlap: sharing text). κ: Cohen’s kappa on the labels of the spans both annotated.',
  ].join('\n');
}
