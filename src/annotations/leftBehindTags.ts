// Tags left behind by a rename made outside the editor (a file manager, `git mv`, another
// program): the sidecar keeps its old name, next to no document, and the renamed document
// opens with no tags. We look for such a sidecar in the document's folder and recognise it by
// the text: the fingerprint it recorded, or failing that most of its tags finding their text.
import { fileNameOf, sidecarLocationOf, type FileSystem } from './fileSystem';
import { fingerprintText } from './fingerprint';
import { parseSidecarBytes } from './sidecarFormat';
import { anchorStoredTags } from './sidecarStore';
import { plural } from '../common/text';

export interface LeftBehindTags {
  /** The sidecar's location. */
  sidecar: string;
  /** The document it was saved for (its location, which no longer exists). */
  document: string;
  tagCount: number;
  /** `identical`: saved for exactly this text; `similar`: most tags find their text in it. */
  match: 'identical' | 'similar';
}

/** Sidecars larger than this are not read while looking (a real one holds thousands of tags in less). */
const MAX_SIDECAR_BYTES = 5 * 1024 * 1024;
/** At most this many stray sidecars are read, so a folder full of them cannot stall an open. */
const MAX_CANDIDATES = 25;
/** Share of a sidecar's tags that must find their text for a changed document to be the same one. */
const SIMILAR_SHARE = 0.8;

/**
 * The sidecar in `document`'s folder that holds this document's tags under another name, if
 * any: one whose own document is gone and whose tags belong to `text`. Undefined when the file
 * system cannot list folders, or nothing matches. Never throws: unreadable or invalid files are
 * skipped (the store reports those when their own document is opened).
 */
export async function findLeftBehindTags(fs: FileSystem, document: string, text: string, suffix: string): Promise<LeftBehindTags | undefined> {
  if (!fs.filesBeside) return undefined;
  let files: string[];
  try {
    files = await fs.filesBeside(document);
  } catch {
    return undefined;
  }
  const present = new Set(files);
  const own = sidecarLocationOf(document, suffix);
  const strays = files.filter(f => f !== own && f.endsWith(suffix) && f.length > suffix.length && !present.has(f.slice(0, -suffix.length))).slice(0, MAX_CANDIDATES);
  if (!strays.length) return undefined;
  const fingerprint = fingerprintText(text);
  let best: { found: LeftBehindTags; share: number } | undefined;
  for (const sidecar of strays) {
    let content;
    try {
      const bytes = await fs.readFile(sidecar);
      if (bytes.length > MAX_SIDECAR_BYTES) continue;
      content = parseSidecarBytes(bytes);
    } catch {
      continue;
    }
    if (!content.tags.length) continue;
    const found: LeftBehindTags = { sidecar, document: sidecar.slice(0, -suffix.length), tagCount: content.tags.length, match: 'identical' };
    if (content.document.fingerprint === fingerprint) return found;
    const { report } = anchorStoredTags(content.tags, text, false);
    const share = (content.tags.length - report.counts.orphaned) / content.tags.length;
    if (share >= SIMILAR_SHARE && (!best || share > best.share)) best = { found: { ...found, match: 'similar' }, share };
  }
  return best?.found;
}

/** One sentence for the user about tags found under another document's name. */
export function describeLeftBehindTags(found: LeftBehindTags, documentName: string): string {
  const tags = plural(found.tagCount, 'tag');
  const how = found.match === 'identical' ? 'saved for this exact text' : 'most of which find their text here';
  return `${tags} saved for "${fileNameOf(found.document)}" (${how}) are next to ${documentName}. Was the document renamed?`;
}
