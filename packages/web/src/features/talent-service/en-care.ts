import type { zhCNCare } from './zh-cn-care';

/** Keeping people once they come. Loaded with the talent service screens (messages.ts). */
export const enCare: Record<keyof typeof zhCNCare, string> = {};
