import { createHash } from 'node:crypto';
import { readFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeFileError } from './file-error';
import { runCli } from './run';

declare const __VERSION__: string;

/**
 * Standard output failed. `follow-up review | head` closes the pipe early: that is the reader's
 * choice, not an error. Anything else (a full disk) is one line and exit 2, never a stack trace.
 */
function outputFailed(error: unknown): never {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    writeSync(2, `follow-up: Cannot write the output: ${describeFileError(error)}.\n`);
  } finally {
    process.exit(2);
  }
}

process.stdout.on('error', outputFailed);

function writeStdout(text: string): void {
  try {
    process.stdout.write(text);
  } catch (error) {
    // A file or a device is written synchronously: its failure is thrown here.
    outputFailed(error);
  }
}

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
  stdout: writeStdout,
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
  env: process.env,
  stderrIsTerminal: process.stderr.isTTY === true,
  stdoutIsTerminal: process.stdout.isTTY === true,
  build: programHash,
});
process.exitCode = code;
