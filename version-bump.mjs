// `npm version X` runs this (the "version" script, as in Obsidian's sample plugin): manifest.json
// takes the new version, and versions.json maps it to the manifest's minAppVersion, so that
// Obsidian offers each user the newest release their app can run. .npmrc tags it "X", not "vX",
// since the community directory looks for a release named by the bare version.
import { readFileSync, writeFileSync } from 'node:fs';

const targetVersion = process.env.npm_package_version;
if (!targetVersion) {
  console.error('Run this through `npm version <version>`: it reads the new version from npm.');
  process.exit(2);
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

const manifest = readJson('manifest.json');
writeJson('manifest.json', { ...manifest, version: targetVersion });

const versions = readJson('versions.json');
writeJson('versions.json', { ...versions, [targetVersion]: manifest.minAppVersion });
