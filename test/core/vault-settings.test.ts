import { describe, expect, it } from 'vitest';
import { settingsExclusions, vaultExclusions, type VaultExclusions } from '../../src/core/note-head/vault-settings';
import { settingsWith } from '../helpers/notes';

const settings = settingsWith();

describe("the vault's own exclusions", () => {
  // Built in each test, so that a mutation run sees which tests read it.
  const exclusionsOf = (): VaultExclusions =>
    vaultExclusions(
      {
        app: JSON.stringify({ userIgnoreFilters: ['Archive/', '/^Scratch\\d+\\.md$/', 'Old', '/[unclosed/'] }),
        templates: JSON.stringify({ folder: '_tpl' }),
        templater: JSON.stringify({ templates_folder: '/Templater/' }),
      },
      settings,
    );

  it.each([
    ['Archive/2020/Note.md', true],
    ['Archived.md', false],
    ['Scratch12.md', true],
    ['Notes/Scratch12.md', false],
    ['Old notes.md', true],
    ['_tpl/Meeting.md', true],
    ['Templater/Person.md', true],
    ['Templates/Meeting.md', true],
    ['node_modules/pkg/README.md', true],
    ['Projects/node_modules/pkg/README.md', true],
    ['Projects/node_modules notes.md', false],
    ['Projects/my_node_modules/README.md', false],
    ['References/Dana.md', false],
  ])('%s: excluded %s', (path, expected) => {
    expect(exclusionsOf().isExcluded(path)).toBe(expected);
  });

  it('name the folders left out, the filters as written and the template folders of both plugins', () => {
    const exclusions = exclusionsOf();
    expect(exclusions.folders).toEqual(['Templates', '_tpl', 'Templater']);
    expect(exclusions.filters).toEqual(['Archive/', '/^Scratch\\d+\\.md$/', 'Old', '/[unclosed/']);
    expect(exclusions.templateFolders).toEqual(['_tpl', 'Templater']);
  });

  it('take missing, broken or odd config files as absent', () => {
    const none = vaultExclusions({ app: '{', templates: '[]', templater: JSON.stringify({ templates_folder: 3 }) }, settings);
    expect(none.folders).toEqual(['Templates']);
    expect(none.filters).toEqual([]);
    expect(none.templateFolders).toEqual([]);
    for (const text of ['null', '"Templates"', '7', '[{"folder": "x"}]']) {
      expect(vaultExclusions({ app: text, templates: text, templater: text }, settings)).toMatchObject({
        folders: ['Templates'],
        filters: [],
        templateFolders: [],
      });
    }
    expect(vaultExclusions({ app: null, templates: null, templater: null }, settings).folders).toEqual(['Templates']);
  });

  it('keep only the filters that are text with something in it', () => {
    const odd = vaultExclusions({ app: JSON.stringify({ userIgnoreFilters: ['', '  ', 3, null, 'Drafts'] }) }, settings);
    expect(odd.filters).toEqual(['Drafts']);
    expect(vaultExclusions({ app: JSON.stringify({ userIgnoreFilters: 'Drafts' }) }, settings).filters).toEqual([]);
  });

  it('name a folder once, however many settings name it', () => {
    const twice = vaultExclusions(
      { templates: JSON.stringify({ folder: 'Templates/' }), templater: JSON.stringify({ templates_folder: 'Templates' }) },
      settings,
    );
    expect(twice.folders).toEqual(['Templates']);
    expect(twice.templateFolders).toEqual(['Templates', 'Templates']);
  });

  it('never leave out the whole vault, whichever setting names its root', () => {
    const root = vaultExclusions(
      { templates: JSON.stringify({ folder: '/' }), templater: JSON.stringify({ templates_folder: '  ' }) },
      settingsWith({ excludedFolders: ['', '/'] }),
    );
    expect(root.folders).toEqual([]);
    expect(root.templateFolders).toEqual([]);
    expect(root.isExcluded('Note.md')).toBe(false);
  });
});

describe('an "Excluded files" filter', () => {
  const excludedBy = (filter: string, path: string) =>
    vaultExclusions({ app: JSON.stringify({ userIgnoreFilters: [filter] }) }, settingsWith({ excludedFolders: [] })).isExcluded(path);

  it.each([
    ['Archive', 'Archive 2.md', true],
    ['Archive', 'Archive/x.md', true],
    ['Archive', 'Old/Archive/x.md', false],
    ['/Archive', 'Archive/x.md', true],
    ['//Archive', 'Archive/x.md', true],
    ['/Arch', 'Archive/x.md', true],
    ['/.md$/', 'Notes/x.md', true],
    ['/.md$/', 'Notes/x.txt', false],
    ['/x/', 'Notes/x.md', true],
    ['/x/', 'Notes/y.md', false],
    ['/^x/', 'Notes/x.md', false],
  ])('%j on %s: excluded %s', (filter, path, excluded) => {
    expect(excludedBy(filter, path)).toBe(excluded);
  });

  it('that is only slashes excludes nothing: no empty prefix, no empty pattern', () => {
    for (const filter of ['/', '//']) expect(excludedBy(filter, 'Notes/x.md')).toBe(false);
  });

  it('that is a pattern that does not compile excludes nothing, and leaves the other filters working', () => {
    const both = vaultExclusions({ app: JSON.stringify({ userIgnoreFilters: ['/(/', 'Drafts'] }) }, settingsWith({ excludedFolders: [] }));
    expect(both.isExcluded('Notes/(.md')).toBe(false);
    expect(both.isExcluded('Drafts/x.md')).toBe(true);
    expect(excludedBy('/[x/', '[x/a.md')).toBe(false);
  });
});

describe('the exclusions of the settings alone', () => {
  it('leave out the excluded folders and installed packages, and nothing else', () => {
    const alone = settingsExclusions(settingsWith({ excludedFolders: [' /Archive/ ', 'Templates'] }));
    expect(alone.folders).toEqual(['Archive', 'Templates']);
    expect(alone.filters).toEqual([]);
    expect(alone.templateFolders).toEqual([]);
    expect(alone.isExcluded('Archive/x.md')).toBe(true);
    expect(alone.isExcluded('Templates/x.md')).toBe(true);
    expect(alone.isExcluded('node_modules/x.md')).toBe(true);
    expect(alone.isExcluded('Notes/x.md')).toBe(false);
  });
});
