import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join } from 'node:path';
import { BENCH_TODAY, generateVault } from './generate-vault';
import { formatTable, formatTargets, median, sizeLabel, type Row, type Sample, type Target } from './table';

/**
 * `npm run bench` (scripts/bench/run.mjs builds this, the command line and the probes first).
 *
 * For each vault size: a synthetic vault (generate-vault.ts) in a temporary folder, then rounds
 * in which every measurement runs once, interleaved, each in its own process, so that whatever
 * else the machine does falls on all of them alike. One warm-up round fills the page cache and the
 * persistent cache; the medians are of the rounds after it. Then the plugin's side, in process.
 * One table at the end; docs/PERFORMANCE.md explains it and keeps the latest.
 */
interface Options {
  sizes: number[];
  rounds: Map<number, number>;
  work: string | null;
  markdown: string | null;
}

const DEFAULT_SIZES = [10_000, 50_000, 100_000];
/** Rounds after the warm-up; fewer for the largest vault, to keep the whole bench near ten minutes. */
const DEFAULT_ROUNDS = new Map([
  [10_000, 7],
  [50_000, 5],
  [100_000, 5],
]);
const GENERATOR_VERSION = 1;

export async function main(argv: readonly string[], buildDir: string): Promise<void> {
  const options = parseOptions(argv);
  const work = options.work ?? mkdtempSync(join(tmpdir(), 'follow-up-bench-'));
  mkdirSync(work, { recursive: true });
  const started = performance.now();
  const machine = describeMachine();
  const log = (line: string): void =>
    void process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  log(`working in ${work}`);

  const tools = {
    cli: join(buildDir, 'cli', 'cli.js'),
    hook: join(buildDir, 'report-usage.cjs'),
    floor: join(buildDir, 'probe-floor.mjs'),
    floorStat: join(buildDir, 'probe-floor-stat.mjs'),
    grayMatter: join(buildDir, 'probe-gray-matter.mjs'),
    plugin: join(buildDir, 'probe-plugin.mjs'),
  };
  const ripgrep = spawnSync('rg', ['--version'], { encoding: 'utf8' }).status === 0;
  if (!ripgrep) log("ripgrep is not installed (Debian package 'ripgrep'): its row stays empty");

  const rows = defineRows(ripgrep);
  const samples = new Map(rows.map((row) => [row.id, new Map<number, Sample[]>()]));
  const add = (id: string, size: number, sample: Sample): void => {
    const bySize = samples.get(id) as Map<number, Sample[]>;
    bySize.set(size, [...(bySize.get(size) ?? []), sample]);
  };
  let mismatches = 0;

  try {
    for (const size of options.sizes) {
      const vault = join(work, `vault-${size}`);
      const paths = ensureVault(vault, size, log);
      const cache = join(work, `cache-${size}.json`);
      rmSync(cache, { force: true });
      const rounds = options.rounds.get(size) ?? 5;
      const cliArgs = (command: string, extra: readonly string[]): string[] => [
        tools.cli,
        command,
        ...(command === 'due' ? ['--json'] : []),
        '--vault',
        vault,
        '--today',
        BENCH_TODAY,
        ...extra,
      ];
      const usageFile = join(work, 'usage.json');
      const node = (args: readonly string[], capture = false): { sample: Sample; stdout: string } => {
        rmSync(usageFile, { force: true });
        const start = performance.now();
        const result = spawnSync(process.execPath, ['--require', tools.hook, ...args], {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
          stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
          env: { ...process.env, BENCH_USAGE_FILE: usageFile, XDG_CACHE_HOME: work },
        });
        const elapsed = performance.now() - start;
        if (result.status !== 0) throw new Error(`${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
        const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssKb: number };
        return { sample: { ms: elapsed, cpuMs: usage.cpuMs, rssMb: usage.maxRssKb / 1024 }, stdout: result.stdout ?? '' };
      };
      const editOnePercent = (round: number): void => {
        // A different 1 % each time, edited in the body as a person would; the cache must notice.
        for (let i = round % 100; i < paths.length; i += 100)
          appendFileSync(join(vault, paths[i] as string), `\nEdited in round ${round}.\n`);
      };

      for (let round = 0; round <= rounds; round++) {
        const record = round > 0;
        log(`${sizeLabel(size)}: ${record ? `round ${round} of ${rounds}` : 'warm-up round'}`);
        const keep = (id: string, sample: Sample): void => {
          if (record) add(id, size, sample);
        };
        keep('floor', node([tools.floor, vault]).sample);
        keep('floor-stat', node([tools.floorStat, vault]).sample);
        const due = node(cliArgs('due', ['--no-cache']), true);
        keep('due', due.sample);
        keep('review', node(cliArgs('review', ['--no-cache'])).sample);
        editOnePercent(2 * round);
        keep('due-changed', node(cliArgs('due', ['--cache', cache])).sample);
        editOnePercent(2 * round + 1);
        keep('review-changed', node(cliArgs('review', ['--cache', cache])).sample);
        const dueCached = node(cliArgs('due', ['--cache', cache]), true);
        keep('due-cached', dueCached.sample);
        keep('review-cached', node(cliArgs('review', ['--cache', cache])).sample);
        // The edits touch bodies only: the answer must not move, cache or no cache.
        if (dueCached.stdout !== due.stdout) {
          mismatches += 1;
          log(`WARNING: ${sizeLabel(size)}: due with the cache differs from due without it`);
        }
        keep('gray-matter', node([tools.grayMatter, vault]).sample);
        if (ripgrep) {
          const start = performance.now();
          spawnSync('rg', ['-l', '^follow_up:', vault], { stdio: 'ignore' });
          keep('ripgrep', { ms: performance.now() - start });
        }
        if (record) {
          add('rss-due', size, due.sample);
          add('rss-due-cached', size, dueCached.sample);
        }
      }

      log(`${sizeLabel(size)}: the plugin's side`);
      const plugin = spawnSync(process.execPath, [tools.plugin, vault, BENCH_TODAY], { encoding: 'utf8', maxBuffer: 1 << 30 });
      if (plugin.status !== 0) throw new Error(`the plugin probe failed: ${plugin.stderr}`);
      const result = JSON.parse(plugin.stdout) as {
        builds: number[];
        snapshots: number[];
        upserts: number[];
        updates: number[];
        chunks: number[];
      };
      for (const value of result.builds) add('plugin-build', size, { ms: value });
      for (const value of result.snapshots) add('plugin-snapshot', size, { ms: value });
      for (const value of result.upserts) add('plugin-upsert', size, { ms: value });
      for (const value of result.updates) add('plugin-update', size, { ms: value });
      for (const value of result.chunks) add('plugin-chunk', size, { ms: value });
      if (options.work === null) rmSync(vault, { recursive: true, force: true });
    }
  } finally {
    if (options.work === null) rmSync(work, { recursive: true, force: true });
  }

  const filled: Row[] = rows.map((row) => ({ ...row, samples: samples.get(row.id) as Map<number, Sample[]> }));
  log('the sidebar in Chromium');
  const sidebar = measureSidebar(buildDir);
  const minutes = (performance.now() - started) / 60_000;
  const report = [
    `Machine: ${machine}`,
    `Load average at the start ${loadAtStart}, at the end ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}. Bench time ${minutes.toFixed(1)} min.`,
    `Rounds after one warm-up: ${options.sizes.map((size) => `${sizeLabel(size)} ${options.rounds.get(size) ?? 5}`).join(', ')}. Plugin rows: 7 builds, 101 single-note changes.`,
    '',
    formatTable(filled, options.sizes, 'floor'),
    '',
    describeSidebar(sidebar),
    '',
    'Targets (ratios from the medians of this run):',
    formatTargets(targets(filled, sidebar)),
    mismatches === 0
      ? '\nThe due list with the cache was byte-identical to the one without it in every round.'
      : `\n${mismatches} rounds gave a different due list with the cache: a bug.`,
  ].join('\n');
  process.stdout.write(`${report}\n`);
  if (options.markdown !== null) writeFileSync(options.markdown, `${report}\n`);
  if (mismatches > 0) process.exitCode = 1;
}

const loadAtStart = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');

function defineRows(ripgrep: boolean): Row[] {
  const row = (id: string, label: string, unit: Row['unit'] = 'process', note?: string): Row => ({
    id,
    label,
    unit,
    samples: new Map(),
    note,
  });
  return [
    row('floor', 'floor: crawl + read every note in full (Node)'),
    row('floor-stat', 'floor for a cache: crawl + stat every note (Node)'),
    row('due', '`due --json`, no cache'),
    row('review', '`review`, no cache'),
    row('due-cached', '`due --json`, cache, nothing changed'),
    row('review-cached', '`review`, cache, nothing changed'),
    row('due-changed', '`due --json`, cache, 1 % of notes changed'),
    row('review-changed', '`review`, cache, 1 % of notes changed'),
    row('gray-matter', 'naive: gray-matter (defaults) on every note'),
    row('ripgrep', "`rg -l '^follow_up:'`", 'process', ripgrep ? undefined : 'not installed'),
    row('rss-due', 'peak RSS, `due --json`, no cache', 'memory'),
    row('rss-due-cached', 'peak RSS, `due --json`, cache', 'memory'),
    row('plugin-build', 'plugin: index built from the metadata cache', 'operation'),
    row('plugin-snapshot', 'plugin: first snapshot (items, flags, problems)', 'operation'),
    row('plugin-upsert', 'plugin: one note changed → index updated', 'operation'),
    row('plugin-update', 'plugin: one note changed → index updated + snapshot', 'operation'),
    row('plugin-chunk', 'plugin: index built in slices, one slice (3 builds)', 'operation'),
  ];
}

/** What the Chromium probe measured (probe-paint.ts); empty when it could not run. */
interface Sidebar {
  paint: Record<string, number[]>;
  /** The main thread's script, style and layout time over the same span as `paint`. */
  script: Record<string, number[]>;
  nodes: Record<string, number>;
  scroll: number[];
  onload: number[];
  mainJsBytes: number;
  skipped?: string;
}

/**
 * The sidebar in Debian's Chromium (probe-paint.ts): first paint and DOM at 1,000 and 10,000 due
 * follow-ups, scrolling at 10,000, and the plugin's load; the same at every vault size, since the
 * view draws from the index, so it is measured once.
 */
function measureSidebar(buildDir: string): Sidebar {
  const probe = join('node_modules', '.cache', 'follow-up-bench', 'probe-paint.mjs');
  const mainJs = join(buildDir, 'main.js');
  const css = ['styles.css', join('test', 'browser', 'obsidian-theme.css')].join(',');
  const result = spawnSync(process.execPath, [probe, mainJs, join(buildDir, 'fake-obsidian.js'), css, '7'], { encoding: 'utf8' });
  const empty: Sidebar = { paint: {}, script: {}, nodes: {}, scroll: [], onload: [], mainJsBytes: statSync(mainJs).size };
  try {
    const parsed = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}') as Partial<Sidebar>;
    return { ...empty, ...parsed, mainJsBytes: empty.mainJsBytes };
  } catch {
    return { ...empty, skipped: result.stderr.trim().split('\n')[0] ?? 'the probe failed' };
  }
}

function describeSidebar(sidebar: Sidebar): string {
  if (sidebar.skipped !== undefined || sidebar.paint['1000'] === undefined)
    return `Sidebar: not measured (${sidebar.skipped ?? 'no result'}).`;
  const range = (values: readonly number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${median(sorted).toFixed(1)} ms (${(sorted[0] ?? 0).toFixed(1)}–${(sorted.at(-1) ?? 0).toFixed(1)})`;
  };
  return [
    'Sidebar in Chromium (measured on its own after the table, same machine; 420 × 900 window):',
    ...Object.entries(sidebar.paint).map(
      ([size, values]) =>
        `- first paint, ${Number(size).toLocaleString('en-US')} due follow-ups: ${range(values)} (script, style and layout ${range(sidebar.script[size] ?? [])}), ${sidebar.nodes[size] ?? 0} DOM nodes in the view`,
    ),
    `- scrolling 10,000 follow-ups, ${sidebar.scroll.length} steps: longest ${Math.max(...sidebar.scroll).toFixed(1)} ms, ${range(sidebar.scroll)}`,
    `- plugin load (main.js evaluated to onload resolved): ${range(sidebar.onload)}; main.js ${(sidebar.mainJsBytes / 1024).toFixed(0)} KB`,
  ].join('\n');
}

function targets(rows: readonly Row[], sidebar: Sidebar): Target[] {
  const orNull = (values: readonly number[] | undefined): number | null =>
    values === undefined || values.length === 0 ? null : median(values);
  const med = (id: string, size: number, pick: (sample: Sample) => number = (sample) => sample.ms): number | null => {
    const samples = rows.find((row) => row.id === id)?.samples.get(size) ?? [];
    return samples.length === 0 ? null : median(samples.map(pick));
  };
  const ratio = (id: string, to: string, size: number): number | null => {
    const a = med(id, size);
    const b = med(to, size);
    return a === null || b === null ? null : a / b;
  };
  const times = (value: number): string => `${value.toFixed(2)}×`;
  const millis = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  const count = (value: number): string => Math.round(value).toLocaleString('en-US');
  const max = (label: string, value: number | null, limit: number, format: (value: number) => string): Target => ({
    label,
    value,
    limit,
    kind: 'max',
    format,
  });
  const longest = (values: readonly number[] | undefined): number | null =>
    values === undefined || values.length === 0 ? null : Math.max(...values);
  const nodes = (size: string): number | null => sidebar.nodes[size] ?? null;
  return [
    max('sidebar first paint, 1,000 due: script, style and layout (command to first frame)', orNull(sidebar.script['1000']), 16, millis),
    max('DOM nodes in the view, 1,000 items', nodes('1000'), 400, count),
    max('DOM nodes in the view, 10,000 items', nodes('10000'), 400, count),
    max('scrolling 10,000 items: longest step', longest(sidebar.scroll), 16, millis),
    max('one note changed → index + snapshot, 100k', med('plugin-update', 100_000), 2, millis),
    max('index build, 50k', med('plugin-build', 50_000), 40, millis),
    max('index build, 100k', med('plugin-build', 100_000), 80, millis),
    max(
      'index build in chunks, 100k: longest chunk',
      longest(
        rows
          .find((row) => row.id === 'plugin-chunk')
          ?.samples.get(100_000)
          ?.map((s) => s.ms),
      ),
      50,
      millis,
    ),
    max('`due --json` no cache ÷ floor, 50k', ratio('due', 'floor', 50_000), 1, times),
    max('`due --json` no cache ÷ floor, 100k', ratio('due', 'floor', 100_000), 1, times),
    max('`due --json` cache ÷ crawl+stat floor, 50k', ratio('due-cached', 'floor-stat', 50_000), 1.15, times),
    max('`due --json` cache ÷ crawl+stat floor, 100k', ratio('due-cached', 'floor-stat', 100_000), 1.15, times),
    { label: 'naive gray-matter ÷ `due --json`, 50k', value: ratio('gray-matter', 'due', 50_000), limit: 3.5, kind: 'min', format: times },
    max(
      'peak RSS `due --json`, no cache, 100k',
      med('rss-due', 100_000, (sample) => sample.rssMb ?? 0),
      100,
      (value) => `${Math.round(value)} MB`,
    ),
    max('`main.js` size', sidebar.mainJsBytes / 1024, 200, (value) => `${Math.round(value)} KB`),
    max('plugin `onload` (main.js evaluated to onload resolved)', orNull(sidebar.onload), 5, millis),
  ];
}

/** A generated vault is kept with `--work DIR` and reused when its size and generator match. */
function ensureVault(vault: string, size: number, log: (line: string) => void): string[] {
  const marker = join(vault, '.bench-vault.json');
  if (existsSync(marker)) {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as { size: number; version: number; paths: string[] };
    if (saved.size === size && saved.version === GENERATOR_VERSION) {
      log(`${sizeLabel(size)}: reusing ${vault}`);
      return saved.paths;
    }
  }
  rmSync(vault, { recursive: true, force: true });
  const start = performance.now();
  const generated = generateVault(vault, size);
  writeFileSync(marker, JSON.stringify({ size, version: GENERATOR_VERSION, paths: generated.paths }));
  log(
    `${sizeLabel(size)}: generated ${generated.notes.toLocaleString('en-US')} notes, ${(generated.bytes / 1e6).toFixed(0)} MB, in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  return [...generated.paths];
}

function describeMachine(): string {
  const processors = cpus();
  const model = processors[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${processors.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, ${osType()} ${release()}, Node ${process.version}`;
}

function parseOptions(argv: readonly string[]): Options {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as string;
    const value = argv[i + 1];
    if (!['--sizes', '--rounds', '--work', '--markdown'].includes(flag) || value === undefined) {
      throw new Error(`Unknown option ${flag}: use --sizes 10000,50000 --rounds N --work DIR --markdown FILE`);
    }
    values.set(flag, value);
  }
  const sizes = values.get('--sizes')?.split(',').map(Number) ?? DEFAULT_SIZES;
  const rounds = values.get('--rounds');
  return {
    sizes,
    rounds: new Map(sizes.map((size) => [size, rounds === undefined ? (DEFAULT_ROUNDS.get(size) ?? 5) : Number(rounds)])),
    work: values.get('--work') ?? null,
    markdown: values.get('--markdown') ?? null,
  };
}
