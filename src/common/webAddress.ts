// Whether a string is a plain web address: what a verdict's source must be to be recorded, and
// to become a link in a hover card (a sidecar is untrusted text: no command: or file: links).

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
