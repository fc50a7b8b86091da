import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The service as a process of its own (src/main.ts), its stdout and stderr gathered. */
export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

export function startMain(args: string[]): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function portOf(run: Running, ms = 15000): Promise<number> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const m = /listening on http:\/\/[^:]+:(\d+)/.exec(run.output());
    if (m) return Number(m[1]);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`service did not start: ${run.output()}`);
}

/** A config file of its own, in a fresh folder (a relative SQLite file lands there too). */
export function writeConfig(config: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'campus-main-'));
  const path = join(dir, 'config.json');
  writeFileSync(path, JSON.stringify(config));
  return path;
}
