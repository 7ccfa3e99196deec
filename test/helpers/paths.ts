import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Built from this file's path rather than with `new URL`, so they work under happy-dom too
// (its URL class does not make file: URLs that Node accepts).
const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..');
export const FIXTURE_VAULT_PATH = join(here, '..', 'fixtures', 'vault');
export const EXAMPLE_VAULT_PATH = join(REPO_ROOT, 'examples', 'vault');
