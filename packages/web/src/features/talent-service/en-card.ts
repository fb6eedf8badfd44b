import type { zhCNCard } from './zh-cn-card';

/** Keeping people once they come. Loaded with the talent service screens (messages.ts). */
export const enCard: Record<keyof typeof zhCNCard, string> = {};
