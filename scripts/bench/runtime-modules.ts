import { existsSync } from 'node:fs';
import { mkdir, readFile, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

async function packageDir(name: string, importer: string): Promise<string> {
  const require = createRequire(importer);
  // Some packages' `exports` hide package.json: resolve the entry and walk up to the manifest.
  let dir = dirname(require.resolve(name));
  for (let depth = 0; depth < 10; depth++, dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(await readFile(manifest, 'utf8')).name === name) return dir;
  }
  throw new Error(`Cannot find the package directory of ${name} imported by ${importer}`);
}

/**
 * Stands in for the AWS SDK the Lambda runtime provides: links each package the bundle left external
 * into `node_modules` beside it, resolved from the file that imported it so the version is the
 * project's own.
 */
export async function linkExternals(outDir: string, externals: Record<string, string>): Promise<string[]> {
  const byPackage = new Map<string, string>();
  for (const [specifier, importer] of Object.entries(externals)) byPackage.set(packageName(specifier), importer);
  for (const [name, importer] of byPackage) {
    const link = join(outDir, 'node_modules', name);
    await mkdir(dirname(link), { recursive: true });
    await symlink(await packageDir(name, importer), link, 'dir');
  }
  return [...byPackage.keys()].sort();
}
