// The server's peak memory with three 1 MB versions open, started with V8 flags beside the
// default: the heap growth step the server sets itself (server/src/main.ts; a flag given on the
// command line wins over it), V8's own growth, and a larger young generation
// (`--max-semi-space-size`). Each setting runs in its own server, one after the other, in one run.
// Run: node --import tsx bench/memory-flags.ts
import { memoryRows } from './server.js';

const SETTINGS: Array<[string, string[]]> = [
  ['default (the server sets --heap-growing-percent=10)', []],
  ["V8's own heap growth (--heap-growing-percent=0)", ['--heap-growing-percent=0']],
  ['--heap-growing-percent=25', ['--heap-growing-percent=25']],
  ['--max-semi-space-size=32', ['--max-semi-space-size=32']],
];

for (const [name, flags] of SETTINGS) {
  console.log(`\n${name}\n`);
  for (const row of await memoryRows(1_000_000, flags)) console.log(row);
}
