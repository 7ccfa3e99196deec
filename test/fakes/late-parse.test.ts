import { describe, expect, it } from 'vitest';
import { createFakeApp } from './obsidian';

describe("the fake's late-parse mode", () => {
  it('gives no metadata until a note is parsed, then fires changed per note and resolved once, at the end', async () => {
    const app = createFakeApp({ files: { 'a.md': '# A\n', 'b.md': '[[a]]\n', 'c.md': '---\nx: 1\n---\n' }, lateParse: true });
    const events: string[] = [];
    app.metadataCache.on('changed', (file) => events.push(`changed ${file.path}`));
    app.metadataCache.on('resolved', () => events.push('resolved'));
    const a = app.vault.getFileByPath('a.md')!;
    expect(app.metadataCache.getFileCache(a)).toBeNull();
    await app.workspace.triggerLayoutReady();
    await Promise.resolve();
    expect(events).toEqual([]);
    expect(app.metadataCache.getFileCache(a)).toBeNull();

    expect(app.metadataCache.parseNext(2)).toBe(2);
    expect(app.metadataCache.getFileCache(a)?.headings?.[0]?.heading).toBe('A');
    expect(app.metadataCache.resolvedLinks['b.md']).toEqual({ 'a.md': 1 });
    expect(app.metadataCache.getCache('c.md')).toBeNull();
    expect(events).toEqual(['changed a.md', 'changed b.md']);

    await app.metadataCache.parseInBursts(5);
    expect(app.metadataCache.getCache('c.md')?.frontmatter).toEqual({ x: 1 });
    expect(events).toEqual(['changed a.md', 'changed b.md', 'changed c.md', 'resolved']);
    expect(app.metadataCache.unparsedCount).toBe(0);
  });

  it('parses a note renamed or changed while waiting under its new name, with its new text; a deleted one never', async () => {
    const app = createFakeApp({ files: { 'a.md': 'old\n', 'b.md': 'b\n', 'c.md': 'c\n' }, lateParse: true });
    await app.vault.modify(app.vault.getFileByPath('a.md')!, '# New\n');
    await app.vault.rename(app.vault.getFileByPath('b.md')!, 'd.md');
    await app.vault.delete(app.vault.getFileByPath('c.md')!);
    await Promise.resolve();
    expect(app.metadataCache.getCache('a.md')).toBeNull();
    expect(app.metadataCache.unparsedCount).toBe(2);
    expect(app.metadataCache.parseNext(10)).toBe(2);
    expect(app.metadataCache.getCache('a.md')?.headings?.[0]?.heading).toBe('New');
    expect(app.metadataCache.getCache('d.md')).not.toBeNull();
  });
});
