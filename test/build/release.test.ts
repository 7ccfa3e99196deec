import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { REPO_ROOT } from '../helpers/paths';

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A git repository holding the release files, at version 0.1.0 with minAppVersion 1.8.7. */
function releaseCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'follow-up-release-'));
  for (const file of ['.npmrc', 'version-bump.mjs', 'versions.json']) copyFileSync(join(REPO_ROOT, file), join(folder, file));
  const pkg = readJson(join(REPO_ROOT, 'package.json'));
  const manifest = readJson(join(REPO_ROOT, 'manifest.json'));
  writeFileSync(
    join(folder, 'package.json'),
    JSON.stringify(
      { name: pkg.name, version: '0.1.0', private: true, scripts: { version: (pkg.scripts as Record<string, string>).version } },
      null,
      2,
    ),
  );
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ ...manifest, version: '0.1.0', minAppVersion: '1.8.7' }, null, 2));
  writeFileSync(join(folder, 'versions.json'), JSON.stringify({ '0.1.0': '1.8.7' }, null, 2));
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: folder, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Start');
  return folder;
}

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

describe('npm version', () => {
  it('bumps manifest.json and versions.json, commits them and tags the bare version', () => {
    const folder = releaseCopy();
    execFileSync('npm', ['version', 'minor', '--offline'], { cwd: folder, env: { ...process.env, ...GIT_IDENTITY }, stdio: 'pipe' });
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: folder, encoding: 'utf8' }).trim();
    expect(readJson(join(folder, 'manifest.json'))).toMatchObject({ version: '0.2.0', minAppVersion: '1.8.7' });
    expect(readJson(join(folder, 'versions.json'))).toEqual({ '0.1.0': '1.8.7', '0.2.0': '1.8.7' });
    expect(git('tag', '--list')).toBe('0.2.0');
    expect(git('show', '--name-only', '--format=%s', 'HEAD').split('\n').sort()).toEqual(
      ['', '0.2.0', 'manifest.json', 'package.json', 'versions.json'].sort(),
    );
    expect(git('status', '--porcelain')).toBe('');
  });

  it('refuses to run outside npm version, naming what to do', () => {
    const folder = releaseCopy();
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('npm_')));
    expect(() => execFileSync(process.execPath, ['version-bump.mjs'], { cwd: folder, env, stdio: 'pipe' })).toThrow(/npm version/);
    expect(readJson(join(folder, 'manifest.json'))).toMatchObject({ version: '0.1.0' });
  });
});

interface Step {
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, string>;
}

describe('the release workflow', () => {
  const workflow = YAML.parse(readFileSync(join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
  };
  const [job] = Object.values(workflow.jobs);
  const steps = job?.steps ?? [];
  const runs = steps.map((step) => step.run ?? '').join('\n');

  it('runs for bare version tags, which npm version makes here', () => {
    expect(workflow.on.push.tags).toEqual(['[0-9]+.[0-9]+.[0-9]+']);
    expect(readFileSync(join(REPO_ROOT, '.npmrc'), 'utf8')).toMatch(/^tag-version-prefix=""$/m);
  });

  it('may write releases', () => {
    expect(job?.permissions).toEqual({ contents: 'write' });
  });

  it('checks out, sets up Node, refuses a tag that is not the manifest version, installs and builds, in that order', () => {
    const at = (test: (step: Step) => boolean): number => steps.findIndex(test);
    const order = [
      at((step) => step.uses?.startsWith('actions/checkout@') === true),
      at((step) => step.uses?.startsWith('actions/setup-node@') === true),
      at((step) => step.run?.includes("require('./manifest.json').version") === true),
      at((step) => /^\s*npm ci\s*$/m.test(step.run ?? '')),
      at((step) => /^\s*npm run build\s*$/m.test(step.run ?? '')),
      at((step) => step.run?.includes('gh release create') === true),
    ];
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[order[1] ?? 0]?.with?.['node-version']).toBe('20.x');
  });

  it('attaches main.js, manifest.json and styles.css to a release named by the tag', () => {
    const create = /gh release create "\$tag"([\s\S]*)$/.exec(runs)?.[1] ?? '';
    expect(create.split(/[\s\\]+/).filter((word) => /\.(js|json|css)$/.test(word))).toEqual(['main.js', 'manifest.json', 'styles.css']);
    expect(runs).toContain('tag="${GITHUB_REF#refs/tags/}"');
  });

  it('builds the files it attaches (npm run build writes main.js; the other two are in the repository)', () => {
    const pkg = readJson(join(REPO_ROOT, 'package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toContain('esbuild.config.mjs plugin');
    expect(readFileSync(join(REPO_ROOT, 'esbuild.config.mjs'), 'utf8')).toContain("outfile: 'main.js'");
    for (const file of ['manifest.json', 'styles.css'])
      expect(execFileSync('git', ['ls-files', file], { cwd: REPO_ROOT, encoding: 'utf8' }).trim()).toBe(file);
  });
});
