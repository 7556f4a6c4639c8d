// A keystroke's quick path in one process, without stdio: the editor's text updated, the server's
// quick analysis (incremental parse, block rules on the blocks made anew, the rest carried over)
// and its diagnostics made, as the language server does before it publishes. What this leaves out
// of bench/server.ts is the JSON-RPC transport, so a CPU profile of it shows the server's own work.
//   node --import tsx bench/quick-keystroke.ts [size] [edits] [profile]
//     profile: a file for the CPU profile of the measured keystrokes (not of opening the document)
//   node --import tsx bench/quick-keystroke.ts [size] [edits] --against <folder>
//     the same keystrokes typed alternately into this tree and another checkout of pplint (its
//     server/src is imported as it is: run `node scripts/build-data.mjs` there first), in one process
// Run it with the server's V8 flag (node --heap-growing-percent=10) to collect garbage as the server does.
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { policyOfSize } from './versions.js';
import { editPlaces } from './server.js';
import { median, p95 } from './stats.js';

const WARM_UP = 15;
const PARTS = ['text update', 'quick analysis', 'diagnostics'] as const;

interface Side {
  /** Types one character at the place; the time of each part, in ms. */
  type(at: { line: number; character: number }): Promise<number[]>;
  text(): string;
}

/** A document of `size` characters opened in the server's analyses of the tree at `root`, analysed once. */
async function open(root: string, size: number): Promise<Side> {
  const src = pathToFileURL(join(root, 'server', 'src')).href;
  const { createEngine } = (await import(`${src}/engine/index.ts`)) as typeof import('../server/src/engine/index.js');
  const { Analyses } = (await import(`${src}/lsp/analysis.ts`)) as typeof import('../server/src/lsp/analysis.js');
  const { DiagnosticsPublisher } = (await import(
    `${src}/lsp/diagnostics.ts`
  )) as typeof import('../server/src/lsp/diagnostics.js');
  const { CancellationSource } = (await import(`${src}/lsp/slices.ts`)) as typeof import('../server/src/lsp/slices.js');
  type Settings = import('../server/src/lsp/settings.js').Settings;
  type DocumentSettings = import('../server/src/lsp/settings.js').DocumentSettings;

  const engine = createEngine();
  const uri = 'file:///bench/privacy.ru.md';
  let document = TextDocument.create(uri, 'markdown', 1, policyOfSize(size));
  const documents = {
    get: (u: string) => (u === uri ? document : undefined),
  } as unknown as TextDocuments<TextDocument>;
  const settings: DocumentSettings = {
    enable: true,
    lintDelay: 0,
    config: engine.resolveConfig([{ jurisdictions: ['kz'] }]),
    relativePath: 'privacy.ru.md',
    configFile: undefined,
  };
  const fakeSettings = { get: () => Promise.resolve(settings), forget: () => undefined } as unknown as Settings;
  const analyses = new Analyses(engine, fakeSettings, documents);
  let sent = 0;
  const connection = { sendDiagnostics: () => sent++ } as unknown as Connection;
  const publisher = new DiagnosticsPublisher(connection, documents, root);
  const token = new CancellationSource();
  // Opened: both analyses, as the server runs them.
  publisher.publish((await analyses.quick(document, token))!);
  publisher.publish((await analyses.complete(document, token))!);
  return {
    text: () => document.getText(),
    async type(at) {
      const start = performance.now();
      document = TextDocument.update(document, [{ range: { start: at, end: at }, text: 'x' }], document.version + 1);
      const updated = performance.now();
      const analysis = (await analyses.quick(document, token))!;
      const analysed = performance.now();
      const before = sent;
      publisher.publish(analysis);
      const end = performance.now();
      if (sent === before) throw new Error('nothing published');
      return [updated - start, analysed - updated, end - analysed];
    },
  };
}

interface Times {
  total: number[];
  parts: number[][];
}

/** Keystrokes typed alternately into each side (the first ones warm up), with a CPU profile of the measured ones. */
async function typeInto(sides: Side[], edits: number, profile?: string): Promise<Times[]> {
  const times = sides.map(() => ({ total: [] as number[], parts: PARTS.map(() => [] as number[]) }));
  const places = editPlaces(sides[0]!.text(), 'typing', edits + WARM_UP);
  const session = profile ? new Session() : null;
  for (let k = 0; k < places.length; k++) {
    if (session && k === WARM_UP) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 250 });
      await session.post('Profiler.start');
    }
    // Alternate which side goes first, so that neither always types into a quieter machine.
    const order = k % 2 === 0 ? sides.map((_, i) => i) : sides.map((_, i) => sides.length - 1 - i);
    for (const i of order) {
      const parts = await sides[i]!.type(places[k]!);
      if (k < WARM_UP) continue;
      times[i]!.total.push(parts.reduce((a, b) => a + b, 0));
      parts.forEach((ms, p) => times[i]!.parts[p]!.push(ms));
    }
  }
  if (session) {
    const { profile: data } = await session.post('Profiler.stop');
    writeFileSync(profile!, JSON.stringify(data));
    session.disconnect();
  }
  return times;
}

const fmt = (ms: number): string => (ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
const summary = (t: number[]): string => `${fmt(median(t))} / ${fmt(p95(t))}`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const against = args.includes('--against') ? resolve(args[args.indexOf('--against') + 1]!) : undefined;
  const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--against');
  const size = Number(positional[0] ?? 100_000);
  const edits = Number(positional[1] ?? 60);
  const roots = [join(import.meta.dirname, '..'), ...(against ? [against] : [])];
  const sides: Side[] = [];
  for (const root of roots) sides.push(await open(root, size));
  const times = await typeInto(sides, edits, positional[2]);
  console.log(`${size} characters, ${edits} keystrokes, median / p95:`);
  console.log(`| part | ${roots.map((r, i) => (i === 0 ? 'this tree' : r)).join(' | ')} |`);
  console.log(`|---|${roots.map(() => '---|').join('')}`);
  console.log(`| keystroke | ${times.map((t) => summary(t.total)).join(' | ')} |`);
  PARTS.forEach((name, p) => console.log(`| ${name} | ${times.map((t) => summary(t.parts[p]!)).join(' | ')} |`));
  if (against)
    console.log(
      `ratio (other ÷ this): median ${(median(times[1]!.total) / median(times[0]!.total)).toFixed(2)}×, p95 ${(p95(times[1]!.total) / p95(times[0]!.total)).toFixed(2)}×`,
    );
}
