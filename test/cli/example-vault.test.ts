import { describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, runCli } from '../helpers/cli';

// Golden files: the weekly review of the bundled example vault for the day `npm start` uses.
// Every change to them is read before it is accepted (vitest -u).
const EXAMPLE_DAY = '2024-06-12';

describe('the weekly review of the example vault', () => {
  it.each([
    ['md', '../__approved__/example-review.md'],
    ['html', '../__approved__/example-review.html'],
    ['json', '../__approved__/example-review.json'],
  ])('as %s', async (format, approved) => {
    const result = runCli(['review', '--vault', EXAMPLE_VAULT, '--today', EXAMPLE_DAY, '--format', format]);
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(approved);
  });

  it('lists what is due, as JSON', async () => {
    const result = runCli(['due', '--vault', EXAMPLE_VAULT, '--today', EXAMPLE_DAY, '--json']);
    expect(result.status).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot('../__approved__/example-due.json');
  });
});
