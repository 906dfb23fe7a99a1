import { readFileSync } from 'node:fs';
import { transformWithOxc, type Plugin } from 'vite';

type Tree = { [key: string]: string | Tree };

/**
 * Copies the messages at `keys` out of `messages`: a group whole, or one message with its plural
 * forms (`key_one`, `key_other`…). A key that names nothing is an error, so renaming a message
 * cannot silently leave the first screen showing raw keys.
 */
export function pickMessages(messages: Tree, keys: readonly string[]): Tree {
  const picked: Tree = {};
  for (const key of keys) {
    const path = key.split('.');
    const last = path.pop()!;
    let from: Tree = messages;
    let to: Tree = picked;
    for (const part of path) {
      const next = from[part];
      if (!next || typeof next === 'string') throw new Error(`no message group "${key}"`);
      from = next;
      to = (to[part] ??= {}) as Tree;
    }
    const names = Object.keys(from).filter((name) => name === last || name.startsWith(`${last}_`));
    if (!names.length) throw new Error(`no message "${key}"`);
    for (const name of names) to[name] = from[name]!;
  }
  return picked;
}

/**
 * `virtual:first-screen-messages`: the messages of `keys` from the module `file` (exporting them
 * as `exportName`), so the first load carries those and not the whole file.
 */
export function firstScreenMessages(
  file: string,
  exportName: string,
  keys: readonly string[],
): Plugin {
  const id = 'virtual:first-screen-messages';
  const resolved = `\0${id}`;
  return {
    name: 'first-screen-messages',
    resolveId: (source) => (source === id ? resolved : null),
    async load(loaded) {
      if (loaded !== resolved) return null;
      this.addWatchFile(file);
      const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file, { lang: 'ts' });
      const module = (await import(
        `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      )) as Record<string, Tree>;
      try {
        const picked = pickMessages(module[exportName]!, keys);
        return `export const firstScreenMessages = ${JSON.stringify(picked)};`;
      } catch (error) {
        return this.error(`${file}: ${(error as Error).message} (FIRST_SCREEN_KEYS)`);
      }
    },
    configureServer(server) {
      // An edited message reaches the dev server's first screen on the next load.
      server.watcher.on('change', (changed) => {
        const module = changed === file && server.moduleGraph.getModuleById(resolved);
        if (module) server.moduleGraph.invalidateModule(module);
      });
    },
  };
}
