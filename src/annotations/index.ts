// Public surface of the tag model: pure TypeScript, no `vscode`, no Node built-ins.
// Offsets everywhere are UTF-16 code-unit indices into the document text with any BOM dropped.
export * from './types';
export { describeQuote } from './quote';
export { fingerprintText } from './fingerprint';
export { anchorTag, anchorTags, FUZZY_MAX_ERROR_RATE, type AnchorResult, type AnchorOptions, type StoredAnchor } from './anchoring';
export { trackChange, trackChanges, type TrackedAnchor } from './liveEdits';
export { DocumentTags, TagInputError, sortAnnotations, randomTagId, type NewTag, type NewCorrection, type NewVerification, type TagChangeEvent, type TagChangeReason, type DocumentTagsOptions, type Disposable } from './documentTags';
export { mergeAnnotationSets } from './merge';
export { annotationKind, allAnnotations, groupAnnotations, isTag, isCorrection, isVerification, contentVersion, type Annotation, type AnnotationKind } from './annotationKinds';
export { parseSidecar, parseSidecarBytes, serializeSidecar, SidecarFormatError, SIDECAR_VERSION, type SidecarContent, type SidecarAnnotations, type Stored, type StoredTag, type StoredCorrection, type StoredVerification, type SidecarDocumentInfo } from './sidecarFormat';
export { fileNameOf, sidecarLocationOf, type FileSystem, type ProcessIdentity } from './fileSystem';
export {
  SidecarStore,
  SidecarError,
  DEFAULT_SIDECAR_SUFFIX,
  anchorStoredTags,
  anchorStoredAnnotations,
  anchorSidecarContent,
  describeAnchorReport,
  type SidecarErrorKind,
  type AnchorReport,
  type AnchorChange,
  type LoadResult,
  type SaveResult,
  type SidecarStoreOptions,
  type SaveOptions,
  type MergedState,
} from './sidecarStore';
export { TagSession, type TagSessionOptions } from './tagSession';
export { findLeftBehindTags, describeLeftBehindTags, type LeftBehindTags } from './leftBehindTags';
export {
  applyCorrections,
  numberValue,
  type CorrectedAnalysis,
  type CorrectedPersonMention,
  type CorrectedQuote,
  type CorrectedNumber,
  type AppliedCorrection,
  type QuoteVerification,
  type Origin,
} from './correctedAnalysis';
export { formatSidecar, SidecarEncodingError } from './sidecarFormat';
export { mergeSidecars, itemContent, THEIRS_ID_SUFFIX, type SidecarMergeResult } from './sidecarMerge';
export { setUpGitMerging, mergeDriverCommand, GIT_ATTRIBUTES_LINE, MERGE_DRIVER, type GitAccess, type GitSetupReport } from './gitMergeSetup';
export { parseCreator, creatorFromGit, describeCreator } from './creator';
export { compareSidecars, correctionLabel, type SidecarAgreement, type KindAgreement, type SpanAgreement, type Disagreement, type AgreementKind } from './agreement';
