// Measures shared by the benches: medians, wall and CPU time of a call, and how long the event
// loop is held up while a promise runs — every gap between two turns of the loop is one
// synchronous step of the work (what an editor sharing the thread would feel).
import { performance } from 'node:perf_hooks';
import { setImmediate } from 'node:timers';

export const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall milliseconds spent in fn. */
export const time = fn => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** CPU milliseconds (user + system, all threads of this process) spent in fn. */
export const cpuTime = fn => {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
};

/**
 * Runs `work` (returning a promise) and returns its total wall milliseconds and the event-loop
 * gaps while it ran, longest first: in wall milliseconds, and in process CPU milliseconds (all
 * threads, GC included; on a busy machine the wall gap also counts time the process was preempted).
 */
export async function eventLoopGaps(work) {
  const gaps = [];
  const cpuGaps = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let ticking = true;
  const tick = () => {
    const now = performance.now();
    const cpu = process.cpuUsage(lastCpu);
    gaps.push(now - last);
    cpuGaps.push((cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
    if (ticking) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await work();
  const ms = performance.now() - t0;
  ticking = false;
  if (!gaps.length) {
    // Done without a single pause: the whole run was one step.
    const cpu = process.cpuUsage(cpu0);
    gaps.push(ms);
    cpuGaps.push((cpu.user + cpu.system) / 1000);
  }
  gaps.sort((a, b) => b - a);
  cpuGaps.sort((a, b) => b - a);
  return { ms, gaps, cpuGaps };
}
