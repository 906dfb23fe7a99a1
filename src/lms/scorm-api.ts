import type { ScormVersion } from '../engine/scorm/report';

/** The two runtime APIs an LMS exposes to a SCO, as SCORM 1.2 and SCORM 2004 name them. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetLastError(): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  Terminate(arg: ''): string;
  GetLastError(): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** How far up the frame chain to look (the ADL discovery algorithm uses 7 or more). */
const MAX_HOPS = 10;

function apiIn(win: Window): FoundApi | null {
  try {
    const w = win as Window & { API_1484_11?: Scorm2004Api; API?: Scorm12Api };
    if (w.API_1484_11) return { version: '2004', api: w.API_1484_11 };
    if (w.API) return { version: '1.2', api: w.API };
  } catch {
    // A parent on another origin cannot be read; it is not our LMS.
  }
  return null;
}

function searchUp(start: Window): FoundApi | null {
  let win: Window = start;
  for (let hop = 0; hop <= MAX_HOPS; hop += 1) {
    const found = apiIn(win);
    if (found) return found;
    if (win.parent === win) return null;
    win = win.parent;
  }
  return null;
}

/** The ADL discovery: this window's parents first, then the window that opened it and its parents. */
export function findScormApi(start: Window = window): FoundApi | null {
  if (start.parent === start && !start.opener) return null;
  return searchUp(start) ?? (start.opener ? searchUp(start.opener as Window) : null);
}

/** One vocabulary for both versions, so reporting is written once. */
export interface ScormCalls {
  version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
}

export function scormCalls(found: FoundApi): ScormCalls {
  const ok = (result: string) => result === 'true';
  if (found.version === '1.2') {
    const api = found.api;
    return {
      version: '1.2',
      initialize: () => ok(api.LMSInitialize('')),
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => ok(api.LMSSetValue(e, v)),
      commit: () => ok(api.LMSCommit('')),
      terminate: () => ok(api.LMSFinish('')),
    };
  }
  const api = found.api;
  return {
    version: '2004',
    initialize: () => ok(api.Initialize('')),
    get: (e) => api.GetValue(e),
    set: (e, v) => ok(api.SetValue(e, v)),
    commit: () => ok(api.Commit('')),
    terminate: () => ok(api.Terminate('')),
  };
}
