import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
export const LRS_KEY = 'e2e-key';
export const LRS_SECRET = 'e2e-secret';

export interface LoopbackLrs {
  /** The xAPI base the app is configured with. */
  endpoint: string;
  /** Every statement the LRS holds for one registration, oldest first. */
  statementsFor: (registration: string) => Promise<Array<Record<string, unknown>>>;
  stop: () => void;
}

const auth = `Basic ${Buffer.from(`${LRS_KEY}:${LRS_SECRET}`).toString('base64')}`;

/**
 * Learning Locker's statement service in memory mode on 127.0.0.1: a real LRS, with no database
 * and nothing left behind when the test ends.
 */
export async function startLoopbackLrs(port: number): Promise<LoopbackLrs> {
  const logs = resolve('test-results/lrs-logs');
  mkdirSync(logs, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [require.resolve('xapi-statements')], {
    env: {
      PATH: process.env.PATH ?? '',
      EXPRESS_PORT: String(port),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      EXPRESS_MORGAN_DIRECTORY: logs,
      WINSTON_CONSOLE_LEVEL: 'error',
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}/xAPI`;
  const headers = { 'X-Experience-API-Version': '1.0.3', Authorization: auth };
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await fetch(`${base}/about`, { headers })).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 100 || child.exitCode !== null) {
      child.kill();
      throw new Error('the loopback LRS did not start');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    endpoint: `${base}/`,
    statementsFor: async (registration) => {
      const url = `${base}/statements?registration=${registration}&limit=500&ascending=true`;
      const body = (await (await fetch(url, { headers })).json()) as {
        statements: Array<Record<string, unknown>>;
      };
      return body.statements;
    },
    stop: () => void child.kill(),
  };
}
