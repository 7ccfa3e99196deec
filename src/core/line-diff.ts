/**
 * A unified diff of two texts by lines (the `diff -u` format, three lines of context), for the
 * command line's `--dry-run`. Lines keep their endings, so the diff applies with `patch` to a CRLF
 * note too. '' when the texts are equal.
 */
export function unifiedDiff(before: string, after: string, from: string, to: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = lineOps(a, b);
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i += 1;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` after the last change within reach.
    // The lines before it are unchanged: a change nearer the last hunk would have joined that one.
    const start = Math.max(0, i - context);
    let end = i;
    for (let j = i; j < ops.length; j += 1) {
      if (ops[j]!.kind !== ' ') end = j;
      else if (j - end > context * 2) break;
    }
    const stop = Math.min(ops.length, end + 1 + context);
    const slice = ops.slice(start, stop);
    const oldStart = slice[0]!.a;
    const newStart = slice[0]!.b;
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    hunks.push(`@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n`);
    for (const op of slice) hunks.push(`${op.kind}${show(op.text)}`);
    i = stop;
  }
  return `--- ${from}\n+++ ${to}\n${hunks.join('')}`;
}

interface Op {
  readonly kind: ' ' | '-' | '+';
  readonly text: string;
  /** 1-based line numbers in the old and new text where this op stands. */
  readonly a: number;
  readonly b: number;
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** A line as shown: as it is (a CRLF line keeps its `\r`, as `diff -u` shows it), and a note when the text ends without a line ending. */
function show(line: string): string {
  return line.endsWith('\n') ? line : `${line}\n\\ No newline at end of file\n`;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}

/** The edit script by the longest common subsequence of lines, after trimming the common ends. */
function lineOps(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const n = midA.length;
  const m = midB.length;
  // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1)
    for (let j = m - 1; j >= 0; j -= 1)
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  let x = 0;
  let y = 0;
  const push = (kind: Op['kind'], text: string) => ops.push({ kind, text, a: x + 1, b: y + 1 });
  for (; x < head; x += 1, y += 1) push(' ', a[x]!);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && midA[i] === midB[j]) {
      push(' ', midA[i]!);
      i += 1;
      j += 1;
      x += 1;
      y += 1;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      push('-', midA[i]!);
      i += 1;
      x += 1;
    } else {
      push('+', midB[j]!);
      j += 1;
      y += 1;
    }
  }
  for (let k = 0; k < tail; k += 1, x += 1, y += 1) push(' ', a[x]!);
  return ops;
}
