/**
 * The bench's build and its bundle-composition report: the production app is built with a plugin
 * that keeps the chunk graph (which chunk imports which, and the modules inside each), so the
 * report can say what the call screen's first load fetches and what makes it heavy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';

interface ChunkFacts {
  file: string;
  name: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  modules: Record<string, number>;
}

export type ChunkGraph = Record<string, ChunkFacts>;

/**
 * Remembers every JavaScript chunk the build writes, with its imports and its modules' sizes: read
 * once the files are written, as they are on disk (Vite drops an entry chunk that only imports
 * the first-load chunk, and index.html names that chunk instead).
 */
function chunkGraph(graph: ChunkGraph): Plugin {
  return {
    name: 'bench-chunk-graph',
    apply: 'build',
    writeBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        graph[output.fileName] = {
          file: output.fileName,
          name: output.name,
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          modules: Object.fromEntries(
            Object.entries(output.modules).map(([id, m]) => [id, m.renderedLength]),
          ),
        };
      }
    },
  };
}

/** Builds the app into `outDir` as `npm run build` would, and returns its chunk graph. */
export async function benchBuild(outDir: string, quiet: boolean): Promise<ChunkGraph> {
  const graph: ChunkGraph = {};
  await build({
    configFile: 'vite.config.ts',
    logLevel: quiet ? 'silent' : 'info',
    plugins: [chunkGraph(graph)],
    build: { outDir, emptyOutDir: true },
  });
  return graph;
}

/**
 * The scripts index.html loads and every chunk they import statically: what the browser fetches
 * before any code runs.
 */
export function staticClosure(graph: ChunkGraph, outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="\.\/([^"]+)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !graph[file]) return;
    seen.add(file);
    for (const next of graph[file]!.imports) visit(next);
  };
  for (const script of scripts) visit(script);
  return [...seen];
}

/** Where a module comes from: its npm package, or its folder in src/ (rolled up to two levels). */
function origin(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nodeModules = clean.lastIndexOf('node_modules/');
  if (nodeModules >= 0) {
    const parts = clean.slice(nodeModules + 'node_modules/'.length).split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  const src = clean.indexOf('/src/');
  if (src >= 0)
    return clean
      .slice(src + 1)
      .split('/')
      .slice(0, 3)
      .join('/');
  return clean.split('/').at(-1) ?? clean;
}

export interface Composition {
  /** Gzip bytes of the files, each compressed alone as the server would send it. */
  gzipBytes: number;
  files: number;
  /** The heaviest files, gzip bytes each, with the origin of most of their code. */
  topChunks: Array<{ file: string; gzipBytes: number; mostly: string }>;
  /** Source size after tree-shaking, before minifying, by package or src folder. */
  topOrigins: Array<{ origin: string; renderedBytes: number }>;
}

/**
 * What the given built files weigh and what is in them. `files` are paths under `outDir`; a file
 * the graph does not know (not a chunk of this build) still counts by its gzip size.
 */
export function composition(
  graph: ChunkGraph,
  outDir: string,
  files: string[],
  top = 12,
): Composition {
  const byOrigin = new Map<string, number>();
  const chunks = files.map((file) => {
    const gzipBytes = gzipSync(readFileSync(join(outDir, file))).length;
    const origins = new Map<string, number>();
    for (const [id, bytes] of Object.entries(graph[file]?.modules ?? {})) {
      const o = origin(id);
      origins.set(o, (origins.get(o) ?? 0) + bytes);
      byOrigin.set(o, (byOrigin.get(o) ?? 0) + bytes);
    }
    const mostly = [...origins].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '?';
    return { file, gzipBytes, mostly };
  });
  return {
    gzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    files: chunks.length,
    topChunks: [...chunks].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, top),
    topOrigins: [...byOrigin]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([o, renderedBytes]) => ({ origin: o, renderedBytes })),
  };
}
