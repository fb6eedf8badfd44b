/** 以服务留人才：需要关注的人. Loaded with the talent service screens (messages.ts), not merged into zh-cn.ts. */
export const zhCNAttention = {} as const;
