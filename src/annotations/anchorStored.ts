// Anchoring a sidecar's stored corrections and verifications to the document's current text,
// for readers that need the annotations without a load report (the CLI's corrected analysis).
// The anchoring itself is anchorStoredAnnotations (anchorReport.ts), the code every load uses.
import { anchorStoredAnnotations } from './anchorReport';
import { fingerprintText } from './fingerprint';
import type { SidecarContent, Stored } from './sidecarFormat';
import type { AnchoredAnnotation, Correction, Verification } from './types';

/** The stored items anchored to `text`; `unchanged`: the text is the one they were saved with. */
export function anchorStored<T extends AnchoredAnnotation>(stored: readonly Stored<T>[], text: string, unchanged: boolean): T[] {
  return anchorStoredAnnotations(stored, text, unchanged).annotations;
}

/** A sidecar's corrections and verifications anchored to the document's current `text`. */
export function anchorCorrections(content: SidecarContent, text: string): { corrections: Correction[]; verifications: Verification[] } {
  const unchanged = content.document.fingerprint !== undefined && content.document.fingerprint === fingerprintText(text);
  return { corrections: anchorStored(content.corrections, text, unchanged), verifications: anchorStored(content.verifications, text, unchanged) };
}
