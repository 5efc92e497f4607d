// The exports offered by the editor's Export command and the CLI's `export`. Pure functions,
// text in and text out (no `vscode`, no Node built-ins).
import { exportClaimReview } from './claimReview';
import { exportCsv } from './csv';
import type { ExportInput } from './exportInput';
import { exportMarkdown } from './markdown';
import { exportW3c } from './w3c';

export type { ExportInput } from './exportInput';
export { exportCsv, CSV_COLUMNS } from './csv';
export { exportMarkdown } from './markdown';
export { exportW3c } from './w3c';
export { exportClaimReview } from './claimReview';
export { correctedAnalysisOf } from './exportInput';
export { summarizeSourcing, type SourcedArticle, type SourcedQuote, type SpeakerSources, type SourcingSummary } from './sourcing';

export const EXPORT_FORMATS = {
  w3c: { label: 'W3C Web Annotation (JSON-LD)', extension: '.annotations.jsonld', mediaType: 'application/ld+json', needsAnalysis: false, run: exportW3c },
  csv: { label: 'CSV', extension: '.annotations.csv', mediaType: 'text/csv', needsAnalysis: false, run: exportCsv },
  markdown: { label: 'Markdown report', extension: '.annotations.md', mediaType: 'text/markdown', needsAnalysis: true, run: exportMarkdown },
  claimreview: { label: 'schema.org ClaimReview (JSON-LD)', extension: '.claimreview.jsonld', mediaType: 'application/ld+json', needsAnalysis: true, run: exportClaimReview },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

/**
 * The export in `format`; for "markdown" and "claimreview" pass `analysis` (as the analysis found
 * it) to include people, quotes and numbers: the corrections and verdicts are applied here.
 */
export function exportDocument(format: ExportFormat, input: ExportInput): string {
  return EXPORT_FORMATS[format].run(input);
}
