/** ADL verbs the simulator reports with; an LRS's dashboards know them by these ids. */
export const VERBS = {
  attempted: { id: 'http://adlnet.gov/expapi/verbs/attempted', en: 'attempted', zh: '尝试' },
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', en: 'answered', zh: '作答' },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', en: 'completed', zh: '完成' },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', en: 'passed', zh: '通过' },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', en: 'failed', zh: '未通过' },
} as const;

export type VerbName = keyof typeof VERBS;

export const ACTIVITY_TYPES = {
  /** A whole call: one case played from ringing to an ending. */
  simulation: 'http://adlnet.gov/expapi/activities/simulation',
  /** One decision point of a call. */
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

/**
 * Extension keys live under the installation's own IRI base, so an LRS can tell this app's
 * figures from another tool's.
 */
export const extensionIri = (base: string, name: string) =>
  `${trimBase(base)}/xapi/extensions/${name}`;

export const scenarioIri = (base: string, scenarioId: string) =>
  `${trimBase(base)}/complaint-desk/scenarios/${encodeURIComponent(scenarioId)}`;

export const decisionIri = (base: string, scenarioId: string, nodeId: string) =>
  `${scenarioIri(base, scenarioId)}/decisions/${encodeURIComponent(nodeId)}`;

const trimBase = (base: string) => base.replace(/\/+$/, '');
