// npm run bench — measured side by side in one run, on policies generated from the examples:
//   parse   remark (remark-parse + remark-gfm + remark-frontmatter) on the whole text, alone;
//   lint    a cold full lint by the engine (chunked parse, facts, every rule);
//   edit    the engine re-linting after a one-character edit, with its caches;
//   lsp     the real server over stdio: keystrokes, typing in bursts, hover while a 10 MB draft is
//           linted, memory with three 1 MB versions open (bench/server.ts);
//   versions  three language versions of 100 KB re-aligned after a keystroke (bench/versions.ts).
// Absolute times vary on shared machines; compare the ratios, which are measured together.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { createEngine } from '../server/src/engine/index.js';
import { policyOfSize, VERSION_HEADER, versionRows } from './versions.js';
import { burstRows, hoverRows, keystrokeRows, memoryRows } from './server.js';
import { median, p95 } from './stats.js';
import { adversarialRows } from './adversarial.js';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const spine = createEngine({
  rules: engine.rules.filter((r) => r.id === 'placeholder' || r.id === 'duplicate-heading'),
});

/** The pattern that makes micromark 4.0.3 quadratic: many short bullet lists. */
function manyShortLists(size: number): string {
  let text = '# Privacy Policy\n\n';
  for (let i = 0; text.length < size; i++) text += `Clause ${i}:\n\n- item a\n- item b\n\n`;
  return text;
}

function time(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times;
}

function fmt(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
}

function engineRows(): string[] {
  const rows: string[] = [];
  const cases: Array<[string, string, number]> = [
    ['10 KB', policyOfSize(10_000), 30],
    ['100 KB', policyOfSize(100_000), 10],
    ['1 MB', policyOfSize(1_000_000), 3],
    ['1 MB of short lists', manyShortLists(1_000_000), 3],
  ];
  for (const [name, text, runs] of cases) {
    const uri = `file:///bench/privacy-${name.replace(/\W+/g, '-')}.md`;
    const parse = median(time(runs, () => remark.parse(text)));
    const lint = median(time(runs, () => engine.lint(engine.parse(uri, text), config)));
    // The spine alone: parsing, the document model and the two rules that need no law or version.
    const spineLint = median(time(runs, () => spine.lint(spine.parse(uri, text), config)));
    // One-character edits in the middle of the text, each linted with the previous parse.
    let previous = engine.parse(uri, text);
    engine.lint(previous, config);
    let current = text;
    const edits = time(Math.max(20, runs * 5), () => {
      const at = Math.floor(current.length / 2) + (previous.reparsedChunks % 7);
      current = `${current.slice(0, at)}x${current.slice(at)}`;
      previous = engine.parse(uri, current, previous);
      engine.lint(previous, config);
    });
    rows.push(
      `| ${name} | ${(text.length / 1000).toFixed(0)} K chars | ${fmt(parse)} | ${fmt(spineLint)} (${(spineLint / parse).toFixed(2)}×) | ${fmt(lint)} (${(lint / parse).toFixed(2)}×) | ${fmt(median(edits))} / ${fmt(p95(edits))} | ${(parse / median(edits)).toFixed(0)}× |`,
    );
  }
  return rows;
}

console.log('Engine, one process, medians (edit: median / p95)\n');
console.log(
  '| document | size | remark parse | cold lint, 2 spine rules (÷ parse) | cold lint, all rules (÷ parse) | re-lint after a keystroke, all rules | parse ÷ re-lint |',
);
console.log('|---|---|---|---|---|---|---|');
for (const row of engineRows()) console.log(row);
console.log('\nLanguage versions: a keystroke in the primary version, three versions re-aligned and re-linted\n');
for (const row of [...VERSION_HEADER, ...versionRows()]) console.log(row);
console.log(
  '\nAdversarial inputs: CPU time of a cold lint by size, linear growth is 8× from 10 k to 80 k (bench/adversarial.ts)\n',
);
for (const row of adversarialRows()) console.log(row);
console.log(
  '\nLanguage server over stdio, didChange → publishDiagnostics, one-character edits, each typed into a settled server (after 15 warm-up edits)\n',
);
for (const row of await keystrokeRows()) console.log(row);
console.log(
  '\nTyping in bursts (8 keystrokes 40 ms apart, then a 300 ms pause in which the document-wide rules run)\n',
);
for (const row of await burstRows()) console.log(row);
console.log('\nHover while a 10 MB draft is linted (hover every 50 ms on a small policy in the same server)\n');
for (const row of await hoverRows()) console.log(row);
console.log('\nMemory of the server process\n');
for (const row of await memoryRows()) console.log(row);
