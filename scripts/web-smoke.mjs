// Smoke test of the browser bundle (package.json "browser": dist/web/extension.js) in the
// web-worker extension host of a real VS Code for the Web, seen only through what a user sees.
//
// The integration tests run the Node bundle in the remote Node extension host. This script
// starts the same VS Code server and browser (scripts/harness/), but with the user setting
// `remote.extensionKind` = ["web"] for this extension, which makes the workbench place it in
// the web-worker host instead, as VS Code for the Web (vscode.dev, github.dev) would. Then it
// opens the seed article and checks, through the DOM and the files on disk:
//   - where it runs: the workbench's Running Extensions view says "web worker", the browser
//     fetched dist/web/extension.js, and the Node host's log has no activation of it;
//   - the highlights, the status-bar counts, Tag Selection… from the command palette, and the
//     sidecar file it writes through workspace.fs;
//   - no error notification, no uncaught error reported for the extension.
// Expects a build (`node scripts/build.mjs`); prints PASS/FAIL per check and "N passed, N failed".
//
//   node scripts/web-smoke.mjs             run the checks
//   node scripts/web-smoke.mjs --headed    show the browser (needs a display)
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHarness, REPO_ROOT } from './harness/install.mjs';
import { readManifest } from './harness/manifest.mjs';
import { HARNESS_ENV } from './harness/environment.mjs';
import { EXPECTED_NOISE, exitOnSignals, openWorkbench, startServer, workbenchUrl, writeUserSettings } from './harness/workbench.mjs';
import { argsOrExit, exitWithSummary, isMain } from './harness/script.mjs';

// Resolved: its displayName is a %placeholder% whose English text is in package.nls.json.
const PACKAGE = readManifest(REPO_ROOT);
const EXTENSION_ID = `${PACKAGE.publisher}.${PACKAGE.name}`;
const BROWSER_BUNDLE = resolve(REPO_ROOT, PACKAGE.browser);
const NODE_BUNDLE = resolve(REPO_ROOT, PACKAGE.main);
const DEFAULT_TIMEOUT_S = 180;
// One wait for something the extension does (analyse, decorate, save); generous for 2 cores.
const STEP_TIMEOUT_MS = 30_000;
const STATUS_ITEM = `[id="${EXTENSION_ID}.sourceAnnotator.counts"]`;
// The text tagged: the first word of line 3 of the seed article, selected with one keystroke
// (Ctrl+Shift+Right), so the status bar's "(n selected)" has a single value to settle on.
const TAG_LINE = 3;
const TAG_LABEL = 'web-smoke';

/**
 * @typedef {{ passed: number, failed: number, pending: number, failures: { title: string, error: string }[], harnessError?: string }} SmokeResults
 */

/** Prints each check as it ends and counts them; checks after a failed step are skipped. */
class Checks {
  passed = 0;
  failed = 0;
  pending = 0;
  /** @type {{ title: string, error: string }[]} */
  failures = [];
  blocked = '';

  /**
   * Runs a check; returns its value, or undefined if it failed or was skipped. A blocking check
   * that fails skips the checks after it, except those marked `always`.
   */
  async check(title, fn, { blocking = true, always = false } = {}) {
    if (this.blocked && !always) {
      this.pending++;
      console.log(`  SKIP ${title} (after: ${this.blocked})`);
      return undefined;
    }
    const started = Date.now();
    try {
      const value = await fn();
      this.passed++;
      console.log(`  PASS ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return value ?? true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.failed++;
      this.failures.push({ title, error: message });
      console.log(`  FAIL ${title}\n       ${message.split('\n').join('\n       ')}`);
      if (blocking) this.blocked = title;
      return undefined;
    }
  }

  get results() {
    return { passed: this.passed, failed: this.failed, pending: this.pending, failures: this.failures };
  }
}

function fail(message) {
  throw new Error(message);
}

/** Polls `probe` until it returns a truthy value; throws `describe()` after the timeout. */
async function until(probe, describe, timeoutMs = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) fail(`${await describe()} (after ${timeoutMs / 1000} s)`);
    await new Promise(resolveWait => setTimeout(resolveWait, 250));
  }
}

/** Runs a command by its palette title, as a user would: Ctrl+Shift+P, type, Enter. */
export async function runFromPalette(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    const shown = await page.locator('.quick-input-widget .monaco-list-row').allTextContents();
    await page.keyboard.press('Escape');
    fail(`"${title}" is not in the command palette; it shows: ${JSON.stringify(shown.slice(0, 8))}`);
  }
  await row.click();
}

/** Opens a workspace file with Quick Open (Ctrl+P). */
export async function quickOpen(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first().click({ timeout: STEP_TIMEOUT_MS });
  await page.locator(`.tab.active[aria-label*="${fileName}"]`).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/**
 * Counts the editor's elements drawn by this extension's decorations, per colour. A decoration
 * type gets a generated CSS class (`ced-…`) whose rule has the theme colour resolved to a value;
 * the workbench also publishes every theme colour as a CSS variable on .monaco-workbench
 * (`--vscode-sourceAnnotator-quoteBackground`, …). So: the classes whose background is one of
 * our colours, counted in the active editor. Independent of the theme and of generated names.
 */
/* global document, getComputedStyle, CSSStyleRule -- in countHighlights' callback, which runs in the page */
async function countHighlights(page) {
  const colourIds = PACKAGE.contributes.colors.map(colour => colour.id).filter(id => id.endsWith('Background'));
  return page.evaluate(ids => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const canonical = value => {
      probe.style.backgroundColor = '';
      probe.style.backgroundColor = value;
      return getComputedStyle(probe).backgroundColor;
    };
    const workbench = getComputedStyle(document.querySelector('.monaco-workbench') ?? document.body);
    const idOfColour = new Map();
    for (const id of ids) {
      const value = workbench.getPropertyValue(`--vscode-${id.replace('.', '-')}`).trim();
      // Transparent (high-contrast themes draw borders instead) would match anything.
      if (value && canonical(value) !== 'rgba(0, 0, 0, 0)') idOfColour.set(canonical(value), id.split('.').pop());
    }
    const colourOfClass = new Map();
    for (const sheet of document.styleSheets) {
      let rules;
      try {
        rules = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of rules) {
        if (!(rule instanceof CSSStyleRule) || !rule.style.backgroundColor || /::?(after|before)/.test(rule.selectorText)) continue;
        const colour = idOfColour.get(canonical(rule.style.backgroundColor));
        if (!colour) continue;
        for (const className of rule.selectorText.match(/\.ced-[\w-]+/g) ?? []) colourOfClass.set(className.slice(1), colour);
      }
    }
    probe.remove();
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const counts = {};
    for (const element of editor?.querySelectorAll('.view-lines span, .view-overlays div') ?? []) {
      for (const className of element.classList) {
        const colour = colourOfClass.get(className);
        if (colour) counts[colour] = (counts[colour] ?? 0) + 1;
      }
    }
    return counts;
  }, colourIds);
}

async function statusText(page) {
  const item = page.locator(STATUS_ITEM);
  return (await item.count()) ? ((await item.getAttribute('aria-label')) ?? '') : '';
}

async function toasts(page) {
  return page.locator('.notifications-toasts .notification-toast').evaluateAll(elements =>
    elements.map(element => ({
      error: Boolean(element.querySelector('.codicon-error')),
      text: (element.querySelector('.notification-list-item-message') ?? element).textContent ?? '',
    })),
  );
}

async function saveScreenshot(page, path) {
  try {
    await page.screenshot({ path });
    console.log(`[web-smoke] screenshot of the failure: ${path}`);
  } catch {
    // the page is gone; the messages above will have to do
  }
}

/** The Node extension host's logs (on the server, under its user-data dir). */
function nodeHostLogs(dataDir) {
  const logsDir = join(dataDir, 'user-data', 'logs');
  if (!existsSync(logsDir)) return [];
  return readdirSync(logsDir, { recursive: true, encoding: 'utf8' })
    .filter(path => /(^|\/)remoteexthost\.log$/.test(path))
    .map(path => readFileSync(join(logsDir, path), 'utf8'));
}

/**
 * Runs the web smoke test once. Never throws: a harness failure comes back as `failed: 1`.
 * @param {{ headed?: boolean, timeoutSeconds?: number }} [options]
 * @returns {Promise<SmokeResults>}
 */
export async function runWebSmoke(options = {}) {
  const verbose = Boolean(process.env[HARNESS_ENV.verbose]);
  const keep = Boolean(process.env[HARNESS_ENV.keep]);
  const timeoutSeconds = options.timeoutSeconds ?? (Number(process.env[HARNESS_ENV.timeout]) || DEFAULT_TIMEOUT_S);
  const temp = mkdtempSync(join(tmpdir(), 'source-annotator-web-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  if (!keep) process.on('exit', removeTemp);
  const checks = new Checks();
  const cleanups = [];
  let timer;
  try {
    for (const bundle of [BROWSER_BUNDLE, NODE_BUNDLE]) {
      if (!existsSync(bundle)) fail(`${bundle} is missing: build with \`node scripts/build.mjs\` first.`);
    }
    const { serverMain, chromium } = ensureHarness();
    const workspace = join(temp, 'seeds');
    cpSync(join(REPO_ROOT, 'seeds'), workspace, { recursive: true });
    const article = readdirSync(workspace).filter(name => name.endsWith('.txt')).sort()[0] ?? fail('seeds/ has no .txt article');
    const dataDir = join(temp, 'vscode');
    // "web" puts the extension in the web-worker host; the workbench accepts it although the
    // setting's schema only lists "ui" and "workspace" (ExtensionManifestPropertiesService).
    writeUserSettings(dataDir, { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } });

    const server = await startServer({ serverMain, dataDir, verbose });
    cleanups.push(() => server.stop());

    const bundleRequests = [];
    const problems = [];
    const ours = /source-?annotator/i;
    const { browser, page } = await openWorkbench({
      chromium,
      url: workbenchUrl(server.origin, { folder: workspace, extensionPath: REPO_ROOT }),
      headless: !options.headed,
      // Tall enough for the Running Extensions view (a virtual list) to render every row.
      viewport: { width: 1280, height: 1200 },
      onPage: newPage =>
        newPage.context().on('request', request => {
          const path = new URL(request.url()).searchParams.get('path');
          if (path === BROWSER_BUNDLE || path === NODE_BUNDLE) bundleRequests.push(path);
        }),
      onAutomationLog: (type, args) => {
        const text = args.map(arg => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ');
        if (verbose) console.log(`[workbench:${type}] ${text}`);
      },
      onConsole: (type, text) => {
        if (verbose) console.log(`[browser:${type}] ${text}`);
        // An error in the extension's own code shows up here, from the web worker host.
        if ((type === 'error' || type === 'pageerror') && ours.test(text) && !EXPECTED_NOISE.some(re => re.test(text))) problems.push(text);
      },
    });
    cleanups.push(() => browser.close());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);

    const timedOut = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The web smoke test did not finish within ${timeoutSeconds} s.`)), timeoutSeconds * 1000);
    });
    // A failed activation shows up in the console at once (the Running Extensions view keeps
    // saying "Activating..."): every wait below stops there instead of running into its timeout.
    const waitUntil = (probe, describe) =>
      until(async () => {
        const failure = problems.find(text => /Activating extension .* failed/i.test(text));
        if (failure) fail(failure);
        return probe();
      }, describe);
    const crashed = new Promise((_, reject) => page.on('crash', () => reject(new Error('The browser page crashed.'))));
    const steps = async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS * 2 });

      console.log(`Web smoke test: ${EXTENSION_ID} in VS Code's web-worker extension host`);
      await checks.check(`opens ${article} with Quick Open`, () => quickOpen(page, article));

      await checks.check('Developer: Show Running Extensions lists the extension in the "web worker" host, without errors', async () => {
        await runFromPalette(page, 'Developer: Show Running Extensions');
        // The row names a development extension by its id (by its display name once installed).
        const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ hasText: new RegExp(`${EXTENSION_ID.replace(/[.]/g, '\\.')}|^${PACKAGE.displayName}`) }).first();
        await row.waitFor({ timeout: STEP_TIMEOUT_MS });
        // "Activating..." until activate() has returned, then "Activation: 123ms".
        const text = await waitUntil(
          async () => {
            const shown = (await row.textContent()) ?? '';
            return /Activation: *\d|fail|error/i.test(shown) ? shown : '';
          },
          async () => `the extension did not finish activating: ${JSON.stringify(await row.textContent())}`,
        );
        if (!/web worker/i.test(text)) fail(`its row does not say "web worker": ${JSON.stringify(text)}`);
        if (!/Activation: *\d/.test(text) || /fail|error/i.test(text)) fail(`its row reports a problem: ${JSON.stringify(text)}`);
        if (verbose) console.log(`       running extensions: ${JSON.stringify(text)}`);
        await page.keyboard.press('Control+W'); // back to the article
        await page.locator(`.tab.active[aria-label*="${article}"]`).waitFor();
      }, { blocking: false });

      // (The Node host would read dist/extension.js from the server's disk, not through the browser:
      // that it did not run the extension is the Node host log check at the end.)
      await checks.check('the browser fetched the "browser" entry, dist/web/extension.js', () => {
        if (!bundleRequests.includes(BROWSER_BUNDLE)) fail(`${BROWSER_BUNDLE} was never fetched (bundle requests: ${JSON.stringify(bundleRequests)})`);
        if (bundleRequests.includes(NODE_BUNDLE)) fail(`${NODE_BUNDLE} was fetched by the browser too`);
      }, { blocking: false });

      await checks.check('the status bar shows the article\'s counts (people, quotes, numbers, tags)', async () => {
        const text = await waitUntil(
          async () => {
            const label = await statusText(page);
            return /person\s+\d+\s+quote\s+\d+\s+symbol-number\s+\d+\s+tag\s+\d+/.test(label) ? label : '';
          },
          async () => `no counts in the status bar; item ${STATUS_ITEM}: ${JSON.stringify(await statusText(page))}`,
        );
        const [people, quotes, numbers, tags] = [...text.matchAll(/(?:person|quote|symbol-number|tag)\s+(\d+)/g)].slice(0, 4).map(m => Number(m[1]));
        if (!(people > 0 && quotes > 0 && numbers > 0)) fail(`expected people, quotes and numbers in the seed article, status bar says: ${text}`);
        if (tags !== 0) fail(`expected no tags yet, status bar says: ${text}`);
      });

      await checks.check('the editor shows quote, person and number highlights in the theme\'s colours', async () => {
        const wanted = ['quoteBackground', 'personBackground', 'numberBackground'];
        const counts = await waitUntil(
          async () => {
            const found = await countHighlights(page);
            return wanted.every(colour => found[colour] > 0) ? found : undefined;
          },
          async () => `highlights drawn, by colour: ${JSON.stringify(await countHighlights(page))}; wanted each of ${wanted.join(', ')}`,
        );
        if (verbose) console.log(`       highlights: ${JSON.stringify(counts)}`);
      });

      const selection = await checks.check(`select the first word of line ${TAG_LINE}`, async () => {
        await page.locator('.editor-group-container.active .monaco-editor .view-lines').click();
        await page.keyboard.press('Control+G'); // Go to Line: Quick Open with the ':' prefix
        await page.locator('.quick-input-widget .quick-input-box input').fill(`:${TAG_LINE}`);
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: `line ${TAG_LINE}` }).first().waitFor();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+Shift+ArrowRight');
        const position = page.locator('[id="status.editor.selection"]');
        const selected = await waitUntil(
          async () => Number(new RegExp(`^Ln ${TAG_LINE}, Col \\d+ \\((\\d+) selected\\)`).exec((await position.textContent()) ?? '')?.[1] ?? 0),
          async () => `nothing selected on line ${TAG_LINE}: the status bar says ${JSON.stringify(await position.textContent())}`,
        );
        // What the tag must quote: the selection, from the file itself.
        return readFileSync(join(workspace, article), 'utf8').split('\n')[TAG_LINE - 1].slice(0, selected);
      });

      const sidecarPath = join(workspace, `${article}${PACKAGE.contributes.configuration.properties['sourceAnnotator.sidecar.suffix'].default}`);
      await checks.check('Source Annotator: Tag Selection… runs from the command palette and asks for a label', async () => {
        if (existsSync(sidecarPath)) fail(`${sidecarPath} exists before tagging`);
        await runFromPalette(page, 'Source Annotator: Tag Selection…');
        const input = page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible' });
        await input.fill(TAG_LABEL);
        await page.locator('.quick-input-widget .monaco-list-row', { hasText: TAG_LABEL }).first().waitFor();
        await page.keyboard.press('Enter');
      });

      await checks.check('the tag is saved in the sidecar file next to the article, on the server\'s disk', async () => {
        const saved = await waitUntil(
          () => {
            try {
              return JSON.parse(readFileSync(sidecarPath, 'utf8'));
            } catch {
              return undefined; // not there yet, or being written
            }
          },
          () => `${sidecarPath} was not written`,
        );
        const [tag] = saved.tags ?? [];
        if (saved.tags?.length !== 1 || tag.label !== TAG_LABEL) fail(`expected one tag "${TAG_LABEL}", the sidecar has ${JSON.stringify(saved.tags)}`);
        const quote = tag.target?.selector?.find(s => s.type === 'TextQuoteSelector');
        if (quote?.exact !== selection) fail(`expected the tag to quote "${selection}", its selectors: ${JSON.stringify(tag.target?.selector)}`);
        // The fingerprint comes from the bundle's own SHA-256 (no Node crypto in a web worker).
        const text = readFileSync(join(workspace, article), 'utf8').replace(/^\uFEFF/, '');
        const expected = `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
        if (saved.document?.fingerprint !== expected) fail(`document fingerprint ${saved.document?.fingerprint}, expected ${expected}`);
      });

      await checks.check('the tagged text is highlighted and the status bar counts 1 tag', async () => {
        await waitUntil(
          async () => (await countHighlights(page)).tagBackground > 0 && /\btag\s+1\b/.test(await statusText(page)),
          async () => `highlights ${JSON.stringify(await countHighlights(page))}, status bar ${JSON.stringify(await statusText(page))}`,
        );
      });

      await checks.check('no error notification and no error from the extension in the browser console', async () => {
        const errors = (await toasts(page)).filter(toast => toast.error || ours.test(toast.text));
        if (errors.length) fail(`notifications: ${JSON.stringify(errors.map(toast => toast.text))}`);
        if (problems.length) fail(`console: ${problems.slice(0, 5).join('\n')}`);
      }, { blocking: false, always: true });
    };
    const failureScreenshot = join(keep ? temp : tmpdir(), 'source-annotator-web-smoke-failure.png');
    try {
      await Promise.race([steps(), timedOut, crashed]);
    } catch (error) {
      await saveScreenshot(page, failureScreenshot);
      throw error;
    }
    if (checks.failed > 0) await saveScreenshot(page, failureScreenshot);

    // The Node host writes its log as it goes; stop the server so it is complete.
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
    await checks.check('the Node extension host did not activate the extension', () => {
      const logs = nodeHostLogs(dataDir);
      // Positive control: the log is there and records activations (VS Code's built-in git).
      if (!logs.some(log => /_doActivateExtension vscode\./.test(log))) fail(`no Node extension host log with activations under ${join(dataDir, 'user-data', 'logs')}`);
      const activation = logs.join('\n').split('\n').find(line => line.includes(`_doActivateExtension ${EXTENSION_ID}`));
      if (activation) fail(`the Node host log says: ${activation}`);
    }, { blocking: false });
    return checks.results;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.log(`  FAIL web smoke harness\n       ${message.split('\n').join('\n       ')}`);
    const results = checks.results;
    return { ...results, failed: results.failed + 1, failures: [...results.failures, { title: 'web smoke harness', error: message }], harnessError: message };
  } finally {
    clearTimeout(timer);
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch {
        // keep cleaning up
      }
    }
    if (keep) console.log(`[web-smoke] kept ${temp}`);
    else {
      removeTemp();
      process.off('exit', removeTemp);
    }
  }
}

function parseArgs(argv) {
  const options = { headed: false };
  for (const arg of argv) {
    if (arg === '--headed') options.headed = true;
    else throw new Error(`Unknown option ${arg}. Options: --headed`);
  }
  return options;
}

if (isMain(import.meta.url)) {
  exitOnSignals();
  const options = argsOrExit(parseArgs);
  const started = Date.now();
  const results = await runWebSmoke(options);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  exitWithSummary(results);
}
