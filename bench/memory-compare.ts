// The server's memory with three 1 MB language versions open, this tree beside another commit,
// measured in one run so that a busy machine weighs on both alike:
//   npm run bench:memory -- <commit> [--rounds N] [--size N]
// Each round starts this tree's server and the other's, one after the other (alternating which
// goes first), opens the three versions, lints them, types 20 keystrokes (bench/server.ts
// `serverMemory`), and reads the peak resident memory (VmHWM); it also measures each tree's live
// heap in process after a full collection (bench/memory-live.ts). Medians over the rounds, and
// the ratios other ÷ this.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_BUNDLE } from '../test/helpers/lsp-client.js';
import { buildCommit } from './compare.js';
import { serverMemory, type ServerMemory } from './server.js';
import { median, p95 } from './stats.js';

const root = join(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i === -1 ? undefined : argv[i + 1];
};
const commit = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (!commit) throw new Error('usage: bench/memory-compare.ts <commit> [--rounds N] [--size N]');
const rounds = Number(value('--rounds') ?? 2);
const size = Number(value('--size') ?? 1_000_000);

interface Side {
  name: string;
  server: string;
  tree: string;
  runs: ServerMemory[];
  heaps: number[];
  lints: number[];
}

/** The live heap (MB) of a tree's engine with the three versions linted, in a process of its own, and that cold lint's time (ms). */
function liveHeap(tree: string): { heap: number; lintMs: number } {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(root, 'bench', 'memory-live.ts'), tree, String(size)],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const live = JSON.parse(out.trim().split('\n').pop()!) as { heap: number; lintMs: number };
  return { heap: live.heap / 2 ** 20, lintMs: live.lintMs };
}

const other = buildCommit(commit);
try {
  const sides: Side[] = [
    { name: 'this tree', server: SERVER_BUNDLE, tree: root, runs: [], heaps: [], lints: [] },
    { name: other.label, server: other.server, tree: other.dir, runs: [], heaps: [], lints: [] },
  ];
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
      const measured = await serverMemory(size, [process.execPath, side.server, '--stdio']);
      if (!measured) throw new Error('peak memory is read from /proc: not available on this system');
      side.runs.push(measured);
      const live = liveHeap(side.tree);
      side.heaps.push(live.heap);
      side.lints.push(live.lintMs);
      process.stderr.write(`round ${round + 1}/${rounds}: ${side.name} done\n`);
    }
  }
  const [mine, theirs] = sides as [Side, Side];
  const mb = (n: number): string => `${n.toFixed(0)} MB`;
  const ms = (n: number): string => `${n.toFixed(0)} ms`;
  const row = (label: string, pick: (s: Side) => number[], unit: (n: number) => string, stat = median): string => {
    const a = stat(pick(mine));
    const b = stat(pick(theirs));
    return `| ${label} | ${unit(a)} | ${unit(b)} | ${(b / a).toFixed(2)}× |`;
  };
  console.log(
    `\nMemory with three ${size / 1e6} MB versions (ru, kk, en) open, this tree beside ${other.label}, medians of ${rounds} rounds\n`,
  );
  console.log(`| measure | this tree | ${other.label} | ratio (${other.label} ÷ this) |`);
  console.log('|---|---|---|---|');
  console.log(row('live heap after linting all three (in process, after a full GC)', (s) => s.heaps, mb));
  console.log(row('server peak RSS, opened and linted', (s) => s.runs.map((r) => r.opened.peak), mb));
  console.log(row('server peak RSS, then 20 keystrokes', (s) => s.runs.map((r) => r.edited.peak), mb));
  console.log(row('server RSS at the end', (s) => s.runs.map((r) => r.edited.now), mb));
  console.log(row('cold parse, grouping and lint of all three (in process)', (s) => s.lints, ms));
  console.log(row('keystroke → first findings, median', (s) => s.runs.flatMap((r) => r.keystrokes), ms));
  console.log(row('keystroke → first findings, p95', (s) => s.runs.flatMap((r) => r.keystrokes), ms, p95));
} finally {
  rmSync(other.dir, { recursive: true, force: true });
}
