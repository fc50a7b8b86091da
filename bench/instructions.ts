/**
 * Instructions a request, counted by valgrind's callgrind. On a shared machine whose speed drifts by more
 * than a few percent between turns, rates and CPU time cannot tell a 5% cost from a 15% one. The count of
 * instructions the same build runs for the same requests does not follow the machine's speed. What moves
 * it is one-off work landing among the counted requests: V8 optimising functions that became hot late,
 * long after the warm-up, or a major collection. Of one run's windows of 5,000 requests, one read 574k
 * instructions a request, 210k of them V8's optimising compiler, and another 301k. So the
 * requests are counted in several windows, each dumped on its own, and the least window is the reading:
 * the requests' own work with the least one-off work in it. That also leaves out major collections, which
 * do grow with what a request allocates; and it leaves out the kernel's work (the system calls) and the
 * waits on the thread pool, which rates and CPU time include.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import autocannon from 'autocannon';
import { startListening, stop } from './processes.js';

export function callgrindAvailable(): boolean {
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
    execFileSync('callgrind_control', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface CountedService {
  /** node's own arguments, then the script and its arguments. */
  nodeArgs: string[];
  cwd: string;
  /** Where the service's output and callgrind's counts go (the counts beside it, as `.callgrind`). */
  logPath: string;
  url: string;
  body: string;
  /** Requests sent before counting starts: enough for the service's hot code to be compiled. */
  warmup: number;
  /** Windows of `perWindow` requests, each counted on its own. */
  windows: number;
  perWindow: number;
}

const STARTUP_TIMEOUT_MS = 120_000;

/**
 * V8 optimises hot functions on a thread of its own, and under valgrind that thread's work landed in the
 * counted window or not from one run to the next (the same build, 5,000 requests: 356k, then 412k
 * instructions a request). Compiled on the main thread, a function is optimised once it is hot, during
 * the warm-up.
 */
const STEADY_V8 = ['--no-concurrent-recompilation'];

async function send(url: string, body: string, amount: number): Promise<void> {
  await new Promise<void>((done, fail) => {
    autocannon({ url, method: 'POST', body, headers: { 'content-type': 'application/json' }, connections: 20, amount }, (err, result) => {
      if (err) fail(err);
      else if (result.errors + result.timeouts + result.non2xx > 0) fail(new Error(`${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`));
      else done();
    });
  });
}

/**
 * Runs the service under callgrind with counting off, warms it, counts `windows` windows of `perWindow`
 * requests (20 connections), each dumped on its own, stops it, and answers the instructions a request of
 * each window. Counting is switched on only around the windows, so the start, the warm-up and the
 * shutdown are in none of them.
 */
export async function instructionsPerRequest(service: CountedService): Promise<number[]> {
  const countsPath = `${service.logPath}.callgrind`;
  rmSync(countsPath, { force: true });
  const callgrind = ['--tool=callgrind', '--instr-atstart=no', '--combine-dumps=yes', `--callgrind-out-file=${countsPath}`];
  const child = await startListening('valgrind', [...callgrind, process.execPath, ...STEADY_V8, ...service.nodeArgs], {
    cwd: service.cwd,
    logPath: service.logPath,
    timeoutMs: STARTUP_TIMEOUT_MS,
  });
  const control = (...args: string[]) => execFileSync('callgrind_control', [...args, String(child.pid)], { stdio: 'ignore' });
  try {
    await send(service.url, service.body, service.warmup);
    control('--instr=on');
    for (let window = 0; window < service.windows; window++) {
      await send(service.url, service.body, service.perWindow);
      control('--dump');
    }
    control('--instr=off');
  } finally {
    await stop(child);
  }
  // One part a dump, in order, and one more at exit, counted after the last window (nothing).
  const totals = [...readFileSync(countsPath, 'utf8').matchAll(/^totals: (\d+)$/gm)].map((m) => Number(m[1]));
  if (totals.length < service.windows) throw new Error(`${countsPath}: ${totals.length} dumps, not ${service.windows}`);
  return totals.slice(0, service.windows).map((total) => total / service.perWindow);
}
