// A keystroke's quick path in one process, without stdio: the editor's text updated, the server's
// quick analysis (incremental parse, block rules on the blocks made anew, the rest carried over)
// and its diagnostics made, as the language server does before it publishes. What this leaves out
// of bench/server.ts is the JSON-RPC transport, so a CPU profile of it shows the server's own work:
//   node --import tsx bench/quick-keystroke.ts [size] [edits]
//   node --import tsx bench/quick-keystroke.ts 1000000 40 /tmp/keys.cpuprofile  (the measured keystrokes' CPU profile)
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createEngine } from '../server/src/engine/index.js';
import { Analyses } from '../server/src/lsp/analysis.js';
import { DiagnosticsPublisher } from '../server/src/lsp/diagnostics.js';
import { CancellationSource } from '../server/src/lsp/slices.js';
import type { DocumentSettings, Settings } from '../server/src/lsp/settings.js';
import { policyOfSize } from './versions.js';
import { editPlaces } from './server.js';
import { median, p95 } from './stats.js';

const WARM_UP = 15;

/** Median and p95 of the quick path's keystrokes, in ms, and the parts' medians. */
export async function quickKeystrokes(
  size: number,
  edits: number,
  profile?: string,
): Promise<{ total: number[]; parts: Map<string, number[]> }> {
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
  const publisher = new DiagnosticsPublisher(connection, documents, pathToFileURL('.').pathname);
  const token = new CancellationSource();
  // Opened: both analyses, as the server runs them.
  publisher.publish((await analyses.quick(document, token))!);
  publisher.publish((await analyses.complete(document, token))!);

  const total: number[] = [];
  const parts = new Map<string, number[]>();
  const places = editPlaces(document.getText(), 'typing', edits + WARM_UP);
  // A CPU profile of the measured keystrokes only (not of opening the document).
  const session = profile ? new Session() : null;
  for (let k = 0; k < places.length; k++) {
    const at = places[k]!;
    if (session && k === WARM_UP) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 250 });
      await session.post('Profiler.start');
    }
    const start = performance.now();
    document = TextDocument.update(document, [{ range: { start: at, end: at }, text: 'x' }], document.version + 1);
    const updated = performance.now();
    const analysis = (await analyses.quick(document, token))!;
    const analysed = performance.now();
    publisher.publish(analysis);
    const end = performance.now();
    if (k < WARM_UP) continue;
    total.push(end - start);
    for (const [name, ms] of [
      ['text update', updated - start],
      ['quick analysis', analysed - updated],
      ['diagnostics', end - analysed],
    ] as const)
      (parts.get(name) ?? parts.set(name, []).get(name)!).push(ms);
  }
  if (session) {
    const { profile: data } = await session.post('Profiler.stop');
    writeFileSync(profile!, JSON.stringify(data));
    session.disconnect();
  }
  if (sent === 0) throw new Error('nothing published');
  return { total, parts };
}

const fmt = (ms: number): string => (ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = Number(process.argv[2] ?? 100_000);
  const edits = Number(process.argv[3] ?? 60);
  const { total, parts } = await quickKeystrokes(size, edits, process.argv[4]);
  console.log(`${size} chars, ${total.length} keystrokes: median ${fmt(median(total))}, p95 ${fmt(p95(total))}`);
  for (const [name, times] of parts) console.log(`  ${name.padEnd(16)} ${fmt(median(times))} / ${fmt(p95(times))}`);
}
