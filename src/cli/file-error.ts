/**
 * A file system error in words, for a message that names the file: "does not exist", not ENOENT.
 * The codes a user can meet on a command line; any other says only that it failed.
 */
const WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'it does not exist',
  ENOTDIR: 'a folder on its path is a file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EFBIG: 'the file grew too large',
  EDQUOT: 'the disk quota is used up',
  EEXIST: 'it already exists',
  ELOOP: 'its symbolic links loop',
  ENAMETOOLONG: 'its name is too long',
  EMFILE: 'too many files are open',
  EBUSY: 'it is busy',
  EIO: 'the device reported an input/output error',
  ENXIO: 'no device or reader is there',
  EAGAIN: 'it is not ready (try again)',
  EPIPE: 'the reader closed it',
};

export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return WORDS[code] ?? 'the system refused it';
  return error instanceof Error && !/^[A-Z]+:/.test(error.message) ? error.message : 'the system refused it';
}
