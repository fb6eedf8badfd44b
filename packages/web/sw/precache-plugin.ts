import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin, Rollup } from 'vite';

interface Options {
  /** The hand-written worker; its `self.__PRECACHE__` becomes the list of files to keep. */
  source: string;
  /** Pages that must open offline even if never visited (their modules, as ids end). */
  offlinePages: string[];
}

/**
 * Writes `sw.js` beside the build with the hashed files of the shell and the offline pages, so the worker
 * never keeps a list by hand that a rebuild would make stale. Runs after Vite has written index.html,
 * whose text is part of the version: a new shell is a new worker, which replaces the old one's cache.
 */
export function precacheServiceWorker(options: Options): Plugin {
  return {
    name: 'precache-service-worker',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      const chunks = new Map<string, Rollup.OutputChunk>();
      for (const file of Object.values(bundle)) if (file.type === 'chunk') chunks.set(file.fileName, file);
      const files = new Set<string>(['index.html']);
      // An offline page's own parts loaded on demand (the QR encoder of the service card) must open
      // offline too; the entry's are the other screens, kept only once visited.
      const seen = new Set<string>();
      const keep = (chunk: Rollup.OutputChunk, onDemand: boolean) => {
        // A chunk the entry already kept may still lead an offline page to what it loads on demand.
        if (seen.has(`${onDemand}:${chunk.fileName}`)) return;
        seen.add(`${onDemand}:${chunk.fileName}`);
        files.add(chunk.fileName);
        for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
        for (const asset of chunk.viteMetadata?.importedAssets ?? []) files.add(asset);
        // The entry loads every screen on demand: through it, an offline page leads to no other screen.
        const later = onDemand && !chunk.isEntry ? chunk.dynamicImports : [];
        for (const name of [...chunk.imports, ...later]) {
          const imported = chunks.get(name);
          if (imported) keep(imported, onDemand);
        }
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) keep(chunk, false);
      for (const chunk of chunks.values()) {
        const page = options.offlinePages.some((id) => chunk.facadeModuleId?.endsWith(id));
        if (page) keep(chunk, true);
      }
      for (const id of options.offlinePages) {
        if (![...chunks.values()].some((c) => c.facadeModuleId?.endsWith(id)))
          this.error(`No chunk is built from ${id}: the offline page list is out of date.`);
      }
      const html = bundle['index.html'];
      const worker = readFileSync(options.source, 'utf8');
      const listed = [...files].sort();
      const version = createHash('sha256')
        .update(listed.join('\n'))
        .update(html?.type === 'asset' ? String(html.source) : '')
        .update(worker)
        .digest('hex')
        .slice(0, 16);
      const source = worker.replace('self.__PRECACHE__', JSON.stringify({ version, files: listed }));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
