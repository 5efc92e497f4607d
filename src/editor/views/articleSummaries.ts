// One line about each article (date, dateline, headline, tag count), shared by the Articles
// view and the "Open Article…" picker.
import * as vscode from 'vscode';
import { tagCount as tagCountText } from '../counts';
import { fileName } from '../reveal';
import type { Services } from '../services';

export interface ArticleSummary {
  uri: vscode.Uri;
  name: string;
  date?: string;
  dateline?: string;
  headline?: string;
  tagCount: number;
  /** Why the article's tags cannot be read (a broken sidecar), if they cannot. */
  tagProblem?: string;
  /** "2017-11-03 · BEIJING · 2 tags", or "… · tags unreadable" */
  description: string;
}

export async function describeArticles(s: Services, token?: vscode.CancellationToken): Promise<ArticleSummary[]> {
  const summaries: ArticleSummary[] = [];
  for (const uri of await s.workspace.uris(token)) {
    if (token?.isCancellationRequested) break;
    const info = await s.workspace.info(uri);
    if (!info) continue;
    const { date, dateline, headline } = info;
    const tagCount = await s.tags.countFor(uri);
    const tagProblem = await s.tags.problemFor(uri);
    const description = [date, dateline, tagProblem ? vscode.l10n.t('tags unreadable') : tagCountText(tagCount)].filter(Boolean).join(' · ');
    summaries.push({ uri, name: fileName(uri), date, dateline, headline, tagCount, tagProblem, description });
  }
  return summaries;
}
