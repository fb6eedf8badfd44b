import { createRequire, isBuiltin } from 'node:module';
import { join, parse } from 'node:path';
import { functionDefaults } from '../../stacks/lib/function-defaults.ts';

type Imports = Array<{ path: string; external?: boolean }>;
interface Metafile {
  inputs: Record<string, { imports: Imports }>;
  outputs: Record<string, { bytes: number; imports: Imports; inputs?: Record<string, { bytesInOutput: number }> }>;
}

/** The slice of esbuild's API used here; esbuild itself is SST's copy, loaded at run time. */
interface Esbuild {
  version: string;
  build(options: Record<string, unknown>): Promise<{ metafile?: Metafile }>;
}

/**
 * The esbuild SST itself bundles with. Taken from sst's own dependencies rather than a root
 * devDependency: a second esbuild at the root would be offered to vite as its peer, and a different
 * version could bundle differently from what `sst deploy` ships.
 */
export function sstEsbuild(): Esbuild {
  const fromRoot = createRequire(import.meta.url);
  return createRequire(fromRoot.resolve('sst/package.json'))('esbuild') as Esbuild;
}

export interface BundleOutput {
  file: string;
  bytes: number;
  sourcemapBytes: number;
  /** Each package left external, with a source file that imports it (to resolve it from). */
  externals: Record<string, string>;
  /**
   * Every file with code in the bundle, relative to the project root. esbuild reads more (a module
   * whose exports nothing uses, in a package free of side effects, is read and then left out).
   */
  inputs: string[];
}

/**
 * Bundles a handler the way SST v2 does for `sst deploy` (sst/runtime/handlers/node.js, `build` in
 * deploy mode) with the project's default function props (stacks/lib/function-defaults.ts): ESM,
 * target esnext, the createRequire banner, keepNames, SST's forced externals plus the project's.
 * `nodejs` is a function's own bundling props where it sets them (a traffic class's function).
 * Re-read both when upgrading sst or changing the defaults.
 */
export async function bundleLikeSst(
  root: string,
  entry: string,
  outDir: string,
  nodejs = functionDefaults('bench').nodejs ?? {},
): Promise<BundleOutput> {
  if ((nodejs.format ?? 'esm') !== 'esm' || nodejs.splitting) {
    throw new Error('The bench reproduces SST’s single-file ESM bundling only; extend it for the new defaults');
  }
  const { external = [], ...override } = (nodejs.esbuild ?? {}) as { external?: string[] } & Record<string, unknown>;
  const outfile = join(outDir, `${parse(entry).name}.mjs`);
  const result = await sstEsbuild().build({
    // SST runs from the project root; metafile paths are relative to it.
    absWorkingDir: root,
    entryPoints: [entry],
    platform: 'node',
    external: ['sharp', 'pg-native', ...(nodejs.install ?? []), ...external],
    loader: nodejs.loader,
    keepNames: true,
    bundle: true,
    logLevel: 'silent',
    splitting: nodejs.splitting,
    metafile: true,
    format: 'esm',
    target: 'esnext',
    mainFields: ['module', 'main'],
    banner: {
      js: [
        `import { createRequire as topLevelCreateRequire } from 'module';`,
        `const require = topLevelCreateRequire(import.meta.url);`,
        `import { fileURLToPath as topLevelFileUrlToPath, URL as topLevelURL } from "url"`,
        `const __dirname = topLevelFileUrlToPath(new topLevelURL(".", import.meta.url))`,
        nodejs.banner ?? '',
      ].join('\n'),
    },
    outfile,
    sourcemap: nodejs.sourcemap !== false,
    minify: nodejs.minify,
    ...override,
  });
  const outputs = Object.entries(result.metafile?.outputs ?? {});
  const js = outputs.find(([path]) => path.endsWith('.mjs'));
  const map = outputs.find(([path]) => path.endsWith('.map'));
  if (!js) throw new Error(`esbuild wrote no .mjs for ${entry}`);
  const externals: Record<string, string> = {};
  for (const [input, { imports }] of Object.entries(result.metafile?.inputs ?? {})) {
    for (const { path, external: isExternal } of imports) {
      // esbuild drops a TypeScript import whose names are only used as types without resolving
      // it, and lists it as external: a relative path there is such an import, not a package.
      if (isExternal && !isBuiltin(path) && !path.startsWith('<') && !/^\.{0,2}\//.test(path))
        externals[path] ??= join(root, input);
    }
  }
  return {
    file: outfile,
    bytes: js[1].bytes,
    sourcemapBytes: map?.[1].bytes ?? 0,
    externals,
    inputs: Object.entries(js[1].inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([input]) => input),
  };
}
