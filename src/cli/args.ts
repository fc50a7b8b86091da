import { repositoryConfigPath } from '../config.js';

/** `-c <path>` / `--config <path>` (as the first implementation took it); the rest are positional. */
export function parseArgs(argv: readonly string[]): { configPath: string; positional: string[] } {
  let configPath = repositoryConfigPath;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-c' || arg === '--config') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a config file path`);
      configPath = value;
    } else if (arg.startsWith('--config=')) {
      configPath = arg.slice('--config='.length);
    } else {
      positional.push(arg);
    }
  }
  return { configPath, positional };
}
