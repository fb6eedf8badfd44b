/**
 * The bound SST secrets of a traffic-class function, read the way `sst/node/config` reads them but
 * without what that module costs every cold start: it imports the SSM client statically (a
 * bundle cannot defer a static import, and loading the client took longer than the DynamoDB
 * client itself, see `pnpm bench lambda-bundle`) and fetches with a top-level await. Here the
 * client is a dynamic import of a package the runtime provides, so it loads only when a value
 * must actually come from SSM, on the first request.
 *
 * SST v2's conventions, kept exactly: a bound secret appears as `SST_Secret_value_<NAME>`; its
 * value is either the secret itself or `__FETCH_FROM_SSM__`, in which case it lives at
 * `<SST_SSM_PREFIX>Secret/<NAME>/value`, or failing that at the app's fallback
 * `/sst/<app>/.fallback/Secret/<NAME>/value` (`sst secrets set --fallback`).
 */

const FETCH = '__FETCH_FROM_SSM__';
const envName = (name: string) => `SST_Secret_value_${name}`;

export interface ParameterStore {
  /** Values of the parameters that exist, by name; the missing ones are left out. */
  get(names: readonly string[]): Promise<Map<string, string>>;
}

/** AWS SSM Parameter Store, the client loaded on first use. GetParameters takes at most ten names. */
export function ssmParameterStore(region = process.env.SST_REGION ?? process.env.AWS_REGION): ParameterStore {
  return {
    async get(names) {
      const { SSMClient, GetParametersCommand } = await import('@aws-sdk/client-ssm');
      const ssm = new SSMClient({ region });
      const found = new Map<string, string>();
      for (let i = 0; i < names.length; i += 10) {
        const { Parameters = [] } = await ssm.send(
          new GetParametersCommand({ Names: names.slice(i, i + 10), WithDecryption: true }),
        );
        for (const p of Parameters) if (p.Name && p.Value !== undefined) found.set(p.Name, p.Value);
      }
      return found;
    },
  };
}

/** The named secrets' values; throws, naming every one that is unbound or unset. */
export async function readBoundSecrets<K extends string>(
  names: readonly K[],
  store: ParameterStore = ssmParameterStore(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<Record<K, string>> {
  const unbound = names.filter((name) => env[envName(name)] === undefined);
  if (unbound.length) throw new Error(`Secrets not bound to this function: ${unbound.join(', ')}`);
  const values = {} as Record<K, string>;
  const pending = names.filter((name) => {
    const value = env[envName(name)]!;
    if (value !== FETCH) values[name] = value;
    return value === FETCH;
  });
  const path = (name: K) => `${env.SST_SSM_PREFIX ?? ''}Secret/${name}/value`;
  const fallback = (name: K) => `/sst/${env.SST_APP}/.fallback/Secret/${name}/value`;
  for (const where of [path, fallback]) {
    const want = pending.filter((name) => values[name] === undefined);
    if (!want.length) break;
    const found = await store.get(want.map(where));
    for (const name of want) {
      const value = found.get(where(name));
      if (value !== undefined) values[name] = value;
    }
  }
  const missing = pending.filter((name) => values[name] === undefined);
  if (missing.length)
    throw new Error(`The following secret values are not set in the "${env.SST_STAGE}" stage: ${missing.join(', ')}`);
  return values;
}
