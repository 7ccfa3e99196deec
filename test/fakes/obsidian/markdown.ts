// Builds a CachedMetadata from a note's text the way Obsidian's metadata cache does, for the parts
// plugins read: frontmatter (+ position and links), links, embeds, tags, headings, list items with
// task characters, sections and block ids. A line-based reading of CommonMark + Obsidian syntax,
// checked against metadata captured from Obsidian 1.7/1.8; not a full Markdown parser.
import { parseYaml } from './util';

export interface Loc {
  line: number;
  col: number;
  offset: number;
}
export interface Pos {
  start: Loc;
  end: Loc;
}
export interface Reference {
  link: string;
  original: string;
  displayText?: string;
}
export interface ReferenceCache extends Reference {
  position: Pos;
}
export interface FrontmatterLinkCache extends Reference {
  key: string;
}
export interface HeadingCache {
  heading: string;
  level: number;
  position: Pos;
}
export interface TagCache {
  tag: string;
  position: Pos;
}
export interface ListItemCache {
  id?: string;
  task?: string;
  parent: number;
  position: Pos;
}
export interface SectionCache {
  id?: string;
  type: string;
  position: Pos;
}
export interface BlockCache {
  id: string;
  position: Pos;
}
export interface CachedMetadata {
  links?: ReferenceCache[];
  embeds?: ReferenceCache[];
  tags?: TagCache[];
  headings?: HeadingCache[];
  sections?: SectionCache[];
  listItems?: ListItemCache[];
  frontmatter?: Record<string, any>;
  frontmatterPosition?: Pos;
  frontmatterLinks?: FrontmatterLinkCache[];
  blocks?: Record<string, BlockCache>;
}

export interface FrontMatterInfo {
  exists: boolean;
  frontmatter: string;
  from: number;
  to: number;
  contentStart: number;
}

/**
 * Obsidian's frontmatter rule: the text starts (at byte 0) with a `---` line, and a later line is
 * exactly `---`. `from`/`to` bound the YAML text; `contentStart` is just past the closing line.
 */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
  const none = { exists: false, frontmatter: '', from: 0, to: 0, contentStart: 0 };
  // Assumed, not captured from Obsidian: a byte-order mark before the opening line, and spaces
  // after either fence, do not stop a block from being frontmatter (the command line agrees).
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(content);
  if (!open) return none;
  const from = open[0].length;
  for (let pos = from; pos <= content.length;) {
    const nl = content.indexOf('\n', pos);
    const end = nl === -1 ? content.length : nl;
    const line = content
      .slice(pos, end)
      .replace(/\r$/, '')
      .replace(/[ \t]+$/, '');
    if (line === '---') {
      return { exists: true, frontmatter: content.slice(from, pos), from, to: pos, contentStart: nl === -1 ? end : nl + 1 };
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return none;
}

// ------------------------------------------------------------------------------------------------

interface Line {
  text: string; // without the line ending
  start: number; // offset of the line's first character
}

/** A line as seen inside a container (block quote): `text` starts at column `col0` of line `no`. */
interface VLine {
  no: number;
  col0: number;
  text: string;
}

const BLANK = /^[ \t]*$/;
const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)(.*)$/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TASK = /^\[(.)\](?=[ \t]|$)/u;
const HTML_START =
  /^ {0,3}<(?:!--|\/?(?:address|article|aside|blockquote|body|center|details|dialog|dd|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|script|style|textarea)(?:[\s/>]|$))/i;
const TABLE_DELIM = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;

function width(ws: string): number {
  let w = 0;
  for (const ch of ws) w = ch === '\t' ? w + 4 - (w % 4) : w + 1;
  return w;
}
function indentOf(text: string): number {
  return width(/^[ \t]*/.exec(text)![0]);
}

class Parser {
  readonly lines: Line[] = [];
  readonly meta: Required<Omit<CachedMetadata, 'frontmatter' | 'frontmatterPosition' | 'frontmatterLinks' | 'blocks'>> & {
    blocks: Record<string, BlockCache>;
  } = { links: [], embeds: [], tags: [], headings: [], sections: [], listItems: [], blocks: {} };
  /** Lines (or parts of lines) whose inline content counts: links, embeds, tags. */
  private readonly inline: VLine[] = [];

  constructor(readonly content: string) {
    let start = 0;
    for (const raw of content.split('\n')) {
      this.lines.push({ text: raw.replace(/\r$/, ''), start });
      start += raw.length + 1;
    }
  }

  loc(line: number, col: number): Loc {
    return { line, col, offset: this.lines[line]!.start + col };
  }
  pos(l1: number, c1: number, l2: number, c2: number): Pos {
    return { start: this.loc(l1, c1), end: this.loc(l2, c2) };
  }
  endOf(v: VLine): Pos['end'] {
    return this.loc(v.no, v.col0 + v.text.length);
  }
  section(type: string, first: VLine, last: VLine, id?: string): SectionCache {
    const s: SectionCache = { type, position: { start: this.loc(first.no, first.col0), end: this.endOf(last) } };
    if (id) {
      s.id = id;
      this.meta.blocks[id] = { id, position: s.position };
    }
    this.meta.sections.push(s);
    return s;
  }

  /** Parses a run of lines (the note body, or the inside of a block quote). */
  blocks(vl: VLine[]): void {
    let i = 0;
    while (i < vl.length) {
      const v = vl[i]!;
      const t = v.text;
      if (BLANK.test(t)) {
        i++;
      } else if (FENCE.test(t)) {
        i = this.fence(vl, i, 'code');
      } else if (/^ {0,3}%%/.test(t)) {
        i = this.comment(vl, i);
      } else if (HTML_START.test(t)) {
        i = this.html(vl, i);
      } else if (ATX.test(t)) {
        this.atx(v);
        i++;
      } else if (THEMATIC.test(t)) {
        this.section('thematicBreak', v, v);
        i++;
      } else if (QUOTE.test(t)) {
        i = this.quote(vl, i);
      } else if (LIST_ITEM.test(t)) {
        i = this.list(vl, i);
      } else if (t.includes('|') && i + 1 < vl.length && TABLE_DELIM.test(vl[i + 1]!.text)) {
        let j = i;
        while (j < vl.length && !BLANK.test(vl[j]!.text)) this.inline.push(vl[j++]!);
        this.section('table', v, vl[j - 1]!);
        i = j;
      } else if (indentOf(t) >= 4) {
        let j = i + 1;
        let last = i;
        for (; j < vl.length; j++) {
          if (BLANK.test(vl[j]!.text)) continue;
          if (indentOf(vl[j]!.text) < 4) break;
          last = j;
        }
        this.section('code', v, vl[last]!);
        i = last + 1;
      } else {
        i = this.paragraph(vl, i);
      }
    }
  }

  private interrupts(t: string): boolean {
    if (FENCE.test(t) || ATX.test(t) || QUOTE.test(t) || THEMATIC.test(t) || HTML_START.test(t) || /^ {0,3}%%/.test(t)) return true;
    const m = LIST_ITEM.exec(t);
    // A list item interrupts a paragraph unless it is empty or an ordered item not starting at 1.
    return !!m && !BLANK.test(t.slice(m[0].length)) && (/^[-*+]$/.test(m[2]!) || /^1[.)]$/.test(m[2]!));
  }

  private paragraph(vl: VLine[], i: number): number {
    const first = vl[i]!;
    let j = i + 1;
    while (j < vl.length) {
      const t = vl[j]!.text;
      if (BLANK.test(t)) break;
      if (SETEXT.test(t)) {
        const level = t.trim().startsWith('=') ? 1 : 2;
        const text = vl
          .slice(i, j)
          .map((l) => l.text.trim())
          .join('\n');
        for (const l of vl.slice(i, j)) this.inline.push(l);
        const position = { start: this.loc(first.no, first.col0), end: this.endOf(vl[j]!) };
        this.meta.headings.push({ heading: text, level, position });
        this.meta.sections.push({ type: 'heading', position });
        return j + 1;
      }
      if (this.interrupts(t)) break;
      j++;
    }
    const last = vl[j - 1]!;
    for (const l of vl.slice(i, j)) this.inline.push(l);
    const id = BLOCK_ID.exec(last.text)?.[1];
    this.section('paragraph', first, last, id);
    return j;
  }

  private atx(v: VLine): void {
    const m = ATX.exec(v.text)!;
    const heading = m[2]!
      .replace(/[ \t]+#+[ \t]*$/, '')
      .replace(/^[ \t]+#+[ \t]*$/, '')
      .trim();
    const position = { start: this.loc(v.no, v.col0), end: this.endOf(v) };
    this.meta.headings.push({ heading, level: m[1]!.length, position });
    this.meta.sections.push({ type: 'heading', position });
    this.inline.push(v);
  }

  /** A fenced code block from line i; returns the index after its closing fence. */
  private fence(vl: VLine[], i: number, type: string | null): number {
    const m = FENCE.exec(vl[i]!.text)!;
    const char = m[2]![0]!;
    const len = m[2]!.length;
    const close = new RegExp(`^[ \\t]*\\${char}{${len},}[ \\t]*$`);
    let j = i + 1;
    while (j < vl.length && !close.test(vl[j]!.text)) j++;
    const last = Math.min(j, vl.length - 1);
    if (type) this.section(type, vl[i]!, vl[last]!);
    return last + 1;
  }

  /** An Obsidian %% comment block: a section, whose tags and links still count (as in Obsidian). */
  private comment(vl: VLine[], i: number): number {
    const first = vl[i]!;
    const openAt = first.text.indexOf('%%');
    let j = i;
    let closeCol = first.text.indexOf('%%', openAt + 2);
    while (closeCol === -1 && j + 1 < vl.length) {
      j++;
      closeCol = vl[j]!.text.indexOf('%%');
    }
    const last = vl[j]!;
    for (const l of vl.slice(i, j + 1)) this.inline.push(l);
    const end = closeCol === -1 ? this.endOf(last) : this.loc(last.no, last.col0 + closeCol + 2);
    this.meta.sections.push({ type: 'comment', position: { start: this.loc(first.no, first.col0), end } });
    return j + 1;
  }

  /** An HTML block (comments included): a section whose content Obsidian does not index. */
  private html(vl: VLine[], i: number): number {
    let j = i;
    if (/^ {0,3}<!--/.test(vl[i]!.text)) {
      while (j < vl.length && !vl[j]!.text.includes('-->')) j++;
      j = Math.min(j, vl.length - 1);
    } else {
      while (j + 1 < vl.length && !BLANK.test(vl[j + 1]!.text)) j++;
    }
    this.section('html', vl[i]!, vl[j]!);
    return j + 1;
  }

  private quote(vl: VLine[], i: number): number {
    const inner: VLine[] = [];
    let j = i;
    for (; j < vl.length; j++) {
      const v = vl[j]!;
      const m = QUOTE.exec(v.text);
      if (m) inner.push({ no: v.no, col0: v.col0 + m[0].length, text: v.text.slice(m[0].length) });
      else if (!BLANK.test(v.text) && inner.length && !BLANK.test(inner[inner.length - 1]!.text) && !this.interrupts(v.text)) {
        inner.push(v); // lazy continuation of a paragraph
      } else break;
    }
    const callout = /^[ \t]*\[![^\]]+\]/.test(inner[0]!.text);
    const position = { start: this.loc(vl[i]!.no, vl[i]!.col0), end: this.endOf(vl[j - 1]!) };
    const at = this.meta.sections.length;
    this.blocks(inner);
    // The quote is one section; what was found inside it (lists, headings …) is not.
    this.meta.sections.splice(at, this.meta.sections.length - at, { type: callout ? 'callout' : 'blockquote', position });
    return j;
  }

  /**
   * A list and everything nested in it. Items record their parent's line (or minus the line of the
   * list's first item for top-level items); an item's position covers its own text, continuation
   * lines and nested code, not its child items, and reaches the start of the next line when a
   * blank line separates it from what follows in the list (as Obsidian's positions do).
   */
  private list(vl: VLine[], i: number): number {
    interface Open {
      item: ListItemCache;
      content: number; // indentation width where the item's content starts
      last: VLine; // last line of the item's own content
      looseEnd: boolean;
      dotted: boolean; // an "N." marker
    }
    const all: Open[] = [];
    const stack: Open[] = [];
    const first = vl[i]!;
    const rootType = markerType(LIST_ITEM.exec(first.text)![2]!);
    const rootParent = -first.no || -1;
    let lastIdx = i;
    let touched: Open | null = null;
    let afterBlank = false;
    let lazyOk = false;
    let j = i;
    while (j < vl.length) {
      const v = vl[j]!;
      const t = v.text;
      if (BLANK.test(t)) {
        afterBlank = true;
        lazyOk = false;
        j++;
        continue;
      }
      const ind = indentOf(t);
      const m = LIST_ITEM.exec(t);
      if (m && !THEMATIC.test(t)) {
        let depth = stack.length;
        while (depth > 0 && ind < stack[depth - 1]!.content) depth--;
        if (depth === 0 && (markerType(m[2]!) !== rootType || (afterBlank && ind >= 4))) break;
        if (afterBlank && touched && stack[depth] === touched) touched.looseEnd = true;
        stack.length = depth;
        // The item, and any item that starts on the same line after its marker ("- [ ] 1. …").
        let at = 0;
        let open: Open | null = null;
        for (let mm: RegExpExecArray | null = m; mm;) {
          const parent = stack[stack.length - 1];
          const markerCol = at + mm[1]!.length;
          const markerEnd = width(t.slice(0, markerCol)) + mm[2]!.length;
          const rest = t.slice(at + mm[0].length);
          const content = BLANK.test(rest) || width(mm[3]!) > 4 ? markerEnd + 1 : markerEnd + width(mm[3]!);
          // Where Obsidian starts a nested item: at its parent's content column (its marker's own
          // column after a "N." parent, and for an item on its parent's line).
          const startCol =
            at > 0 ? markerCol : parent && !parent.dotted ? Math.min(colAt(t, parent.content), markerCol) : parent ? markerCol : 0;
          const item: ListItemCache = {
            parent: parent ? parent.item.position.start.line : rootParent,
            position: { start: this.loc(v.no, v.col0 + startCol), end: this.endOf(v) },
          };
          const task = TASK.exec(rest);
          if (task) item.task = task[1];
          open = { item, content, last: v, looseEnd: false, dotted: /\d\.$/.test(mm[2]!) };
          this.meta.listItems.push(item);
          all.push(open);
          stack.push(open);
          at += mm[0].length + (task ? task[0].length : 0);
          at += /^[ \t]*/.exec(t.slice(at))![0].length;
          mm = at > 0 ? LIST_ITEM.exec(t.slice(at)) : null;
          if (mm && (mm[1]!.length > 0 || THEMATIC.test(t.slice(at)))) mm = null;
        }
        this.inline.push(v);
        touched = open;
        lastIdx = j;
        afterBlank = false;
        lazyOk = true;
        j++;
        continue;
      }
      // Not an item: content of the deepest open item it is indented enough for, or a lazy line.
      let k = stack.length - 1;
      while (k >= 0 && ind < stack[k]!.content) k--;
      if (k < 0) {
        if (afterBlank || !lazyOk || this.interrupts(t)) break;
        k = stack.length - 1;
      }
      const o = stack[k]!;
      stack.length = k + 1;
      const c = colAt(t, o.content);
      if (FENCE.test(t.slice(c))) {
        const inner = vl.slice(j).map((l) => {
          const cc = colAt(l.text, o.content);
          return { no: l.no, col0: l.col0 + cc, text: l.text.slice(cc) };
        });
        j += this.fence(inner, 0, null);
        lazyOk = false;
      } else {
        this.inline.push(v);
        j++;
        lazyOk = true;
      }
      lastIdx = j - 1;
      o.last = vl[lastIdx]!;
      touched = o;
      afterBlank = false;
    }
    for (const o of all) {
      o.item.position.end = o.looseEnd ? this.loc(o.last.no + 1, 0) : this.endOf(o.last);
      const id = BLOCK_ID.exec(o.last.text)?.[1];
      if (id) {
        o.item.id = id;
        this.meta.blocks[id] = { id, position: o.item.position };
      }
    }
    this.section('list', first, vl[lastIdx]!);
    return lastIdx + 1;
  }

  /** Links, embeds and tags on the indexed lines, in document order. */
  scanInline(): void {
    const found: { kind: 'link' | 'embed'; ref: ReferenceCache }[] = [];
    for (const v of this.inline) {
      let text = maskCode(v.text);
      text = text.replace(/<!--.*?-->/g, (s) => ' '.repeat(s.length));
      const at = (a: number, b: number): Pos => this.pos(v.no, v.col0 + a, v.no, v.col0 + b);
      // Wikilinks and embeds.
      text = text.replace(/(!?)\[\[([^[\]]+?)\]\]/g, (whole, bang: string, inner: string, index: number) => {
        const original = v.text.slice(index + bang.length, index + whole.length);
        const ref = { ...wikilink(inner, original), position: at(index + bang.length, index + whole.length) };
        if (bang) ref.position = at(index, index + whole.length);
        if (bang) ref.original = '!' + original;
        found.push({ kind: bang ? 'embed' : 'link', ref });
        return ' '.repeat(whole.length);
      });
      // Markdown links to notes (not URLs).
      text = text.replace(
        /(!?)\[([^\]]*)\]\((<[^>]*>|[^)\s]+)(?:[ \t]+"[^"]*")?\)/g,
        (whole, bang: string, label: string, target: string, index: number) => {
          const dest = target.startsWith('<') ? target.slice(1, -1) : target;
          if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(dest)) return whole;
          let link = dest;
          try {
            link = decodeURI(dest);
          } catch {
            // keep it as written
          }
          const ref: ReferenceCache = {
            link,
            original: whole.slice(bang.length),
            displayText: label,
            position: at(index + bang.length, index + whole.length),
          };
          if (bang) {
            ref.original = whole;
            ref.position = at(index, index + whole.length);
          }
          found.push({ kind: bang ? 'embed' : 'link', ref });
          return ' '.repeat(whole.length);
        },
      );
      // Tags: '#' at the line start or after a space or bracket-like punctuation, not only digits.
      for (const m of text.matchAll(/(^|[\s[\](){}"'*~=,;!?])(#[^\s!"#$%&'()*+,.:;<=>?@^`{|}~[\]\\]+)/gu)) {
        const tag = m[2]!;
        if (/^#\d+$/.test(tag)) continue;
        const a = m.index + m[1]!.length;
        this.meta.tags.push({ tag, position: at(a, a + tag.length) });
      }
    }
    found.sort((a, b) => a.ref.position.start.offset - b.ref.position.start.offset);
    for (const f of found) (f.kind === 'link' ? this.meta.links : this.meta.embeds).push(f.ref);
    this.meta.tags.sort((a, b) => a.position.start.offset - b.position.start.offset);
  }
}

function markerType(marker: string): string {
  return /\d/.test(marker) ? marker.slice(-1) : marker;
}

/** The string index where indentation width `w` is reached (tabs count to the next multiple of 4). */
function colAt(text: string, w: number): number {
  let width = 0;
  let i = 0;
  while (i < text.length && width < w && (text[i] === ' ' || text[i] === '\t')) {
    width = text[i] === '\t' ? width + 4 - (width % 4) : width + 1;
    i++;
  }
  return i;
}

/** Blanks out inline code spans, keeping offsets. */
function maskCode(text: string): string {
  return text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (s) => ' '.repeat(s.length));
}

/** `[[target#sub|alias]]` → link, displayText (Obsidian's: alias, else the parts joined by " > "). */
function wikilink(inner: string, original: string): Reference {
  let bar = inner.indexOf('|');
  if (bar === 0) bar = -1; // `[[|x]]` is a link to "|x"
  let target = bar === -1 ? inner : inner.slice(0, bar);
  if (target.endsWith('\\')) target = target.slice(0, -1); // `\|` inside tables
  const link = target.trim();
  const displayText = bar === -1 ? link.split('#').filter(Boolean).join(' > ') : inner.slice(bar + 1);
  return { link, original, displayText };
}

function frontmatterLinks(frontmatter: Record<string, unknown>): FrontmatterLinkCache[] {
  const out: FrontmatterLinkCache[] = [];
  const visit = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      const m = /^\[\[([^[\]]+)\]\]$/.exec(value.trim());
      if (m) out.push({ key, ...wikilink(m[1]!, value.trim()) });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${key}.${i}`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, `${key}.${k}`);
    }
  };
  for (const [k, v] of Object.entries(frontmatter)) visit(v, k);
  return out;
}

/** The metadata Obsidian would cache for a Markdown note with this text. */
export function parseMarkdown(content: string): CachedMetadata {
  const p = new Parser(content);
  const result: CachedMetadata = {};
  const fm = getFrontMatterInfo(content);
  let bodyStart = 0;
  if (fm.exists) {
    const closing = content.slice(0, fm.to).split('\n').length - 1;
    const position = p.pos(0, 0, closing, 3);
    p.meta.sections.push({ type: 'yaml', position });
    bodyStart = closing + 1;
    let value: unknown;
    let ok = true;
    try {
      value = parseYaml(fm.frontmatter);
    } catch {
      ok = false;
    }
    if (!ok || (value !== null && value !== undefined)) result.frontmatterPosition = position;
    if (ok && value && typeof value === 'object' && !Array.isArray(value)) {
      result.frontmatter = value as Record<string, unknown>;
      result.frontmatterLinks = frontmatterLinks(result.frontmatter);
    }
  }
  const body: VLine[] = p.lines.slice(bodyStart).map((l, i) => ({ no: bodyStart + i, col0: 0, text: l.text }));
  if (body.length && body[body.length - 1]!.text === '' && content.endsWith('\n')) body.pop();
  p.blocks(body);
  p.scanInline();
  const m = p.meta;
  m.sections.sort((a, b) => a.position.start.offset - b.position.start.offset);
  m.listItems.sort((a, b) => a.position.start.offset - b.position.start.offset);
  m.headings.sort((a, b) => a.position.start.offset - b.position.start.offset);
  if (m.links.length) result.links = m.links;
  if (m.embeds.length) result.embeds = m.embeds;
  if (m.tags.length) result.tags = m.tags;
  if (m.headings.length) result.headings = m.headings;
  if (m.sections.length) result.sections = m.sections;
  if (m.listItems.length) result.listItems = m.listItems;
  if (Object.keys(m.blocks).length) result.blocks = m.blocks;
  return result;
}

/** Obsidian's getAllTags: frontmatter tags then body tags, each with its '#'. */
export function parseFrontMatterTags(frontmatter: any): string[] | null {
  const values = frontmatterList(frontmatter, /^tags?$/i, /[,\s]+/);
  return values ? values.map((t) => (t.startsWith('#') ? t : '#' + t)) : null;
}
export function parseFrontMatterAliases(frontmatter: any): string[] | null {
  return frontmatterList(frontmatter, /^alias(es)?$/i, /,/);
}
function frontmatterList(frontmatter: any, key: RegExp, split: RegExp): string[] | null {
  if (!frontmatter || typeof frontmatter !== 'object') return null;
  const out: string[] = [];
  for (const [k, v] of Object.entries(frontmatter)) {
    if (!key.test(k)) continue;
    const items = Array.isArray(v) ? v : typeof v === 'string' ? v.split(split) : [];
    for (const item of items) if (typeof item === 'string' && item.trim()) out.push(item.trim());
  }
  return out.length ? out : null;
}
export function getAllTags(cache: CachedMetadata): string[] | null {
  const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
  return tags.length ? tags : null;
}
