import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, isAbort } from './errors';
import { afterWrite, forgetServerState } from './query-client';
import { noteReach, OFFLINE_COPY_HEADER } from '../lib/connectivity';
import { forgetOtherUsersAnswers } from '../lib/service-worker';
import type { paths } from './schema';

const TOKEN_KEY = 'aksu.token';

let token: string | null = readStoredToken();
let onSessionExpired: (() => void) | undefined;

function readStoredToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    // Storage can be unavailable (private mode, blocked cookies); the session then lasts until reload.
    return null;
  }
}

export function getToken(): string | null {
  return token;
}

export function setToken(next: string | null): void {
  if (next !== token) {
    forgetServerState();
    forgetOtherUsersAnswers(next);
  }
  token = next;
  try {
    if (next) localStorage.setItem(TOKEN_KEY, next);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // See readStoredToken: keeping the token in memory is still a working session.
  }
}

/** Registered by the session provider, which owns the redirect to the sign-in page. */
export function handleSessionExpired(handler: (() => void) | undefined): void {
  onSessionExpired = handler;
}

const auth: Middleware = {
  onRequest({ request }) {
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    // A 401 on a request that carried a token means the session ended (expired or account disabled);
    // a 401 on sign-in itself is just a wrong password and is handled by the form.
    if (response.status === 401 && request.headers.has('authorization')) {
      setToken(null);
      onSessionExpired?.();
    }
    if (request.method !== 'GET' && response.ok) afterWrite();
    noteReach(!response.headers.has(OFFLINE_COPY_HEADER));
    return response;
  },
  onError({ error }) {
    // An aborted request (the screen went away) says nothing about the connection.
    if (!isAbort(error)) noteReach(false);
  },
};

/** The typed API client. Same origin locally; in AWS the stack sets VITE_API_URL to the API's URL. */
export const api = createClient<paths>({ baseUrl: import.meta.env.VITE_API_URL ?? '' });
api.use(auth);

type Result<D> = { data?: D; error?: unknown; response: Response };

/** Resolves to the response body or throws an ApiError carrying the problem document. */
export async function unwrap<D>(request: Promise<Result<D>>): Promise<D> {
  let result: Result<D>;
  try {
    result = await request;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw ApiError.network(error);
  }
  if (result.error !== undefined || !result.response.ok) throw ApiError.fromResponse(result.error, result.response);
  return result.data as D;
}
