import { parseArgs } from 'node:util';
import { repositoryConfigPath } from '../config.js';

export interface CommandArgs {
  configPath: string;
  /** The command's own `--name value` options. */
  options: Readonly<Record<string, string | undefined>>;
  positional: string[];
}

/**
 * A command's arguments through node:util's parseArgs: `-c <path>` / `--config <path>` (as the first
 * implementation took it) for every command, plus the command's own string options. An unknown option
 * is an error that names it.
 */
export function commandArgs(argv: readonly string[], own: readonly string[] = []): CommandArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { config: { type: 'string', short: 'c' }, ...Object.fromEntries(own.map((name) => [name, { type: 'string' as const }])) },
    allowPositionals: true,
    strict: true,
  });
  const { config, ...options } = values as Record<string, string | undefined>;
  return { configPath: config ?? repositoryConfigPath, options, positional: positionals };
}
