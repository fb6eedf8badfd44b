import type { SSTConfig } from 'sst';
import { Alarms } from './stacks/Alarms.ts';
import { Api } from './stacks/Api.ts';
import { Database } from './stacks/Database.ts';
import { Jobs } from './stacks/Jobs.ts';
import { Monitoring } from './stacks/Monitoring.ts';
import { functionDefaults } from './stacks/lib/function-defaults.ts';
import { applyNagSuppressions } from './stacks/lib/nag-suppressions.ts';
import { isProduction } from './stacks/lib/stage.ts';
import { Web } from './stacks/Web.ts';
import { Workers } from './stacks/Workers.ts';

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
    // Workers and Jobs come after Web: their mails link to the site's URL.
    app.stack(Database).stack(Alarms).stack(Api).stack(Web).stack(Workers).stack(Jobs);
    // Last: its alarms watch every function the stacks above created.
    app.stack(Monitoring);
    // Here rather than in the test, so the deployed templates carry the reviewed suppressions too.
    applyNagSuppressions(app);
  },
} satisfies SSTConfig;
