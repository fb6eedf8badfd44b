/**
 * `pnpm bench --quick`: every benchmark runs smaller sizes and fewer rounds, so the whole run fits
 * in about five minutes on two cores. Read from the env as well as argv, so modules and the child
 * processes they start see the same answer. Quick numbers are labelled quick in the table and the
 * JSON: they check that every row still fills and roughly where it lands, not the full-size target.
 */
export const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';

/** `full` in a normal run, `quick` in a quick one. */
export const sized = <T>(full: T, quick: T): T => (QUICK ? quick : full);
