// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import '../fakes/obsidian';
import { addSaveDateButton } from '../../src/plugin/modals/save-date-button';

function setUp(value: string): { saved: string[]; error: HTMLElement; save: () => void } {
  const container = createDiv();
  const error = container.createDiv();
  const saved: string[] = [];
  addSaveDateButton(
    container,
    error,
    () => value,
    (date) => saved.push(date),
  );
  const button = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Save');
  if (!button) throw new Error('no Save button');
  return { saved, error, save: () => button.click() };
}

describe('the Save button of a date modal', () => {
  it('saves a real calendar day, written with spaces around it', () => {
    const { saved, error, save } = setUp(' 2024-06-12 ');
    save();
    expect(saved).toEqual(['2024-06-12']);
    expect(error.textContent).toBe('');
  });

  it.each(['', '2024-02-30', 'tomorrow'])('refuses %j and says to pick a date', (value) => {
    const { saved, error, save } = setUp(value);
    save();
    expect(saved).toEqual([]);
    expect(error.textContent).toBe('Pick a date on the calendar.');
  });
});
