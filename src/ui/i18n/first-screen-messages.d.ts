/** The messages of FIRST_SCREEN_KEYS, picked out of zh-CN.ts when the app is built. */
declare module 'virtual:first-screen-messages' {
  export const firstScreenMessages: Record<string, unknown>;
}
