import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_VAULT = fileURLToPath(new URL('../fixtures/vault', import.meta.url));
export const EXAMPLE_VAULT = fileURLToPath(new URL('../../examples/vault', import.meta.url));
const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The command line keeps a cache in the user's cache folder; the tests point that folder into
 * node_modules/.cache (where tools keep theirs), so they never touch the real one and leave nothing
 * behind in the temporary folder. Caches there are checked like any other: they never change output.
 */
export const TEST_CACHE_HOME = join(ROOT, 'node_modules', '.cache', 'follow-up-tracker-tests');
mkdirSync(TEST_CACHE_HOME, { recursive: true });

/** Runs the built command line as a user would, in its own process. */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const env = { ...process.env, FORCE_COLOR: '0', XDG_CACHE_HOME: TEST_CACHE_HOME, ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
