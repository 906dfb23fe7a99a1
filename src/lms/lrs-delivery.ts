import type { Deliver } from '../app/lms/outbox';
import type { LrsSettings } from '../app/lms/lrs-settings';

export const XAPI_VERSION = '1.0.3';

export function statementsUrl(endpoint: string, id: string): string {
  const base = endpoint.trim().endsWith('/') ? endpoint.trim() : `${endpoint.trim()}/`;
  const url = new URL('statements', base);
  url.searchParams.set('statementId', id);
  return url.toString();
}

/** Basic auth over UTF-8, since keys may be Chinese. */
function basicAuth(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/**
 * PUT with the client's id, so sending again after a lost response cannot store a second copy:
 * the LRS answers 204 for the same statement again, 409 if it already holds that id.
 */
export function lrsDelivery(settings: LrsSettings, fetchImpl: typeof fetch = fetch): Deliver {
  return async (id, statement) => {
    let response: Response;
    try {
      response = await fetchImpl(statementsUrl(settings.endpoint, id), {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': XAPI_VERSION,
          Authorization: basicAuth(settings.key, settings.secret),
        },
        body: JSON.stringify(statement),
      });
    } catch (error) {
      return {
        ok: false,
        error: `network: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
    if (response.ok || response.status === 409) return { ok: true };
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    return { ok: false, error: `HTTP ${response.status}${detail ? `: ${detail}` : ''}` };
  };
}
