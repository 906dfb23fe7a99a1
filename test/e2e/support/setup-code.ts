/**
 * The setup code the end-to-end build is given (playwright.config.ts), as an installer would
 * supply one: 25 Crockford base32 characters. Tests type it to set the first trainer or HR PIN.
 */
export const E2E_SETUP_CODE = 'E2E00-TEST0-C0DE0-FXXMP-7QK4R';
