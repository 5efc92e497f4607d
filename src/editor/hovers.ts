// Hover cards for people, quotes, numbers and tags. One provider with a narrow selector and
// an O(log n) lookup in the document's cached analysis (several providers, or hoverMessage on
// thousands of decorations, would stack and duplicate cards: microsoft/vscode#14526).
import * as vscode from 'vscode';
import type { ArticleInfo, PersonEntity } from '../analysis';
// The rule tables alone, not the analysis index: that would load compromise at activation.
import { ruleReasons } from '../analysis/rules/registry';
import type { CorrectedNumber, CorrectedPersonMention, CorrectedQuote } from '../annotations';
import { correctedLine, verdictLine } from './correctionCards';
import type { ArticleRegistry } from './articles';
import type { DocumentAnalyses, DocumentAnalysis } from './documentAnalyses';
import { countWords, firstWords, sentenceAround } from '../common/text';
import { mentionCount, quoteCount, wordCount } from './counts';
import { isLinkableTagId, markdownCode, markdownText } from '../common/markdownText';
import { HoverCard } from './markdown';
import { formatNumberValue, formatValueOfKind } from '../common/numberValue';

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
      if (entity) cards.push(personCard(document, analysis, entity, this.tags(document, analysis), mention));
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

/**
 * Why the analysis claims what the card shows: the plain-words reasons of the rules that decided
 * it, so a reader can judge the claim before relying on it. The reasons come from the rule
 * tables in src/analysis (English, like the number kinds); only the label is translated.
 */
function whyLine(card: HoverCard, rules: readonly string[] | undefined): void {
  const reasons = ruleReasons(rules);
  if (!reasons.length) return;
  card.append(`\n\n$(info) ${vscode.l10n.t('Why: {0}', markdownText(reasons.join('; ')))}`);
}

/** The tags on what the card shows: their labels, each in a code span that nothing can break out of. */
function tagsLine(card: HoverCard, tags: TagCard[]): void {
  if (!tags.length) return;
  card.append(`\n\n$(tag) ${vscode.l10n.t('Tags: {0}', tags.map(t => markdownCode(t.label)).join(', '))}`);
}

export function personCard(document: vscode.TextDocument, analysis: DocumentAnalysis, entity: PersonEntity, allTags: TagCard[], mention?: CorrectedPersonMention): vscode.MarkdownString {
  const card = new HoverCard();
  const uri = document.uri.toString();
  card.append(`$(person) **${markdownText(entity.name)}**`);
  const about = [entity.title, entity.role].filter((x): x is string => Boolean(x));
  if (about.length) card.append(` — ${markdownText(about.join(', '))}`);
  const facts = [mentionCount(entity.mentions.length), quoteCount(entity.quotes.length)];
  if (entity.age !== undefined) facts.unshift(vscode.l10n.t('age {0}', entity.age));
  card.append(`\n\n${facts.join(' · ')}`);
  const quotes = entity.quotes.map(i => analysis.analysis.quotes[i]);
  for (const q of quotes) card.append(`\n- ${card.link(markdownText(`“${firstWords(q.text)}”`), 'sourceAnnotator.revealRange', [uri, q.start, q.end])}`);
  const mentionSpans = entity.mentions.map(i => analysis.analysis.people[i]);
  whyLine(card, mention?.rules);
  tagsLine(
    card,
    allTags.filter(t => t.entity === entity.name || mentionSpans.some(m => t.start <= m.start && m.end <= t.end)),
  );
  const first = mentionSpans[0];
  card.append(
    `\n\n${card.link(vscode.l10n.t('Tag…'), 'sourceAnnotator.tagEntity', [uri, entity.name])} · ${card.link(vscode.l10n.t('Find All Mentions'), 'sourceAnnotator.findMentions', [uri, first?.start ?? 0])}`,
  );
  if (mention) {
    correctedLine(card, mention);
    const span = [uri, mention.start, mention.end];
    card.append(
      `\n\n${card.link(vscode.l10n.t('Not a Person'), 'sourceAnnotator.notAPerson', span)} · ${card.link(vscode.l10n.t('Is Another Person…'), 'sourceAnnotator.isAnotherPerson', span)} · ${card.link(vscode.l10n.t('Rename Person…'), 'sourceAnnotator.renamePerson', span)}`,
    );
  }
  return card.done();
}

export function quoteCard(document: vscode.TextDocument, q: CorrectedQuote, allTags: TagCard[]): vscode.MarkdownString {
  const card = new HoverCard();
  const uri = document.uri.toString();
  card.append(`$(quote) **${vscode.l10n.t('Quote')}** · ${wordCount(countWords(q.text))}`);
  if (q.speaker) {
    const how = attributionText(document, q);
    const speaker = `**${markdownText(q.speaker)}**`;
    card.append(`\n\n${how ? vscode.l10n.t('Said by {0} ({1})', speaker, markdownText(how)) : vscode.l10n.t('Said by {0}', speaker)}`);
  } else {
    card.append(`\n\n${vscode.l10n.t('Speaker not found')}`);
  }
  // A speaker the user corrected is theirs, not the analysis's: only why it is a quote is shown.
  whyLine(card, q.correction ? q.rules?.filter(id => !id.startsWith('speaker.')) : q.rules);
  correctedLine(card, q);
  verdictLine(card, q.verification);
  tagsLine(card, allTags.filter(t => t.start < q.end && q.start < t.end));
  const actions = [card.link(vscode.l10n.t('Tag…'), 'sourceAnnotator.tagRange', [uri, q.start, q.end])];
  if (q.speakerStart !== null) actions.push(card.link(vscode.l10n.t('Go to Speaker'), 'sourceAnnotator.goToSpeaker', [uri, q.start]));
  const span = [uri, q.start, q.end];
  actions.push(
    card.link(vscode.l10n.t('Change Speaker…'), 'sourceAnnotator.changeSpeaker', span),
    card.link(vscode.l10n.t('Not a Quote'), 'sourceAnnotator.notAQuote', span),
    card.link(vscode.l10n.t('Set Verdict…'), 'sourceAnnotator.setVerdict', span),
  );
  card.append(`\n\n${actions.join(' · ')}`);
  return card.done();
}

function attributionText(document: vscode.TextDocument, q: CorrectedQuote): string | undefined {
  const cueMention =
    q.speakerStart !== null && q.speakerEnd !== null
      ? document.getText(new vscode.Range(document.positionAt(q.speakerStart), document.positionAt(q.speakerEnd)))
      : undefined;
  switch (q.attribution) {
    case 'cue-after':
    case 'cue-before':
      return [cueMention, q.cue].filter(Boolean).join(' ') || undefined;
    case 'according-to':
      return vscode.l10n.t('according to {0}', cueMention ?? q.speaker ?? '');
    case 'pronoun':
      // The cue ("said") is the article's own word, quoted as it stands.
      return vscode.l10n.t('“{0}”, pronoun resolved', [cueMention ?? vscode.l10n.t('pronoun'), q.cue].filter(Boolean).join(' '));
    case 'previous-paragraph':
      return vscode.l10n.t('speaker of the previous paragraph');
    case 'previous-quote':
      return vscode.l10n.t('continues the quote before it');
    default:
      return undefined;
  }
}

export function numberCard(document: vscode.TextDocument, n: CorrectedNumber, allTags: TagCard[]): vscode.MarkdownString {
  const card = new HoverCard();
  const value = n.date ?? (n.value === null ? '?' : n.upTo !== undefined ? `${formatNumberValue(n.value)}–${formatNumberValue(n.upTo)}` : formatValueOfKind(n.value, n.kind));
  // The kind, unit, qualifier and what is counted or compared come from the analysis, in English:
  // src/analysis knows nothing of VS Code, so they are shown as they are; only the labels are translated.
  card.append(`$(symbol-number) **${markdownText(value)}**${n.unit ? ` ${markdownText(n.unit)}` : ''} · ${n.kind}`);
  const details = [n.qualifier && vscode.l10n.t('qualifier: {0}', n.qualifier), n.counted && vscode.l10n.t('counts: {0}', n.counted), n.compared && `${n.text} ${n.compared}`].filter(
    (x): x is string => Boolean(x),
  );
  if (details.length) card.append(`\n\n${markdownText(details.join(' · '))}`);
  const sentence = sentenceAround(document.getText(), n.start, n.end);
  if (sentence) card.append(`\n\n> ${markdownText(sentence)}`);
  whyLine(card, n.rules);
  tagsLine(card, allTags.filter(t => t.start < n.end && n.start < t.end));
  correctedLine(card, n);
  card.append(`\n\n${card.link(vscode.l10n.t('Not a Number'), 'sourceAnnotator.notANumber', [document.uri.toString(), n.start, n.end])}`);
  return card.done();
}

/** The article's own facts, on its header or sign-off. */
export function articleCard(article: ArticleInfo): vscode.MarkdownString {
  const card = new HoverCard();
  card.append(`$(book) **${vscode.l10n.t('Article')}**`);
  const facts = [article.date && vscode.l10n.t('dated {0}', article.date), article.dateline && vscode.l10n.t('dateline {0}', article.dateline), article.author && vscode.l10n.t('by {0}', article.author)].filter(
    (x): x is string => Boolean(x),
  );
  if (facts.length) card.append(` · ${markdownText(facts.join(' · '))}`);
  if (article.headline) card.append(`\n\n${markdownText(article.headline)}`);
  return card.done();
}

export function tagCard(document: vscode.TextDocument, tag: TagCard): vscode.MarkdownString {
  const card = new HoverCard();
  const uri = document.uri.toString();
  card.append(`$(tag) **${markdownText(tag.label)}**${tag.entity ? ` · ${vscode.l10n.t('on every mention of {0}', markdownText(tag.entity))}` : ''}`);
  if (tag.note) card.append(`\n\n${markdownText(tag.note)}`);
  const created = markdownText(formatTime(tag.created));
  const by = tag.creator ? markdownText(tag.creator) : undefined;
  const createdText = by ? vscode.l10n.t('Created {0} by {1}', created, by) : vscode.l10n.t('Created {0}', created);
  card.append(`\n\n${tag.modified !== tag.created ? vscode.l10n.t('{0} · changed {1}', createdText, markdownText(formatTime(tag.modified))) : createdText}`);
  if (tag.conflict && isLinkableTagId(tag.id)) {
    card.append(`\n\n$(git-merge) ${vscode.l10n.t('Merge conflict: two versions of this tag were kept.')} ${card.link(vscode.l10n.t('Resolve Conflict…'), 'sourceAnnotator.resolveConflict', [uri, tag.id])}`);
  }
  // The id goes into a link only if it looks like one the extension makes: the tag itself comes
  // from the loaded tags, but its id may have been written by hand.
  card.append(
    isLinkableTagId(tag.id)
      ? `\n\n${card.link(vscode.l10n.t('Edit Note…'), 'sourceAnnotator.editTagNote', [uri, tag.id])} · ${card.link(vscode.l10n.t('Remove'), 'sourceAnnotator.removeTag', [uri, tag.id])}`
      : `\n\n${vscode.l10n.t('Edit or remove this tag from the Tags view (its id, set by hand in the sidecar, cannot go into a link).')}`,
  );
  return card.done();
}

function formatTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}
