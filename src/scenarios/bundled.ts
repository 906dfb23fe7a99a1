import type { Scenario } from '../engine/scenario-schema';
import snobbishSalesperson from './cases/snobbish-salesperson';
import propertyDepositRefund from './cases/property-deposit-refund';
import powerFaultInHome from './cases/power-fault-in-home';
import powerOutage95598 from './cases/power-outage-95598';
import carDeliveryDefect from './cases/car-delivery-defect';
import largeWithdrawal from './cases/large-withdrawal';
import cardAnnualFee from './cases/card-annual-fee';
import bankSocialSecurity from './cases/bank-social-security';
import wrongSparePart from './cases/wrong-spare-part';
import tourMultiDay from './cases/tour-multi-day';
import onlineLeakPost from './cases/online-leak-post';
import intercomRepeatFailure from './cases/intercom-repeat-failure';
import anxiousParentClinic from './cases/anxious-parent-clinic';
import managerDemand from './cases/manager-demand';
import airConditionerRemote from './cases/air-conditioner-remote';
import classmateDeposit from './cases/classmate-deposit';

/**
 * The cases that ship with the app. Each is checked by the schema, the graph checks and full path
 * analysis in the test suite (test/scenarios), so the app can trust them without validating at
 * run time.
 */
export const BUNDLED_SCENARIOS: readonly Scenario[] = [
  airConditionerRemote,
  classmateDeposit,
  managerDemand,
  anxiousParentClinic,
  intercomRepeatFailure,
  onlineLeakPost,
  tourMultiDay,
  wrongSparePart,
  bankSocialSecurity,
  cardAnnualFee,
  largeWithdrawal,
  carDeliveryDefect,
  powerOutage95598,
  powerFaultInHome,
  propertyDepositRefund,
  snobbishSalesperson,
];

export function findBundledScenario(id: string): Scenario | undefined {
  return BUNDLED_SCENARIOS.find((s) => s.id === id);
}
