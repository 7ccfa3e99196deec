// @vitest-environment happy-dom
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as runCliInProcess } from '../../src/cli/run';
import { openModals, resetFakeUi, type Modal } from '../fakes/obsidian';
import { outsideOwnLines } from '../helpers/own-lines';
import { EXAMPLE_VAULT_PATH as EXAMPLE_VAULT, REPO_ROOT } from '../helpers/paths';
import { cleanUpPlugin, readFolder, startPlugin, type Harness } from '../helpers/plugin-harness';

// The actions in the plugin (its commands and modals, on the fake app) and on the command line
// (the same notes in a folder) give the same bytes, note for note: both plan in the core and patch
// through it. Every note of the example vault and of the broken-vault fixture gets each action;
// a note that cannot be patched is left untouched by both. The command line runs in this process
// for every note (the code of dist/cli.js), and as its own process for a few.

const TODAY = '2024-06-12';
// Built from paths, not `new URL` (happy-dom's URL makes no file: URLs Node takes).
const BROKEN_VAULT = join(REPO_ROOT, 'test', 'fixtures', 'broken-vault');

/** The built command line (dist/cli.js), in its own process. */
function spawnCli(args: readonly string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

interface Action {
  readonly name: string;
  /** The command line's arguments after NOTE. */
  readonly cli: readonly string[];
  /** The plugin's command, and what the user does in its modal. */
  readonly command: string;
  readonly modal?: (modal: Modal) => void;
}

/** Clicks the first button, in the modal's order, with one of these labels. */
function clickButton(modal: Modal, ...labels: string[]): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((candidate) => labels.includes(candidate.textContent ?? ''));
  if (!button) throw new Error(`no button "${labels.join('" or "')}"`);
  button.click();
}

function typeInto(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event));
}

const ACTIONS: readonly Action[] = [
  { name: 'done', cli: ['done'], command: 'mark-done' },
  { name: 'nudge', cli: ['nudge'], command: 'mark-nudged' },
  // The first quick choice is tomorrow, labelled "Next free day" when someone is away then (the
  // command line moves `--to tomorrow` the same way).
  {
    name: 'snooze',
    cli: ['snooze', '--to', 'tomorrow'],
    command: 'snooze',
    modal: (modal) => clickButton(modal, 'Tomorrow', 'Next free day'),
  },
  {
    name: 'snooze to a date',
    cli: ['snooze', '--to', '2024-07-04'],
    command: 'snooze',
    modal: (modal) => {
      typeInto(modal.contentEl.querySelector('input')!, '2024-07-04');
      clickButton(modal, 'Save');
    },
  },
  {
    name: 'drop',
    cli: ['drop', '--outcome', 'declined', '--feedback', 'Budget: frozen'],
    command: 'drop',
    modal: (modal) => {
      typeInto(modal.contentEl.querySelector('select')!, 'declined', 'change');
      typeInto(modal.contentEl.querySelector('textarea')!, 'Budget: frozen');
      clickButton(modal, 'Drop');
    },
  },
  {
    name: 'set',
    cli: ['set', '--date', '2024-07-01'],
    command: 'set-follow-up',
    modal: (modal) => {
      typeInto(modal.contentEl.querySelector('input[type="date"]')!, '2024-07-01');
      clickButton(modal, 'Save');
    },
  },
];

/** Runs one action in the plugin on the note; returns the texts of the notes it changed. */
async function inPlugin(harness: Harness, path: string, action: Action, original: Record<string, string>): Promise<Record<string, string>> {
  const { vault } = harness.app;
  await harness.app.workspace.setActiveFile(vault.getFileByPath(path)!);
  const modals = openModals.length;
  if (harness.command(action.command)) {
    if (openModals.length > modals) action.modal?.(openModals.at(-1)!);
    await harness.settle();
  }
  while (openModals.length > 0) openModals.at(-1)!.close();
  const changed: Record<string, string> = {};
  for (const [note, text] of Object.entries(original)) {
    const now = harness.text(note);
    if (now === text) continue;
    changed[note] = now;
    await vault.modify(vault.getFileByPath(note)!, text);
  }
  await harness.settle();
  return changed;
}

/** Runs one action on the command line (in this process) on the copy; returns the texts it changed, and its exit code. */
function inCli(
  copy: string,
  path: string,
  action: Action,
  original: Record<string, string>,
): { changed: Record<string, string>; status: number } {
  const [command, ...options] = action.cli;
  const status = runCliInProcess([command!, path, ...options, '--vault', copy, '--today', TODAY, '--no-cache'], {
    stdout: () => undefined,
    stderr: () => undefined,
    now: () => new Date(`${TODAY}T10:00:00`),
    version: 'test',
  }) as number;
  const changed: Record<string, string> = {};
  for (const [note, text] of Object.entries(original)) {
    const now = readFileSync(join(copy, note), 'utf8');
    if (now === text) continue;
    changed[note] = now;
    writeFileSync(join(copy, note), text);
  }
  return { changed, status };
}

describe.each([
  ['the example vault', EXAMPLE_VAULT],
  ['the broken-vault fixture', BROKEN_VAULT],
])('each action on every note of %s', (_name, folder) => {
  const original = readFolder(folder);
  const notes = Object.keys(original).sort();
  let harness: Harness;
  let copy: string;
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'follow-up-parity-'));
    cpSync(folder, copy, { recursive: true, verbatimSymlinks: true });
    harness = await startPlugin(original, { now: `${TODAY}T10:00:00` });
  }, 60_000);
  afterAll(() => {
    cleanUpPlugin();
    rmSync(copy, { recursive: true, force: true });
  });

  it('gives the same bytes in the plugin and on the command line, and only our keys’ lines change', async () => {
    resetFakeUi();
    const counts = { changed: 0, refused: 0 };
    for (const path of notes) {
      for (const action of ACTIONS) {
        const plugin = await inPlugin(harness, path, action, original);
        const cli = inCli(copy, path, action, original);
        expect(cli.changed, `${action.name} on ${path}`).toEqual(plugin);
        expect(cli.status === 0 || Object.keys(cli.changed).length === 0, `${action.name} on ${path}: exit 2 writes nothing`).toBe(true);
        for (const [note, text] of Object.entries(cli.changed)) {
          const eol = original[note]!.includes('\r\n') ? '\r\n' : '\n';
          expect(outsideOwnLines(original[note]!, text, eol), `${action.name} on ${path}: ${note}`).toBeNull();
        }
        if (Object.keys(cli.changed).length > 0) counts.changed += 1;
        else if (cli.status === 2) counts.refused += 1;
      }
    }
    // Most actions change something; some notes are refused (no follow-up, or not patchable).
    expect(counts.changed).toBeGreaterThan(notes.length);
    expect(counts.refused).toBeGreaterThan(0);
  }, 600_000);
});

describe('the built command line, as its own process', () => {
  it('gives the plugin’s bytes for each action on a note with a contact', async () => {
    const original = readFolder(EXAMPLE_VAULT);
    const copy = mkdtempSync(join(tmpdir(), 'follow-up-parity-spawned-'));
    try {
      cpSync(EXAMPLE_VAULT, copy, { recursive: true });
      const harness = await startPlugin(original, { now: `${TODAY}T10:00:00` });
      const path = 'Meetings/2024-05-28 Intro call with Sam Lee.md';
      for (const action of ACTIONS) {
        const plugin = await inPlugin(harness, path, action, original);
        const [command, ...options] = action.cli;
        const result = spawnCli([command!, path, ...options, '--vault', copy, '--today', TODAY, '--no-cache']);
        expect([result.status, result.stderr]).toEqual([0, '']);
        const changed: Record<string, string> = {};
        for (const [note, text] of Object.entries(original)) {
          const now = readFileSync(join(copy, note), 'utf8');
          if (now !== text) changed[note] = now;
          writeFileSync(join(copy, note), text);
        }
        expect(Object.keys(changed).length).toBeGreaterThan(0);
        expect(changed, action.name).toEqual(plugin);
      }
    } finally {
      cleanUpPlugin();
      rmSync(copy, { recursive: true, force: true });
    }
  }, 120_000);
});
