// Keystroke latency of this tree beside another commit, measured in one run, keystroke for
// keystroke on the same text, so that a busy machine slows both alike and the ratio stays:
//   npm run bench:compare -- [commit] [--edits N] [--sizes 100000,1000000] [--versions 100000]
//   npm run bench:compare -- [commit] --hover [rounds]   (only the hover row, rounds alternately)
// Beside the single drafts, one case types into the primary of three language versions open
// together (ru, kk, en of --versions characters each; 0 leaves it out).
// The other commit (99504ae by default, before keystrokes published block findings at once) is
// exported with `git archive` into a temporary folder, given this tree's node_modules, and
// bundled there; both language servers then run over stdio. Each keystroke waits for the first
// diagnostics of its version (what the editor shows first); the server then settles (its
// complete analysis runs out) before the next one is typed, so that a keystroke's time is its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SERVER_BUNDLE, TestClient } from '../test/helpers/lsp-client.js';
import { policyOfSize, versionOfSize } from './versions.js';
import { editPlaces, measureHover, published, settle, type HoverMeasure } from './server.js';
import { median, p95 } from './stats.js';

const root = join(import.meta.dirname, '..');
const WARM_UP = 15;

interface Options {
  commit: string;
  edits: number;
  sizes: number[];
  /** The size of each of three language versions open together; 0 for none. */
  versions: number;
  /** Rounds of the hover row (a 10 MB draft opened beside a small policy) instead of keystrokes; 0 for none. */
  hover: number;
}

function options(argv: readonly string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i === -1 ? undefined : argv[i + 1];
  };
  const hover = argv.indexOf('--hover');
  const rounds = hover === -1 ? 0 : /^\d+$/.test(argv[hover + 1] ?? '') ? Number(argv[hover + 1]) : 1;
  const positional = argv.filter(
    (a, i) => !a.startsWith('--') && !(argv[i - 1]?.startsWith('--') && argv[i - 1] !== '--hover'),
  );
  return {
    commit: positional[0] ?? '99504ae',
    edits: Number(value('--edits') ?? 40),
    sizes: (value('--sizes') ?? '100000,1000000').split(',').map(Number),
    versions: Number(value('--versions') ?? 100_000),
    hover: rounds,
  };
}

/** The other commit's tree, bundled: the path of its language server (and the folder to remove after). */
export function buildCommit(commit: string): { server: string; dir: string; label: string } {
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
  /** Every draft open in this server, the typed one first. */
  uris: string[];
  times: number[];
  /** The server process's CPU time over the measured keystrokes, in ms. */
  cpu: number;
}

/** A process's CPU time so far (user and system) in ms, from /proc (Linux); NaN elsewhere. */
function cpuOf(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}
/** USER_HZ: the unit of the CPU times in /proc/<pid>/stat (100 on Linux). */
const CLOCK_TICKS = 100;

/**
 * One server with the drafts open (written to disk too, as an editor opens files that exist): the
 * first is the one typed into, and it has been published once.
 */
async function open(name: string, server: string, { drafts, everyRule }: Case): Promise<Side & { workspace: string }> {
  const workspace = mkdtempSync(join(tmpdir(), 'pplint-compare-ws-'));
  const client = await TestClient.start({
    workspace,
    command: [process.execPath, server, '--stdio'],
    // Every rule on every keystroke (the group rules included), as `npm run bench` times it.
    ...(everyRule ? { initializationOptions: { documentIdle: 0 } } : {}),
  });
  const uris = drafts.map(([file]) => pathToFileURL(join(workspace, file)).toString());
  for (const [file, text] of drafts) writeFileSync(join(workspace, file), text);
  for (const [k, [, text]] of drafts.entries()) await client.open(uris[k]!, text);
  for (const uri of uris) await published(client, uri, 1, 1);
  return { name, client, uri: uris[0]!, uris, times: [], cpu: 0, workspace };
}

interface Case {
  label: string;
  /** File name and text; the first is typed into. */
  drafts: Array<[string, string]>;
  /** Wait for the complete analysis (every rule) of each keystroke, not only its first findings. */
  everyRule: boolean;
}

/**
 * The cases compared: one draft of each size; and three language versions open together, timed to
 * the first findings and to the complete analysis with the language-version rules.
 */
function cases(o: Options): Case[] {
  const size = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000} MB` : `${n / 1000} KB`);
  const out: Case[] = o.sizes.map((n) => ({
    label: size(n),
    drafts: [['privacy.ru.md', policyOfSize(n)]],
    everyRule: false,
  }));
  if (o.versions > 0) {
    const drafts = (['ru', 'kk', 'en'] as const).map((l): [string, string] => [
      `privacy.${l}.md`,
      versionOfSize(l, o.versions),
    ]);
    const label = `${size(o.versions)} ru, its kk and en versions open`;
    out.push({ label: `${label}: first findings`, drafts, everyRule: false });
    out.push({ label: `${label}: every rule at once, version rules included`, drafts, everyRule: true });
  }
  return out;
}

const fmt = (ms: number): string =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;

async function compareKeystrokes(other: { server: string; label: string }, o: Options): Promise<string[]> {
  const rows = [
    `| document | edits | this tree: median / p95 | ${other.label}: median / p95 | ratio of medians (${other.label} ÷ this) | ratio of p95 | server CPU per keystroke: this / ${other.label} (ratio) |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const c of cases(o)) {
    const text = c.drafts[0]![1];
    const sides = [await open('this tree', SERVER_BUNDLE, c), await open(other.label, other.server, c)];
    const places = editPlaces(text, 'typing', o.edits + WARM_UP);
    for (let k = 0; k < places.length; k++) {
      const at = places[k]!;
      // Alternate which server goes first, so that neither always types into a quieter machine.
      for (const side of k % 2 === 0 ? sides : [...sides].reverse()) {
        const start = performance.now();
        const cpu = cpuOf(side.client.pid);
        const version = await side.client.change(side.uri, [{ range: { start: at, end: at }, text: 'x' }]);
        await published(side.client, side.uri, version, c.everyRule ? 2 : 1);
        if (k >= WARM_UP) {
          side.times.push(performance.now() - start);
          side.cpu += cpuOf(side.client.pid) - cpu;
        }
        await settle(side.client, side.uris);
      }
    }
    for (const side of sides) {
      await side.client.stop();
      rmSync(side.workspace, { recursive: true, force: true });
    }
    const mine = sides[0]!;
    const theirs = sides[1]!;
    rows.push(
      `| ${c.label} | ${mine.times.length} | ${fmt(median(mine.times))} / ${fmt(p95(mine.times))} | ${fmt(median(theirs.times))} / ${fmt(p95(theirs.times))} | ${(median(theirs.times) / median(mine.times)).toFixed(2)}× | ${(p95(theirs.times) / p95(mine.times)).toFixed(2)}× | ${fmt(mine.cpu / mine.times.length)} / ${fmt(theirs.cpu / theirs.times.length)} (${(theirs.cpu / mine.cpu).toFixed(2)}×) |`,
    );
  }
  return rows;
}

/**
 * The hover row of both trees, one server after the other (alternating which goes first): hover on
 * a small policy while a 10 MB draft is opened and linted, then a keystroke in the draft.
 */
async function compareHover(other: { server: string; label: string }, rounds: number): Promise<string[]> {
  const mine: HoverMeasure[] = [];
  const theirs: HoverMeasure[] = [];
  const run = async (server: string, into: HoverMeasure[]) =>
    into.push(await measureHover(10_000_000, [process.execPath, server, '--stdio']));
  for (let k = 0; k < rounds; k++) {
    if (k % 2 === 0) {
      await run(SERVER_BUNDLE, mine);
      await run(other.server, theirs);
    } else {
      await run(other.server, theirs);
      await run(SERVER_BUNDLE, mine);
    }
  }
  const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
  const row = (m: HoverMeasure): string =>
    `${fmt(median(m.during))} / ${fmt(p95(m.during))} / ${fmt(Math.max(...m.during))} (${m.during.length}) | ${s(m.firstFindings)} | ${s(m.lint)} | ${fmt(m.quick)} | ${fmt(Math.max(...m.afterEdit))}`;
  return [
    '| round | tree | hover while opening: median / p95 / max (hovers) | open → first findings | open → all findings | keystroke → first findings | hover on the draft after it: max |',
    '|---|---|---|---|---|---|---|',
    ...mine.flatMap((m, k) => [
      `| ${k + 1} | this tree | ${row(m)} |`,
      `| ${k + 1} | ${other.label} | ${row(theirs[k]!)} |`,
    ]),
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const o = options(process.argv.slice(2));
  const other = buildCommit(o.commit);
  try {
    if (o.hover > 0) {
      console.log(`\nHover while a 10 MB draft is opened and linted, this tree beside ${other.label}\n`);
      for (const row of await compareHover(other, o.hover)) console.log(row);
    } else {
      console.log(
        `\nKeystroke latency, this tree beside ${other.label}: didChange → first publishDiagnostics of that version, inside sentences of numbered clauses (after ${WARM_UP} warm-up edits)\n`,
      );
      for (const row of await compareKeystrokes(other, o)) console.log(row);
    }
  } finally {
    rmSync(other.dir, { recursive: true, force: true });
  }
}
