import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run';

declare const __VERSION__: string;

// `follow-up review | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

/** Any change to the program, released or not, starts the cache afresh: a few ms, once a run. */
function programHash(): string {
  try {
    return createHash('sha256')
      .update(readFileSync(fileURLToPath(import.meta.url)))
      .digest('hex');
  } catch {
    return '';
  }
}

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
  env: process.env,
  stderrIsTerminal: process.stderr.isTTY === true,
  build: programHash,
});
process.exitCode = code;
