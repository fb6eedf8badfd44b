import { readFile } from 'node:fs/promises';

/** The slice of esbuild's plugin API used here (SST brings esbuild; its types are not a dependency of the stacks). */
interface PluginBuild {
  onResolve(
    options: { filter: RegExp },
    callback: (args: { path: string; importer: string }) => { path: string; namespace: string } | undefined,
  ): void;
  onLoad(
    options: { filter: RegExp; namespace?: string },
    callback: (args: {
      path: string;
    }) => Promise<{ contents: string; loader: 'js' }> | { contents: string; loader: 'js' },
  ): void;
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
      /[/\\]zod[/\\]v4[/\\](classic|core)[/\\]/.test(args.importer)
        ? { path: 'zod-locales', namespace: 'zod-without-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * ElectroDB validates each model against a JSON schema when its entity is constructed, and tests
 * every entity against that schema again when a Service is built from them (to tell a model from
 * an entity). In a Lambda that is work in every cold start for models that never change: about a
 * fifth of a second for forty entities, of which a function builds those its requests use, plus
 * the schema library in every bundle.
 *
 * In the bundles only, the schema check is replaced: the model check does nothing, and "is this a
 * model?" becomes a structural test (a plain object with attributes and indexes, not an ElectroDB
 * instance). Every model is still validated in full wherever the code runs unbundled: a unit test
 * builds every entity (packages/core/src/db/entity.test.ts), so a bad model fails there long
 * before it ships. The replacement matches
 * ElectroDB's source text exactly and fails the build if that text changes, so an upgrade cannot
 * silently fall back or half-apply.
 */
export const electrodbWithoutModelSchema: EsbuildPlugin = {
  name: 'electrodb-without-model-schema',
  setup(build) {
    build.onLoad({ filter: /[/\\]electrodb[/\\]src[/\\]validations\.js$/ }, async ({ path }) => {
      let contents = await readFile(path, 'utf8');
      const edits: Array<[from: string, to: string]> = [
        // The schema library and the schemas it compiles: only validateModel used them.
        [
          'const Validator = require("jsonschema").Validator;',
          'const Validator = class { addSchema() {} };\nValidator.prototype.customFormats = {};',
        ],
        ['function validateModel(model = {}) {', 'function validateModel(model = {}) {\n  return;'],
        [
          'function testModel(model) {',
          [
            'function testModel(model) {',
            '  const plainModel = typeof model === "object" && model !== null && model._instance === undefined && ' +
              'typeof model.attributes === "object" && typeof model.indexes === "object";',
            '  return [plainModel, plainModel ? "" : "not a model"];',
          ].join('\n'),
        ],
      ];
      for (const [from, to] of edits) {
        if (contents.split(from).length !== 2)
          throw new Error(
            `electrodb-without-model-schema: "${from}" is not in ${path} ` +
              'exactly once; re-check the plugin against this ElectroDB version',
          );
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};
