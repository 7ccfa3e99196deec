import { Setting } from 'obsidian';
import { describeDate, isDayFirst, parseDateWords } from '../../core/dates/date-words';
import type { LocalDate } from '../../core/local-date';

/**
 * A field to type a date in words ("tomorrow", "next tue", "in 2 weeks", "jun 20", "20/6" in the
 * user's order of day and month), with the date it means shown under it before anything is saved.
 * Each date it reads is handed to `onDate`; text it cannot read hands on null.
 */
export function addDateWordsField(
  container: HTMLElement,
  today: LocalDate,
  weekStart: number,
  onDate: (date: LocalDate | null) => void,
): void {
  const locale = { dayFirst: isDayFirst(window.navigator.language), weekStart };
  const setting = new Setting(container).setName('In words').setDesc('For example tomorrow, next tue, in 2 weeks, jun 20.');
  const preview = container.createDiv({ cls: 'follow-up-date-preview', attr: { 'aria-live': 'polite' } });
  setting.addText((text) => {
    text.inputEl.setAttr('aria-label', 'Date in words');
    text.setPlaceholder('In 2 weeks').onChange((value) => {
      if (value.trim() === '') {
        preview.setText('');
        onDate(null);
        return;
      }
      const date = parseDateWords(value, today, locale);
      preview.toggleClass('is-invalid', date === null);
      preview.setText(date === null ? `“${value.trim()}” is not a date I can read.` : describeDate(date));
      onDate(date);
    });
  });
}
