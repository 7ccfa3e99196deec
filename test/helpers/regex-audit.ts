import { RegExpValidator } from '@eslint-community/regexpp';
import { parse } from 'acorn';

/**
 * The oldest JavaScript engine main.js must load in: WebKit of iOS/iPadOS 14 (Safari 14), which
 * Obsidian's mobile app runs on. Its language is ES2020 (what esbuild targets); its regular
 * expressions are those of ES2018 without lookbehind, which WebKit added only in 16.4. So: named
 * groups, the `s` flag, Unicode property escapes and lookahead are fine; lookbehind (`(?<=`,
 * `(?<!`), the `d` flag (ES2022), the `v` flag (ES2024), duplicate group names and modifiers
 * (ES2025) are not.
 */
export const OLDEST_ENGINE = { language: 2020, regex: 2018 } as const;

export interface FoundRegex {
  /** `literal` for `/…/`, `constructor` for `RegExp("…")` / `new RegExp("…")` with constant text. */
  readonly kind: 'literal' | 'constructor';
  readonly pattern: string;
  readonly flags: string;
  /** Inside a `try` that catches: the engine's refusal is a caught error, not a dead file. */
  readonly guarded: boolean;
  /** Why the oldest engine refuses it, or null. */
  readonly problem: string | null;
}

export interface RegexAudit {
  readonly regexes: readonly FoundRegex[];
  /** `RegExp(…)` calls built from values only known at run time (not checked). */
  readonly dynamic: number;
}

interface Node {
  readonly type: string;
  readonly [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/**
 * Every regular expression in a script, found by parsing it (not by searching its text): regex
 * literals, and `RegExp` calls whose pattern and flags are constant strings. Each is checked
 * against the oldest engine. Throws when the script itself is newer than the engine's language.
 */
export function auditRegexes(code: string): RegexAudit {
  const program = parse(code, { ecmaVersion: OLDEST_ENGINE.language, sourceType: 'script' }) as unknown as Node;
  const regexes: FoundRegex[] = [];
  let dynamic = 0;
  const visit = (node: Node, guarded: boolean): void => {
    const regex = node.type === 'Literal' ? (node.regex as { pattern: string; flags: string } | undefined) : undefined;
    if (regex) regexes.push({ kind: 'literal', ...regex, guarded, problem: problemOf(regex.pattern, regex.flags) });
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && isRegExpCallee(node.callee)) {
      const [pattern, flags] = (node.arguments as unknown[]).map(constantText);
      if (pattern === undefined || pattern === null || flags === null) dynamic += 1;
      else regexes.push({ kind: 'constructor', pattern, flags: flags ?? '', guarded, problem: problemOf(pattern, flags ?? '') });
    }
    for (const [key, value] of Object.entries(node)) {
      const inside = guarded || (node.type === 'TryStatement' && key === 'block' && node.handler !== null);
      for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child, inside);
    }
  };
  visit(program, false);
  return { regexes, dynamic };
}

function isRegExpCallee(callee: unknown): boolean {
  if (!isNode(callee)) return false;
  if (callee.type === 'Identifier') return callee.name === 'RegExp';
  // globalThis.RegExp, window.RegExp
  return callee.type === 'MemberExpression' && isNode(callee.property) && callee.property.name === 'RegExp' && callee.computed === false;
}

/** A string literal's or a template without substitutions' text; null when built at run time; undefined when absent. */
function constantText(node: unknown): string | null | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string } }[];
    return quasi?.value.cooked ?? null;
  }
  return null;
}

/** Why the oldest engine cannot compile `/pattern/flags`, or null when it can. */
export function problemOf(pattern: string, flags: string): string | null {
  let lookbehind = false;
  const validator = new RegExpValidator({
    ecmaVersion: OLDEST_ENGINE.regex,
    onLookaroundAssertionEnter: (_start, kind) => {
      if (kind === 'lookbehind') lookbehind = true;
    },
  });
  try {
    validator.validateFlags(flags);
    validator.validatePattern(pattern, 0, pattern.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch (error) {
    return `not ES${OLDEST_ENGINE.regex}: ${(error as Error).message}`;
  }
  return lookbehind ? 'lookbehind (WebKit before iOS 16.4 cannot parse it)' : null;
}
