// The JSON the CLI prints for a corrected analysis: each item's origin, the correction that made
// it (id and when), and a quote's verdict as {"status", "source"?, "note"?}. An analysis printed
// with --raw has none of these and goes out as it is.
import type { Analysis } from '../analysis';
import type { AppliedCorrection, QuoteVerification } from '../annotations';

interface MaybeCorrected {
  correction?: AppliedCorrection;
  verification?: QuoteVerification;
}

export function correctedJson(analysis: Analysis): Analysis {
  return { ...analysis, people: analysis.people.map(item), quotes: analysis.quotes.map(item), numbers: analysis.numbers.map(item) };
}

function item<T extends object>(found: T & MaybeCorrected): T {
  const { correction, verification, ...rest } = found;
  return {
    ...(rest as T),
    ...(correction ? { correction: { id: correction.id, modified: correction.modified } } : {}),
    ...(verification
      ? { verification: { status: verification.status, ...(verification.source !== undefined ? { source: verification.source } : {}), ...(verification.note !== undefined ? { note: verification.note } : {}) } }
      : {}),
  };
}
