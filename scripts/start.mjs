// `npm start`: builds the extension and opens seeds/ in VS Code with it loaded.
//  - With a desktop VS Code (`code` on the PATH): `code --extensionDevelopmentPath=<repo> <repo>/seeds`.
//  - Otherwise: the VS Code server the tests use (installed into test-harness/ on first use),
//    serving VS Code in the browser at a URL printed below, until Ctrl-C. The user opens it in
//    their own browser, so this needs no chromium (only ripgrep, for VS Code's search).
// After changing the code, rebuild (`npm run build`, or keep `npm run watch` running) and
// reload the VS Code window (command "Developer: Reload Window", or reload the browser page).
//
//   npm start                      desktop VS Code if there is one, else the browser
//   npm start -- --browser         always the browser route
//   npm start -- --port 8123       the port to serve on (default: the first free one from 8123)
//   npm start -- --data-dir <dir>  where the server keeps its state (default: test-harness/start-data)
// scripts/harness/start-check.mjs (part of `npm test`) runs the browser route with no chromium on
// the PATH and checks that the printed address serves the workbench.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureHarness, HARNESS_DIR, REPO_ROOT, which } from './harness/install.mjs';
import { startServer, workbenchUrl } from './harness/workbench.mjs';

const SEEDS = join(REPO_ROOT, 'seeds');

function parseArgs(argv) {
  const options = { browser: false, port: '8123-8199', dataDir: join(HARNESS_DIR, 'start-data') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--browser') options.browser = true;
    else if (argv[i] === '--port') options.port = argv[++i];
    else if (argv[i] === '--data-dir') options.dataDir = argv[++i];
    else throw new Error(`Unknown option ${argv[i]}. Options: --browser, --port <n>, --data-dir <folder>`);
  }
  if (!options.port || !options.dataDir) throw new Error('--port and --data-dir need a value.');
  return options;
}

function build() {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed (see above).');
}

function openDesktop(code) {
  console.log(`Opening seeds/ in VS Code (${code}) with the extension from ${REPO_ROOT}.`);
  const child = spawn(code, [`--extensionDevelopmentPath=${REPO_ROOT}`, SEEDS], { stdio: 'inherit' });
  child.on('exit', code => process.exit(code ?? 0));
}

async function serveBrowser({ port, dataDir }) {
  const { serverMain } = ensureHarness({
    browser: false,
    whoNeeds: '`npm start` (VS Code in your browser, as there is no desktop VS Code) needs',
    log: message => console.log(`[start] ${message}`),
  });
  const server = await startServer({
    serverMain,
    // By default kept between runs (git-ignored), so the server's state survives a restart.
    dataDir,
    port,
  });
  // The payload loads the extension from this repo, as a development extension (the server
  // honours it because it runs with --enable-smoke-test-driver). Opening the bare origin
  // gives a VS Code without it.
  const url = workbenchUrl(server.origin, { folder: SEEDS, extensionPath: REPO_ROOT });
  console.log('\nVS Code with Source Annotator is running. Open this URL in a browser:\n');
  console.log(`  ${url}\n`);
  console.log('Press Ctrl-C to stop.');
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

try {
  const options = parseArgs(process.argv.slice(2));
  build();
  const code = options.browser ? undefined : which('code');
  if (code) openDesktop(code);
  else await serveBrowser(options);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
