import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/core/line-diff';

/** Applies a unified diff to `before`, as `patch` would; throws when a line does not match. */
function applyDiff(before: string, diff: string): string {
  const old = before.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const lines = diff.split('\n').slice(2, -1);
  const out: string[] = [];
  let at = 0;
  for (let k = 0; k < lines.length; k += 1) {
    const line = lines[k]!;
    const hunk = /^@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@$/.exec(line);
    if (hunk) {
      const start = Number(hunk[1]) - (hunk[2] === '0' ? 0 : 1);
      while (at < start) out.push(old[at++]!);
      continue;
    }
    const noNewline = lines[k + 1] === '\\ No newline at end of file';
    const text = `${line.slice(1)}${noNewline ? '' : '\n'}`;
    if (noNewline) k += 1;
    if (line[0] === '+') out.push(text);
    else {
      if (old[at] !== text) throw new Error(`line ${at + 1} is ${JSON.stringify(old[at])}, the diff says ${JSON.stringify(text)}`);
      if (line[0] === ' ') out.push(old[at]!);
      at += 1;
    }
  }
  while (at < old.length) out.push(old[at++]!);
  return out.join('');
}

describe('a unified diff of two texts', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'a/x', 'b/x')).toBe('');
  });

  it('shows a changed line with three lines of context, as diff -u does', () => {
    const before = '---\ntitle: x\nfollow_up: 2024-06-10\nfollow_up_attempts: 1\ntags: [a]\n---\nBody\nMore\n';
    const after = '---\ntitle: x\nfollow_up: 2024-06-15\nfollow_up_attempts: 2\ntags: [a]\n---\nBody\nMore\n';
    expect(unifiedDiff(before, after, 'a/n.md', 'b/n.md')).toBe(
      [
        '--- a/n.md',
        '+++ b/n.md',
        '@@ -1,7 +1,7 @@',
        ' ---',
        ' title: x',
        '-follow_up: 2024-06-10',
        '-follow_up_attempts: 1',
        '+follow_up: 2024-06-15',
        '+follow_up_attempts: 2',
        ' tags: [a]',
        ' ---',
        ' Body',
        '',
      ].join('\n'),
    );
  });

  it('numbers an insertion into an empty text, and marks a last line without a newline', () => {
    expect(unifiedDiff('', 'a\n', 'a/n', 'b/n')).toBe('--- a/n\n+++ b/n\n@@ -0,0 +1 @@\n+a\n');
    expect(unifiedDiff('a', 'b', 'a/n', 'b/n')).toBe(
      '--- a/n\n+++ b/n\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n',
    );
  });

  const lines = (count: number) => Array.from({ length: count }, (_, i) => `line ${i + 1}\n`).join('');

  it('joins two changes six unchanged lines apart into one hunk, and splits them seven apart', () => {
    const hunks = (gap: number) => {
      const before = lines(gap + 8);
      const after = before.replace('line 2\n', 'two\n').replace(`line ${gap + 3}\n`, 'changed\n');
      return unifiedDiff(before, after, 'a', 'b').match(/^@@.*@@$/gm);
    };
    expect(hunks(6)).toEqual(['@@ -1,12 +1,12 @@']);
    expect(hunks(7)).toEqual(['@@ -1,5 +1,5 @@', '@@ -7,7 +7,7 @@']);
  });

  it('shows a change at the end with the context before it only, and takes a context of another size', () => {
    const before = lines(6);
    const after = before.replace('line 6\n', 'six\n');
    expect(unifiedDiff(before, after, 'a', 'b')).toBe('--- a\n+++ b\n@@ -3,4 +3,4 @@\n line 3\n line 4\n line 5\n-line 6\n+six\n');
    expect(unifiedDiff(before, after, 'a', 'b', 1)).toBe('--- a\n+++ b\n@@ -5,2 +5,2 @@\n line 5\n-line 6\n+six\n');
    expect(unifiedDiff(before, before.replace('line 1\n', 'one\n'), 'a', 'b', 0)).toBe('--- a\n+++ b\n@@ -1 +1 @@\n-line 1\n+one\n');
  });

  it('numbers the removal of every line, and lines added after the last one', () => {
    expect(unifiedDiff('a\nb\n', '', 'a', 'b')).toBe('--- a\n+++ b\n@@ -1,2 +0,0 @@\n-a\n-b\n');
    expect(unifiedDiff('a\n', 'a\nb\nc\n', 'a', 'b')).toBe('--- a\n+++ b\n@@ -1 +1,3 @@\n a\n+b\n+c\n');
  });

  it('keeps the lines both texts share between the changes, and puts removals before additions', () => {
    expect(unifiedDiff('a\nx\nb\ny\nc\n', 'a\nb\nz\nc\n', 'a', 'b')).toBe('--- a\n+++ b\n@@ -1,5 +1,4 @@\n a\n-x\n b\n-y\n+z\n c\n');
    expect(unifiedDiff('p\nq\n', 'q\np\n', 'a', 'b')).toBe('--- a\n+++ b\n@@ -1,2 +1,2 @@\n-p\n q\n+p\n');
  });

  it('splits far-apart changes into hunks and always turns the old text into the new one', () => {
    const line = fc.constantFrom('a\n', 'b\n', 'c\n', '---\n', 'x: 1\r\n', '\n', 'z');
    const text = fc
      .array(line, { maxLength: 30 })
      .map((lines) => lines.filter((l, i) => l.endsWith('\n') || i === lines.length - 1).join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        expect(applyDiff(before, unifiedDiff(before, after, 'a', 'b'))).toBe(before === after ? before : after);
      }),
      { numRuns: 300 },
    );
    const long = Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('');
    const diff = unifiedDiff(long, long.replace('line 1\n', 'one\n').replace('line 18\n', 'eighteen\n'), 'a', 'b');
    expect(diff.match(/^@@/gm)).toHaveLength(2);
  });
});
