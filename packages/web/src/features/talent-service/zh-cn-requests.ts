/** 以服务留人才：的诉求. Loaded with the talent service screens (messages.ts), not merged into zh-cn.ts. */
export const zhCNRequests = {} as const;
