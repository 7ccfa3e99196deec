import { chmodSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The note changed on disk between reading and writing it: nothing was written. */
export class NoteChangedError extends Error {}

/**
 * Replaces a note's text atomically (a temporary file beside it, then a rename), keeping its
 * permissions. Through a symbolic link the target is written and the link kept (the caller has
 * checked that the target is inside the vault). `expected` is the text the change was made from:
 * if the note no longer holds it, nothing is written.
 */
export function writeNoteAtomic(path: string, expected: string, text: string): void {
  const target = lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  if (readFileSync(target, 'utf8') !== expected) throw new NoteChangedError('it changed while the command ran');
  const mode = statSync(target).mode & 0o7777;
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    // The mode given at creation is reduced by the umask: set it as it was.
    chmodSync(temporary, mode);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
