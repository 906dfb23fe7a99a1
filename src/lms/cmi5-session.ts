import type { Statement } from '@xapi/xapi';
import type { Deliver } from '../app/lms/outbox';

interface OurStatement {
  verb: { id: string };
  result?: {
    score?: { scaled: number; raw: number; min: number; max: number };
    extensions?: Record<string, unknown>;
  };
  context: { extensions: Record<string, unknown>; contextActivities?: { parent?: unknown[] } };
}

/**
 * The cmi5-defined completed, passed and failed statements are written by the cmi5 client; this
 * adds our result and context extensions to them (the seven dimensions, the ending, a staged
 * case's promises, a written reply's letter, the case kind, the reply mode), so the LMS keeps what
 * an LRS would. The client's own values win where both name one (the session id).
 */
export const withOurExtensions =
  (ours: OurStatement) =>
  (defined: Statement): Statement => ({
    ...defined,
    ...(ours.result?.extensions
      ? {
          result: {
            ...defined.result,
            extensions: { ...ours.result.extensions, ...defined.result?.extensions },
          },
        }
      : {}),
    context: {
      ...defined.context,
      extensions: { ...ours.context.extensions, ...defined.context?.extensions },
    },
  });

const VERDICTS = new Set(
  ['completed', 'passed', 'failed'].map((v) => `http://adlnet.gov/expapi/verbs/${v}`),
);

/**
 * A cmi5 launch: the LMS gave us endpoint, fetch URL, actor, registration and the AU's activity id
 * in the query string. The session is initialized here and terminated when the page goes away;
 * outbox statements are delivered through it, rewritten to the launch's actor, registration and
 * context template as the cmi5 spec requires of every statement an AU sends.
 */
export async function startCmi5Session(): Promise<Deliver> {
  const { default: Cmi5 } = await import('@xapi/cmi5');
  const cmi5 = Cmi5.instance;
  await cmi5.initialize();
  window.addEventListener('pagehide', () => void cmi5.terminate().catch(() => undefined), {
    once: true,
  });
  const launch = cmi5.getLaunchParameters();
  const template = cmi5.getLaunchData().contextTemplate;
  // cmi5 allows one verdict per registration; later calls are reported as ordinary statements.
  let verdictSent = false;

  return async (id, statement) => {
    const ours = statement as OurStatement;
    try {
      if (VERDICTS.has(ours.verb.id) && !verdictSent) {
        const score = { scaled: ours.result?.score?.scaled ?? 0 };
        const options = { transform: withOurExtensions(ours) };
        if (ours.verb.id.endsWith('/completed')) {
          await cmi5.complete(options);
        } else {
          await (ours.verb.id.endsWith('/passed')
            ? cmi5.pass(score, options)
            : cmi5.fail(score, options));
          verdictSent = true;
        }
        return { ok: true };
      }
      await cmi5.sendXapiStatement({
        ...(statement as Statement),
        id,
        actor: launch.actor,
        context: {
          ...template,
          registration: launch.registration,
          contextActivities: {
            ...template.contextActivities,
            ...(ours.context.contextActivities ?? {}),
          },
          extensions: { ...template.extensions, ...ours.context.extensions },
        },
      } as Statement);
      return { ok: true };
    } catch (error) {
      return {
        ok: false,
        error: `cmi5: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  };
}

export function launchedWithCmi5Parameters(search: string): boolean {
  const params = new URLSearchParams(search);
  return ['endpoint', 'fetch', 'actor', 'registration', 'activityId'].every((p) => params.get(p));
}
