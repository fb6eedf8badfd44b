/**
 * Values a warm process keeps for a while after reading them, by key: a read within `ms` is answered
 * from here, a later one goes to the table again. For what every request of a kind reads and an
 * organiser rarely changes (an account's session state, a cohort): a change then reaches the other
 * warm processes within `ms`, and the process that made it forgets its copy at once. A process
 * meets few such keys; `max` only guards against a leak.
 */
export function keptFor<V>(ms: number, max: number) {
  const kept = new Map<string, { value: V; until: number }>();
  return {
    get(key: string, now = Date.now()): V | undefined {
      const entry = kept.get(key);
      return entry && entry.until > now ? entry.value : undefined;
    },
    keep(key: string, value: V, now = Date.now()): void {
      kept.set(key, { value, until: now + ms });
      if (kept.size > max) kept.clear();
    },
    forget(key: string): void {
      kept.delete(key);
    },
  };
}
