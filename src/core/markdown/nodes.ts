import type { Heading, InlineCode, List, ListItem, Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';

/** Small typed builders for the mdast nodes the review uses. */
// Children come as arrays, never as rest arguments: a note's list can outgrow the engine's limit on arguments.
export function heading(depth: Heading['depth'], children: PhrasingContent[]): Heading {
  return { type: 'heading', depth, children };
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children };
}

export function text(value: string): Text {
  return { type: 'text', value };
}

export function code(value: string): InlineCode {
  return { type: 'inlineCode', value };
}

export function bulletList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(children)] })),
  };
}

export function table(header: string[], rows: string[][], align: Table['align'] = null): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    // Stryker disable next-line StringLiteral: both serialisers take a row's children as its cells, whatever their type says
    children: cells.map((cell): TableCell => ({ type: 'tableCell', children: [text(cell)] })),
  });
  return { type: 'table', align, children: [row(header), ...rows.map(row)] };
}

/** Joins phrasing runs with a separator text between them. */
export function joinPhrasing(parts: PhrasingContent[][], separator: string): PhrasingContent[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [text(separator), ...part]));
}
