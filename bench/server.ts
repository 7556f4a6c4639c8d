// The language server over stdio, driven as an editor drives it (bench/run.ts prints these rows):
//   keystrokes  one-character edits, each typed into a settled server and timed to its first
//               diagnostics: the block rules' findings (what the server publishes at once) beside
//               every rule's findings (a second server told to run the document-wide rules at
//               once, which is what every keystroke cost before), measured alternately on the
//               same text;
//   bursts      typing in bursts with pauses, so that keystrokes land while the document-wide
//               rules run: how long until the editor shows findings for that text or a newer one;
//   hover       hover requests on a small policy while a 10 MB draft is linted, and on the draft
//               itself after a keystroke;
//   memory      the server's peak resident memory with three 1 MB language versions open and
//               edited (Linux: VmHWM in /proc).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { HoverRequest, type Position } from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE, TestClient } from '../test/helpers/lsp-client.js';
import { policyOfSize, versionOfSize } from './versions.js';
import { median, p95 } from './stats.js';

const fmt = (ms: number): string =>
  ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const DOCUMENT_INFO = 'pplint/documentInfo';

interface Session {
  client: TestClient;
  workspace: string;
  uri: string;
}

async function session(
  text: string,
  initializationOptions?: Record<string, unknown>,
  command?: string[],
): Promise<Session> {
  const workspace = mkdtempSync(join(tmpdir(), 'pplint-bench-'));
  const client = await TestClient.start({
    workspace,
    ...(initializationOptions ? { initializationOptions } : {}),
    ...(command ? { command } : {}),
  });
  const uri = pathToFileURL(join(workspace, 'privacy.ru.md')).toString();
  await client.open(uri, text);
  await client.connection.sendRequest(DOCUMENT_INFO, { uri });
  return { client, workspace, uri };
}

async function end(s: Session): Promise<void> {
  await s.client.stop();
  rmSync(s.workspace, { recursive: true, force: true });
}

/** Resolves when the server has published `count` times for this version of the document. */
export function published(client: TestClient, uri: string, version: number, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => client.published.filter((p) => p.uri === uri && p.version === version).length >= count;
    if (check()) return resolve();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      }
    }, 0.5);
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no publication ${count} of version ${version}`));
    }, 120_000);
  });
}

/**
 * Waits until the server has finished the complete analysis of each of these documents. A keystroke
 * is timed from a settled server: were the next one typed while the previous one's complete
 * analysis (due after the idle pause) still ran, it would wait for that analysis's running step,
 * and with two servers typed into in turn the idle pause always lapses during the other's turn.
 * Typing without pauses is what `burstRows` times.
 */
export async function settle(client: TestClient, uris: readonly string[]): Promise<void> {
  for (const uri of uris) await client.connection.sendRequest(DOCUMENT_INFO, { uri }).catch(() => undefined);
}

/** Lines to type into: inside a sentence of a numbered clause, or at the start of a line (which may change the structure). */
export function editPlaces(text: string, where: 'typing' | 'lineStarts', count: number): Position[] {
  const lines = text.split('\n');
  const prose = lines
    .map((l, i) => [l, i] as const)
    .filter(([l]) => /^\d+\.\d+\. \p{L}.{40,}/u.test(l))
    .map(([, i]) => i);
  return Array.from({ length: count }, (_, k) =>
    where === 'typing'
      ? { line: prose[(k * 37) % prose.length]!, character: 20 + (k % 15) }
      : { line: Math.floor(lines.length / 3) + ((k * 37) % Math.floor(lines.length / 2)), character: 0 },
  );
}

/** Issue 13's goals: the p95 of a keystroke's block findings, by document size. */
export const KEYSTROKE_GOAL_MS: Record<number, number> = { 100_000: 30, 1_000_000: 150 };
/** Issue 13's goal for the server's peak resident memory with three 1 MB versions open. */
export const MEMORY_GOAL_MB = 150;

function goal(value: number, limit: number | undefined, unit = 'ms'): string {
  if (limit === undefined) return '—';
  return `≤ ${limit} ${unit}: ${value <= limit ? 'met' : 'not met'}`;
}

/** Keystrokes one after another: block findings (the product) beside all findings at once (as before). */
export async function keystrokeRows(): Promise<string[]> {
  const rows = [
    '| document | edits | where | block findings, then the rest after a pause: median / p95 | goal for that p95 | every rule at once (as before): median / p95 | ratio of medians |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [name, size, edits] of [
    ['100 KB', 100_000, 60],
    ['1 MB', 1_000_000, 40],
  ] as const) {
    const text = policyOfSize(size);
    for (const where of ['typing', 'lineStarts'] as const) {
      const quick = await session(text);
      const everything = await session(text, { documentIdle: 0 });
      const places = editPlaces(text, where, edits + 15);
      const times = { quick: [] as number[], everything: [] as number[] };
      for (let k = 0; k < places.length; k++) {
        const at = places[k]!;
        const change = [{ range: { start: at, end: at }, text: 'x' }];
        let start = performance.now();
        let version = await quick.client.change(quick.uri, change);
        await published(quick.client, quick.uri, version, 1);
        // The first edits run before the JIT has compiled the hot paths: warm up, then measure.
        if (k >= 15) times.quick.push(performance.now() - start);
        await settle(quick.client, [quick.uri]);
        start = performance.now();
        version = await everything.client.change(everything.uri, change);
        await published(everything.client, everything.uri, version, 2);
        if (k >= 15) times.everything.push(performance.now() - start);
      }
      await end(quick);
      await end(everything);
      const label = where === 'typing' ? 'inside a sentence' : 'at line starts (structure may change)';
      rows.push(
        `| ${name} | ${edits} | ${label} | ${fmt(median(times.quick))} / ${fmt(p95(times.quick))} | ${goal(p95(times.quick), KEYSTROKE_GOAL_MS[size])} | ${fmt(median(times.everything))} / ${fmt(p95(times.everything))} | ${(median(times.everything) / median(times.quick)).toFixed(1)}× |`,
      );
    }
  }
  return rows;
}

/**
 * Typing in bursts of eight keystrokes 40 ms apart, with a 300 ms pause after each burst, in
 * which the document-wide rules run: keystrokes then land while they run. Each keystroke's time is
 * until the editor has findings for its text or a newer one.
 */
export async function burstRows(): Promise<string[]> {
  const rows = [
    '| document | edits | keystroke → findings for its text or newer: median / p95 | complete analyses published |',
    '|---|---|---|---|',
  ];
  for (const [name, size, bursts] of [
    ['100 KB', 100_000, 12],
    ['1 MB', 1_000_000, 8],
  ] as const) {
    const text = policyOfSize(size);
    const s = await session(text);
    const places = editPlaces(text, 'typing', bursts * 8);
    // When each publication arrived, by polling what the client has received (one listener).
    const arrivals: Array<{ version: number; at: number }> = [];
    const poll = setInterval(() => {
      const all = s.client.published.filter((p) => p.uri === s.uri);
      for (let i = arrivals.length; i < all.length; i++)
        arrivals.push({ version: all[i]!.version ?? 0, at: performance.now() });
    }, 1);
    const sent: Array<{ version: number; at: number }> = [];
    for (let k = 0; k < places.length; k++) {
      const at = places[k]!;
      const start = performance.now();
      sent.push({ version: await s.client.change(s.uri, [{ range: { start: at, end: at }, text: 'x' }]), at: start });
      await pause(k % 8 === 7 ? 300 : 40);
    }
    await s.client.connection.sendRequest(DOCUMENT_INFO, { uri: s.uri });
    clearInterval(poll);
    const waits = sent.map(({ version, at }) => arrivals.find((a) => a.version >= version && a.at >= at)!.at - at);
    const times = waits.slice(8);
    const versions = s.client.published.filter((p) => p.uri === s.uri).map((p) => p.version);
    const complete = versions.filter((v, i) => versions.indexOf(v) !== i).length;
    await end(s);
    rows.push(`| ${name} | ${times.length} | ${fmt(median(times))} / ${fmt(p95(times))} | ${complete} |`);
  }
  return rows;
}

/** What the hover row measures on one server. */
export interface HoverMeasure {
  /** Each hover's wait on the small policy, while the draft was opened and linted. */
  during: number[];
  /** From opening the draft to its first findings, and to all of them. */
  firstFindings: number;
  lint: number;
  /** Each hover's wait on the draft itself after a keystroke. */
  afterEdit: number[];
  /** From the keystroke to its first findings. */
  quick: number;
}

/**
 * Hover on a small policy, every 50 ms, while a draft of `size` characters is opened and linted in
 * the same server (started with `command`, this tree's by default); then on the draft after a
 * keystroke.
 */
export async function measureHover(size = 10_000_000, command?: string[]): Promise<HoverMeasure> {
  const example = readFileSync(join(import.meta.dirname, '..', 'examples', 'privacy.ru.md'), 'utf8');
  const small = await session(example, undefined, command);
  // On the example's first section heading.
  const at = {
    line: Math.max(
      0,
      example.split('\n').findIndex((l) => l.startsWith('## ')),
    ),
    character: 4,
  };
  const big = pathToFileURL(join(small.workspace, 'draft-policy.ru.md')).toString();
  const text = policyOfSize(size);
  const hover = async (uri: string, position: Position): Promise<number> => {
    const start = performance.now();
    await small.client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return performance.now() - start;
  };
  const opened = performance.now();
  await small.client.open(big, text);
  let firstFindings = NaN;
  void published(small.client, big, 1, 1).then(() => (firstFindings = performance.now() - opened));
  let done = false;
  const settled = small.client.connection.sendRequest(DOCUMENT_INFO, { uri: big }).then(() => (done = true));
  const during: number[] = [];
  while (!done) {
    during.push(await hover(small.uri, at));
    await pause(50);
  }
  await settled;
  const lint = performance.now() - opened;
  // A keystroke near the top of the draft, then hover far below it: answered from the analysis of the previous version.
  const lines = text.split('\n');
  const target = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('## '));
  const keystroke = performance.now();
  const version = await small.client.change(big, [
    { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 0 } }, text: 'x' },
  ]);
  const afterEdit: number[] = [];
  for (let i = 0; i < 10; i++) afterEdit.push(await hover(big, { line: target, character: 4 }));
  await published(small.client, big, version, 1);
  const quick = performance.now() - keystroke;
  await end(small);
  return { during, firstFindings, lint, afterEdit, quick };
}

/** Hover on a small policy, every 50 ms, while a 10 MB draft is linted; then on the draft after a keystroke. */
export async function hoverRows(size = 10_000_000): Promise<string[]> {
  const { during, firstFindings, lint, afterEdit, quick } = await measureHover(size);
  return [
    '| while | hovers | hover latency: median / p95 / max |',
    '|---|---|---|',
    `| a ${(size / 1e6).toFixed(0)} MB draft is opened and linted (first findings after ${(firstFindings / 1000).toFixed(1)} s, all after ${(lint / 1000).toFixed(1)} s) | ${during.length} | ${fmt(median(during))} / ${fmt(p95(during))} / ${fmt(Math.max(...during))} |`,
    `| the draft is re-linted after a keystroke (hover on the draft itself; block findings out after ${fmt(quick)}) | ${afterEdit.length} | ${fmt(median(afterEdit))} / ${fmt(p95(afterEdit))} / ${fmt(Math.max(...afterEdit))} |`,
  ];
}

function memoryOf(pid: number | undefined): { peak: number; now: number } | null {
  const file = `/proc/${pid}/status`;
  if (pid === undefined || !existsSync(file)) return null;
  const field = (name: string) =>
    Number(
      /(\d+) kB/.exec(
        readFileSync(file, 'utf8')
          .split('\n')
          .find((l) => l.startsWith(name)) ?? '',
      )?.[1] ?? NaN,
    ) / 1024;
  return { peak: field('VmHWM'), now: field('VmRSS') };
}

/** What `serverMemory` measures: peak and current RSS in MB, and each keystroke's wait in ms. */
export interface ServerMemory {
  opened: { peak: number; now: number };
  edited: { peak: number; now: number };
  /** didChange → the first publication of that version, for each keystroke in the primary. */
  keystrokes: number[];
}

/**
 * The server (started with `command`, this tree's by default) with three language versions of
 * `size` characters open (files on disk, as a lawyer has them), all linted; then 20 keystrokes in
 * the Russian one, every fifth followed by a complete analysis of all three. Null where /proc is
 * missing.
 */
export async function serverMemory(size = 1_000_000, command?: string[]): Promise<ServerMemory | null> {
  const workspace = mkdtempSync(join(tmpdir(), 'pplint-bench-'));
  const client = await TestClient.start({ workspace, ...(command ? { command } : {}) });
  const uris = (['ru', 'kk', 'en'] as const).map((lang) => {
    const path = join(workspace, `privacy.${lang}.md`);
    writeFileSync(path, versionOfSize(lang, size));
    return pathToFileURL(path).toString();
  });
  for (const uri of uris) await client.open(uri, readFileSync(new URL(uri), 'utf8'));
  for (const uri of uris) await client.connection.sendRequest(DOCUMENT_INFO, { uri });
  const opened = memoryOf(client.pid);
  const places = editPlaces(readFileSync(new URL(uris[0]!), 'utf8'), 'typing', 20);
  const keystrokes: number[] = [];
  for (let k = 0; k < places.length; k++) {
    const start = performance.now();
    const version = await client.change(uris[0]!, [{ range: { start: places[k]!, end: places[k]! }, text: 'x' }]);
    await published(client, uris[0]!, version, 1);
    keystrokes.push(performance.now() - start);
    if (k % 5 === 4) for (const uri of uris) await client.connection.sendRequest(DOCUMENT_INFO, { uri });
  }
  const edited = memoryOf(client.pid);
  await client.stop();
  rmSync(workspace, { recursive: true, force: true });
  return opened && edited ? { opened, edited, keystrokes } : null;
}

/**
 * Peak resident memory of the server with three 1 MB language versions open (files on disk, as a
 * lawyer has them); `nodeFlags` start the server with V8 options (bench/memory-flags.ts).
 */
export async function memoryRows(size = 1_000_000, nodeFlags: string[] = []): Promise<string[]> {
  const command = nodeFlags.length > 0 ? [process.execPath, ...nodeFlags, SERVER_BUNDLE, '--stdio'] : undefined;
  const measured = await serverMemory(size, command);
  if (!measured) return ['(peak memory is read from /proc: not available on this system)'];
  const { opened, edited } = measured;
  return [
    `| three 1 MB versions (ru, kk, en) | peak RSS | goal for the peak | RSS now |`,
    '|---|---|---|---|',
    `| opened and linted | ${opened.peak.toFixed(0)} MB | ${goal(opened.peak, MEMORY_GOAL_MB, 'MB')} | ${opened.now.toFixed(0)} MB |`,
    `| then 20 keystrokes in one, each pause re-linting all three | ${edited.peak.toFixed(0)} MB | ${goal(edited.peak, MEMORY_GOAL_MB, 'MB')} | ${edited.now.toFixed(0)} MB |`,
  ];
}

// Alone: `node --import tsx bench/server.ts [keystrokes|bursts|hover|memory]…` (all by default).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const wanted = process.argv.slice(2);
  const tables: Array<[string, () => Promise<string[]>]> = [
    ['keystrokes', keystrokeRows],
    ['bursts', burstRows],
    ['hover', () => hoverRows()],
    ['memory', () => memoryRows()],
  ];
  for (const [name, rows] of tables) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`\n${name}\n`);
    for (const row of await rows()) console.log(row);
  }
}
