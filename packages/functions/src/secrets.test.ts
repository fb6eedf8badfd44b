import { describe, expect, it } from 'vitest';
import { type ParameterStore, readBoundSecrets } from './secrets.ts';

/** A parameter store holding `parameters`, recording each batch of names asked for. */
function store(parameters: Record<string, string>) {
  const asked: string[][] = [];
  const s: ParameterStore = {
    async get(names) {
      asked.push([...names]);
      return new Map(names.flatMap((n) => (n in parameters ? [[n, parameters[n]!] as [string, string]] : [])));
    },
  };
  return { store: s, asked };
}

const env = (values: Record<string, string>) => ({
  SST_APP: 'aksu-talent',
  SST_STAGE: 'prod',
  SST_SSM_PREFIX: '/sst/aksu-talent/prod/',
  ...values,
});

describe('readBoundSecrets', () => {
  it('takes a value bound directly without asking the store', async () => {
    const s = store({});
    expect(await readBoundSecrets(['JWT_SECRET'], s.store, env({ SST_Secret_value_JWT_SECRET: 'direct' }))).toEqual({
      JWT_SECRET: 'direct',
    });
    expect(s.asked).toEqual([]);
  });

  it('fetches the stage parameters in one call, then only the missing ones from the fallback', async () => {
    const s = store({
      '/sst/aksu-talent/prod/Secret/JWT_SECRET/value': 'jwt',
      '/sst/aksu-talent/.fallback/Secret/PII_KEY/value': 'pii',
    });
    const values = await readBoundSecrets(
      ['JWT_SECRET', 'PII_KEY'],
      s.store,
      env({ SST_Secret_value_JWT_SECRET: '__FETCH_FROM_SSM__', SST_Secret_value_PII_KEY: '__FETCH_FROM_SSM__' }),
    );
    expect(values).toEqual({ JWT_SECRET: 'jwt', PII_KEY: 'pii' });
    expect(s.asked).toEqual([
      ['/sst/aksu-talent/prod/Secret/JWT_SECRET/value', '/sst/aksu-talent/prod/Secret/PII_KEY/value'],
      ['/sst/aksu-talent/.fallback/Secret/PII_KEY/value'],
    ]);
  });

  it('names every secret that is not bound, or bound but set nowhere', async () => {
    await expect(readBoundSecrets(['JWT_SECRET', 'PII_KEY'], store({}).store, env({}))).rejects.toThrow(
      'Secrets not bound to this function: JWT_SECRET, PII_KEY',
    );
    await expect(
      readBoundSecrets(['PII_KEY'], store({}).store, env({ SST_Secret_value_PII_KEY: '__FETCH_FROM_SSM__' })),
    ).rejects.toThrow('The following secret values are not set in the "prod" stage: PII_KEY');
  });
});
