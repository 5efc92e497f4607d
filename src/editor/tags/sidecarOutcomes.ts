// What a sidecar's load or failed save means for an open article: the state EditorTags keeps for
// it (its problem, whether its sidecar exists, the last anchoring report), and what the user is
// told. Kept apart from EditorTags, which decides when to load and save.
import type * as vscode from 'vscode';
import { describeAnchorReport, SidecarError, type TagSession } from '../../annotations';
import { fileName } from '../reveal';
import type { OpenArticleTags } from './tagTypes';
import { showSidecarError, tellAnchoring, tellSaveFailed } from './tagMessages';

/**
 * Records a load's outcome and tells the user. After VS Code reloaded an open document, the
 * editor has already moved its tags with the text: only orphans and approximate matches are news.
 */
export function recordLoad(uri: vscode.Uri, entry: OpenArticleTags, result: Awaited<ReturnType<TagSession['reload']>>, onlyProblems = false): void {
  if (!result.ok) {
    entry.error = result.error;
    void showSidecarError(result.error);
    return;
  }
  entry.error = undefined;
  entry.lastSaveError = undefined;
  entry.sidecarExists = result.exists;
  entry.report = result.report;
  // Described by src/annotations (no `vscode` there, shared with the CLI): in English.
  const message = describeAnchorReport(result.report, fileName(uri));
  const problems = result.report.changes.some(c => c.to === 'orphaned' || c.to === 'fuzzy');
  if (message && (problems || !onlyProblems)) tellAnchoring(message);
}

/** Records a failed save of an article's sidecar (open or not: `entry` is undefined when closed) and tells the user once per problem. */
export function recordSaveFailure(uri: vscode.Uri, entry: OpenArticleTags | undefined, error: SidecarError): void {
  if (entry && error.isBroken) entry.error = error.kind === 'broken' && error.cause instanceof SidecarError ? error.cause : error;
  if (entry && error.isBroken) entry.refusedSaves++;
  // A broken or read-only sidecar fails every save: say it once per problem, not per keystroke.
  if (entry?.lastSaveError === error.message) return;
  if (entry) entry.lastSaveError = error.message;
  tellSaveFailed(uri, error);
}
