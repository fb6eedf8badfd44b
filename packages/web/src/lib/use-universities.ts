import { api, unwrap } from '../api/client';
import type { University } from '../api/types';
import { useResource } from './use-resource';

/** Enough pages for every partner university the office works with; the picker needs them all. */
const MAX_PAGES = 10;

/** All universities an organiser can pick from, by name, for pickers and for naming list rows. */
export function useUniversities(enabled = true) {
  return useResource(
    async (signal) => {
      if (!enabled) return [] as University[];
      const all: University[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const result = await unwrap(api.GET('/v1/universities', { params: { query: { limit: 100, cursor } }, signal }));
        all.push(...result.items);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      return all.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },
    ['/v1/universities', 'every page', enabled],
  );
}

export function nameOf(universities: University[] | undefined, universityId: string): string | undefined {
  return universities?.find((u) => u.universityId === universityId)?.name;
}
