import { parseArgs } from 'node:util';
import { repositoryConfigPath } from '../config.js';

export interface CommandArgs {
  configPath: string;
  /** The command's own `--name value` options. */
  options: Readonly<Record<string, string | undefined>>;
  /** The command's own `--name` switches that were given. */
  flags: ReadonlySet<string>;
  positional: string[];
}

/**
 * A command's arguments through node:util's parseArgs: `-c <path>` / `--config <path>` (as the first
 * implementation took it) for every command, plus the command's own string options. An unknown option
 * is an error that names it. Every command finds its config alike: `-c`, else CAMPUS_CONFIG, else the
 * repository's config.json, so that `npm run token` writes where the server started the same way reads.
 */
export function commandArgs(argv: readonly string[], own: readonly string[] = [], switches: readonly string[] = []): CommandArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      config: { type: 'string', short: 'c' },
      ...Object.fromEntries(own.map((name) => [name, { type: 'string' as const }])),
      ...Object.fromEntries(switches.map((name) => [name, { type: 'boolean' as const }])),
    },
    allowPositionals: true,
    strict: true,
  });
  const { config, ...rest } = values as Record<string, string | boolean | undefined>;
  const options = Object.fromEntries(Object.entries(rest).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const flags = new Set(Object.entries(rest).filter(([, v]) => v === true).map(([k]) => k));
  return { configPath: (config as string | undefined) || process.env.CAMPUS_CONFIG || repositoryConfigPath, options, flags, positional: positionals };
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration as an operator writes it ("90s", "30m", "1h", "7d"), in seconds; an error naming the forms otherwise. */
export function parseDuration(text: string, option: string): number {
  const m = /^(\d{1,6})([smhd])$/.exec(text.trim());
  if (!m || Number(m[1]) === 0) throw new Error(`${option}: "${text}" is not a duration (a whole number and s, m, h or d: 90s, 30m, 1h, 7d)`);
  return Number(m[1]) * (UNIT_SECONDS[m[2] as string] as number);
}
