import { runCli } from './run';

declare const __VERSION__: string;

// `follow-up review | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  version: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
  env: process.env,
  stderrIsTerminal: process.stderr.isTTY === true,
});
process.exitCode = code;
