import { CATALOG } from './catalog.generated';

export { CATALOG };
export const caseSummary = (id: string) => CATALOG.find((c) => c.id === id);
