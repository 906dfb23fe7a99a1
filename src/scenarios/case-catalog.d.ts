/** The module the case-library plugin (vite.config.ts) builds from the pack files. */
declare module 'virtual:case-catalog' {
  export const CATALOG: readonly import('./case-summary').CaseSummary[];
}
