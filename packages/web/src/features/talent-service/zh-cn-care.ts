/** 以服务留人才：服务专员与联系人的名单. Loaded with the talent service screens (messages.ts), not merged into zh-cn.ts. */
export const zhCNCare = {} as const;
