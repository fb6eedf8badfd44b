import type { zhCNRequests } from './zh-cn-requests';

/** Keeping people once they come. Loaded with the talent service screens (messages.ts). */
export const enRequests: Record<keyof typeof zhCNRequests, string> = {};
