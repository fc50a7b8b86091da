/**
 * Instructions a request, counted by valgrind's callgrind. On a shared machine whose speed drifts by more
 * than a few percent between turns, rates and CPU time cannot tell a 5% cost from a 15% one. The count of
 * instructions the same build runs for the same requests does not follow the machine's speed; it still
 * moves by a few percent from run to run (how requests fall into turns of the event loop, when the
 * collector runs), so a share near a target needs more than one run. It leaves out the kernel's work (the
 * system calls) and the waits on the thread pool, which rates and CPU time include.
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
  counted: number;
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
 * Runs the service under callgrind with counting off, warms it, counts `counted` requests (20 connections),
 * stops it, and answers the instructions a request. Counting is switched on and off around the requests,
 * so the start, the warm-up and the shutdown are not in the total that callgrind writes at exit.
 */
export async function instructionsPerRequest(service: CountedService): Promise<number> {
  const countsPath = `${service.logPath}.callgrind`;
  rmSync(countsPath, { force: true });
  const child = await startListening('valgrind', ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${countsPath}`, process.execPath, ...STEADY_V8, ...service.nodeArgs], {
    cwd: service.cwd,
    logPath: service.logPath,
    timeoutMs: STARTUP_TIMEOUT_MS,
  });
  try {
    await send(service.url, service.body, service.warmup);
    execFileSync('callgrind_control', ['--instr=on', String(child.pid)], { stdio: 'ignore' });
    await send(service.url, service.body, service.counted);
    execFileSync('callgrind_control', ['--instr=off', String(child.pid)], { stdio: 'ignore' });
  } finally {
    await stop(child);
  }
  const totals = /^totals: (\d+)$/m.exec(readFileSync(countsPath, 'utf8'));
  if (!totals?.[1]) throw new Error(`no totals in ${countsPath}`);
  return Number(totals[1]) / service.counted;
}
