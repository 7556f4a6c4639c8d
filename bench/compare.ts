// Keystroke latency of this tree beside another commit, measured in one run, keystroke for
// keystroke on the same text, so that a busy machine slows both alike and the ratio stays:
//   npm run bench:compare -- [commit] [--edits N] [--sizes 100000,1000000]
// The other commit (99504ae by default, before keystrokes published block findings at once) is
// exported with `git archive` into a temporary folder, given this tree's node_modules, and
// bundled there; both language servers then run over stdio. Each keystroke waits for the first
// diagnostics of its version (what the editor shows first), then the next one is typed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE, TestClient } from '../test/helpers/lsp-client.js';
import { policyOfSize } from './versions.js';
import { editPlaces, published } from './server.js';
import { median, p95 } from './stats.js';

const root = join(import.meta.dirname, '..');
const WARM_UP = 15;

interface Options {
  commit: string;
  edits: number;
  sizes: number[];
}

function options(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const positional = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  return {
    commit: positional[0] ?? '99504ae',
    edits: Number(value('--edits') ?? 40),
    sizes: (value('--sizes') ?? '100000,1000000').split(',').map(Number),
  };
}

/** The other commit's tree, bundled: the path of its language server. */
function buildCommit(commit: string): { server: string; dir: string; label: string } {
  const label = execFileSync('git', ['rev-parse', '--short', commit], { cwd: root, encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), `pplint-compare-${label}-`));
  execFileSync('sh', ['-c', `git archive --format=tar ${label} | tar -x -C "${dir}"`], { cwd: root, stdio: 'inherit' });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  execFileSync(process.execPath, ['esbuild.mjs'], { cwd: dir, stdio: 'inherit' });
  return { server: join(dir, 'dist', 'server.js'), dir, label };
}

interface Side {
  name: string;
  client: TestClient;
  uri: string;
  times: number[];
}

async function open(name: string, server: string, text: string): Promise<Side & { workspace: string }> {
  const workspace = mkdtempSync(join(tmpdir(), 'pplint-compare-ws-'));
  const client = await TestClient.start({ workspace, command: [process.execPath, server, '--stdio'] });
  const uri = pathToFileURL(join(workspace, 'privacy.ru.md')).toString();
  await client.open(uri, text);
  await published(client, uri, 1, 1);
  return { name, client, uri, times: [], workspace };
}

const fmt = (ms: number): string =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;

async function compareKeystrokes(other: { server: string; label: string }, o: Options): Promise<string[]> {
  const rows = [
    `| document | edits | this tree: median / p95 | ${other.label}: median / p95 | ratio of medians (${other.label} ÷ this) | ratio of p95 |`,
    '|---|---|---|---|---|---|',
  ];
  for (const size of o.sizes) {
    const text = policyOfSize(size);
    const sides = [await open('this tree', SERVER_BUNDLE, text), await open(other.label, other.server, text)];
    const places = editPlaces(text, 'typing', o.edits + WARM_UP);
    for (let k = 0; k < places.length; k++) {
      const at = places[k]!;
      // Alternate which server goes first, so that neither always types into a quieter machine.
      for (const side of k % 2 === 0 ? sides : [...sides].reverse()) {
        const start = performance.now();
        const version = await side.client.change(side.uri, [{ range: { start: at, end: at }, text: 'x' }]);
        await published(side.client, side.uri, version, 1);
        if (k >= WARM_UP) side.times.push(performance.now() - start);
      }
    }
    for (const side of sides) {
      await side.client.stop();
      rmSync(side.workspace, { recursive: true, force: true });
    }
    const mine = sides[0]!;
    const theirs = sides[1]!;
    const label = size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`;
    rows.push(
      `| ${label} | ${mine.times.length} | ${fmt(median(mine.times))} / ${fmt(p95(mine.times))} | ${fmt(median(theirs.times))} / ${fmt(p95(theirs.times))} | ${(median(theirs.times) / median(mine.times)).toFixed(1)}× | ${(p95(theirs.times) / p95(mine.times)).toFixed(1)}× |`,
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = options(process.argv.slice(2));
  const other = buildCommit(o.commit);
  try {
    console.log(
      `\nKeystroke latency, this tree beside ${other.label}: didChange → first publishDiagnostics of that version, inside sentences of numbered clauses (after ${WARM_UP} warm-up edits)\n`,
    );
    for (const row of await compareKeystrokes(other, o)) console.log(row);
  } finally {
    rmSync(other.dir, { recursive: true, force: true });
  }
}
