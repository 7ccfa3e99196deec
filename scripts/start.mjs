// `npm start`: build the command line, then print the weekly review of the example vault for a
// fixed day inside it, so the output always shows something meaningful.
import { execFileSync } from 'node:child_process';

const EXAMPLE_DAY = '2024-06-12';
execFileSync(process.execPath, ['esbuild.config.mjs', 'cli'], { stdio: 'inherit' });
execFileSync(process.execPath, ['dist/cli.js', 'review', '--vault', 'examples/vault', '--today', EXAMPLE_DAY], { stdio: 'inherit' });
