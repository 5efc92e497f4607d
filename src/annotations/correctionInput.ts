// What a new correction or verdict needs, and the checks that keep contradictory ones out: an
// entity only for a person, a speaker only for a quote, a known kind and status. The editor and
// the CLI both go through these, so both refuse the same input with the same message.
import { checkName, cleanNote, TagInputError } from './annotationInput';
import { optional } from './objects';
import { CORRECTION_KINDS, VERIFICATION_STATUSES, type Correction, type CorrectionKind, type VerificationStatus, type Verification } from './types';
import { isWebAddress } from '../common/webAddress';

export interface NewCorrection {
  readonly as: string;
  /** For a person: the canonical name of the person the span mentions. */
  readonly entity?: string;
  /** For a quote: who said it; null when the speaker is unknown. */
  readonly speaker?: string | null;
  readonly note?: string;
  readonly start: number;
  readonly end: number;
}

export interface NewVerification {
  readonly status: string;
  readonly source?: string;
  readonly note?: string;
  readonly start: number;
  readonly end: number;
}

/** The correction's own fields, checked. */
export function correctionFields(input: NewCorrection): Pick<Correction, 'as' | 'entity' | 'speaker' | 'note'> {
  if (!(CORRECTION_KINDS as readonly string[]).includes(input.as)) throw new TagInputError(`unknown correction "${input.as}"; expected one of ${CORRECTION_KINDS.join(', ')}`);
  const as = input.as as CorrectionKind;
  if (input.entity !== undefined && as !== 'person') throw new TagInputError(`an entity names a person: use it with "person", not "${as}"`);
  if (input.speaker !== undefined && as !== 'quote') throw new TagInputError(`a speaker belongs to a quote: use it with "quote", not "${as}"`);
  const entity = input.entity === undefined ? undefined : checkName(input.entity, 'entity name');
  const speaker = input.speaker === undefined || input.speaker === null ? input.speaker : checkName(input.speaker, 'speaker name');
  return { as, ...optional('entity', entity), ...optional('speaker', speaker), ...optional('note', cleanNote(input.note)) };
}

/** The verdict's own fields, checked; a source must be a web address (the primary source). */
export function verificationFields(input: NewVerification): Pick<Verification, 'status' | 'source' | 'note'> {
  if (!(VERIFICATION_STATUSES as readonly string[]).includes(input.status)) throw new TagInputError(`unknown status "${input.status}"; expected one of ${VERIFICATION_STATUSES.join(', ')}`);
  const source = input.source?.trim() || undefined;
  if (source !== undefined && !isWebAddress(source)) throw new TagInputError(`the source must be a web address (http:// or https://), got "${source}"`);
  return { status: input.status as VerificationStatus, ...optional('source', source), ...optional('note', cleanNote(input.note)) };
}

