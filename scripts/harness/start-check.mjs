// `npm start` without chromium (part of `npm test`): a user opens the printed address in their
// own browser, so the browser route must neither need nor look for chromium. Runs
// `node scripts/start.mjs --browser` with a PATH that holds ripgrep and nothing else (no
// chromium, no desktop `code`, no apt-get to install one), waits for the address it prints,
// fetches it and the workbench script it loads, stops it with Ctrl-C (SIGINT) and checks that
// every process it started is gone. Each step waits for an event (a printed line, an answer, an
// exit), with a deadline only as a failure.
//
//   node scripts/harness/start-check.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureHarness, REPO_ROOT, which } from './install.mjs';
import { exitWithSummary, isMain } from './script.mjs';

export const START_CHECK_TITLE = 'npm start serves VS Code in the browser without chromium, and stops cleanly';
const START = join(REPO_ROOT, 'scripts', 'start.mjs');
const READY_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 15_000;
const GONE_TIMEOUT_MS = 5_000;

/** A port nothing listens on now (the server takes it a moment later). */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** A process's parent and start time from /proc (start time tells a reused pid apart), or undefined once it is gone or a zombie. */
function procStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name, in parentheses, may hold spaces: the fields after it are split.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z' || fields[0] === 'X') return undefined;
    return { ppid: Number(fields[1]), started: fields[19] };
  } catch {
    return undefined;
  }
}

/** Every living descendant of `root`, with its start time. */
function descendants(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), { pid: Number(name), started: stat.started }]);
  }
  const found = [];
  const queue = [root];
  while (queue.length) {
    for (const child of children.get(queue.shift()) ?? []) {
      found.push(child);
      queue.push(child.pid);
    }
  }
  return found;
}

/** Resolves when the condition holds, checking on each tick of `interval`; rejects with `what` after `timeout`. */
async function until(condition, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (condition()) return;
    if (Date.now() > deadline) throw new Error(what);
    await new Promise(resolveTick => setTimeout(resolveTick, 50));
  }
}

/**
 * Runs the check; resolves to one passed or failed count.
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function runStartCheck({ log = line => console.log(line) } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'source-annotator-start-'));
  let child;
  let output = '';
  /** The VS Code server and what it started, to check they are gone after Ctrl-C. */
  let processes = [];
  const alive = () => processes.filter(({ pid, started }) => procStat(pid)?.started === started);
  const began = Date.now();
  try {
    // What the check itself needs (the VS Code server, ripgrep) is installed with the usual PATH;
    // only `npm start` runs without chromium.
    ensureHarness({ browser: false, whoNeeds: 'The `npm start` check needs', log: line => log(`[harness] ${line}`) });
    const rg = which('rg');
    if (!rg) throw new Error('ripgrep (rg) is not on the PATH.');
    const bin = join(temp, 'bin');
    mkdirSync(bin);
    symlinkSync(rg, join(bin, 'rg'));
    const env = { ...process.env, PATH: bin };
    delete env.SOURCE_ANNOTATOR_CHROMIUM;
    for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'code', 'apt-get']) {
      if (existsSync(join(bin, name))) throw new Error(`${name} is on the restricted PATH`);
    }

    const port = await freePort();
    child = spawn(process.execPath, [START, '--browser', '--port', String(port), '--data-dir', join(temp, 'data')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise(resolveExit => child.once('exit', (code, signal) => resolveExit({ code, signal })));
    const url = await new Promise((resolveUrl, reject) => {
      const onData = chunk => {
        output += chunk;
        const address = /^\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)\s*$/m.exec(output);
        if (address) resolveUrl(address[1]);
      };
      child.stdout.setEncoding('utf8').on('data', onData);
      child.stderr.setEncoding('utf8').on('data', chunk => (output += chunk));
      void exited.then(({ code, signal }) => reject(new Error(`npm start exited before printing an address (code ${code}, signal ${signal})`)));
      setTimeout(() => reject(new Error(`npm start printed no address within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS).unref();
    });
    if (!url.startsWith(`http://127.0.0.1:${port}/`)) throw new Error(`npm start printed ${url}, not an address on port ${port}`);

    const page = await fetch(url);
    const html = await page.text();
    if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
    if (!html.includes('vscode-workbench-web-configuration')) throw new Error(`${url} is not the VS Code workbench:\n${html.slice(0, 500)}`);
    const script = /<script[^>]+src="([^"]*\/workbench\.js)"/.exec(html)?.[1];
    if (!script) throw new Error(`The workbench page loads no workbench.js:\n${html.slice(0, 500)}`);
    const scriptAnswer = await fetch(new URL(script, url));
    await scriptAnswer.arrayBuffer();
    if (scriptAnswer.status !== 200) throw new Error(`The workbench script ${script} answered ${scriptAnswer.status}`);

    processes = descendants(child.pid);
    if (processes.length === 0) throw new Error('npm start runs no server process of its own');
    child.kill('SIGINT');
    const stop = await Promise.race([exited, new Promise(resolveLate => setTimeout(() => resolveLate(undefined), STOP_TIMEOUT_MS).unref())]);
    if (!stop) throw new Error(`npm start was still running ${STOP_TIMEOUT_MS / 1000} s after Ctrl-C`);
    if (stop.code !== 0) throw new Error(`npm start exited with code ${stop.code} (signal ${stop.signal}) after Ctrl-C`);
    await until(() => alive().length === 0, GONE_TIMEOUT_MS, '').catch(() => {
      throw new Error(`processes left running after npm start stopped: ${alive().map(p => p.pid).join(', ')}`);
    });
    log(`✔ ${START_CHECK_TITLE} (${((Date.now() - began) / 1000).toFixed(1)} s; ${processes.length === 1 ? 'its server' : `${processes.length} processes`} started and stopped)`);
    return { passed: 1, failed: 0, pending: 0 };
  } catch (error) {
    log(`✘ ${START_CHECK_TITLE} FAILED: ${error instanceof Error ? error.message : String(error)}`);
    if (output.trim()) log(output.trimEnd().replace(/^/gm, '    '));
    return { passed: 0, failed: 1, pending: 0 };
  } finally {
    // After a failure: nothing of this check may be left running.
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    for (const { pid } of alive()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    rmSync(temp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

if (isMain(import.meta.url)) exitWithSummary(await runStartCheck());
