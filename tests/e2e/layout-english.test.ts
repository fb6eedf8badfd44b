import { describe } from 'vitest';
import { layoutSession, sweepInEnglish } from './layout-sweep.ts';

layoutSession();

// Each test sweeps a whole role's screens; the bound is only against a hang, far above what a sweep
// needs even with the other layout files running beside it on two busy cores.
describe('layout in English on a phone', { timeout: 300_000 }, () => sweepInEnglish());
