// Verdicts on quotes as schema.org ClaimReview (JSON-LD), the markup fact-checkers publish and
// search engines' fact-check tools read (https://schema.org/ClaimReview). One ClaimReview per
// quote with a verdict, the analysis's quotes with the user's corrections applied:
// claimReviewed is the quote (its words, without the quotation marks), itemReviewed a Claim
// whose author is the speaker and which appears in the article, reviewRating.alternateName the
// status, url the primary source, datePublished when the verdict was last changed, author the
// person who recorded it. "unverified" is no verdict and gives no review.
import { correctedAnalysisOf, type ExportInput } from './exportInput';

/** The quote's words: the text without the quotation marks around it, nor the comma that led to "he said". */
function claimText(quote: string): string {
  return quote.replace(/^[\s"'“”‘’«»„‚‹›「」『』]+|[\s"'“”‘’«»„‚‹›「」『』]+$/gu, '').replace(/\s*,$/, '');
}

export function exportClaimReview(input: ExportInput): string {
  const analysis = correctedAnalysisOf(input);
  const appearance = { '@type': 'CreativeWork', url: input.documentUri ?? input.documentName, ...(analysis?.article.headline ? { headline: analysis.article.headline } : {}) };
  const reviews = (analysis?.quotes ?? [])
    .filter(q => q.verification && q.verification.status !== 'unverified')
    .map(q => {
      const v = q.verification!;
      return {
        '@type': 'ClaimReview',
        claimReviewed: claimText(q.text),
        itemReviewed: {
          '@type': 'Claim',
          ...(q.speaker !== null ? { author: { '@type': 'Person', name: q.speaker } } : {}),
          ...(analysis?.article.date ? { datePublished: analysis.article.date } : {}),
          appearance,
        },
        reviewRating: { '@type': 'Rating', alternateName: v.status },
        ...(v.source !== undefined ? { url: v.source } : {}),
        datePublished: v.modified,
        ...(v.creator ? { author: { '@type': 'Person', name: v.creator.name } } : {}),
        ...(v.note !== undefined ? { reviewBody: v.note } : {}),
      };
    });
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2) + '\n';
}
