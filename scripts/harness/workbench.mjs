// Starts the VS Code server and drives its browser workbench in Debian's Chromium.
// This is the route VS Code's own browser integration tests take: a built server only honours
// the URL payload's extensionDevelopmentPath/extensionTestsPath when started with
// --enable-smoke-test-driver, and the workbench then reports the test host's exit through
// window.codeAutomationExit, which we expose from the page.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';

const READY = /Extension host agent listening on (\d+)/;
const READY_TIMEOUT_MS = 60_000;

// What the server prints is mostly progress; by default only what looks like trouble is shown,
// minus what is expected offline: the gallery of code-server's product.json (Open VSX) is
// unreachable, and `vsda` (a signing module only Microsoft's builds ship) is absent.
const SERVER_TROUBLE = /error|exception|fail|exited with code: [^0]|signal: (?!null)/i;
export const EXPECTED_NOISE = [
  /ENOTFOUND/,
  /open-vsx\.org/,
  /getaddrinfo/,
  /vsda/,
  /service ?worker/i,
  /Failed to load resource/,
  /bad HTTP response code \(404\)/,
  // Newer workbenches look for a GitHub sign-in, which code-server does not ship.
  /authentication provider 'github'/,
];

/**
 * Makes Ctrl-C (and kill) end the process through process.exit, so that 'exit' handlers run:
 * ours kills the server's process group (detached, so the terminal's Ctrl-C does not reach it)
 * and Playwright's kills the browser.
 */
export function exitOnSignals() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) process.once(signal, () => process.exit(code));
}

/**
 * Writes the user settings a server started by startServer with the same dataDir will use.
 * The workbench in code-server's VS Code keeps user settings on the server, in
 * <user-data-dir>/User/settings.json (not in the browser's storage), so this is how a session
 * starts with settings that must be in place before any extension is placed in a host, such as
 * `remote.extensionKind`. Call it before startServer.
 * @param {string} dataDir
 * @param {Record<string, unknown>} settings
 */
export function writeUserSettings(dataDir, settings) {
  const userDir = join(dataDir, 'user-data', 'User');
  mkdirSync(userDir, { recursive: true });
  writeFileSync(join(userDir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

/**
 * Starts `server-main.js` in its own process group on a free port.
 * @param {{ serverMain: string, dataDir: string, node?: string, port?: string, env?: Record<string, string>, log?: (line: string) => void, verbose?: boolean }} options
 *   node: the Node binary to run it on (ensureHarness says which; this Node by default).
 *   port: a number, or a range "from-to" (the first free one is taken); by default the OS picks.
 * @returns {Promise<{ port: number, origin: string, stop: () => Promise<void> }>}
 */
export async function startServer({ serverMain, dataDir, node = process.execPath, port: requestedPort = '0', env = {}, log = line => console.log(line), verbose = false }) {
  for (const sub of ['user-data', 'server-data', 'extensions']) mkdirSync(join(dataDir, sub), { recursive: true });
  const args = [
    serverMain,
    '--host', '127.0.0.1',
    '--port', requestedPort, // the server prints the port it took
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-telemetry',
    '--disable-workspace-trust',
    '--user-data-dir', join(dataDir, 'user-data'),
    '--server-data-dir', join(dataDir, 'server-data'),
    '--extensions-dir', join(dataDir, 'extensions'),
  ];
  // detached: the server gets its own process group, so stop() can take the extension host
  // and every other child down with it.
  const child = spawn(node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });

  let stopped = false;
  const exited = new Promise(resolveExit => child.once('exit', (code, signal) => resolveExit({ code, signal })));
  const killGroup = signal => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onParentExit);
    if (child.exitCode !== null || child.signalCode !== null) {
      killGroup('SIGKILL'); // stragglers of an already-dead server
      return;
    }
    killGroup('SIGTERM');
    const timer = setTimeout(() => killGroup('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    killGroup('SIGKILL');
  };
  // Last resort if the harness itself dies: never leave a server running.
  const onParentExit = () => killGroup('SIGKILL');
  process.prependListener('exit', onParentExit); // before others, e.g. one removing the server's folders

  const port = await new Promise((resolvePort, reject) => {
    let seen = '';
    const onLine = line => {
      const ready = READY.exec(line);
      if (ready) resolvePort(Number(ready[1]));
      if (verbose || (SERVER_TROUBLE.test(line) && !EXPECTED_NOISE.some(re => re.test(line)))) log(`[server] ${line}`);
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream.setEncoding('utf8');
      stream.on('data', chunk => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          if (seen.length < 4000) seen += line + '\n';
          onLine(line);
        }
      });
    }
    void exited.then(({ code, signal }) => reject(new Error(`The VS Code server exited before it was ready (code ${code}, signal ${signal}):\n${seen}`)));
    const timer = setTimeout(() => reject(new Error(`The VS Code server was not ready after ${READY_TIMEOUT_MS / 1000} s:\n${seen}`)), READY_TIMEOUT_MS);
    timer.unref();
  }).catch(async error => {
    await stop();
    throw error;
  });
  return { port, origin: `http://127.0.0.1:${port}`, stop };
}

/**
 * The workbench URL that opens `folder` and, through the payload, loads the extension under
 * development (and, with testsPath, runs its tests). Paths are absolute paths on this machine,
 * which the browser addresses through the server (vscode-remote://).
 * @param {string} origin
 * @param {{ folder?: string, extensionPath: string, testsPath?: string }} options
 */
export function workbenchUrl(origin, { folder, extensionPath, testsPath }) {
  const authority = new URL(origin).host;
  const remote = path => `vscode-remote://${authority}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  const query = new URLSearchParams();
  if (folder) query.set('folder', remote(folder));
  query.set('payload', JSON.stringify(payload));
  return `${origin}/?${query.toString()}`;
}

/**
 * Opens Chromium on the workbench.
 * @param {{ chromium: string, url: string, headless?: boolean, viewport?: { width: number, height: number },
 *   onAutomationLog?: (type: string, args: unknown[]) => void, onAutomationExit?: (code: number) => void,
 *   onConsole?: (type: string, text: string) => void, onPage?: (page: import('playwright-core').Page) => void }} options
 *   onPage: called with the page before it navigates, to listen from the very first request.
 */
export async function openWorkbench({ chromium, url, headless = true, viewport = { width: 1280, height: 800 }, onAutomationLog, onAutomationExit, onConsole, onPage }) {
  const { chromium: playwrightChromium } = await import('playwright-core');
  const browser = await playwrightChromium.launch({
    executablePath: chromium,
    headless,
    // Root needs --no-sandbox; the rest keeps Chromium from reaching for Google's hosts,
    // which this network refuses.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light' });
    const page = await context.newPage();
    await page.exposeFunction('codeAutomationLog', (type, args) => onAutomationLog?.(String(type), Array.isArray(args) ? args : [args]));
    await page.exposeFunction('codeAutomationExit', code => onAutomationExit?.(Number(code)));
    page.on('console', message => onConsole?.(message.type(), message.text()));
    page.on('pageerror', error => onConsole?.('pageerror', error.message));
    onPage?.(page);
    await page.goto(url);
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
