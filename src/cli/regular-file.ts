import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Thrown for a path that is there but is not a regular file (a pipe, a device, a folder, a socket). */
export class NotRegularFileError extends Error {
  constructor(readonly path: string | Buffer) {
    super(`${path.toString()} is not a regular file`);
  }
}

/** Thrown for a regular file larger than the caller will read. */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly limit: number,
  ) {
    super(`${path} is larger than ${limit} bytes`);
  }
}

/**
 * Non-blocking, so that opening a pipe with no writer returns at once instead of waiting for one
 * (Windows has no such flag, and no such pipes in a folder).
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens `path` for reading only if it is a regular file, judged on the opened descriptor: a path
 * checked first and opened later may by then be something else. Throws what the file system
 * throws (ENOENT, EACCES), or NotRegularFileError.
 */
export function openRegularFile(path: string | Buffer): { fd: number; size: number } {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new NotRegularFileError(path);
    return { fd, size: stats.size };
  } catch (error) {
    closeSync(fd);
    throw error;
  }
}

/** The whole of a regular file of at most `limit` bytes (see openRegularFile; FileTooLargeError past the limit). */
export function readRegularFile(path: string, limit: number): Buffer {
  const { fd, size } = openRegularFile(path);
  try {
    if (size > limit) throw new FileTooLargeError(path, limit);
    // Read to the end, not to the size fstat gave: the file may have grown since.
    let buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) throw new FileTooLargeError(path, limit);
        const larger = Buffer.allocUnsafe(Math.min(length * 2, limit + 1));
        buffer.copy(larger);
        buffer = larger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw new FileTooLargeError(path, limit);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}
