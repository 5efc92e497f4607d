// The extension's package.json as VS Code shows it in English: each "%key%" placeholder replaced
// by its text in package.nls.json beside it (an older build without one is read as it is).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} extensionDir */
export function readManifest(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
  const nlsFile = join(extensionDir, 'package.nls.json');
  if (!existsSync(nlsFile)) return manifest;
  const nls = JSON.parse(readFileSync(nlsFile, 'utf8'));
  const resolve = value => {
    if (typeof value === 'string') return /^%.+%$/.test(value) && Object.hasOwn(nls, value.slice(1, -1)) ? nls[value.slice(1, -1)] : value;
    if (Array.isArray(value)) return value.map(resolve);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    return value;
  };
  return resolve(manifest);
}
