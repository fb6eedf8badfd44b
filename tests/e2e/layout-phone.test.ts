import { describe } from 'vitest';
import { PHONE } from './harness.ts';
import { layoutSession, sweepAt } from './layout-sweep.ts';

layoutSession();

// Each test sweeps a whole role's screens; the bound is only against a hang, far above what a sweep
// needs even with the other layout files running beside it on two busy cores.
describe('layout on a phone', { timeout: 300_000 }, () => sweepAt('phone', PHONE));
