/** Every demo row's id starts with this, so removing the demo never touches real records. */
export const DEMO_ID_PREFIX = 'demo-org:';

export const isDemoId = (id: string) => id.startsWith(DEMO_ID_PREFIX);
