// What every export needs: the document, its tags and (for the report) its analysis.
import type { Analysis } from '../analysis';
import type { Tag } from '../annotations';

export interface ExportInput {
  /** The document's file name, for titles ("article.txt"). */
  readonly documentName: string;
  /** An IRI for the document (a `file:` URI in the editor and the CLI); the name is used when absent. */
  readonly documentUri?: string;
  /** The document text the tags' offsets refer to (UTF-16, BOM dropped). */
  readonly text: string;
  readonly tags: readonly Tag[];
  /** People, quotes and numbers for the Markdown report (other formats ignore it). */
  readonly analysis?: Analysis;
  /** When the export was made; defaults to now. */
  readonly generated?: Date;
}
