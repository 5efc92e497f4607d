// A Markdown report of one article for an editor or a fact-checker: the people with their
// mentions and quotes, the quotes with their speakers, the numbers, and the user's tags
// grouped by label (with notes, line numbers and, where a tag did not stay exact, how it
// was anchored), and the sourcing summary (who said what, how much of it is verified). People,
// quotes and numbers come from the analysis with the user's corrections applied (a corrected
// quote is marked, a quote's verdict shown); tags, corrections and verdicts from the sidecar.
// Every string of the article and of the sidecar goes in through markdownText: a label or a
// note must not start a heading, list, table row or link in the report a user shares.
import type { Analysis } from '../analysis';
import { type AnchorStatus, type CorrectedAnalysis, type Tag } from '../annotations';
import { correctedAnalysisOf, type ExportInput } from './exportInput';
import { summarizeSourcing } from './sourcing';
import { plural } from '../common/text';
import { LineIndex } from '../common/lineIndex';
import { markdownText } from '../common/markdownText';
import { formatNumberValue, formatValueOfKind } from '../common/numberValue';

const STATUS_NOTE: Record<AnchorStatus, string> = {
  exact: '',
  moved: ' *(moved with its text)*',
  fuzzy: ' *(matched approximately — check it)*',
  orphaned: '',
};

export function exportMarkdown(input: ExportInput): string {
  const lines = new LineIndex(input.text);
  const out: string[] = [`# ${markdownText(input.documentName)}`, ''];
  const analysis = correctedAnalysisOf(input);
  const facts = analysis ? articleFacts(analysis) : [];
  out.push(`Report generated ${(input.generated ?? new Date()).toISOString().slice(0, 10)} by Source Annotator.${facts.length ? ' ' + facts.join(' · ') : ''}`, '');
  if (analysis) {
    out.push(...people(analysis, input.tags), ...quotes(analysis, lines), ...sourcing(input.documentName, analysis), ...numbers(analysis, lines));
  }
  out.push(...tags(input.tags, lines));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function articleFacts(analysis: Analysis): string[] {
  const { article } = analysis;
  return [
    article.headline && `**Headline:** ${markdownText(article.headline)}`,
    article.date && `**Date:** ${markdownText(article.date)}`,
    article.dateline && `**Dateline:** ${markdownText(article.dateline)}`,
    article.author && `**Author:** ${markdownText(article.author)}`,
  ].filter((f): f is string => Boolean(f));
}

function people(analysis: Analysis, allTags: readonly Tag[]): string[] {
  const out = [`## People (${analysis.entities.length})`, ''];
  if (!analysis.entities.length) return [...out, 'No people found.', ''];
  out.push('| Person | About | Mentions | Quotes | Tags |', '| --- | --- | ---: | ---: | --- |');
  for (const e of analysis.entities) {
    const about = [e.title, e.role, e.age !== undefined ? `age ${e.age}` : undefined].filter(Boolean).join('; ');
    const entityTags = [...new Set(allTags.filter(t => t.entity === e.name).map(t => t.label))].join(', ');
    out.push(`| ${markdownText(e.name)} | ${markdownText(about)} | ${e.mentions.length} | ${e.quotes.length} | ${markdownText(entityTags)} |`);
  }
  return [...out, ''];
}

function quotes(analysis: CorrectedAnalysis, lines: LineIndex): string[] {
  const out = [`## Quotes (${analysis.quotes.length})`, ''];
  if (!analysis.quotes.length) return [...out, 'No quotes found.', ''];
  for (const q of analysis.quotes) {
    const who = q.speaker ? `**${markdownText(q.speaker)}**` : '*unattributed*';
    const corrected = q.origin === 'correction' ? ' *(corrected)*' : '';
    const v = q.verification;
    const verdict = v && v.status !== 'unverified' ? ` — **${v.status}**${v.source ? ` (source: ${markdownText(v.source)})` : ''}${v.note ? `: ${markdownText(v.note)}` : ''}` : '';
    out.push(`- ${who} (line ${lines.lineNumber(q.start)}): ${markdownText(q.text)}${corrected}${verdict}`);
  }
  return [...out, ''];
}

/** Who said what in this article: quotes and quoted words per speaker, and the verdicts. */
function sourcing(documentName: string, analysis: CorrectedAnalysis): string[] {
  if (!analysis.quotes.length) return [];
  const summary = summarizeSourcing([{ name: documentName, analysis }]);
  const out = ['## Sourcing', ''];
  if (summary.speakers.length) {
    out.push('| Speaker | Quotes | Quoted words |', '| --- | ---: | ---: |');
    for (const s of summary.speakers) out.push(`| ${markdownText(s.name)} | ${s.quotes.length} | ${s.quotedWords} |`);
    out.push('');
  }
  const verdicts = Object.entries(summary.verdicts)
    .filter(([status, n]) => n && status !== 'unverified')
    .map(([status, n]) => `${n} ${status}`);
  out.push(
    `${plural(summary.quotes, 'quote')} (${plural(summary.quotedWords, 'quoted word')}) from ${plural(summary.speakers.length, 'speaker')}; ` +
      `${summary.unattributed.length} without a speaker; ${verdicts.length ? verdicts.join(', ') : 'none verified'}, ${summary.verdicts.unverified} unverified.`,
    '',
  );
  return out;
}

function numbers(analysis: Analysis, lines: LineIndex): string[] {
  const out = [`## Numbers (${analysis.numbers.length})`, ''];
  if (!analysis.numbers.length) return [...out, 'No numbers found.', ''];
  out.push('| Number | Value | Kind | Line |', '| --- | --- | --- | ---: |');
  for (const n of analysis.numbers) {
    const value = [n.qualifier, n.date ?? (n.value !== null ? formatValueOfKind(n.value, n.kind) : '?'), n.upTo !== undefined ? `to ${formatNumberValue(n.upTo)}` : undefined, n.unit, n.counted && `(${n.counted})`]
      .filter(Boolean)
      .join(' ');
    out.push(`| ${markdownText(n.text)} | ${markdownText(value)} | ${n.kind} | ${lines.lineNumber(n.start)} |`);
  }
  return [...out, ''];
}

function tags(all: readonly Tag[], lines: LineIndex): string[] {
  const anchored = all.filter(t => t.anchor !== 'orphaned');
  const orphans = all.filter(t => t.anchor === 'orphaned');
  const out = [`## Tags (${all.length})`, ''];
  if (!all.length) return [...out, 'No tags.', ''];
  const byLabel = new Map<string, Tag[]>();
  for (const t of [...anchored].sort((a, b) => a.start - b.start)) byLabel.set(t.label, [...(byLabel.get(t.label) ?? []), t]);
  for (const [label, group] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`### ${markdownText(label)} (${group.length})`, '');
    for (const t of group) out.push(tagLine(t, `line ${lines.lineNumber(t.start)}`));
    out.push('');
  }
  if (orphans.length) {
    out.push(`### Orphaned (${orphans.length})`, '', 'Their text is no longer in the document; shown with the text they last had.', '');
    for (const t of orphans) out.push(tagLine(t, markdownText(t.label)));
    out.push('');
  }
  return out;
}

function tagLine(tag: Tag, where: string): string {
  const entity = tag.entity ? ` — about **${markdownText(tag.entity)}**` : '';
  const note = tag.note ? `\n  ${markdownText(tag.note)}` : '';
  return `- “${markdownText(tag.quote.exact)}” (${where})${entity}${STATUS_NOTE[tag.anchor]}${note}`;
}
