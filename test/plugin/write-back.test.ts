// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPatch, type FrontmatterPatch } from '../../src/core/actions/frontmatter-patch';
import { addDuration } from '../../src/core/duration';
import { addDays } from '../../src/core/local-date';
import { readNoteFacts } from '../../src/core/note-facts';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { openModals, parseYaml, type Modal } from '../fakes/obsidian';
import { localDate } from '../helpers/arbitraries';
import { noteText } from '../helpers/note-texts';
import { fieldEntries, outsideOwnLines, splitNote } from '../helpers/own-lines';
import { cleanUpPlugin, startPlugin, type Harness } from '../helpers/plugin-harness';

afterEach(cleanUpPlugin);

// For random notes (test/helpers/note-texts.ts: frontmatter of many types and styles, comments,
// CRLF or LF, a byte-order mark, random bodies) and random sequences of actions, through the real
// plugin on the fake app, whose vault.process is the only write: every byte outside the lines of
// the keys an action owns stays (comments such as Jane's `# work` included), the result re-parses
// to exactly the intended fields, undo gives back the very bytes, and a note whose frontmatter
// cannot be read is never written.

const TODAY = '2024-06-12';
const NOTE = 'Notes/Note.md';
const JANE = 'People/Jane.md';
const JANE_TEXT = '---\nemail: jane@example.com # work\nlast_contact: 2024-05-01\n---\nJane runs ops.\n';
const F = DEFAULT_SETTINGS.fields;

/**
 * A date typed into a date field. From 1995: happy-dom's date input empties a date before the day
 * Kiritimati moved across the date line (1994-12-31) when run there; a browser does not.
 */
const typedDate = localDate.filter((date) => date >= '1995-01-01');

type Action =
  | { readonly kind: 'done' | 'nudge' | 'undo' }
  | { readonly kind: 'snooze'; /** A quick pick's label, or a date typed in. */ readonly pick: string }
  | { readonly kind: 'drop'; readonly outcome: 'declined' | 'no-response'; readonly feedback: string }
  | { readonly kind: 'set'; readonly date: string };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constantFrom<Action>({ kind: 'done' }, { kind: 'nudge' }, { kind: 'undo' }),
  fc.oneof(fc.constantFrom('Tomorrow', 'In 3 days', 'Next Monday'), typedDate).map((pick): Action => ({ kind: 'snooze', pick })),
  fc
    .record({
      outcome: fc.constantFrom('declined' as const, 'no-response' as const),
      feedback: fc.constantFrom('', 'Budget frozen', ' spaced '),
    })
    .map((drop): Action => ({ kind: 'drop', ...drop })),
  typedDate.map((date): Action => ({ kind: 'set', date })),
);

function fieldsOf(text: string): Record<string, unknown> {
  const { yaml } = splitNote(text);
  return yaml === null ? {} : ((parseYaml(yaml) as Record<string, unknown> | null) ?? {});
}

function clickButton(modal: Modal, label: string): void {
  const button = [...modal.contentEl.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  if (!button) throw new Error(`no button "${label}"`);
  button.click();
}

function typeInto(input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string, event = 'input'): void {
  input.value = value;
  input.dispatchEvent(new Event(event));
}

/** Runs one action as a user would: the command, then the modal if it opens one. Returns whether it ran. */
async function perform(harness: Harness, act: Action): Promise<boolean> {
  const id = { done: 'mark-done', nudge: 'mark-nudged', undo: 'undo-last-action', snooze: 'snooze', drop: 'drop', set: 'set-follow-up' }[
    act.kind
  ];
  const modals = openModals.length;
  if (!harness.command(id)) return false;
  if (openModals.length > modals) {
    const modal = openModals.at(-1)!;
    if (act.kind === 'snooze') {
      if (['Tomorrow', 'In 3 days', 'Next Monday'].includes(act.pick)) clickButton(modal, act.pick);
      else {
        typeInto(modal.contentEl.querySelector('input')!, act.pick);
        clickButton(modal, 'Save');
      }
    } else if (act.kind === 'drop') {
      typeInto(modal.contentEl.querySelector('select')!, act.outcome, 'change');
      typeInto(modal.contentEl.querySelector('textarea')!, act.feedback);
      clickButton(modal, 'Drop');
    } else if (act.kind === 'set') {
      typeInto(modal.contentEl.querySelector('input[type="date"]')!, act.date);
      clickButton(modal, 'Save');
    }
  }
  await harness.settle();
  return true;
}

const SNOOZE_PICKS: Record<string, string> = { Tomorrow: '2024-06-13', 'In 3 days': '2024-06-15', 'Next Monday': '2024-06-17' };

/** What the spec says an action writes into the note, given its fields as they are; null: nothing. */
function intended(act: Action, fields: Record<string, unknown>): { note: FrontmatterPatch; jane: boolean } | null {
  const facts = readNoteFacts({ path: NOTE, frontmatter: fields }, DEFAULT_SETTINGS);
  if (act.kind === 'set') return { note: { set: { [F.followUp]: act.date }, remove: [] }, jane: false };
  if (facts.followUp === null || act.kind === 'undo') return null;
  switch (act.kind) {
    case 'done': {
      const set: Record<string, string | number> = { [F.done]: TODAY, [F.outcome]: 'replied' };
      if (facts.every !== null) set[F.followUp] = addDuration(TODAY, facts.every);
      const people = facts.with.length > 0 ? facts.with : facts.people;
      return { note: { set, remove: facts.every === null ? [F.attempts, F.followUp] : [F.attempts] }, jane: people.includes('Jane') };
    }
    case 'nudge':
      return {
        note: {
          set: {
            [F.attempts]: facts.attempts + 1,
            [F.nudged]: TODAY,
            [F.followUp]: addDays(TODAY, DEFAULT_SETTINGS.nudgeWaits[Math.min(facts.attempts, 2)]!),
          },
          remove: [],
        },
        jane: false,
      };
    case 'snooze':
      return { note: { set: { [F.followUp]: SNOOZE_PICKS[act.pick] ?? act.pick }, remove: [] }, jane: false };
    case 'drop': {
      const set: Record<string, string | number> = { [F.outcome]: act.outcome, [F.done]: TODAY };
      if (act.feedback.trim() !== '') set[F.feedback] = act.feedback.trim();
      return { note: { set, remove: [F.followUp] }, jane: false };
    }
  }
}

async function startOn(text: string): Promise<Harness> {
  const harness = await startPlugin({ [NOTE]: text, [JANE]: JANE_TEXT });
  await harness.app.workspace.setActiveFile(harness.app.vault.getFileByPath(NOTE)!);
  return harness;
}

describe('writing back, for random notes and random actions', () => {
  it('keeps the body byte for byte, keys it does not own as they were, and writes exactly the intended fields', async () => {
    await fc.assert(
      fc.asyncProperty(noteText, fc.array(action, { minLength: 1, maxLength: 5 }), async ({ text, parses, eol }, actions) => {
        const harness = await startOn(text);
        try {
          // The last action that wrote: the texts before it (Jane's only if it wrote hers).
          let undo: { note: string; jane: string | null } | null = null;
          for (const act of actions) {
            const before = { note: harness.text(NOTE), jane: harness.text(JANE) };
            const ran = await perform(harness, act);
            const after = { note: harness.text(NOTE), jane: harness.text(JANE) };
            // (Undo gives back the exact bytes from before the action, checked below: a block it had added goes.)
            if (act.kind !== 'undo') {
              expect(outsideOwnLines(before.note, after.note, eol)).toBeNull();
              expect(outsideOwnLines(before.jane, after.jane, '\n')).toBeNull();
            }
            if (!parses) {
              expect(after.note).toBe(text);
              continue;
            }
            if (act.kind === 'undo') {
              if (undo !== null) {
                expect(ran).toBe(true);
                // Undone: the very bytes from before the action.
                expect(after.note).toBe(undo.note);
                expect(after.jane).toBe(undo.jane ?? before.jane);
              } else expect(after).toEqual(before);
              undo = null;
              continue;
            }
            const plan = intended(act, fieldsOf(before.note));
            expect(ran, 'the command is offered exactly when the note has a follow-up').toBe(plan !== null || act.kind === 'set');
            if (plan === null) {
              expect(after).toEqual(before);
              continue;
            }
            const expected = fieldsOf(before.note);
            applyPatch(expected, plan.note, DEFAULT_SETTINGS);
            expect(fieldEntries(fieldsOf(after.note))).toEqual(fieldEntries(expected));
            const jane = fieldsOf(before.jane);
            // Done moves a person's last contact to today, never back.
            const janeWritten = plan.jane && String(jane[F.lastContact]) < TODAY;
            if (janeWritten) applyPatch(jane, { set: { [F.lastContact]: TODAY }, remove: [] }, DEFAULT_SETTINGS);
            expect(fieldEntries(fieldsOf(after.jane))).toEqual(fieldEntries(jane));
            // Jane's `# work` comment stays, whatever was written.
            expect(after.jane).toContain('email: jane@example.com # work\n');
            if (!janeWritten) expect(after.jane).toBe(before.jane);
            undo = after.note === before.note && !janeWritten ? undo : { note: before.note, jane: janeWritten ? before.jane : null };
          }
        } finally {
          cleanUpPlugin();
        }
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it('gives the same note when an action is applied twice as once, where the spec says so', async () => {
    // Snooze and set to a date, drop and a one-off done: the second time finds nothing more to do.
    // (A nudge counts each reminder, and done on a repeating follow-up moves it on again: not these.)
    const repeatable = action.filter((act) => act.kind !== 'nudge' && act.kind !== 'undo');
    await fc.assert(
      fc.asyncProperty(noteText, repeatable, async ({ text, parses }, act) => {
        fc.pre(
          !(act.kind === 'done' && parses && readNoteFacts({ path: NOTE, frontmatter: fieldsOf(text) }, DEFAULT_SETTINGS).every !== null),
        );
        const harness = await startOn(text);
        try {
          await perform(harness, act);
          const once = { note: harness.text(NOTE), jane: harness.text(JANE) };
          await perform(harness, act);
          expect({ note: harness.text(NOTE), jane: harness.text(JANE) }).toEqual(once);
        } finally {
          cleanUpPlugin();
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
