import type { CaseSummary } from '../../scenarios/case-summary';

/** The forms a case takes, as the library filters and labels them. */
export const CASE_FORMS = ['single', 'multi-contact', 'written-reply'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

/**
 * A written reply is a letter whatever its contacts; otherwise a complaint spanning several
 * contacts (callback, visit, a public post) is told apart from one handled in a single contact.
 */
export const caseForm = (c: Pick<CaseSummary, 'kind' | 'contacts'>): CaseForm =>
  c.kind === 'written-reply' ? 'written-reply' : c.contacts > 1 ? 'multi-contact' : 'single';
