/** The tamper-evidence check of every sealed record, person by person. */
export { verifyAll, type ProfileVerification } from '../../storage/ledger';
