// Tags, corrections and verdicts as a W3C Web Annotation collection (JSON-LD,
// https://www.w3.org/TR/annotation-model/):
// - a tag is an Annotation with motivation "tagging": its label a TextualBody with purpose
//   "tagging", its note one with purpose "commenting", its entity one with purpose "identifying";
// - a correction has motivation "editing": what the span is ("person", "quote", "number",
//   "none") a body with purpose "classifying", the entity or speaker one with purpose
//   "identifying" (a speaker the user said is unknown: "describing", "speaker unknown");
// - a verdict on a quote has motivation "assessing": the status a body with purpose
//   "assessing", the primary source a SpecificResource with purpose "linking".
// The target carries a TextPositionSelector counted in Unicode code points, as the model
// requires (the sidecar counts UTF-16 units), and a TextQuoteSelector. An orphan has no
// position, only its last known quote. How each was anchored is kept in an extension
// property, "anchorStatus"; who made it in "creator".
import { describeQuote, type AnchoredAnnotation, type Correction, type Tag, type Verification } from '../annotations';
import type { ExportInput } from './exportInput';
import { CodePointOffsets } from './offsets';

type Body = Record<string, string>;

export function exportW3c(input: ExportInput): string {
  const points = new CodePointOffsets(input.text);
  const source = input.documentUri ?? input.documentName;
  const annotate = (item: AnchoredAnnotation, kind: string, motivation: string, body: Body[]) => annotation(item, kind, motivation, body, input.text, source, points);
  const items = [
    ...input.tags.map(tag => annotate(tag, 'tag', 'tagging', tagBody(tag))),
    ...(input.corrections ?? []).map(c => annotate(c, 'correction', 'editing', correctionBody(c))),
    ...(input.verifications ?? []).map(v => annotate(v, 'verification', 'assessing', verificationBody(v))),
  ];
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { anchorStatus: 'urn:source-annotator:anchorStatus' }],
    id: `urn:source-annotator:collection:${encodeURIComponent(input.documentName)}`,
    type: 'AnnotationCollection',
    label: `${input.corrections?.length || input.verifications?.length ? 'Annotations' : 'Tags'} in ${input.documentName}`,
    generated: (input.generated ?? new Date()).toISOString(),
    generator: { type: 'Software', name: 'Source Annotator' },
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return JSON.stringify(collection, null, 2) + '\n';
}

const text = (purpose: string, value: string): Body => ({ type: 'TextualBody', purpose, value });
const note = (value: string): Body => ({ type: 'TextualBody', purpose: 'commenting', value, format: 'text/plain' });

function tagBody(tag: Tag): Body[] {
  const body = [text('tagging', tag.label)];
  if (tag.note !== undefined) body.push(note(tag.note));
  if (tag.entity !== undefined) body.push(text('identifying', tag.entity));
  return body;
}

function correctionBody(c: Correction): Body[] {
  const body = [text('classifying', c.as)];
  if (c.entity !== undefined) body.push(text('identifying', c.entity));
  if (c.speaker !== undefined) body.push(c.speaker === null ? text('describing', 'speaker unknown') : text('identifying', c.speaker));
  if (c.note !== undefined) body.push(note(c.note));
  return body;
}

function verificationBody(v: Verification): Body[] {
  const body = [text('assessing', v.status)];
  if (v.source !== undefined) body.push({ type: 'SpecificResource', purpose: 'linking', source: v.source });
  if (v.note !== undefined) body.push(note(v.note));
  return body;
}

function annotation(item: AnchoredAnnotation, kind: string, motivation: string, body: Body[], documentText: string, source: string, points: CodePointOffsets) {
  const orphaned = item.anchor === 'orphaned';
  const quote = orphaned ? item.quote : describeQuote(documentText, item.start, item.end);
  const selector: object[] = [];
  if (!orphaned) selector.push({ type: 'TextPositionSelector', start: points.toCodePoints(item.start), end: points.toCodePoints(item.end) });
  selector.push({ type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix });
  return {
    id: `urn:source-annotator:${kind}:${item.id}`,
    type: 'Annotation',
    motivation,
    ...(item.creator ? { creator: { type: 'Person', name: item.creator.name, ...(item.creator.email !== undefined ? { email: `mailto:${item.creator.email}` } : {}) } } : {}),
    created: item.created,
    modified: item.modified,
    body,
    target: { source, selector },
    anchorStatus: item.anchor,
  };
}
