// Two builds from one core: the Obsidian plugin (main.js, browser platform, CommonJS, as
// Obsidian loads it) and the command line (dist/cli.js, Node platform, with a shebang, split into
// chunks under dist/chunks/ so that each command loads only the code it uses).
// Both are deterministic: no dates, hashes or paths in the output.
import esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const target = process.argv[2] ?? 'plugin';
// `--outfile PATH` builds elsewhere (the tests check the bundle without touching main.js).
const outfileFlag = process.argv.indexOf('--outfile');
const outfile = outfileFlag === -1 ? null : process.argv[outfileFlag + 1];
// `--metafile PATH` writes what went into each output there, and prints the largest inputs.
const metafileFlag = process.argv.indexOf('--metafile');
const metafile = metafileFlag === -1 ? null : process.argv[metafileFlag + 1];

// The yaml package tries a lookbehind regex first and keeps a plain one for engines without it
// (`try { new RegExp('…(?<!…') } catch { /…/ }`). main.js must hold no lookbehind at all (older
// iOS), so the plugin build keeps only the fallback, which is what those engines run anyway. The
// build fails if yaml changes and the expected rewrites no longer apply.
const YAML_LOOKBEHIND_FILES = /yaml[\\/]browser[\\/]dist[\\/](compose[\\/]resolve-flow-scalar|stringify[\\/]stringifyString)\.js$/;
const TRY_LOOKBEHIND = /try\s*\{([^{}]*\(\?<[=!][^{}]*)\}\s*catch\s*\{([^{}]*)\}/g;
const yamlWithoutLookbehind = {
  name: 'yaml-without-lookbehind',
  setup(build) {
    build.onLoad({ filter: YAML_LOOKBEHIND_FILES }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      let rewrites = 0;
      const contents = source.replace(TRY_LOOKBEHIND, (_all, _tried, fallback) => {
        rewrites += 1;
        return fallback;
      });
      if (rewrites !== 1 || /\(\?<[=!]/.test(contents)) throw new Error(`Cannot keep the lookbehind out of ${args.path}: yaml changed.`);
      return { contents, loader: 'js' };
    });
  },
};

const plugin = {
  entryPoints: ['src/plugin/main.ts'],
  outfile: 'main.js',
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  // 'worker' picks the decoder of named character references that needs no DOM (no innerHTML).
  conditions: ['worker'],
  plugins: [yamlWithoutLookbehind],
  target: 'es2020',
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules],
  treeShaking: true,
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
};

const cli = {
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  define: { __VERSION__: JSON.stringify(version) },
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  legalComments: 'eof',
  logLevel: 'warning',
};

const configs = { plugin: [plugin], cli: [cli], all: [plugin, cli] }[target]?.map((config) =>
  outfile ? (config === cli ? { ...config, outdir: dirname(outfile) } : { ...config, outfile }) : config,
);
if (!configs) {
  console.error(`Unknown build target "${target}": use plugin, cli or all.`);
  process.exit(2);
}
// Chunks are named by their content: last build's must not pile up next to this one's.
for (const config of configs) if (config.splitting) rmSync(join(config.outdir, 'chunks'), { recursive: true, force: true });
const results = await Promise.all(configs.map((config) => esbuild.build({ ...config, metafile: metafile !== null })));
if (metafile !== null) {
  const merged = { inputs: {}, outputs: {} };
  for (const result of results) {
    Object.assign(merged.inputs, result.metafile.inputs);
    Object.assign(merged.outputs, result.metafile.outputs);
  }
  writeFileSync(metafile, JSON.stringify(merged));
  process.stdout.write(await esbuild.analyzeMetafile(merged));
}
