import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** test/fixtures/broken-vault: one note per hazard, beside good notes (see test/fixtures/README.md). */
export const BROKEN_VAULT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'broken-vault');

/** A fixed sequence of bytes that looks random, so that every run writes the same "binary" files. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A path 100 folders deep. */
export const DEEP_PATH = `Generated/${Array.from({ length: 100 }, (_, level) => `d${level}`).join('/')}/Deep.md`;

/**
 * The hazards too large or too odd to commit: a 5 MB note, a frontmatter over 64 KB, binary and
 * NUL bytes, Latin-1 text, an empty file, a 100-folder-deep path and a 100,000-deep nesting.
 */
export function generatedHazards(): Record<string, Buffer> {
  const clipping = `${'A line of a very long web clipping, kept for later. '.repeat(20)}\n`;
  return {
    'Generated/Five megabytes.md': Buffer.concat([
      Buffer.from('---\nfollow_up: 2024-06-26\n---\n'),
      Buffer.from(clipping.repeat(Math.ceil((5 << 20) / clipping.length))),
    ]),
    'Generated/Large frontmatter.md': Buffer.from(
      `---\nnotes: |\n${`  ${'x'.repeat(70)}\n`.repeat(1000)}follow_up: 2024-06-27\n---\nBody.\n`,
    ),
    'Generated/Binary.md': noise(4096, 7),
    'Generated/NUL in frontmatter.md': Buffer.from('---\nfollow_up: 2024-06-28\nnote: a\u0000b\n---\n'),
    'Generated/Binary after frontmatter.md': Buffer.concat([Buffer.from('---\nfollow_up: 2024-06-29\n---\n'), noise(4096, 11)]),
    'Generated/Latin-1.md': Buffer.from('---\nfollow_up: 2024-06-30\nfollow_up_about: Café crème\n---\n', 'latin1'),
    'Generated/Zero bytes.md': Buffer.alloc(0),
    [DEEP_PATH]: Buffer.from('---\nfollow_up: 2024-07-01\n---\n'),
    'Generated/Deep nesting.md': Buffer.from(`---\nfollow_up: 2024-06-10\nx: ${'['.repeat(100_000)}\n---\n`),
  };
}

/** Copies the broken vault to `target`, adds the generated hazards and a folder that loops back on itself. */
export function writeBrokenVault(target: string): void {
  cpSync(BROKEN_VAULT, target, { recursive: true });
  for (const [path, bytes] of Object.entries(generatedHazards())) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), bytes);
  }
  mkdirSync(join(target, 'Generated', 'Loop'), { recursive: true });
  symlinkSync('..', join(target, 'Generated', 'Loop', 'back up'));
  symlinkSync('.', join(target, 'Generated', 'Loop', 'itself'));
}
