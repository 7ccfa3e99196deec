import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_VAULT, ROOT } from '../helpers/cli';

// Notes are private: nothing the product does reaches the network, in the plugin or the command line.

const temp = mkdtempSync(join(tmpdir(), 'follow-up-no-network-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * Loaded before the command line: every way out of the machine (a socket, a name lookup, a
 * datagram, fetch) says so on stderr and fails.
 */
const TRIPWIRE = `data:text/javascript,${encodeURIComponent(`
import dgram from 'node:dgram';
import dns from 'node:dns';
import net from 'node:net';
const trip = (what) => () => { process.stderr.write('NETWORK ' + what + '\\n'); throw new Error('network: ' + what); };
net.Socket.prototype.connect = trip('socket');
dns.lookup = trip('dns.lookup');
dns.promises.lookup = trip('dns.promises.lookup');
dgram.createSocket = trip('dgram');
globalThis.fetch = trip('fetch');
globalThis.WebSocket = trip('WebSocket');
`)}`;

describe('no network access', () => {
  it('the tripwire catches a connection', () => {
    const result = spawnSync(process.execPath, ['--import', TRIPWIRE, '-e', "require('node:https').get('https://example.com')"], {
      encoding: 'utf8',
    });
    expect(result.stderr).toContain('NETWORK socket');
    expect(result.status).not.toBe(0);
  });

  it.each([
    [['due', '--today', '2024-06-12']],
    [['due', '--today', '2024-06-12', '--json']],
    [['check']],
    [['review', '--today', '2024-06-12']],
    [['review', '--today', '2024-06-12', '--format', 'html']],
    [['review', '--today', '2024-06-12', '--format', 'json']],
    [['ics', '--today', '2024-06-12']],
    [['draft', 'Meetings/2024-06-05 Demo for Kestrel Health.md', '--today', '2024-06-12', '--json']],
  ])('the command line %j opens no connection', (args) => {
    const result = spawnSync(process.execPath, ['--import', TRIPWIRE, join(ROOT, 'dist', 'cli.js'), ...args, '--vault', EXAMPLE_VAULT], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: temp },
    });
    expect(result.stderr).not.toContain('NETWORK');
    expect([0, 1]).toContain(result.status);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  /** The browser's and Obsidian's ways to reach the network (Node's are modules, checked apart). */
  const NETWORK_API = /\b(?:fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|requestUrl|RTCPeerConnection)\b/g;
  const mentions = (text: string) =>
    [...text.matchAll(NETWORK_API)].map((match) => text.slice(Math.max(0, match.index - 30), match.index + 30));
  /**
   * Every module code loads: `require("x")`, `from "x"`, `import("x")`, in the quotes the code is
   * written with (esbuild writes double quotes; the sources single ones; comments in bundled
   * libraries show examples in other quotes).
   */
  const modulesOf = (text: string, quote: '"' | "'" = '"') =>
    new Set(
      [...text.matchAll(new RegExp(`(?:\\bfrom\\s*|\\brequire\\(|\\bimport\\()\\s*${quote}([^${quote}]+)${quote}`, 'g'))].map((match) =>
        (match[1] ?? '').replace(/^node:/, ''),
      ),
    );

  it('the built plugin loads nothing but obsidian, and names no network API', () => {
    const bundle = readFileSync(join(ROOT, 'main.js'), 'utf8');
    expect(modulesOf(bundle)).toEqual(new Set(['obsidian']));
    expect(mentions(bundle)).toEqual([]);
  });

  it('the built command line loads only file and process modules, and names no network API (but for sending mail)', () => {
    // `digest --smtp` sends mail: its chunks, loaded by that command alone, are the only exception.
    const chunks = readdirSync(join(ROOT, 'dist', 'chunks'))
      .filter((name) => !/^(?:digest-command|nodemailer)-/.test(name))
      .map((name) => join(ROOT, 'dist', 'chunks', name));
    const bundle = [join(ROOT, 'dist', 'cli.js'), ...chunks].map((file) => readFileSync(file, 'utf8')).join('\n');
    // esprima: js-yaml's optional reader of `!!js/function`, required inside a try and never bundled.
    const allowed = ['buffer', 'crypto', 'fs', 'module', 'os', 'path', 'process', 'url', 'util', 'esprima'];
    // Its own chunks (./chunks/…) are part of the bundle, read above.
    expect([...modulesOf(bundle)].filter((name) => !allowed.includes(name) && !name.startsWith('./'))).toEqual([]);
    expect(mentions(bundle)).toEqual([]);
  });

  it('no source file loads a network module or names a network API', () => {
    const offenders: string[] = [];
    const walk = (folder: string): void => {
      for (const name of readdirSync(folder)) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          const network = [...modulesOf(text, "'")].filter((module) =>
            ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'child_process', 'worker_threads'].includes(module),
          );
          if (network.length > 0 || mentions(text).length > 0) offenders.push(relative(ROOT, path));
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});
