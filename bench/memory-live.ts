// The live heap of three language versions parsed, grouped and linted by the engine of a tree
// (this one by default), after a full collection: what the server's memory cannot go below.
// Prints {"heap": bytes, "external": bytes, "lintMs": the cold parse, grouping and lint of all
// three}. bench/memory-compare.ts runs it for two trees.
// Run: node --expose-gc --import tsx bench/memory-live.ts [tree root] [size]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { versionOfSize } from './versions.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const root = resolve(process.argv[2] ?? join(import.meta.dirname, '..'));
const size = Number(process.argv[3] ?? 1_000_000);

// The other tree's engine, typed as this one's: only its public entry is used.
const { createEngine } = (await import(
  pathToFileURL(join(root, 'server', 'src', 'engine', 'index.ts')).href
)) as typeof import('../server/src/engine/index.js');
const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const texts = (['ru', 'kk', 'en'] as const).map((l) => [l, versionOfSize(l, size)] as const);
const start = performance.now();
const docs = texts.map(([l, text]) => engine.parse(`file:///bench/privacy.${l}.md`, text));
const group = engine.groupVersions(docs, config)[0] ?? null;
for (const doc of docs) engine.lint(doc, config, { group });
const lintMs = performance.now() - start;
gc();
gc();
const m = process.memoryUsage();
console.log(
  JSON.stringify({
    lintMs,
    heap: m.heapUsed,
    external: m.external + m.arrayBuffers,
    held: docs.length + (group ? 1 : 0),
  }),
);
