// The editor's own features over the analysis: Outline and breadcrumbs (document symbols),
// Find All References and Go to Definition on a person, Go to Symbol in Workspace.
import * as vscode from 'vscode';
import type { PersonEntity, PersonMention } from '../analysis';
import { firstWords } from '../common/text';
import { mentionCount } from './counts';
import type { ArticleRegistry } from './articles';
import type { DocumentAnalyses, DocumentAnalysis } from './documentAnalyses';
import type { WorkspaceArticles } from './workspaceArticles';

/**
 * Documents our providers are asked about: content schemes only (not output panes or git
 * views). Articles are plain text or Markdown, but any text document can be annotated by
 * hand, so the language is checked by the providers (a cheap set lookup) rather than here.
 */
export const ARTICLE_SELECTOR: vscode.DocumentSelector = ['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'memfs'].map(scheme => ({ scheme }));

export class ArticleSymbols implements vscode.DocumentSymbolProvider, vscode.ReferenceProvider, vscode.DefinitionProvider, vscode.WorkspaceSymbolProvider {
  constructor(
    private readonly articles: ArticleRegistry,
    private readonly analyses: DocumentAnalyses,
    private readonly workspace: WorkspaceArticles,
  ) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const result = await this.analysisOf(document);
    if (!result) return [];
    const a = result.analysis;
    const range = (s: { start: number; end: number }) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end));
    const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
    const group = (name: string, kind: vscode.SymbolKind, children: vscode.DocumentSymbol[]) => {
      const g = new vscode.DocumentSymbol(name, `${children.length}`, kind, whole, new vscode.Range(whole.start, whole.start));
      g.children = children;
      return g;
    };
    const people = a.entities.map(e => {
      const first = a.people[e.mentions[0]];
      return new vscode.DocumentSymbol(e.name, mentionCount(e.mentions.length), vscode.SymbolKind.Object, range(first), range(first));
    });
    const quotes = a.quotes.map(q => new vscode.DocumentSymbol(vscode.l10n.t('“{0}”', firstWords(q.text, 6)), q.speaker ?? vscode.l10n.t('unattributed'), vscode.SymbolKind.String, range(q), range(q)));
    // A number's kind and unit come from the analysis, in English (src/analysis knows nothing of VS Code).
    const numbers = result.bodyNumbers.map(n => new vscode.DocumentSymbol(n.text, n.date ?? (n.value === null ? n.kind : `${n.value}${n.unit ? ` ${n.unit}` : ''}`), vscode.SymbolKind.Number, range(n), range(n)));
    return [group(vscode.l10n.t('People'), vscode.SymbolKind.Namespace, people), group(vscode.l10n.t('Quotes'), vscode.SymbolKind.Namespace, quotes), group(vscode.l10n.t('Numbers'), vscode.SymbolKind.Namespace, numbers)].filter(
      g => g.children.length > 0,
    );
  }

  /** Every mention of the person under the cursor, in every article of the workspace. */
  async provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[]> {
    const person = await this.personAt(document, position);
    if (!person) return [];
    const locations: vscode.Location[] = [];
    for (const entry of await this.workspace.all(token)) {
      const entity = entry.analysis.entities.find(e => e.name === person.entity.name);
      if (!entity) continue;
      for (const i of entity.mentions) {
        const mention = entry.analysis.people[i];
        const isDeclaration = entry.uri.toString() === document.uri.toString() && mention === person.definition;
        if (isDeclaration && !context.includeDeclaration) continue;
        locations.push(entry.location(mention));
      }
    }
    return locations;
  }

  /** The first full-name mention of the person under the cursor. */
  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const person = await this.personAt(document, position);
    if (!person) return undefined;
    const d = person.definition;
    return new vscode.Location(document.uri, new vscode.Range(document.positionAt(d.start), document.positionAt(d.end)));
  }

  /** People across the workspace's articles whose name contains the query's letters in order. */
  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    const symbols: vscode.SymbolInformation[] = [];
    for (const entry of await this.workspace.all(token)) {
      for (const e of entry.analysis.entities) {
        if (!fuzzyContains(e.name, query)) continue;
        const first = entry.analysis.people[definitionIndex(entry.analysis.people, e)];
        symbols.push(new vscode.SymbolInformation(e.name, vscode.SymbolKind.Object, entry.name, entry.location(first)));
      }
    }
    return symbols;
  }

  private async analysisOf(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    return this.articles.isArticle(document) ? this.analyses.upToDate(document) : undefined;
  }

  private async personAt(document: vscode.TextDocument, position: vscode.Position): Promise<{ entity: PersonEntity; definition: PersonMention } | undefined> {
    const result = await this.analysisOf(document);
    const mention = result?.people.at(document.offsetAt(position))[0];
    const entity = mention && result.entity(mention.entity);
    if (!entity) return undefined;
    return { entity, definition: result.analysis.people[definitionIndex(result.analysis.people, entity)] };
  }
}

/** The first mention that spells out the full name (else the first, else the longest). */
function definitionIndex(people: readonly PersonMention[], entity: PersonEntity): number {
  return entity.mentions.find(i => people[i].text.replace(/['’]s?$/, '') === entity.name) ?? entity.mentions[0];
}

function fuzzyContains(name: string, query: string): boolean {
  const n = name.toLowerCase();
  let i = 0;
  for (const c of query.toLowerCase().replace(/\s+/g, '')) {
    i = n.indexOf(c, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}
