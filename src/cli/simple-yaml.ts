/**
 * A fast reader for the plain YAML most frontmatter is written in: `key: value` lines at the
 * left margin, with values that are plain or quoted scalars on one line, `[flow, lists]` of them,
 * or block lists of them (`- item` lines), and comments. It gives exactly what the `yaml` package
 * gives with the core schema (test/cli/simple-yaml.test.ts compares the two on random and real
 * blocks), at a tenth of the cost: on a large vault, YAML was most of the command line's time.
 *
 * Anything outside that subset (nesting, multi-line values, escapes, anchors, tags, tabs,
 * duplicate keys, odd characters, errors) returns undefined, and the caller asks `yaml`. So this
 * only ever answers where the answer is certain; being strict costs speed, never correctness.
 */
export function parseSimpleYaml(body: string): Record<string, unknown> | undefined {
  if (UNSAFE.test(body)) return undefined;
  const lines = body.split('\n');
  const result: Record<string, unknown> = {};
  const seen = new Set<string>();
  let index = 0;
  while (index < lines.length) {
    const line = withoutCr(lines[index] as string);
    index += 1;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const match = KEY_LINE.exec(line);
    if (!match) return undefined;
    const key = match[1] as string;
    // Keys that the core schema reads as null or booleans, or that JavaScript objects treat specially.
    if (seen.has(key) || SPECIAL_KEYS.has(key)) return undefined;
    seen.add(key);
    const rest = match[2] ?? '';
    if (rest === '' || rest.startsWith('#')) {
      const list = readBlockList(lines, index);
      if (list === undefined) return undefined;
      result[key] = list.items;
      index = list.next;
      continue;
    }
    const value = readInlineValue(rest);
    if (value === NOT_SIMPLE) return undefined;
    result[key] = value;
  }
  return result;
}

const NOT_SIMPLE = Symbol('not simple');
type Value = unknown;

/**
 * Characters YAML treats specially wherever they are (tabs, a carriage return that does not end a
 * line, a byte-order mark, Unicode line separators, control characters, lone surrogates) and the
 * backslash (escapes in double quotes): their blocks are left to `yaml`.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const UNSAFE = /[\t\\\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|\p{Cs}/u;
const BLANK_OR_COMMENT = /^ *(?:#.*)?$/;
/** A plain key at the left margin, `:`, then nothing or a space and the rest. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?:$| +(.*)$)/;
const SPECIAL_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', '__proto__']);
const LIST_ITEM = /^( *)-(?:$| +(.*)$)/;
/** After a quoted scalar or a flow list: nothing, or a comment after a space. */
const TRAILER = /^(?: +#.*)? *$/;
/** A plain scalar may not start with an indicator (`-` only before a non-space, checked apart). */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@` ]/;
const FLOW_PLAIN = /^[^-?:,[\]{}#&*!|>'"%@` ][^,[\]{}#:'"]*$/;

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * The value of a key with nothing after its colon: a block list on the lines that follow (at any
 * one indentation, the left margin included), or null.
 */
function readBlockList(lines: readonly string[], start: number): { items: Value[] | null; next: number } | undefined {
  const items: Value[] = [];
  let indent = -1;
  let index = start;
  let next = start;
  while (index < lines.length) {
    const line = withoutCr(lines[index] as string);
    if (BLANK_OR_COMMENT.test(line)) {
      index += 1;
      continue;
    }
    const match = LIST_ITEM.exec(line);
    if (!match) {
      // Anything indented that is not an item belongs to this key: a nested map, a multi-line value.
      if (line.startsWith(' ')) return undefined;
      break;
    }
    const width = (match[1] as string).length;
    if (indent === -1) indent = width;
    else if (width !== indent) return undefined;
    const text = match[2] ?? '';
    if (text === '' || text.startsWith('#')) items.push(null);
    else {
      if (text.startsWith('[')) return undefined;
      const value = readInlineValue(text);
      if (value === NOT_SIMPLE) return undefined;
      items.push(value);
    }
    index += 1;
    next = index;
  }
  return items.length === 0 ? { items: null, next: start } : { items, next };
}

/** A value on the key's own line (without leading spaces). */
function readInlineValue(text: string): unknown {
  const first = text[0];
  if (first === '"' || first === "'") {
    const close = text.indexOf(first, 1);
    if (close === -1 || !TRAILER.test(text.slice(close + 1))) return NOT_SIMPLE;
    return text.slice(1, close);
  }
  if (first === '[') return readFlowList(text);
  if (first === '-' && (text.length === 1 || text[1] === ' ')) return NOT_SIMPLE;
  if (first !== '-' && !PLAIN_START.test(text)) return NOT_SIMPLE;
  const comment = text.indexOf(' #');
  const plain = (comment === -1 ? text : text.slice(0, comment)).replace(/ +$/, '');
  if (plain.includes(': ') || plain.endsWith(':')) return NOT_SIMPLE;
  return resolvePlain(plain);
}

/** `[a, "b", 'c']`: quoted items (no escapes) and plain ones without indicators; nothing nested. */
function readFlowList(text: string): Value[] | typeof NOT_SIMPLE {
  const items: Value[] = [];
  let cursor = skipSpaces(text, 1);
  if (text[cursor] === ']') return TRAILER.test(text.slice(cursor + 1)) ? items : NOT_SIMPLE;
  for (;;) {
    const first = text[cursor];
    let end: number;
    if (first === '"' || first === "'") {
      const close = text.indexOf(first, cursor + 1);
      if (close === -1 || text[close + 1] === first) return NOT_SIMPLE;
      items.push(text.slice(cursor + 1, close));
      end = close + 1;
    } else {
      end = cursor;
      while (end < text.length && text[end] !== ',' && text[end] !== ']') end += 1;
      const item = text.slice(cursor, end).replace(/ +$/, '');
      const plain = item[0] === '-' && item.length > 1 && item[1] !== ' ' ? `x${item.slice(1)}` : item;
      if (!FLOW_PLAIN.test(plain)) return NOT_SIMPLE;
      items.push(resolvePlain(item));
    }
    cursor = skipSpaces(text, end);
    if (text[cursor] === ']') return TRAILER.test(text.slice(cursor + 1)) ? items : NOT_SIMPLE;
    if (text[cursor] !== ',') return NOT_SIMPLE;
    cursor = skipSpaces(text, cursor + 1);
    // A trailing comma, or an empty item: left to yaml.
    if (text[cursor] === ']' || text[cursor] === ',') return NOT_SIMPLE;
  }
}

function skipSpaces(text: string, from: number): number {
  let cursor = from;
  while (text[cursor] === ' ') cursor += 1;
  return cursor;
}

/** The core schema's reading of a plain scalar, test for test in its order (yaml/dist/schema/core). */
function resolvePlain(text: string): Value {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text)) return text[0] === 't' || text[0] === 'T';
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text)) return parseFloat(text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
