/**
 * The order the library lists its cases in (newest first, the worked example at the top). A case
 * dropped into `cases/` without being named here still joins the library: after these, by id.
 */
export const LIBRARY_ORDER: readonly string[] = [
  'air-conditioner-remote',
  'dismissed-at-the-counter',
  'tour-daily-feedback',
  'hospital-written-reply',
  'telesales-objection',
  'group-purchase-terms',
  'overpass-green-space',
  'email-not-delivered',
  'crane-order-recovery',
  'classmate-deposit',
  'manager-demand',
  'anxious-parent-clinic',
  'intercom-repeat-failure',
  'online-leak-post',
  'tour-multi-day',
  'wrong-spare-part',
  'bank-social-security',
  'card-annual-fee',
  'large-withdrawal',
  'car-delivery-defect',
  'power-outage-95598',
  'power-fault-in-home',
  'property-deposit-refund',
  'snobbish-salesperson',
];

function rank(id: string): number {
  const at = LIBRARY_ORDER.indexOf(id);
  return at === -1 ? LIBRARY_ORDER.length : at;
}

/** Cases in library order: the listed ones as listed, then the rest by id. */
export function inLibraryOrder<T extends { id: string }>(cases: readonly T[]): T[] {
  return [...cases].sort(
    (a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
