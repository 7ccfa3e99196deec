import { lstatSync, readlinkSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from './args';
import { describeFileError } from './file-error';
import { writeFileAtomic } from './write-atomic';

/**
 * `--out FILE` as SPEC §8 says:
 * - `-` is standard output;
 * - a symbolic link is followed: its target is written, the link stays;
 * - a regular file is replaced atomically (a reader sees the old or the new report, never half),
 *   keeping its permissions; one the user made read-only is not replaced: that is refused, in
 *   words, as `cp` and editors do, rather than silently undone;
 * - anything else that is there (a device such as /dev/null, a named pipe) is written in place,
 *   never replaced by a regular file;
 * - a folder is refused.
 */
export function writeOut(target: string, content: string, stdout: (text: string) => void): void {
  if (target === '-') {
    stdout(content);
    return;
  }
  const path = followLink(resolve(target));
  const stats = statOf(path, target);
  try {
    if (stats === null) writeFileAtomic(path, content);
    else if (stats.isDirectory()) throw new UsageError(`Cannot write ${target}: it is a folder. Give a file name.`);
    else if (!stats.isFile()) writeFileSync(path, content, 'utf8');
    else {
      if ((stats.mode & 0o222) === 0)
        throw new UsageError(
          `Cannot write ${target}: the file is read-only, so it was left as it is. Make it writable, or give another file.`,
        );
      writeFileAtomic(path, content, stats.mode & 0o7777);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(`Cannot write ${target}: ${missing ? `the folder ${dirname(target)} does not exist` : describeFileError(error)}.`);
  }
}

/** Whether `--out FILE` names a regular file (through links) that is not empty: something a write would replace. */
export function holdsSomething(target: string): boolean {
  if (target === '-') return false;
  try {
    const stats = statSync(followLink(resolve(target)));
    return stats.isFile() && stats.size > 0;
  } catch {
    return false;
  }
}

/** The format of `--out FILE` when no `--format` is given: its extension's, if it names one. */
export function formatOfExtension<F extends string>(target: string | null, formats: readonly F[]): F | null {
  if (target === null || target === '-') return null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(target)?.[1]?.toLowerCase() ?? '';
  const named = extension === 'markdown' ? 'md' : extension === 'htm' ? 'html' : extension;
  return formats.find((format) => format === named) ?? null;
}

/** The file a path stands for: the final target of a symbolic link (which may not exist yet), else the path. */
function followLink(path: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops += 1) {
    let link: Stats;
    try {
      link = lstatSync(current);
    } catch {
      return current;
    }
    if (!link.isSymbolicLink()) return current;
    try {
      return realpathSync(current);
    } catch {
      // A link to a file not there yet: follow it by hand, to create its target.
      current = resolve(dirname(current), readlinkSync(current));
    }
  }
  return current;
}

function statOf(path: string, target: string): Stats | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch (error) {
    throw new UsageError(`Cannot write ${target}: ${describeFileError(error)}.`);
  }
}
