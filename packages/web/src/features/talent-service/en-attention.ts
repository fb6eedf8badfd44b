import type { zhCNAttention } from './zh-cn-attention';

/** Keeping people once they come. Loaded with the talent service screens (messages.ts). */
export const enAttention: Record<keyof typeof zhCNAttention, string> = {};
