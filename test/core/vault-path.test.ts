import { describe, expect, it } from 'vitest';
import { cleanFolder, isFolderOrInside, isFolderOrInsideAnyCase, isInFolder, renamedPath } from '../../src/core/vault-path';

describe('comparing vault paths (one rule for every folder check)', () => {
  it.each([
    ['People/Ana.md', 'People', true],
    ['People/Clients/Ana.md', 'People/', true],
    ['People/Ana.md', ' /People/ ', true],
    ['People Archive/Ana.md', 'People', false],
    ['PeopleX.md', 'People', false],
    ['people/Ana.md', 'People', false],
    ['People', 'People', false],
    ['Anything.md', '', true],
    ['Anything.md', '/', true],
  ])('%s is in the folder "%s": %s', (path, folder, inside) => {
    expect(isInFolder(path, folder)).toBe(inside);
  });

  it('cleans a folder as settings and config files write it', () => {
    expect(cleanFolder('  /_tpl/ ')).toBe('_tpl');
    expect(cleanFolder('//')).toBe('');
    expect(cleanFolder('Templates/Daily')).toBe('Templates/Daily');
  });

  it('tells the configuration folder whatever its case, and only it', () => {
    expect(isFolderOrInsideAnyCase('.OBSIDIAN', '.obsidian')).toBe(true);
    expect(isFolderOrInsideAnyCase('.Obsidian/plugins', '.obsidian')).toBe(true);
    expect(isFolderOrInsideAnyCase('.obsidian-backup', '.obsidian')).toBe(false);
  });

  it('moves a path with a renamed note or folder, and nothing else', () => {
    expect(renamedPath('Deals/Acme.md', 'Deals/Acme.md', 'Deals/Acme Corp.md')).toBe('Deals/Acme Corp.md');
    expect(renamedPath('Deals/Acme.md', 'Deals', 'Clients')).toBe('Clients/Acme.md');
    expect(renamedPath('Deals 2/Acme.md', 'Deals', 'Clients')).toBeNull();
    expect(renamedPath('Acme.md', '', 'Clients')).toBeNull();
  });
});

describe('a folder as settings write it, at the edges', () => {
  it.each([
    ['/People', 'People'],
    ['People/', 'People'],
    ['//People//', 'People'],
    ['/Templates/Daily/', 'Templates/Daily'],
    ['Templates//Daily', 'Templates//Daily'],
    ['  ', ''],
  ])('%j is the folder %j', (written, folder) => {
    expect(cleanFolder(written)).toBe(folder);
  });

  it('holds itself, with or without a final slash, and what lies in it', () => {
    expect(isFolderOrInside('People', 'People')).toBe(true);
    expect(isFolderOrInside('People/Ana.md', 'People')).toBe(true);
    expect(isFolderOrInside('People Archive', 'People')).toBe(false);
    expect(isFolderOrInside('people', 'People')).toBe(false);
    expect(isFolderOrInsideAnyCase('people/Ana.md', 'PEOPLE')).toBe(true);
  });

  it('moves a note deep in a renamed folder, keeping the rest of its path', () => {
    expect(renamedPath('Deals/2024/Acme.md', 'Deals', 'Clients/Old')).toBe('Clients/Old/2024/Acme.md');
    expect(renamedPath('Deals', 'Deals', 'Clients')).toBe('Clients');
    expect(renamedPath('Dealsx.md', 'Deals', 'Clients')).toBeNull();
  });
});
