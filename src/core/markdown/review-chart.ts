import type { Node } from 'mdast';

/**
 * A place in the review tree for a chart of the review's figures. Only the HTML review asks for
 * these (`reviewTree(model, { charts: true })`) and draws each as an inline SVG; Markdown has the
 * same figures as tables and never holds this node.
 */
export interface ReviewChart extends Node {
  type: 'reviewChart';
  chart: 'weeks' | 'channels';
}

declare module 'mdast' {
  interface RootContentMap {
    reviewChart: ReviewChart;
  }
}

export function reviewChart(chart: ReviewChart['chart']): ReviewChart {
  return { type: 'reviewChart', chart };
}
