/** Inline styles for the HTML review: no remote resources, light and dark by the reader's setting. */
export const REVIEW_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --accent: #6941c6; --done: #1a7f37; --open: #0969da; --overdue: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --accent: #a78bfa; --done: #3fb950; --open: #4493f8; --overdue: #f85149; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
p { color: var(--muted); margin: 0 0 1rem; }
table { border-collapse: collapse; margin: 1rem 0; display: block; max-width: 100%; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: .35rem .75rem; }
ul { padding-left: 1.25rem; }
li { margin: .3rem 0; }
a.wikilink, span.wikilink { color: var(--accent); text-decoration: none; font-weight: 500; }
a.wikilink:hover { text-decoration: underline; }
figure { margin: 1.25rem 0 .5rem; max-width: 100%; overflow-x: auto; }
figcaption { color: var(--muted); font-size: .875rem; margin-top: .25rem; }
/* Never narrower than 660 px, so that its 12 px labels stay 11 px or more: on a phone the figure scrolls instead. */
svg.chart { display: block; width: 100%; min-width: 660px; max-width: 720px; height: auto; font: 12px system-ui, -apple-system, "Segoe UI", sans-serif; }
svg.chart text { fill: var(--muted); }
svg.chart text.week.current, svg.chart text.label, svg.chart text.legend { fill: var(--fg); font-weight: 600; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .current-week { fill: color-mix(in srgb, var(--accent) 10%, transparent); }
svg.chart .track { fill: color-mix(in srgb, var(--line) 45%, transparent); }
svg.chart .done, svg.chart .replied { fill: var(--done); }
svg.chart .open { fill: var(--open); }
svg.chart .overdue { fill: var(--overdue); }
code { font-size: .9em; padding: .1em .3em; border-radius: 4px; background: color-mix(in srgb, var(--line) 40%, transparent); }
`.trim();
