/** The slice of esbuild's plugin API used here (SST brings esbuild; its types are not a dependency of the stacks). */
interface PluginBuild {
  onResolve(options: { filter: RegExp }, callback: (args: { path: string; importer: string }) => { path: string; namespace: string } | undefined): void;
  onLoad(options: { filter: RegExp; namespace: string }, callback: () => { contents: string; loader: 'js' }): void;
}
export interface EsbuildPlugin {
  name: string;
  setup(build: PluginBuild): void;
}

/**
 * Leaves zod's translated error messages out of every bundle: zod 4 re-exports all its locales as
 * `z.locales` and `z.core.locales`, and because libraries pass the `z` namespace around as a value,
 * the bundler keeps every one of them (about 260 KB minified, a third of a function's code). The app never selects
 * a locale (validation errors are mapped to the API's own problem documents); zod's default
 * English messages come from `locales/en.js`, which zod imports directly and which stays.
 */
export const zodWithoutLocales: EsbuildPlugin = {
  name: 'zod-without-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[/\\]zod[/\\]v4[/\\](classic|core)[/\\]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-without-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
