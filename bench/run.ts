// npm run bench — measured side by side in one run, on policies generated from the examples:
//   parse   remark (remark-parse + remark-gfm + remark-frontmatter) on the whole text, alone;
//   lint    a cold full lint by the engine (chunked parse, facts, every rule);
//   edit    the engine re-linting after a one-character edit, with its caches;
//   lsp     the real server over stdio: didChange → publishDiagnostics for a one-character edit;
//   versions  three language versions of 100 KB re-aligned after a keystroke (bench/versions.ts).
// Absolute times vary on shared machines; compare the ratios, which are measured together.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { createEngine } from '../server/src/engine/index.js';
import { TestClient } from '../test/helpers/lsp-client.js';
import { VERSION_HEADER, versionOfSize, versionRows } from './versions.js';
import { tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { median, p95 } from './stats.js';
import { adversarialRows } from './adversarial.js';

const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
const engine = createEngine();
const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
const spine = createEngine({ rules: engine.rules.filter((r) => r.id === 'placeholder' || r.id === 'duplicate-heading') });

/**
 * A Russian policy of about `size` characters: the example's sections repeated and numbered on,
 * every paragraph and table row made unique, so that no chunk parse can be shared between
 * repetitions (a real draft does not repeat itself).
 */
function policyOfSize(size: number): string {
  let n = 0;
  return versionOfSize('ru', size)
    .split('\n')
    .map((line) => {
      if (/^(?:---|#|\|[-\s|]*$|\s*$)/.test(line) || /^[a-z-]+:/.test(line)) return line;
      n++;
      return line.startsWith('|') ? line.replace(/\s*\|\s*$/, ` ${n} |`) : `${line} ${n}`;
    })
    .join('\n');
}

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
    rows.push(`| ${name} | ${(text.length / 1000).toFixed(0)} K chars | ${fmt(parse)} | ${fmt(spineLint)} (${(spineLint / parse).toFixed(2)}×) | ${fmt(lint)} (${(lint / parse).toFixed(2)}×) | ${fmt(median(edits))} / ${fmt(p95(edits))} | ${(parse / median(edits)).toFixed(0)}× |`);
  }
  return rows;
}

/**
 * didChange → publishDiagnostics through the real server. `typing`: a character typed inside a
 * sentence (what a lawyer mostly does); `lineStarts`: a character at the start of a line, which
 * may turn a heading or a list item into a paragraph and so change the document's structure.
 */
async function lspLatency(size: number, edits: number, where: 'typing' | 'lineStarts'): Promise<{ median: number; p95: number }> {
  const workspace = mkdtempSync(join(tmpdir(), 'pplint-bench-'));
  const client = await TestClient.start({ workspace });
  const uri = pathToFileURL(join(workspace, 'privacy.ru.md')).toString();
  const text = policyOfSize(size);
  await client.open(uri, text);
  await client.waitForDiagnostics(uri, (_d, p) => p.version === 1, 60_000);
  const lines = text.split('\n');
  const prose = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\d+\.\d+\. \p{L}.{40,}/u.test(l)).map(([, i]) => i);
  const latencies: number[] = [];
  // The first edits run before the JIT has compiled the hot paths: warm up, then measure.
  const warmUp = 15;
  for (let i = -warmUp; i < edits; i++) {
    const k = i + warmUp;
    const line = where === 'typing' ? prose[(k * 37) % prose.length]! : Math.floor(lines.length / 3) + ((k * 37) % Math.floor(lines.length / 2));
    const character = where === 'typing' ? 20 + (k % 15) : 0;
    const start = performance.now();
    const version = await client.change(uri, [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]);
    await client.waitForDiagnostics(uri, (_d, p) => p.version === version, 60_000);
    if (i >= 0) latencies.push(performance.now() - start);
  }
  await client.stop();
  rmSync(workspace, { recursive: true, force: true });
  return { median: median(latencies), p95: p95(latencies) };
}

console.log('Engine, one process, medians (edit: median / p95)\n');
console.log('| document | size | remark parse | cold lint, 2 spine rules (÷ parse) | cold lint, all rules (÷ parse) | re-lint after a keystroke, all rules | parse ÷ re-lint |');
console.log('|---|---|---|---|---|---|---|');
for (const row of engineRows()) console.log(row);
console.log('\nLanguage versions: a keystroke in the primary version, three versions re-aligned and re-linted\n');
for (const row of [...VERSION_HEADER, ...versionRows()]) console.log(row);
console.log('\nAdversarial inputs: cold lint by size, linear growth is 8× from 10 k to 80 k (bench/adversarial.ts)\n');
for (const row of adversarialRows()) console.log(row);
console.log('\nLanguage server over stdio, didChange → publishDiagnostics, one-character edits (after 15 warm-up edits)\n');
console.log('| document | edits | where | median | p95 |');
console.log('|---|---|---|---|---|');
for (const [name, size, edits] of [['100 KB', 100_000, 60], ['1 MB', 1_000_000, 20]] as const) {
  for (const where of ['typing', 'lineStarts'] as const) {
    const r = await lspLatency(size, edits, where);
    console.log(`| ${name} | ${edits} | ${where === 'typing' ? 'inside a sentence' : 'at line starts (structure may change)'} | ${fmt(r.median)} | ${fmt(r.p95)} |`);
  }
}
