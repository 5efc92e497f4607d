// Anchoring stored annotations of any kind (corrections, verifications) to the document's
// current text, as loading anchors tags (anchorReport.ts): the whole set at once, so the
// shift of those still in place predicts where the others went.
import { anchorTag, anchorTags } from './anchoring';
import { describeQuote } from './quote';
import type { SidecarContent, Stored } from './sidecarFormat';
import type { AnchoredAnnotation, Correction, Verification } from './types';
import { fingerprintText } from './fingerprint';

/** The stored items anchored to `text`; `unchanged`: the text is the one they were saved with. */
export function anchorStored<T extends AnchoredAnnotation>(stored: readonly Stored<T>[], text: string, unchanged: boolean): T[] {
  const results = anchorTags(stored, text, { unchanged });
  return stored.map((s, i): T => {
    // One written by hand with only a quote has never been anchored (see anchorStoredTags).
    const r = !s.hasPosition && unchanged ? anchorTag(s, text) : results[i];
    const item: { hasPosition?: boolean } = { ...s };
    delete item.hasPosition;
    const orphaned = r.status === 'orphaned';
    return { ...(item as unknown as T), anchor: r.status, start: r.start, end: r.end, quote: orphaned ? s.quote : describeQuote(text, r.start, r.end) };
  });
}

/** A sidecar's corrections and verifications anchored to the document's current `text`. */
export function anchorCorrections(content: SidecarContent, text: string): { corrections: Correction[]; verifications: Verification[] } {
  const unchanged = content.document.fingerprint !== undefined && content.document.fingerprint === fingerprintText(text);
  return { corrections: anchorStored(content.corrections, text, unchanged), verifications: anchorStored(content.verifications, text, unchanged) };
}
