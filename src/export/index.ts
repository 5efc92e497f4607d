// The exports offered by the editor's Export command and the CLI's `export`. Pure functions,
// text in and text out (no `vscode`, no Node built-ins).
import { exportCsv } from './csv';
import type { ExportInput } from './exportInput';
import { exportMarkdown } from './markdown';
import { exportW3c } from './w3c';

export type { ExportInput } from './exportInput';
export { exportCsv, CSV_COLUMNS } from './csv';
export { exportMarkdown } from './markdown';
export { exportW3c } from './w3c';

export const EXPORT_FORMATS = {
  w3c: { label: 'W3C Web Annotation (JSON-LD)', extension: '.annotations.jsonld', mediaType: 'application/ld+json', needsAnalysis: false, run: exportW3c },
  csv: { label: 'CSV', extension: '.annotations.csv', mediaType: 'text/csv', needsAnalysis: false, run: exportCsv },
  markdown: { label: 'Markdown report', extension: '.annotations.md', mediaType: 'text/markdown', needsAnalysis: true, run: exportMarkdown },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

/** The export in `format`; for "markdown" pass `analysis` to include people, quotes and numbers. */
export function exportDocument(format: ExportFormat, input: ExportInput): string {
  return EXPORT_FORMATS[format].run(input);
}
