/** The cohort a board opens on until one is picked: the running one, else the first listed. */
export function defaultCohortId(cohorts: readonly { cohortId: string; status: string }[]): string {
  return (cohorts.find((c) => c.status === 'running') ?? cohorts[0])?.cohortId ?? '';
}
