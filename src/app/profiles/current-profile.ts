const KEY = 'complaint-desk.profile';

/** Which trainee is using this browser; remembered so a returning trainee lands on their cases. */
export const currentProfileId = (): string | null => localStorage.getItem(KEY);
export const rememberProfile = (id: string) => localStorage.setItem(KEY, id);
export const forgetProfile = () => localStorage.removeItem(KEY);
