// Tags as a W3C Web Annotation collection (JSON-LD, https://www.w3.org/TR/annotation-model/).
// Each tag is an Annotation with motivation "tagging": its label a TextualBody with purpose
// "tagging", its note one with purpose "commenting", its entity one with purpose
// "identifying". The target carries a TextPositionSelector counted in Unicode code points,
// as the model requires (the sidecar counts UTF-16 units), and a TextQuoteSelector. An
// orphaned tag has no position, only its last known quote. How each tag was anchored is kept
// in an extension property, "anchorStatus".
import { describeQuote, type Tag } from '../annotations';
import type { ExportInput } from './exportInput';
import { CodePointOffsets } from './offsets';

export function exportW3c(input: ExportInput): string {
  const points = new CodePointOffsets(input.text);
  const source = input.documentUri ?? input.documentName;
  const items = input.tags.map(tag => annotation(tag, input.text, source, points));
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { anchorStatus: 'urn:source-annotator:anchorStatus' }],
    id: `urn:source-annotator:collection:${encodeURIComponent(input.documentName)}`,
    type: 'AnnotationCollection',
    label: `Tags in ${input.documentName}`,
    generated: (input.generated ?? new Date()).toISOString(),
    generator: { type: 'Software', name: 'Source Annotator' },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

function annotation(tag: Tag, text: string, source: string, points: CodePointOffsets) {
  const orphaned = tag.anchor === 'orphaned';
  const quote = orphaned ? tag.quote : describeQuote(text, tag.start, tag.end);
  const body: object[] = [{ type: 'TextualBody', purpose: 'tagging', value: tag.label }];
  if (tag.note !== undefined) body.push({ type: 'TextualBody', purpose: 'commenting', value: tag.note, format: 'text/plain' });
  if (tag.entity !== undefined) body.push({ type: 'TextualBody', purpose: 'identifying', value: tag.entity });
  const selector: object[] = [];
  if (!orphaned) selector.push({ type: 'TextPositionSelector', start: points.toCodePoints(tag.start), end: points.toCodePoints(tag.end) });
  selector.push({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
  return {
    id: `urn:source-annotator:tag:${tag.id}`,
    type: 'Annotation',
    motivation: 'tagging',
    created: tag.created,
    modified: tag.modified,
    body,
    target: { source, selector },
    anchorStatus: tag.anchor,
  };
}
