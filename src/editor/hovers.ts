// Hover cards for people, quotes, numbers and tags. One provider with a narrow selector and
// an O(log n) lookup in the document's cached analysis (several providers, or hoverMessage on
// thousands of decorations, would stack and duplicate cards: microsoft/vscode#14526).
import * as vscode from 'vscode';
import type { ArticleInfo, NumberMention, PersonEntity, Quote } from '../analysis';
import type { ArticleRegistry } from './articles';
import type { DocumentAnalyses, DocumentAnalysis } from './documentAnalyses';
import { countWords, firstWords, plural, sentenceAround } from '../common/text';
import { isLinkableTagId, markdownCode, markdownText } from '../common/markdownText';
import { HoverCard } from './markdown';

/** What a hover card shows of a tag. */
export interface TagCard {
  id: string;
  label: string;
  note?: string;
  created: string;
  modified: string;
  start: number;
  end: number;
  entity?: string;
  /** Who made it ("Name <email>"), when recorded. */
  creator?: string;
  /** Two branches changed it differently: a merge kept both versions (Resolve Conflict… picks one). */
  conflict?: boolean;
}

/** The tags of a document at an offset (or all of them, offset undefined). */
export type TagLookup = (document: vscode.TextDocument, analysis: DocumentAnalysis | undefined, offset?: number) => TagCard[];

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
    private readonly tags: TagLookup,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!this.articles.isArticle(document)) return undefined;
    const analysis = await this.analyses.upToDate(document, token);
    if (!analysis || token.isCancellationRequested) return undefined;
    const offset = document.offsetAt(position);
    const cards: vscode.MarkdownString[] = [];
    let range: { start: number; end: number } | undefined;
    const cover = (s: { start: number; end: number }) => {
      // The hover's range is the innermost highlight under the pointer.
      if (!range || s.end - s.start < range.end - range.start) range = s;
    };
    for (const tag of this.tags(document, analysis, offset)) {
      cards.push(tagCard(document, tag));
      // A tag on a person covers the offset through the mention under the pointer.
      cover(tag.start <= offset && offset < tag.end ? tag : (analysis.people.at(offset)[0] ?? tag));
    }
    for (const mention of analysis.people.at(offset)) {
      const entity = analysis.entity(mention.entity);
      if (entity) cards.push(personCard(document, analysis, entity, this.tags(document, analysis)));
      cover(mention);
    }
    for (const n of analysis.numbers.at(offset)) {
      cards.push(numberCard(document, n, this.tags(document, analysis)));
      cover(n);
    }
    for (const q of analysis.quotes.at(offset)) {
      cards.push(quoteCard(document, q, this.tags(document, analysis)));
      cover(q);
    }
    const { header, signOff } = analysis.analysis.article;
    for (const span of [header, signOff]) {
      if (!span || offset < span.start || offset >= span.end) continue;
      cards.push(articleCard(analysis.analysis.article));
      cover(span);
    }
    if (!cards.length || !range) return undefined;
    return new vscode.Hover(cards, new vscode.Range(document.positionAt(range.start), document.positionAt(range.end)));
  }
}

/** The tags on what the card shows: their labels, each in a code span that nothing can break out of. */
function tagsLine(card: HoverCard, tags: TagCard[]): void {
  if (!tags.length) return;
  card.append(`\n\n$(tag) Tags: ${tags.map(t => markdownCode(t.label)).join(', ')}`);
}

export function personCard(document: vscode.TextDocument, analysis: DocumentAnalysis, entity: PersonEntity, allTags: TagCard[]): vscode.MarkdownString {
  const card = new HoverCard();
  const uri = document.uri.toString();
  card.append(`$(person) **${markdownText(entity.name)}**`);
  const about = [entity.title, entity.role].filter((x): x is string => Boolean(x));
  if (about.length) card.append(` — ${markdownText(about.join(', '))}`);
  const facts = [plural(entity.mentions.length, 'mention'), plural(entity.quotes.length, 'quote')];
  if (entity.age !== undefined) facts.unshift(`age ${entity.age}`);
  card.append(`\n\n${facts.join(' · ')}`);
  const quotes = entity.quotes.map(i => analysis.analysis.quotes[i]);
  for (const q of quotes) card.append(`\n- ${card.link(markdownText(`“${firstWords(q.text)}”`), 'sourceAnnotator.revealRange', [uri, q.start, q.end])}`);
  const mentionSpans = entity.mentions.map(i => analysis.analysis.people[i]);
  tagsLine(
    card,
    allTags.filter(t => t.entity === entity.name || mentionSpans.some(m => t.start <= m.start && m.end <= t.end)),
  );
  const first = mentionSpans[0];
  card.append(
    `\n\n${card.link('Tag…', 'sourceAnnotator.tagEntity', [uri, entity.name])} · ${card.link('Find All Mentions', 'sourceAnnotator.findMentions', [uri, first?.start ?? 0])}`,
  );
  return card.done();
}

export function quoteCard(document: vscode.TextDocument, q: Quote, allTags: TagCard[]): vscode.MarkdownString {
  const card = new HoverCard();
  const uri = document.uri.toString();
  card.append(`$(quote) **Quote** · ${plural(countWords(q.text), 'word')}`);
  if (q.speaker) {
    card.append(`\n\nSaid by **${markdownText(q.speaker)}**`);
    const how = attributionText(document, q);
    if (how) card.append(` (${markdownText(how)})`);
  } else {
    card.append('\n\nSpeaker not found');
  }
  tagsLine(card, allTags.filter(t => t.start < q.end && q.start < t.end));
  const actions = [card.link('Tag…', 'sourceAnnotator.tagRange', [uri, q.start, q.end])];
  if (q.speakerStart !== null) actions.push(card.link('Go to Speaker', 'sourceAnnotator.goToSpeaker', [uri, q.start]));
  card.append(`\n\n${actions.join(' · ')}`);
  return card.done();
}

function attributionText(document: vscode.TextDocument, q: Quote): string | undefined {
  const cueMention =
    q.speakerStart !== null && q.speakerEnd !== null
      ? document.getText(new vscode.Range(document.positionAt(q.speakerStart), document.positionAt(q.speakerEnd)))
      : undefined;
  switch (q.attribution) {
    case 'cue-after':
    case 'cue-before':
      return [cueMention, q.cue].filter(Boolean).join(' ') || undefined;
    case 'according-to':
      return `according to ${cueMention ?? q.speaker}`;
    case 'pronoun':
      return `“${cueMention ?? 'pronoun'}${q.cue ? ` ${q.cue}` : ''}”, pronoun resolved`;
    case 'previous-paragraph':
      return 'speaker of the previous paragraph';
    case 'previous-quote':
      return 'continues the quote before it';
    default:
      return undefined;
  }
}

export function numberCard(document: vscode.TextDocument, n: NumberMention, allTags: TagCard[]): vscode.MarkdownString {
  const card = new HoverCard();
  const value = n.date ?? (n.value === null ? '?' : formatValue(n.value)) + (n.upTo !== undefined ? `–${formatValue(n.upTo)}` : '');
  card.append(`$(symbol-number) **${markdownText(value)}**${n.unit ? ` ${markdownText(n.unit)}` : ''} · ${n.kind}`);
  const details = [n.qualifier && `qualifier: ${n.qualifier}`, n.counted && `counts: ${n.counted}`, n.compared && `${n.text} ${n.compared}`].filter((x): x is string => Boolean(x));
  if (details.length) card.append(`\n\n${markdownText(details.join(' · '))}`);
  const sentence = sentenceAround(document.getText(), n.start, n.end);
  if (sentence) card.append(`\n\n> ${markdownText(sentence)}`);
  tagsLine(card, allTags.filter(t => t.start < n.end && n.start < t.end));
  return card.done();
}

/** The article's own facts, on its header or sign-off. */
export function articleCard(article: ArticleInfo): vscode.MarkdownString {
  const card = new HoverCard();
  card.append('$(book) **Article**');
  const facts = [article.date && `dated ${article.date}`, article.dateline && `dateline ${article.dateline}`, article.author && `by ${article.author}`].filter(
    (x): x is string => Boolean(x),
  );
  if (facts.length) card.append(` · ${markdownText(facts.join(' · '))}`);
  if (article.headline) card.append(`\n\n${markdownText(article.headline)}`);
  return card.done();
}

export function tagCard(document: vscode.TextDocument, tag: TagCard): vscode.MarkdownString {
  const card = new HoverCard();
  const uri = document.uri.toString();
  card.append(`$(tag) **${markdownText(tag.label)}**${tag.entity ? ` · on every mention of ${markdownText(tag.entity)}` : ''}`);
  if (tag.note) card.append(`\n\n${markdownText(tag.note)}`);
  card.append(`\n\nCreated ${markdownText(formatTime(tag.created))}${tag.creator ? ` by ${markdownText(tag.creator)}` : ''}${tag.modified !== tag.created ? ` · changed ${markdownText(formatTime(tag.modified))}` : ''}`);
  if (tag.conflict && isLinkableTagId(tag.id)) card.append(`\n\n$(git-merge) Merge conflict: two versions of this tag were kept. ${card.link('Resolve Conflict…', 'sourceAnnotator.resolveConflict', [uri, tag.id])}`);
  // The id goes into a link only if it looks like one the extension makes: the tag itself comes
  // from the loaded tags, but its id may have been written by hand.
  card.append(
    isLinkableTagId(tag.id)
      ? `\n\n${card.link('Edit Note…', 'sourceAnnotator.editTagNote', [uri, tag.id])} · ${card.link('Remove', 'sourceAnnotator.removeTag', [uri, tag.id])}`
      : '\n\nEdit or remove this tag from the Tags view (its id, set by hand in the sidecar, cannot go into a link).',
  );
  return card.done();
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(v);
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}
