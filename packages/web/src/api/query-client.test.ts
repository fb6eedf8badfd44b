import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setToken } from './client';
import { ApiError } from './errors';
import { queryClient } from './query-client';

afterEach(() => {
  queryClient.clear();
});

const retry = queryClient.getDefaultOptions().queries?.retry as (failures: number, error: unknown) => boolean;
const problem = (status: number) => new ApiError({ code: 'x', status, detail: 'x' });

/** Answers every request with `status` and an empty JSON object, as the API would. */
const answer = (status: number) => async () =>
  new Response('{}', { status, headers: { 'content-type': 'application/json' } });
const options = (status: number) => ({ baseUrl: 'http://api.test', fetch: answer(status) });

/** One screen's query on screen (active, with an observer) and one of a screen left (inactive). */
function seed() {
  queryClient.setQueryData(['on screen'], 1);
  queryClient.setQueryData(['left'], 2);
  const observer = new QueryObserver(queryClient, { queryKey: ['on screen'], queryFn: () => 3, staleTime: Infinity });
  return observer.subscribe(() => undefined);
}

describe('the server-state cache', () => {
  it('retries a dropped connection or a server fault once, and a refusal never', () => {
    expect(retry(0, ApiError.network(new Error('offline')))).toBe(true);
    expect(retry(0, problem(503))).toBe(true);
    expect(retry(1, problem(503))).toBe(false);
    expect(retry(0, problem(409))).toBe(false);
    expect(retry(0, problem(404))).toBe(false);
  });

  it('refetches what is on screen after a write and drops what is not', async () => {
    const stop = seed();
    await api.POST('/v1/me/notifications/read-all', options(200));
    await vi.waitFor(() => expect(queryClient.getQueryData(['on screen'])).toBe(3));
    expect(queryClient.getQueryData(['left'])).toBeUndefined();
    stop();
  });

  it('reads anew a screen whose first load was on its way when a write landed', async () => {
    // The first load answers what the server held before the write; every later read answers after it.
    let reads = 0;
    let answerFirst: (value: string) => void = () => undefined;
    const observer = new QueryObserver(queryClient, {
      queryKey: ['first load'],
      queryFn: () => {
        reads += 1;
        return reads === 1 ? new Promise<string>((resolve) => (answerFirst = resolve)) : 'after the write';
      },
    });
    const stop = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(reads).toBe(1));
    await api.POST('/v1/me/notifications/read-all', options(200));
    answerFirst('before the write');
    await vi.waitFor(() => expect(queryClient.getQueryData(['first load'])).toBe('after the write'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(queryClient.getQueryData(['first load'])).toBe('after the write');
    stop();
  });

  it('keeps the cache after a read or a refused write', async () => {
    const stop = seed();
    await api.GET('/v1/me/notification-preferences', options(200));
    await api.POST('/v1/me/notifications/read-all', options(409));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(queryClient.getQueryData(['on screen'])).toBe(1);
    expect(queryClient.getQueryData(['left'])).toBe(2);
    stop();
  });

  it("forgets one account's data when another signs in", () => {
    queryClient.setQueryData(['left'], 2);
    setToken('another account');
    expect(queryClient.getQueryData(['left'])).toBeUndefined();
    setToken(null);
  });
});
