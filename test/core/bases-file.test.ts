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

  it('follows renamed fields', () => {
    const custom = settingsWith({ excludedFolders: [] });
    custom.fields.followUp = 'next_contact';
    const text = followUpsBase(custom);
    expect(text).toContain('file.hasProperty("next_contact")');
    expect(text).not.toContain('filters:\n  and');
  });
});
