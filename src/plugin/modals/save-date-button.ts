import { Setting } from 'obsidian';
import { parseLocalDate, type LocalDate } from '../../core/local-date';

/**
 * The Save button of a modal that asks for a date: saves only a real calendar day, else says so
 * in `error` and keeps the modal open. One check, so every date modal refuses the same input.
 */
export function addSaveDateButton(
  container: HTMLElement,
  error: HTMLElement,
  value: () => string,
  onSave: (date: LocalDate) => void,
): void {
  new Setting(container).addButton((button) =>
    button.setButtonText('Save').onClick(() => {
      const date = parseLocalDate(value().trim());
      if (date === null) {
        error.setText('Pick a date on the calendar.');
        return;
      }
      onSave(date);
    }),
  );
}
