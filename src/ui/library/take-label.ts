import type { CaseSummary } from '../../scenarios/case-summary';

/**
 * The i18n key of the button into a case: a written reply is written whatever its channel,
 * so it never borrows the channel's "take this call" wording.
 */
export function takeLabelKey(scenario: Pick<CaseSummary, 'kind' | 'channel'>): string {
  return scenario.kind === 'written-reply' ? 'letterCard.take' : `library.take.${scenario.channel}`;
}
