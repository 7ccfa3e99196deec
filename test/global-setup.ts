import { execFileSync } from 'node:child_process';

/** Builds what the end-to-end tests run: the command line (dist/cli.js) and the plugin (main.js). */
export default function setup(): void {
  execFileSync(process.execPath, ['esbuild.config.mjs', 'all'], { stdio: 'inherit' });
}
