// What every export needs: the document, its annotations and (for the reports) its analysis.
import type { Analysis } from '../analysis';
import { applyCorrections, type CorrectedAnalysis, type Correction, type Tag, type Verification } from '../annotations';

export interface ExportInput {
  /** The document's file name, for titles ("article.txt"). */
  readonly documentName: string;
  /** An IRI for the document (a `file:` URI in the editor and the CLI); the name is used when absent. */
  readonly documentUri?: string;
  /** The document text the annotations' offsets refer to (UTF-16, BOM dropped). */
  readonly text: string;
  readonly tags: readonly Tag[];
  /** The user's corrections, anchored to `text`; the exports apply them to `analysis`. */
  readonly corrections?: readonly Correction[];
  /** Verdicts on quotes, anchored to `text`. */
  readonly verifications?: readonly Verification[];
  /**
   * People, quotes and numbers as the analysis found them, for the reports (Markdown, ClaimReview;
   * other formats ignore it). Pass the analysis itself: the exports apply the corrections.
   */
  readonly analysis?: Analysis;
  /** When the export was made; defaults to now. */
  readonly generated?: Date;
}

/** The analysis with the input's corrections and verdicts applied: what every export shows. */
export function correctedAnalysisOf(input: ExportInput): CorrectedAnalysis | undefined {
  return input.analysis && applyCorrections(input.analysis, input.corrections ?? [], input.verifications ?? []);
}
