// Screenshots of the real workbench, for the README. The test decides WHEN (after it has opened
// an article, shown a hover, revealed a view…); the harness, which drives the browser, does the
// capture. They talk through files in a folder the harness polls:
//   test    writes  <dir>/<id>.request.json  { "name": "hover-card" }
//   harness writes  <dir>/<id>.done.json     { "file": "…/media/hover-card.png" } or { "error": "…" }
// Outside `npm run screenshots` the folder is not set and screenshot() does nothing.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { testEnv } from '../suite/environment';

const NAME = /^[a-z0-9][a-z0-9._-]*$/i;
const ANSWER_TIMEOUT_MS = 30_000;
const POLL_MS = 100;
let requestCount = 0;

/** True when this run captures screenshots (`npm run screenshots`). */
export function screenshotsEnabled(): boolean {
  return testEnv('screenshots') !== undefined;
}

/**
 * Captures the whole workbench window as media/<name>.png when screenshots are enabled; does
 * nothing otherwise. Resolves once the file is written. The harness lets the UI settle for a
 * moment first, so a decoration or hover that was just shown is in the picture.
 */
export async function screenshot(name: string): Promise<void> {
  const dir = testEnv('screenshots');
  if (dir === undefined) return;
  if (!NAME.test(name)) throw new Error(`Screenshot name "${name}" must be a plain file name (letters, digits, . _ -), without extension.`);

  const id = `${process.pid}-${Date.now()}-${requestCount++}`;
  const request = join(dir, `${id}.request.json`);
  // Write then rename, so the harness never reads half a request.
  writeFileSync(`${request}.tmp`, JSON.stringify({ name }));
  renameSync(`${request}.tmp`, request);

  const done = join(dir, `${id}.done.json`);
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (!existsSync(done)) {
    if (Date.now() > deadline) throw new Error(`The harness did not take screenshot "${name}" within ${ANSWER_TIMEOUT_MS / 1000} s.`);
    await new Promise(resolveWait => setTimeout(resolveWait, POLL_MS));
  }
  const answer = JSON.parse(readFileSync(done, 'utf8')) as { file?: string; error?: string };
  if (answer.error !== undefined) throw new Error(`Screenshot "${name}" failed: ${answer.error}`);
}
