// Preload (`node -r ./scripts/thread-cpu.cjs …`, Linux only): at exit, prints to stderr the CPU
// seconds of the process's main thread and of V8's background threads (TurboFan compiling,
// concurrent GC) read from /proc/self/task. /usr/bin/time and process.cpuUsage give only their
// sum, and on this project's CLI a third of that sum is background work: a change that saves
// main-thread time can be eaten by more compiling, which only this split shows.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU seconds (user + system) of one thread, or undefined when it has already exited. */
function threadSeconds(task) {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

process.on('exit', () => {
  let tasks;
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    process.stderr.write('thread-cpu: /proc/self/task is not readable here (Linux only)\n');
    return;
  }
  const main = threadSeconds(String(process.pid)) ?? 0;
  let background = 0;
  for (const task of tasks) if (task !== String(process.pid)) background += threadSeconds(task) ?? 0;
  process.stderr.write(`thread-cpu: main ${main.toFixed(2)} s, background ${background.toFixed(2)} s, total ${(main + background).toFixed(2)} s\n`);
});
