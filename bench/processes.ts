/** The bench's own processes: the services it loads, started as an operator would and stopped with SIGTERM. */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';

/**
 * Starts a program with its output going to a file, as a service's log would (through a pipe, the
 * benchmark, which is also the load generator, would spend its own time reading an access line per
 * request), and answers it once it has logged "listening on". Fails if it exits first, or, given
 * `timeoutMs`, if it is not listening by then (and is killed).
 */
export function startListening(command: string, args: string[], options: { cwd: string; logPath: string; timeoutMs?: number }): Promise<ChildProcess> {
  const { cwd, logPath, timeoutMs } = options;
  const fd = openSync(logPath, 'w');
  const child = spawn(command, args, { cwd, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const deadline = timeoutMs === undefined ? Infinity : Date.now() + timeoutMs;
  return new Promise((started, fail) => {
    const exited = (code: number | null) => finish(new Error(`${args.join(' ')} exited ${code}: ${readFileSync(logPath, 'utf8').slice(-2000)}`));
    const poll = setInterval(() => {
      if (readFileSync(logPath, 'utf8').includes('listening on')) finish();
      else if (Date.now() > deadline) {
        child.kill('SIGKILL');
        finish(new Error(`${args.join(' ')}: not listening after ${timeoutMs} ms`));
      }
    }, 50);
    const finish = (err?: Error) => {
      clearInterval(poll);
      child.off('exit', exited);
      if (err) fail(err);
      else started(child);
    };
    child.on('exit', exited);
  });
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
