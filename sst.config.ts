import type { SSTConfig } from 'sst';
import { Api } from './stacks/Api.ts';
import { Database } from './stacks/Database.ts';
import { Jobs } from './stacks/Jobs.ts';
import { functionDefaults } from './stacks/lib/function-defaults.ts';
import { applyNagSuppressions } from './stacks/lib/nag-suppressions.ts';
import { isProduction } from './stacks/lib/stage.ts';
import { Web } from './stacks/Web.ts';

export default {
  config() {
    return {
      name: 'aksu-talent',
      region: process.env.AWS_REGION ?? 'ap-northeast-1',
    };
  },
  stacks(app) {
    app.setDefaultFunctionProps(functionDefaults(app.stage));
    // Every stage but production is disposable: removing it should leave no buckets or logs behind.
    // Production keeps CDK's defaults, and the table states its own retain policy.
    if (!isProduction(app.stage)) app.setDefaultRemovalPolicy('destroy');
    app.stack(Database).stack(Api).stack(Jobs).stack(Web);
    // Here rather than in the test, so the deployed templates carry the reviewed suppressions too.
    applyNagSuppressions(app);
  },
} satisfies SSTConfig;
