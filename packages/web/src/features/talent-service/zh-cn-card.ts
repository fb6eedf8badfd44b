/** 以服务留人才：的人才服务卡与公开核验页. Loaded with the talent service screens (messages.ts), not merged into zh-cn.ts. */
export const zhCNCard = {} as const;
