import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Benchmark } from '../../scripts/bench/benchmark.ts';
import { round, toKB } from '../../scripts/bench/stats.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const TARGET_KB = 150;

const gzipSize = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, , value = ''] of tag.matchAll(/([\w-]+)(\s*=\s*"([^"]*)")?/g)) found[name!.toLowerCase()] = value;
  return found;
}

/** What the browser fetches as JavaScript before the first page can run: the entry module and its preloads. */
export function firstPageScripts(html: string): string[] {
  const entries = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => attributes(tag))
    .filter((a) => a.type === 'module' && a.src)
    .map((a) => a.src!);
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => attributes(tag))
    .filter((a) => (a.rel ?? '').split(/\s+/).includes('modulepreload') && a.href)
    .map((a) => a.href!);
  return [...new Set([...entries, ...preloads])];
}

/**
 * The production web build, gzipped as a CDN would serve it, counting the JavaScript a phone
 * downloads for the first page. Built into bench/web, not packages/web/dist: vite empties its output
 * first, and the browser tests may be serving dist at the same moment.
 */
export const benchmark: Benchmark = {
  name: 'web-build',
  async run() {
    const outDir = join(root, 'bench', 'web');
    const started = performance.now();
    try {
      await run('pnpm', ['--filter', '@aksu/web', 'build', '--outDir', outDir, '--emptyOutDir'], {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
        timeout: 150_000,
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`web build failed: ${`${stderr}\n${stdout}`.trim().split('\n').slice(-8).join('\n')}`);
    }
    const buildSec = round((performance.now() - started) / 1000, 1);
    const html = await readFile(join(outDir, 'index.html'), 'utf8');
    const scripts = firstPageScripts(html);
    if (scripts.length === 0) throw new Error('index.html names no module script');
    const files = await Promise.all(
      scripts.map(async (src) => ({ src, gzipBytes: await gzipSize(join(outDir, src.replace(/^\//, ''))) })),
    );
    const firstPageGzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
    const assets = await readdir(join(outDir, 'assets'));
    const allJs = assets.filter((name) => name.endsWith('.js'));
    const allJsGzipBytes = (await Promise.all(allJs.map((name) => gzipSize(join(outDir, 'assets', name))))).reduce(
      (a, b) => a + b,
      0,
    );
    const kb = toKB(firstPageGzipBytes);
    const met = kb <= TARGET_KB;
    return {
      json: {
        web: {
          firstPageJsGzipBytes: firstPageGzipBytes,
          firstPageJsGzipKB: kb,
          target: { maxGzipKB: TARGET_KB },
          met,
          firstPageFiles: files,
          allJsFiles: allJs.length,
          allJsGzipKB: toKB(allJsGzipBytes),
          buildSec,
          gzip: 'zlib level 9',
        },
      },
      rows: [
        { metric: 'first-page JS, gzip', value: kb, unit: 'KB', target: `<= ${TARGET_KB}`, met },
        { metric: 'files on first page', value: files.length, unit: 'files' },
        { metric: 'all JS chunks, gzip', value: `${toKB(allJsGzipBytes)} (${allJs.length} files)`, unit: 'KB' },
        { metric: 'build time', value: buildSec, unit: 's' },
      ],
    };
  },
};
