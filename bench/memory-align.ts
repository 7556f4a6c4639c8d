// What the alignment of three 1 MB language versions holds, stage by stage: the versions' views
// (sections with their signatures), their segments, the section pairings with their score tables,
// and the segment and clause pairings the rules ask for. Each row is the live heap it adds.
// Run: node --expose-gc --import tsx bench/memory-align.ts [size]
import { createEngine } from '../server/src/engine/index.js';
import { alignVersions } from '../server/src/engine/align/alignment.js';
import { versionView } from '../server/src/engine/align/view.js';
import { blockFacts } from '../server/src/engine/extract/anchors.js';
import { prepare } from '../server/src/engine/extract/prepare.js';
import { versionOfSize } from './versions.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const size = Number(process.argv[2] ?? 1_000_000);
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
let last = heap();
const stage = (name: string): void => {
  const now = heap();
  console.log(`| ${name} | ${mb(now)} | ${mb(now - last)} |`);
  last = now;
};

console.log('| stage | heap | added |');
console.log('|---|---|---|');
const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const docs = (['ru', 'kk', 'en'] as const).map((l) =>
  engine.parse(`file:///bench/privacy.${l}.md`, versionOfSize(l, size)),
);
const group = engine.groupVersions(docs, config)[0]!;
stage('parsed and grouped');
for (const doc of docs) prepare(doc, config);
stage('classified');
for (const doc of docs) for (const block of doc.blocks) blockFacts(block);
stage('anchors of every block');
const views = group.members.map(versionView);
stage('views');
for (const v of views) for (const u of v.sections) void u.segments.length;
stage('segments');
const [primary, ...others] = group.members;
const alignments = others.map((m) => alignVersions(primary!, m));
stage('section and segment alignments');
for (const a of alignments) void a.segments.length;
stage('segment pairings');
for (const a of alignments) void a.clauses.length;
stage('clause pairings');
for (const doc of docs) engine.lint(doc, config, { group });
stage('linted all three');
console.log(views.length + alignments.length);
