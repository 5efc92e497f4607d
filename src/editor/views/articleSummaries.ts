// One line about each article (date, dateline, headline, tag count), shared by the Articles
// view and the "Open Article…" picker.
import type * as vscode from 'vscode';
import { plural } from '../../common/text';
import { fileName } from '../reveal';
import type { Services } from '../services';

export interface ArticleSummary {
  uri: vscode.Uri;
  name: string;
  date?: string;
  dateline?: string;
  headline?: string;
  tagCount: number;
  /** "2017-11-03 · BEIJING · 2 tags" */
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
    const description = [date, dateline, plural(tagCount, 'tag')].filter(Boolean).join(' · ');
    summaries.push({ uri, name: fileName(uri), date, dateline, headline, tagCount, description });
  }
  return summaries;
}
