// Tests of the fake `obsidian` module, in plain Node (no DOM). The DOM side is in obsidian.dom.test.ts.
import type * as Real from 'obsidian';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import * as Fake from './obsidian';
import {
  Component,
  Events,
  Keymap,
  MetadataCache,
  Plugin,
  TFile,
  TFolder,
  createFakeApp,
  debounce,
  fakeManifest,
  getFrontMatterInfo,
  isLoaded,
  loadPlugin,
  normalizePath,
  parseYaml,
  requestUrl,
  stringifyYaml,
  type CachedMetadata,
} from './obsidian';

afterEach(() => {
  vi.useRealTimers();
});

const NOTE = [
  '---',
  'type: meeting',
  'due: 2024-06-10',
  'time: 10:30',
  'contact: "[[Ana Lima|Ana]]"',
  'attendees:',
  '  - "[[Ben]]"',
  '  - plain text',
  '---',
  '# Kick-off',
  '',
  'Met [[Ana Lima]] and [[Ben#Notes|Ben]] about ![[plan.png]] #project/alpha.',
  '',
  '## Actions',
  '',
  '- [ ] Send the deck',
  '- [x] Book a room',
  '    - a sub item',
  '- plain item',
  '',
  '```',
  '[[not a link]] #not-a-tag',
  '```',
  '',
].join('\n');

function note(app: Fake.App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  return file;
}

describe('Events', () => {
  it('calls handlers in order with their context, and removes them by callback or by ref', () => {
    const events = new Events();
    const calls: string[] = [];
    const ctx = { name: 'ctx' };
    const a = function (this: { name: string }, x: unknown) {
      calls.push(`a:${String(x)}:${this.name}`);
    };
    const refA = events.on('e', a, ctx);
    const b = (x: unknown) => calls.push(`b:${String(x)}`);
    events.on('e', b);
    events.trigger('e', 1);
    events.off('e', b);
    events.trigger('e', 2);
    events.offref(refA);
    events.trigger('e', 3);
    expect(calls).toEqual(['a:1:ctx', 'b:1', 'a:2:ctx']);
    expect(events.listenerCount('e')).toBe(0);
  });

  it('keeps calling the other handlers when one throws, and rethrows asynchronously', () => {
    vi.useFakeTimers();
    const events = new Events();
    const seen: number[] = [];
    events.on('e', () => {
      throw new Error('boom');
    });
    events.on('e', () => seen.push(1));
    events.trigger('e');
    expect(seen).toEqual([1]);
    expect(() => vi.runAllTimers()).toThrow('boom');
  });
});

describe('Component', () => {
  it('loads children after onload, unloads children first, then cleanups (last first), then onunload', () => {
    const order: string[] = [];
    class C extends Component {
      constructor(readonly label: string) {
        super();
      }
      override onload() {
        order.push(`load ${this.label}`);
      }
      override onunload() {
        order.push(`unload ${this.label}`);
      }
    }
    const parent = new C('parent');
    const child = parent.addChild(new C('child'));
    parent.register(() => order.push('cleanup 1'));
    parent.register(() => order.push('cleanup 2'));
    expect(order).toEqual([]);
    parent.load();
    parent.load(); // idempotent
    const late = parent.addChild(new C('late')); // loaded at once: the parent is loaded
    expect(isLoaded(late)).toBe(true);
    parent.unload();
    parent.unload();
    expect(order).toEqual([
      'load parent',
      'load child',
      'load late',
      'unload late',
      'unload child',
      'cleanup 2',
      'cleanup 1',
      'unload parent',
    ]);
    expect(isLoaded(child)).toBe(false);
  });

  it('removeChild unloads the child', () => {
    const parent = new Component();
    const child = new Component();
    parent.load();
    parent.addChild(child);
    parent.removeChild(child);
    expect(isLoaded(child)).toBe(false);
  });

  it('undoes registerEvent, registerDomEvent and registerInterval on unload', () => {
    vi.useFakeTimers();
    const c = new Component();
    c.load();
    const events = new Events();
    const target = new EventTarget();
    let fired = 0;
    let clicked = 0;
    let ticks = 0;
    c.registerEvent(events.on('x', () => fired++));
    c.registerDomEvent(target as unknown as HTMLElement, 'click', () => clicked++);
    c.registerInterval(setInterval(() => ticks++, 1000) as unknown as number);

    events.trigger('x');
    target.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(2000);
    expect([fired, clicked, ticks]).toEqual([1, 1, 2]);

    c.unload();
    events.trigger('x');
    target.dispatchEvent(new Event('click'));
    vi.advanceTimersByTime(5000);
    expect([fired, clicked, ticks]).toEqual([1, 1, 2]);
    expect(events.listenerCount('x')).toBe(0);
  });
});

describe('Vault', () => {
  it('builds files and folders from a record, with TFile/TFolder identity and stats', () => {
    const app = createFakeApp({ files: { 'People/Ana Lima.md': 'hi', 'People/Team/Ben.md': '', 'plan.png': 'x', 'Inbox.md': '' } });
    const ana = note(app, 'People/Ana Lima.md');
    expect(ana).toBeInstanceOf(TFile);
    expect([ana.name, ana.basename, ana.extension, ana.parent?.path]).toEqual(['Ana Lima.md', 'Ana Lima', 'md', 'People']);
    expect(ana.stat.size).toBe(2);
    expect(ana.vault).toBe(app.vault);
    expect(app.vault.getFolderByPath('People/Team')).toBeInstanceOf(TFolder);
    expect(app.vault.getRoot().isRoot()).toBe(true);
    expect(app.vault.getAbstractFileByPath('/')).toBe(app.vault.getRoot());
    expect(
      app.vault
        .getMarkdownFiles()
        .map((f) => f.path)
        .sort(),
    ).toEqual(['Inbox.md', 'People/Ana Lima.md', 'People/Team/Ben.md']);
    expect(app.vault.getFiles()).toHaveLength(4);
    expect(app.vault.getAllLoadedFiles()).toHaveLength(7); // root, People, People/Team and 4 files
    expect(app.vault.configDir).toBe('.obsidian');
    expect(app.vault.writeCount).toBe(0);
    expect(() => createFakeApp({ files: { '.obsidian/app.json': '{}' } })).toThrow(/hidden/);
  });

  it('reads, writes and records each write; create refuses an existing path or a missing folder', async () => {
    const app = createFakeApp({ files: { 'a.md': 'one' } });
    const { vault } = app;
    const events: string[] = [];
    vault.on('create', (f) => events.push(`create ${f.path}`));
    vault.on('modify', (f) => events.push(`modify ${f.path}`));
    const a = note(app, 'a.md');
    const before = a.stat.mtime;

    await vault.modify(a, 'two');
    await vault.append(a, '!');
    expect(await vault.process(a, (t) => t.toUpperCase())).toBe('TWO!');
    expect(await vault.read(a)).toBe('TWO!');
    expect(await vault.cachedRead(a)).toBe('TWO!');
    expect(a.stat.mtime).toBeGreaterThan(before);
    await expect(vault.create('a.md', '')).rejects.toThrow('File already exists.');
    await expect(vault.create('Nope/b.md', '')).rejects.toThrow(/ENOENT/);
    await vault.createFolder('New/Deep');
    const b = await vault.create('New/Deep/b.md', 'bee');
    await expect(
      vault.process(a, () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');

    expect(b.parent?.path).toBe('New/Deep');
    expect(vault.writes.map((w) => `${w.op} ${w.path}`)).toEqual([
      'modify a.md',
      'append a.md',
      'process a.md',
      'createFolder New/Deep',
      'create New/Deep/b.md',
    ]);
    expect(events).toEqual(['modify a.md', 'modify a.md', 'modify a.md', 'create New', 'create New/Deep', 'create New/Deep/b.md']);
  });

  it('renames keeping the object and fires rename with the old path, also for a folder’s content', async () => {
    const app = createFakeApp({ files: { 'People/Ana.md': 'x', 'Other.md': 'y' } });
    const renames: string[] = [];
    app.vault.on('rename', (f, oldPath) => renames.push(`${oldPath} -> ${f.path}`));
    const ana = note(app, 'People/Ana.md');

    await app.vault.rename(ana, 'People/Ana Lima.md');
    expect(app.vault.getFileByPath('People/Ana Lima.md')).toBe(ana);
    expect(app.vault.getFileByPath('People/Ana.md')).toBeNull();
    expect([ana.name, ana.basename]).toEqual(['Ana Lima.md', 'Ana Lima']);

    await app.vault.rename(app.vault.getFolderByPath('People')!, 'Contacts');
    expect(ana.path).toBe('Contacts/Ana Lima.md');
    expect(app.vault.readText(ana)).toBe('x');
    await expect(app.vault.rename(note(app, 'Other.md'), 'Contacts/Ana Lima.md')).rejects.toThrow(/exists/);
    expect(renames).toEqual(['People/Ana.md -> People/Ana Lima.md', 'People -> Contacts', 'People/Ana Lima.md -> Contacts/Ana Lima.md']);
  });

  it('deletes files and folders (content first) and refuses to touch a deleted file', async () => {
    const app = createFakeApp({ files: { 'F/a.md': '', 'F/b.md': '', 'c.md': '' } });
    const deleted: string[] = [];
    app.vault.on('delete', (f) => deleted.push(f.path));
    const a = note(app, 'F/a.md');
    await app.vault.delete(app.vault.getFolderByPath('F')!, true);
    await app.vault.trash(note(app, 'c.md'), true);
    expect(deleted).toEqual(['F/a.md', 'F/b.md', 'F', 'c.md']);
    expect(app.vault.getAllLoadedFiles()).toEqual([app.vault.getRoot()]);
    await expect(app.vault.modify(a, 'x')).rejects.toThrow(/ENOENT/);
    expect(app.vault.writes.map((w) => w.op)).toEqual(['delete', 'trash']);
  });
});

describe('Vault.process', () => {
  it('reads, transforms and writes in one step, then fires modify and, once parsed, changed with the new text', async () => {
    const app = createFakeApp({ files: { 'n.md': '---\na: 1\n---\n' } });
    const file = note(app, 'n.md');
    const events: string[] = [];
    app.vault.on('modify', (f) => events.push(`modify ${f.path}`));
    app.metadataCache.on('changed', (f, data) => events.push(`changed ${f.path} ${JSON.stringify(data)}`));
    await app.vault.process(file, (text) => text.replace('a: 1', 'a: 2'));
    await Promise.resolve();
    expect(events).toEqual(['modify n.md', 'changed n.md "---\\na: 2\\n---\\n"']);
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ a: 2 });
  });

  it('writes nothing and fires nothing when the transform throws', async () => {
    const app = createFakeApp({ files: { 'n.md': 'x' } });
    const events: string[] = [];
    app.vault.on('modify', (f) => events.push(f.path));
    app.metadataCache.on('changed', (f) => events.push(f.path));
    await expect(
      app.vault.process(note(app, 'n.md'), () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await Promise.resolve();
    expect([events, app.vault.writes, app.vault.readText('n.md')]).toEqual([[], [], 'x']);
  });
});

describe('MetadataCache', () => {
  it('parses a note as Obsidian does: frontmatter with dates as strings, links, tags, headings, tasks', () => {
    const app = createFakeApp({ files: { 'Meetings/Kick-off.md': NOTE, 'Ana Lima.md': '', 'Ben.md': '' } });
    const cache = app.metadataCache.getFileCache(note(app, 'Meetings/Kick-off.md'))!;
    expect(cache.frontmatter).toEqual({
      type: 'meeting',
      due: '2024-06-10',
      time: '10:30',
      contact: '[[Ana Lima|Ana]]',
      attendees: ['[[Ben]]', 'plain text'],
    });
    expect(cache.frontmatterPosition).toEqual({
      start: { line: 0, col: 0, offset: 0 },
      end: { line: 8, col: 3, offset: NOTE.indexOf('\n---\n') + 4 },
    });
    expect(cache.frontmatterLinks).toEqual([
      { key: 'contact', link: 'Ana Lima', original: '[[Ana Lima|Ana]]', displayText: 'Ana' },
      { key: 'attendees.0', link: 'Ben', original: '[[Ben]]', displayText: 'Ben' },
    ]);
    expect(cache.links?.map((l) => [l.link, l.displayText, l.original])).toEqual([
      ['Ana Lima', 'Ana Lima', '[[Ana Lima]]'],
      ['Ben#Notes', 'Ben', '[[Ben#Notes|Ben]]'],
    ]);
    const first = cache.links![0]!;
    expect(NOTE.slice(first.position.start.offset, first.position.end.offset)).toBe('[[Ana Lima]]');
    expect(cache.embeds?.map((e) => e.link)).toEqual(['plan.png']);
    expect(cache.tags?.map((t) => t.tag)).toEqual(['#project/alpha']);
    expect(cache.headings?.map((h) => [h.level, h.heading])).toEqual([
      [1, 'Kick-off'],
      [2, 'Actions'],
    ]);
    expect(cache.listItems?.map((i) => [i.position.start.line, i.task, i.parent])).toEqual([
      [15, ' ', -15],
      [16, 'x', -15],
      [17, undefined, 16],
      [18, undefined, -15],
    ]);
    expect(cache.sections?.map((s) => s.type)).toEqual(['yaml', 'heading', 'paragraph', 'heading', 'list', 'code']);
    expect(app.metadataCache.resolvedLinks['Meetings/Kick-off.md']).toEqual({ 'Ana Lima.md': 2, 'Ben.md': 2 });
    expect(app.metadataCache.unresolvedLinks['Meetings/Kick-off.md']).toEqual({ 'plan.png': 1 });
  });

  it('reports list items, comments and odd links the way Obsidian does', () => {
    const text = [
      '- [ ] parent', //                 0
      '    - [x] child', //              1
      '        - grandchild', //         2
      '- sibling', //                    3
      '', //                             4
      '- [ ] 1. numbered inside a task', // 5
      '1. [ ] ordered', //               6
      '    - under ordered', //          7
      '',
      '%%',
      '- [ ] commented out #still-a-tag',
      '%%',
      '<!-- [[hidden]] #hidden -->',
      'Text [[|odd]] and \\[\\[#escaped\\]\\] ^para-id',
      '',
    ].join('\n');
    const cache = Fake.parseMarkdown(text);
    const items = cache.listItems!.map((i) => [
      i.position.start.line,
      i.position.start.col,
      i.position.end.line,
      i.position.end.col,
      i.parent,
      i.task ?? '-',
    ]);
    expect(items).toEqual([
      [0, 0, 0, 12, -1, ' '], // a list starting on line 0 has parent -1, not -0
      [1, 2, 1, 15, 0, 'x'], // nested items start at the parent's content column
      [2, 6, 2, 20, 1, '-'],
      [3, 0, 4, 0, -1, '-'], // reaches the next line when a blank line separates it from its sibling
      [5, 0, 5, 31, -1, ' '],
      [5, 6, 5, 31, 5, '-'], // "1." after a checkbox starts a nested list on the same line
      [6, 0, 6, 14, -6, ' '], // another marker kind: another list
      [7, 4, 7, 19, 6, '-'], // under "N." the item starts at its own marker
    ]);
    expect(cache.sections!.map((s) => s.type)).toEqual(['list', 'list', 'comment', 'html', 'paragraph']);
    expect(cache.tags!.map((t) => t.tag)).toEqual(['#still-a-tag', '#escaped']);
    expect(cache.links!.map((l) => [l.link, l.displayText])).toEqual([['|odd', '|odd']]);
    expect(cache.blocks!['para-id']!.position.start.line).toBe(13);
    expect(cache.sections![4]!.id).toBe('para-id');
  });

  it('follows Obsidian’s frontmatter rules: --- at byte 0, a closing --- line, CRLF allowed', () => {
    const fm = (text: string) => Fake.parseMarkdown(text).frontmatter;
    expect(fm('---\na: 1\n---\nbody')).toEqual({ a: 1 });
    expect(fm('---\r\na: 1\r\n---\r\nbody')).toEqual({ a: 1 });
    expect(fm('---\na: 1\n---')).toEqual({ a: 1 });
    expect(fm('\n---\na: 1\n---\n')).toBeUndefined(); // a blank line first: no frontmatter
    expect(fm(' ---\na: 1\n---\n')).toBeUndefined();
    expect(fm('---\na: 1\n')).toBeUndefined(); // never closed
    expect(getFrontMatterInfo('---\na: 1\n---\nbody')).toEqual({ exists: true, frontmatter: 'a: 1\n', from: 4, to: 9, contentStart: 13 });
    // Empty frontmatter: a yaml section, but no frontmatter and no frontmatterPosition (as Obsidian).
    expect(Fake.parseMarkdown('---\n---\n# T\n')).toEqual({
      headings: [{ heading: 'T', level: 1, position: { start: { line: 2, col: 0, offset: 8 }, end: { line: 2, col: 3, offset: 11 } } }],
      sections: [
        { type: 'yaml', position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 1, col: 3, offset: 7 } } },
        { type: 'heading', position: { start: { line: 2, col: 0, offset: 8 }, end: { line: 2, col: 3, offset: 11 } } },
      ],
    });
    // YAML that does not parse: no frontmatter, but the position is there.
    const bad = Fake.parseMarkdown('---\na: [1\n---\n');
    expect(bad.frontmatter).toBeUndefined();
    expect(bad.frontmatterPosition?.end).toEqual({ line: 2, col: 3, offset: 13 });
    expect(Fake.parseMarkdown('')).toEqual({});
  });

  it('serves the old metadata until it re-parses, then fires changed (file, data, cache) in a microtask', async () => {
    const app = createFakeApp({ files: { 'n.md': '---\nstatus: open\n---\nText' } });
    const file = note(app, 'n.md');
    const seen: [TFile, string, CachedMetadata][] = [];
    let resolved = 0;
    app.metadataCache.on('changed', (f, data, cache) => seen.push([f, data, cache]));
    app.metadataCache.on('resolved', () => resolved++);

    const write = app.vault.modify(file, '---\nstatus: done\n---\nText');
    expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({ status: 'open' }); // not yet
    expect(seen).toHaveLength(0);
    await write;
    await Promise.resolve();
    expect(seen).toHaveLength(1);
    expect(seen[0]![0]).toBe(file);
    expect(seen[0]![1]).toBe('---\nstatus: done\n---\nText');
    expect(seen[0]![2].frontmatter).toEqual({ status: 'done' });
    expect(app.metadataCache.getFileCache(file)).toBe(seen[0]![2]);
    expect(resolved).toBe(1);

    await app.vault.modify(file, '---\nstatus: done\n---\nText'); // same text: no 'changed'
    await Promise.resolve();
    expect(seen).toHaveLength(1);
  });

  it('in manual timing, fires only on flush(); rename moves the cache without changed; delete fires deleted', async () => {
    const app = createFakeApp({ files: { 'a.md': 'A [[b]]', 'b.md': 'B' }, metadataTiming: 'manual' });
    const log: string[] = [];
    app.metadataCache.on('changed', (f) => log.push(`changed ${f.path}`));
    app.metadataCache.on('deleted', (f, prev) => log.push(`deleted ${f.path} ${prev ? 'with' : 'without'} cache`));
    app.metadataCache.on('resolved', () => log.push('resolved'));
    const a = note(app, 'a.md');
    const b = note(app, 'b.md');

    await app.vault.modify(a, 'A2 [[b]]');
    await app.vault.modify(a, 'A3 [[b]]');
    await Promise.resolve();
    expect(log).toEqual([]);
    expect(app.metadataCache.pending).toBe(2);
    app.metadataCache.flush();
    expect(log).toEqual(['changed a.md', 'resolved']); // two writes, one re-parse

    await app.vault.rename(b, 'c.md');
    expect(app.metadataCache.getCache('c.md')).not.toBeNull();
    expect(app.metadataCache.getCache('b.md')).toBeNull();
    app.metadataCache.flush();
    expect(log.slice(2)).toEqual(['resolved']);
    expect(app.metadataCache.unresolvedLinks['a.md']).toEqual({ b: 1 });

    await app.vault.delete(a);
    expect(app.metadataCache.getCache('a.md')).toBeNull();
    app.metadataCache.flush();
    expect(log.slice(3)).toEqual(['deleted a.md with cache', 'resolved']);
  });

  it('resolves link paths like Obsidian: path, name, case-insensitive, nearest first; shortest link text', () => {
    const app = createFakeApp({
      files: {
        'People/Ana Lima.md': '',
        'Projects/Alpha/Notes.md': '',
        'Projects/Beta/Notes.md': '',
        'Projects/Beta/Plan.md': '',
        'Top.md': '',
      },
    });
    const mc = app.metadataCache;
    expect(mc.getFirstLinkpathDest('Ana Lima', 'Top.md')?.path).toBe('People/Ana Lima.md');
    expect(mc.getFirstLinkpathDest('ana lima', 'Top.md')?.path).toBe('People/Ana Lima.md');
    expect(mc.getFirstLinkpathDest('People/Ana Lima.md', 'Top.md')?.path).toBe('People/Ana Lima.md');
    expect(mc.getFirstLinkpathDest('Notes', 'Projects/Beta/Plan.md')?.path).toBe('Projects/Beta/Notes.md');
    expect(mc.getFirstLinkpathDest('Alpha/Notes', 'Top.md')?.path).toBe('Projects/Alpha/Notes.md');
    expect(mc.getFirstLinkpathDest('../Alpha/Notes', 'Projects/Beta/Plan.md')?.path).toBe('Projects/Alpha/Notes.md');
    expect(mc.getFirstLinkpathDest('', 'Top.md')?.path).toBe('Top.md');
    expect(mc.getFirstLinkpathDest('Missing', 'Top.md')).toBeNull();
    expect(mc.fileToLinktext(note(app, 'People/Ana Lima.md'), 'Top.md')).toBe('Ana Lima');
    expect(mc.fileToLinktext(note(app, 'Projects/Alpha/Notes.md'), 'Top.md')).toBe('Projects/Alpha/Notes');
    expect(app.fileManager.generateMarkdownLink(note(app, 'People/Ana Lima.md'), 'Top.md', '#Phone', 'Ana')).toBe('[[Ana Lima#Phone|Ana]]');
  });

  it('indexes the notes present at construction without events', () => {
    const vaultApp = createFakeApp({ files: { 'a.md': '# A' } });
    const mc = new MetadataCache(vaultApp.vault, 'manual');
    expect(mc.getCache('a.md')?.headings?.[0]?.heading).toBe('A');
    expect(mc.pending).toBe(0);
  });
});

describe('FileManager.processFrontMatter', () => {
  const BODY = 'Body line 1\n\n- [ ] task  \n\ttabbed ---\n---\nlast line without newline';

  it('rewrites only the frontmatter and keeps the body byte for byte (LF)', async () => {
    const text = `---\n# a comment\nstatus: open   \ndue: 2024-06-10\ntags: [a, b]\n---\n${BODY}`;
    const app = createFakeApp({ files: { 'n.md': text } });
    const file = note(app, 'n.md');
    const modified: string[] = [];
    app.vault.on('modify', (f) => modified.push(f.path));
    await app.fileManager.processFrontMatter(file, (fm) => {
      expect(fm).toEqual({ status: 'open', due: '2024-06-10', tags: ['a', 'b'] });
      fm.status = 'done';
      fm.done = '2024-06-12';
      fm.link = '[[Ana Lima]]';
      fm.empty = null;
    });
    const after = app.vault.readText(file);
    expect(after).toBe(
      `---\nstatus: done\ndue: 2024-06-10\ntags:\n  - a\n  - b\ndone: 2024-06-12\nlink: "[[Ana Lima]]"\nempty:\n---\n${BODY}`,
    );
    expect(after.endsWith(BODY)).toBe(true);
    expect(app.vault.writes).toEqual([{ op: 'process', path: 'n.md' }]);
    expect(modified).toEqual(['n.md']);
    app.metadataCache.flush();
    expect(app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe('done');
  });

  it('keeps CRLF: the body untouched and the new block written with CRLF', async () => {
    const body = BODY.replace(/\n/g, '\r\n');
    const app = createFakeApp({ files: { 'n.md': `---\r\nstatus: open\r\n---\r\n${body}` } });
    const file = note(app, 'n.md');
    await app.fileManager.processFrontMatter(file, (fm) => {
      fm.status = 'done';
    });
    expect(app.vault.readText(file)).toBe(`---\r\nstatus: done\r\n---\r\n${body}`);
  });

  it('creates a block at byte 0 when the note has none, and removes it when emptied', async () => {
    const app = createFakeApp({ files: { 'n.md': BODY, 'crlf.md': 'a\r\nb' } });
    const file = note(app, 'n.md');
    await app.fileManager.processFrontMatter(file, (fm) => {
      fm.status = 'open';
    });
    expect(app.vault.readText(file)).toBe(`---\nstatus: open\n---\n${BODY}`);
    await app.fileManager.processFrontMatter(file, (fm) => {
      delete fm.status;
    });
    expect(app.vault.readText(file)).toBe(BODY);
    await app.fileManager.processFrontMatter(note(app, 'crlf.md'), (fm) => {
      fm.x = 1;
    });
    expect(app.vault.readText(note(app, 'crlf.md'))).toBe('---\r\nx: 1\r\n---\r\na\r\nb');
  });

  it('throws on frontmatter that does not parse, without calling fn or writing', async () => {
    const text = '---\nstatus: [open\n---\nBody';
    const app = createFakeApp({ files: { 'n.md': text } });
    const fn = vi.fn();
    await expect(app.fileManager.processFrontMatter(note(app, 'n.md'), fn)).rejects.toThrow();
    expect(fn).not.toHaveBeenCalled();
    expect(app.vault.writeCount).toBe(0);
    expect(app.vault.readText('n.md')).toBe(text);
  });
});

describe('free functions', () => {
  it('normalizePath', () => {
    expect(normalizePath('a//b\\c/')).toBe('a/b/c');
    expect(normalizePath('/leading/and/trailing/')).toBe('leading/and/trailing');
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('no\u00A0break\u202Fspaces')).toBe('no break spaces');
    expect(normalizePath('Cafe\u0301.md')).toBe('Caf\u00E9.md');
    expect(normalizePath('Folder/Note.md')).toBe('Folder/Note.md');
  });

  it('debounce: one call per burst with the last arguments; resetTimer, cancel, run', () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const d = debounce((n: number) => calls.push(n), 100);
    d(1);
    vi.advanceTimersByTime(60);
    d(2);
    vi.advanceTimersByTime(40); // 100 ms after the first call
    expect(calls).toEqual([2]);

    const r = debounce((n: number) => calls.push(n), 100, true);
    r(3);
    vi.advanceTimersByTime(60);
    r(4);
    vi.advanceTimersByTime(60);
    expect(calls).toEqual([2]); // the timer restarted
    vi.advanceTimersByTime(40);
    expect(calls).toEqual([2, 4]);

    r(5).cancel();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([2, 4]);
    const v = debounce((n: number) => n * 2, 100);
    v(6);
    expect(v.run()).toBe(12);
    expect(v.run()).toBeUndefined();
  });

  it('YAML keeps dates and times as strings', () => {
    expect(parseYaml('d: 2024-06-10\nt: 2024-06-10T09:00\nn: 3\nb: yes\nx: ~')).toEqual({
      d: '2024-06-10',
      t: '2024-06-10T09:00',
      n: 3,
      b: 'yes',
      x: null,
    });
    expect(stringifyYaml({ d: '2024-06-10', l: '[[A]]' })).toBe('d: 2024-06-10\nl: "[[A]]"\n');
    expect(() => parseYaml('a: [') as unknown).toThrow();
  });

  it('Keymap.isModEvent: Ctrl (Linux) opens a tab, Ctrl+Alt a split, Ctrl+Alt+Shift a window', () => {
    const evt = (init: Partial<KeyboardEvent>) =>
      ({ type: 'click', button: 0, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init }) as MouseEvent;
    expect(Keymap.isModEvent(evt({}))).toBe(false);
    expect(Keymap.isModEvent(evt({ ctrlKey: true }))).toBe('tab');
    expect(Keymap.isModEvent(evt({ ctrlKey: true, altKey: true }))).toBe('split');
    expect(Keymap.isModEvent(evt({ ctrlKey: true, altKey: true, shiftKey: true }))).toBe('window');
    expect(Keymap.isModEvent(null)).toBe(false);
  });

  it('requestUrl rejects: no network', async () => {
    await expect(requestUrl('https://example.com')).rejects.toThrow(/no network/);
  });
});

describe('Workspace and Plugin without a DOM', () => {
  it('queues onLayoutReady callbacks until triggerLayoutReady, after replaying create events', async () => {
    const app = createFakeApp({ files: { 'a.md': '' } });
    const log: string[] = [];
    app.vault.on('create', (f) => log.push(`create ${f.path}`));
    app.workspace.onLayoutReady(() => log.push('ready 1'));
    app.workspace.onLayoutReady(async () => {
      await Promise.resolve();
      log.push('ready 2 (async)');
    });
    expect(app.workspace.layoutReady).toBe(false);
    await app.workspace.triggerLayoutReady();
    expect(app.workspace.layoutReady).toBe(true);
    app.workspace.onLayoutReady(() => log.push('ready 3'));
    expect(log).toEqual(['create a.md', 'ready 1', 'ready 2 (async)', 'ready 3']);
    app.metadataCache.flush();
    expect(app.vault.writeCount).toBe(0);
  });

  it('runs a plugin: data round trip as a copy, commands prefixed and removed on unload', async () => {
    const app = createFakeApp({ pluginData: { 'test-plugin': { days: 3 } } });
    const ran: string[] = [];
    class P extends Plugin {
      override settings: { days: number } = { days: 0 };
      override async onload() {
        this.settings = await this.loadData();
        this.addCommand({ id: 'review', name: 'Open review', callback: () => ran.push('review') });
        this.addCommand({ id: 'never', name: 'Never available', checkCallback: () => false });
      }
    }
    const plugin = await loadPlugin(new P(app, fakeManifest()));
    expect(plugin.settings).toEqual({ days: 3 });
    plugin.settings.days = 5;
    expect(await plugin.loadData()).toEqual({ days: 3 }); // a copy
    await plugin.saveData(plugin.settings);
    expect(await plugin.loadData()).toEqual({ days: 5 });
    expect(app.savedData).toHaveLength(1);

    expect(app.commands.listCommands().map((c) => [c.id, c.name])).toEqual([
      ['test-plugin:review', 'Test plugin: Open review'],
      ['test-plugin:never', 'Test plugin: Never available'],
    ]);
    expect(app.commands.executeCommandById('test-plugin:review')).toBe(true);
    expect(app.commands.executeCommandById('test-plugin:never')).toBe(false);
    expect(ran).toEqual(['review']);
    plugin.unload();
    expect(app.commands.listCommands()).toEqual([]);
    Fake.resetFakeUi();
    new Fake.Notice('Recorded without a DOM');
    expect(Fake.notices).toEqual(['Recorded without a DOM']);
  });
});

// The fake's types against the real obsidian.d.ts: every runtime export exists, and these are the
// only members of the main classes that the fake leaves out. Checked by `tsc` (expectTypeOf is a
// no-op at run time).
type Missing<R, F> = Exclude<keyof R, keyof F>;
describe('conformance with obsidian.d.ts', () => {
  it('has every export of the real module except moment and the APIs newer than the plugin supports', () => {
    // The plugin uses none of these: the Bases view API, property values, secrets and the
    // declarative settings pages arrived in 1.10–1.13, after the oldest version we support.
    expectTypeOf<Exclude<keyof typeof Real, keyof typeof Fake>>().toEqualTypeOf<
      | 'moment'
      | 'BasesEntry'
      | 'BasesEntryGroup'
      | 'BasesQueryResult'
      | 'BasesView'
      | 'BasesViewConfig'
      | 'BooleanValue'
      | 'ConfirmationButton'
      | 'ConfirmationModal'
      | 'DateValue'
      | 'DisplayValueComponent'
      | 'DurationValue'
      | 'FileValue'
      | 'HTMLValue'
      | 'IconValue'
      | 'ImageValue'
      | 'LinkValue'
      | 'ListValue'
      | 'NotNullValue'
      | 'NullValue'
      | 'NumberValue'
      | 'ObjectValue'
      | 'PrimitiveValue'
      | 'QueryController'
      | 'RegExpValue'
      | 'RelativeDateValue'
      | 'RenderContext'
      | 'SecretComponent'
      | 'SecretStorage'
      | 'SettingGroup'
      | 'SettingPage'
      | 'StringValue'
      | 'TagValue'
      | 'UrlValue'
      | 'Value'
      | 'parsePropertyId'
    >();
    expect(Object.keys(Fake)).not.toContain('moment');
  });

  // Members added in 1.10–1.13 that the plugin does not use (it supports 1.8.7) are listed too.
  it('leaves out only these members', () => {
    expectTypeOf<Missing<Real.App, Fake.App>>().toEqualTypeOf<'renderContext' | 'secretStorage' | 'isDarkMode'>();
    expectTypeOf<Missing<Real.Vault, Fake.Vault>>().toEqualTypeOf<'appendBinary'>();
    expectTypeOf<Missing<Real.TFile, Fake.TFile>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.TFolder, Fake.TFolder>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.MetadataCache, Fake.MetadataCache>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.FileManager, Fake.FileManager>>().toEqualTypeOf<'promptForDeletion'>();
    expectTypeOf<Missing<Real.Workspace, Fake.Workspace>>().toEqualTypeOf<
      | 'changeLayout'
      | 'getLayout'
      | 'createLeafInParent'
      | 'duplicateLeaf'
      | 'moveLeafToPopout'
      | 'openPopoutLeaf'
      | 'handleLinkContextMenu'
    >();
    expectTypeOf<Missing<Real.WorkspaceLeaf, Fake.WorkspaceLeaf>>().toEqualTypeOf<'hoverPopover'>();
    expectTypeOf<Missing<Real.Plugin, Fake.Plugin>>().toEqualTypeOf<
      'onExternalSettingsChange' | 'registerBasesView' | 'registerCliHandler'
    >();
    expectTypeOf<Missing<Real.Component, Fake.Component>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.Events, Fake.Events>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.ItemView, Fake.ItemView>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.MarkdownView, Fake.MarkdownView>>().toEqualTypeOf<
      'previewMode' | 'currentMode' | 'hoverPopover' | 'showSearch'
    >();
    expectTypeOf<Missing<Real.Modal, Fake.Modal>>().toEqualTypeOf<'setCloseCallback'>();
    expectTypeOf<Missing<Real.Notice, Fake.Notice>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.Setting, Fake.Setting>>().toEqualTypeOf<'errorEl' | 'setErrorMessage' | 'addDisplayValue' | 'addComponent'>();
    expectTypeOf<Missing<Real.Menu, Fake.Menu>>().toEqualTypeOf<'setParentElement'>();
    expectTypeOf<Missing<Real.MenuItem, Fake.MenuItem>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.ToggleComponent, Fake.ToggleComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.TextComponent, Fake.TextComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.DropdownComponent, Fake.DropdownComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.ButtonComponent, Fake.ButtonComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.ExtraButtonComponent, Fake.ExtraButtonComponent>>().toEqualTypeOf<never>();
    expectTypeOf<Missing<Real.SliderComponent, Fake.SliderComponent>>().toEqualTypeOf<'setDisplayFormat'>();
    expectTypeOf<Missing<Real.PluginSettingTab, Fake.PluginSettingTab>>().toEqualTypeOf<
      'icon' | 'update' | 'getSettingDefinitions' | 'getControlValue' | 'setControlValue' | 'settingItems' | 'refreshDomState'
    >();
    expectTypeOf<Missing<Real.SuggestModal<string>, Fake.SuggestModal<string>>>().toEqualTypeOf<'setCloseCallback'>();
    expectTypeOf<Missing<Real.FuzzySuggestModal<string>, Fake.FuzzySuggestModal<string>>>().toEqualTypeOf<'setCloseCallback'>();
  });
});
