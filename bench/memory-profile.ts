// Where the memory of three 1 MB language versions goes, in process (no server): the heap after a
// full GC at each stage of what the server does (parse, group, lint), then what each kind of cache
// holds, measured by dropping it and collecting again. A key's figure counts only what no other
// key shares, so the per-key rows add up to less than the row that drops them all.
// With --in-turn, the caches are dropped one after another instead (the pair memos of the
// alignment by what they hold, then each kind of block memo, then doc.facts), each row what that
// drop freed beyond the ones before: shared data counts where it is last held. Much quicker.
// Run: node --expose-gc --import tsx bench/memory-profile.ts [size] [--in-turn]  (minutes at 1 MB)
import { createEngine, type PolicyDocument, type VersionGroup } from '../server/src/engine/index.js';
import { versionOfSize } from './versions.js';
import { forget, memoKinds, NO_MEMO, recall, remember } from '../server/src/engine/parse/memo.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const size = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 1_000_000);
const inTurn = process.argv.includes('--in-turn');
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Heap in use after a full collection: what is retained (external: ArrayBuffers, e.g. the source maps). */
function retained(): { heap: number; external: number } {
  gc!();
  gc!();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, external: m.external + m.arrayBuffers };
}

let last = retained();
function stage(name: string): void {
  const now = retained();
  const rss = process.memoryUsage().rss;
  console.log(`| ${name} | ${mb(now.heap)} | ${mb(now.heap - last.heap)} | ${mb(now.external)} | ${mb(rss)} |`);
  last = now;
}

console.log('| stage | heap retained | change | external | RSS |');
console.log('|---|---|---|---|---|');
stage('start');
const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const langs = ['ru', 'kk', 'en'] as const;
const texts = langs.map((l) => versionOfSize(l, size));
stage('engine and texts');
const docs: PolicyDocument[] = langs.map((l, i) => engine.parse(`file:///bench/privacy.${l}.md`, texts[i]!));
stage('three parses');
// Held in an object so that the end can drop it.
const grouped: { group: VersionGroup | null } = { group: engine.groupVersions(docs, config)[0] ?? null };
stage('grouped');
for (const doc of docs) {
  engine.lint(doc, config, { group: grouped.group });
  stage(`linted ${doc.uri.slice(-5, -3)} with the group`);
}
console.log('');

// What each cache holds: drop it and see what the collector frees.
console.log('| dropped | freed |');
console.log('|---|---|');
if (inTurn) {
  const freed = (label: string, drop: () => void): void => {
    const before = retained().heap;
    drop();
    console.log(`| ${label} | ${mb(before - retained().heap)} |`);
  };
  const pairs = memoKinds().get('align/pairs');
  const pairMemos = docs.flatMap((d) =>
    d.blocks.map((b) => (pairs === undefined ? undefined : recall<Map<string, unknown>>(b.core, pairs))),
  );
  // The alignment's memos are keyed "what|…": dropped by what they hold.
  const what = new Set(pairMemos.flatMap((m) => [...(m?.keys() ?? [])].map((k) => k.split('|')[0]!)));
  for (const prefix of what)
    freed(`align/pairs ${prefix}|…`, () => {
      for (const m of pairMemos) for (const k of [...(m?.keys() ?? [])]) if (k.startsWith(`${prefix}|`)) m!.delete(k);
    });
  for (const [id, kind] of memoKinds())
    freed(`block memo ${id}`, () => {
      for (const d of docs) for (const b of d.blocks) forget(b.core, kind);
    });
  // The alignment's facts by their second part too (views, pairs of versions), as they hold most.
  const family = (k: string): string =>
    k
      .split('/')
      .slice(0, k.startsWith('align/') ? 2 : 1)
      .join('/');
  for (const id of new Set(docs.flatMap((d) => [...d.facts.keys()].map(family))))
    freed(`doc.facts ${id}/…`, () => {
      for (const d of docs) for (const k of [...d.facts.keys()]) if (family(k) === id) d.facts.delete(k);
    });
  freed('the documents and the group', () => {
    docs.length = 0;
    grouped.group = null;
  });
  process.exit(0);
}
const factSizes = new Map<string, number>();
for (const doc of docs) {
  for (const [id, value] of [...doc.facts]) {
    const before = retained().heap;
    doc.facts.delete(id);
    const freed = before - retained().heap;
    factSizes.set(id, (factSizes.get(id) ?? 0) + freed);
    doc.facts.set(id, value);
  }
}
const memoSizes = new Map<string, number>();
for (const [id, kind] of memoKinds()) {
  const kept = docs.flatMap((d) => d.blocks.map((b) => [b, recall(b.core, kind)] as const));
  const before = retained().heap;
  for (const [b] of kept) forget(b.core, kind);
  memoSizes.set(id, before - retained().heap);
  for (const [b, v] of kept) if (v !== undefined) remember(b.core, kind, v);
}
const top = (m: Map<string, number>, label: string): void => {
  for (const [id, bytes] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 15))
    if (bytes > 2 ** 19) console.log(`| ${label} ${id} | ${mb(bytes)} |`);
};
top(factSizes, 'doc.facts');
top(memoSizes, 'block memo');
let before = retained().heap;
for (const doc of docs) doc.facts.clear();
console.log(`| every doc.facts | ${mb(before - retained().heap)} |`);
before = retained().heap;
for (const doc of docs) for (const b of doc.blocks) b.core.memo = NO_MEMO;
console.log(`| every block memo | ${mb(before - retained().heap)} |`);
before = retained().heap;
for (const doc of docs) doc.cache.clear();
console.log(`| the chunk caches (blocks stay in the documents) | ${mb(before - retained().heap)} |`);
before = retained().heap;
docs.length = 0;
grouped.group = null;
console.log(`| the documents | ${mb(before - retained().heap)} |`);
before = retained().heap;
texts.length = 0;
console.log(`| the texts | ${mb(before - retained().heap)} |`);
