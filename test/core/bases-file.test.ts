import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { followUpsBase } from '../../src/core/bases-file';
import { settingsWith } from '../helpers/notes';

describe('the follow-ups base', () => {
  it('is YAML with an open and a done table over the configured fields', () => {
    const base = YAML.parse(followUpsBase(settingsWith())) as {
      filters: { and: string[] };
      views: { type: string; name: string; filters: { and: string[] }; order: string[]; sort: { property: string; direction: string }[] }[];
    };
    expect(base.filters).toEqual({ and: ['!file.inFolder("Templates")'] });
    expect(base.views.map((view) => [view.type, view.name, view.filters.and[0], view.sort[0]])).toEqual([
      ['table', 'Open follow-ups', 'file.hasProperty("follow_up")', { property: 'note.follow_up', direction: 'ASC' }],
      ['table', 'Done', 'file.hasProperty("follow_up_done")', { property: 'note.follow_up_done', direction: 'DESC' }],
    ]);
    expect(base.views[0]?.order).toContain('note.follow_up_with');
  });

  it('lists the follow-up fields with their names, and the columns and order of each table', () => {
    const custom = settingsWith({ excludedFolders: ['Templates', ' ', '', 'Archive/Old'] });
    expect(YAML.parse(followUpsBase(custom))).toEqual({
      filters: { and: ['!file.inFolder("Templates")', '!file.inFolder("Archive/Old")'] },
      properties: {
        'note.follow_up': { displayName: 'Due' },
        'note.follow_up_with': { displayName: 'With' },
        'note.follow_up_about': { displayName: 'About' },
        'note.follow_up_channel': { displayName: 'Channel' },
        'note.follow_up_attempts': { displayName: 'Reminders' },
        'note.follow_up_every': { displayName: 'Every' },
        'note.follow_up_done': { displayName: 'Done on' },
        'note.follow_up_outcome': { displayName: 'Outcome' },
        'note.follow_up_feedback': { displayName: 'Feedback' },
      },
      views: [
        {
          type: 'table',
          name: 'Open follow-ups',
          filters: { and: ['file.hasProperty("follow_up")'] },
          order: [
            'file.name',
            'note.follow_up',
            'note.follow_up_with',
            'note.follow_up_about',
            'note.follow_up_channel',
            'note.follow_up_attempts',
            'note.follow_up_every',
          ],
          sort: [{ property: 'note.follow_up', direction: 'ASC' }],
        },
        {
          type: 'table',
          name: 'Done',
          filters: { and: ['file.hasProperty("follow_up_done")'] },
          order: ['file.name', 'note.follow_up_done', 'note.follow_up_outcome', 'note.follow_up_with', 'note.follow_up_feedback'],
          sort: [{ property: 'note.follow_up_done', direction: 'DESC' }],
        },
      ],
    });
  });

  it('keeps long lines whole', () => {
    const custom = settingsWith({ excludedFolders: [`Archive/${'Very long folder name '.repeat(6)}`] });
    expect(followUpsBase(custom)).toContain(`  and:\n    - '!file.inFolder("Archive/${'Very long folder name '.repeat(6)}")'\n`);
  });

  it('follows renamed fields', () => {
    const custom = settingsWith({ excludedFolders: [] });
    custom.fields.followUp = 'next_contact';
    const text = followUpsBase(custom);
    expect(text).toContain('file.hasProperty("next_contact")');
    expect(text).not.toContain('filters:\n  and');
  });
});
