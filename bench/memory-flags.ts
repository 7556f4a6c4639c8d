// The server's peak memory with three 1 MB versions open, started with V8 flags beside the
// default: what a larger young generation (`--max-semi-space-size`) would cost. Each setting runs
// in its own server, one after the other, in one run. Run: node --import tsx bench/memory-flags.ts
import { memoryRows } from './server.js';

const SETTINGS: Array<[string, string[]]> = [
  ['default', []],
  ['--max-semi-space-size=32', ['--max-semi-space-size=32']],
  ['--max-semi-space-size=64', ['--max-semi-space-size=64']],
];

for (const [name, flags] of SETTINGS) {
  console.log(`\n${name}\n`);
  for (const row of await memoryRows(1_000_000, flags)) console.log(row);
}
