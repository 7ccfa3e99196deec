// `npm run install-plugin -- <vault>`: build the plugin and copy its three files into
// <vault>/.obsidian/plugins/<id>/ (the folder Obsidian loads community plugins from).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const vault = process.argv[2];
if (!vault) {
  console.error('Usage: npm run install-plugin -- <path to your vault>');
  process.exit(2);
}
const root = resolve(vault);
if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`The vault folder ${vault} does not exist.`);
  process.exit(2);
}
const configDir = join(root, '.obsidian');
if (!existsSync(configDir)) {
  console.error(`${vault} has no .obsidian folder: open it in Obsidian once, then run this again.`);
  process.exit(2);
}
execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const { id } = JSON.parse(readFileSync('manifest.json', 'utf8'));
const target = join(configDir, 'plugins', id);
mkdirSync(target, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(file, join(target, file));
process.stdout.write(`Installed into ${target}. In Obsidian: Settings → Community plugins → enable “Follow-up Tracker”.\n`);
