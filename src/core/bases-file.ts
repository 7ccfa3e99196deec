import YAML from 'yaml';
import type { Settings } from './settings';

export const BASE_FILE_NAME = 'Follow-ups.base';

/**
 * A base for Obsidian's core Bases plugin: tables of the follow-up fields, for people who live in
 * Bases. Field names come from the settings, so the base matches the vault.
 */
export function followUpsBase(settings: Settings): string {
  const f = settings.fields;
  const note = (field: string): string => `note.${field}`;
  const has = (field: string): string => `file.hasProperty(${JSON.stringify(field)})`;
  const excluded = settings.excludedFolders
    .filter((folder) => folder.trim() !== '')
    .map((folder) => `!file.inFolder(${JSON.stringify(folder)})`);
  const base = {
    filters: excluded.length === 0 ? undefined : { and: excluded },
    properties: {
      [note(f.followUp)]: { displayName: 'Due' },
      [note(f.with)]: { displayName: 'With' },
      [note(f.about)]: { displayName: 'About' },
      [note(f.channel)]: { displayName: 'Channel' },
      [note(f.attempts)]: { displayName: 'Reminders' },
      [note(f.every)]: { displayName: 'Every' },
      [note(f.done)]: { displayName: 'Done on' },
      [note(f.outcome)]: { displayName: 'Outcome' },
      [note(f.feedback)]: { displayName: 'Feedback' },
    },
    views: [
      {
        type: 'table',
        name: 'Open follow-ups',
        filters: { and: [has(f.followUp)] },
        order: ['file.name', note(f.followUp), note(f.with), note(f.about), note(f.channel), note(f.attempts), note(f.every)],
        sort: [{ property: note(f.followUp), direction: 'ASC' }],
      },
      {
        type: 'table',
        name: 'Done',
        filters: { and: [has(f.done)] },
        order: ['file.name', note(f.done), note(f.outcome), note(f.with), note(f.feedback)],
        sort: [{ property: note(f.done), direction: 'DESC' }],
      },
    ],
  };
  return YAML.stringify(base, { lineWidth: 0 });
}
