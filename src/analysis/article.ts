// The article's header (`date 2017-11-03 BEIJING – …`) and sign-off (`/kga`). (Baseline stub.)
import type { ArticleInfo } from './types';

/** Reads the article-level facts from the whole text. Cheap: looks only at the first and last lines. */
export function readArticleInfo(_text: string): ArticleInfo {
  return {};
}
