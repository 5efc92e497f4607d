// Who made an annotation, as people write it: "Ana Ruiz <ana@example.org>" or "Ana Ruiz". The
// setting `sourceAnnotator.annotator`, the CLI's --annotator and git's user.name/user.email all
// end up here, so the editor and the CLI record the same creator for the same person.
import type { Creator } from './types';

/** "Name <email>" or "Name" as a Creator; undefined for blank text. */
export function parseCreator(text: string | undefined): Creator | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const m = /^(.*?)\s*<([^<>\s]*)>$/.exec(trimmed);
  if (!m) return { name: trimmed };
  const name = m[1].trim() || m[2];
  return m[2] ? { name, email: m[2] } : { name };
}

/** git's user.name and user.email as a Creator (a name is required; an email alone is used as the name). */
export function creatorFromGit(name: string | undefined, email: string | undefined): Creator | undefined {
  const n = name?.trim();
  const e = email?.trim();
  if (!n) return e ? { name: e, email: e } : undefined;
  return e ? { name: n, email: e } : { name: n };
}

/** The creator as one line: "Ana Ruiz <ana@example.org>". */
export function describeCreator(creator: Creator): string {
  return creator.email ? `${creator.name} <${creator.email}>` : creator.name;
}
