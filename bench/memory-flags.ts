// The server's peak memory and keystroke latency with three 1 MB versions open, under V8 heap
// settings side by side: the server's own (server/src/main.ts), V8's own heap growth, and fixed
// growth steps (a flag given on the command line wins over main.ts). The settings take turns
// within each round, so that a busy machine weighs on all alike; medians over the rounds.
// Run: node --import tsx bench/memory-flags.ts [--rounds N] [--size N] [--try "--max-semi-space-size=8"]…
import { SERVER_BUNDLE } from '../test/helpers/lsp-client.js';
import { serverMemory, type ServerMemory } from './server.js';
import { median, p95 } from './stats.js';

const argv = process.argv.slice(2);
const value = (flag: string): string | undefined => {
  const i = argv.indexOf(flag);
  return i === -1 ? undefined : argv[i + 1];
};
const rounds = Number(value('--rounds') ?? 2);
const size = Number(value('--size') ?? 1_000_000);

// `--try "<flags>"` (repeatable) compares the server's start with those flags instead of the rows below.
const tried = argv.flatMap((a, i) => (argv[i - 1] === '--try' ? [a] : []));
const SETTINGS: Array<[string, string[]]> = [
  ['as the server starts (server/src/main.ts)', []],
  ...(tried.length > 0
    ? tried.map((flags): [string, string[]] => [flags, flags.split(' ')])
    : ([
        ["V8's own heap growth (--heap-growing-percent=0)", ['--heap-growing-percent=0']],
        ['--heap-growing-percent=30', ['--heap-growing-percent=30']],
      ] as Array<[string, string[]]>)),
];

const runs = new Map<string, ServerMemory[]>(SETTINGS.map(([name]) => [name, []]));
for (let round = 0; round < rounds; round++) {
  const order = round % 2 === 0 ? SETTINGS : [...SETTINGS].reverse();
  for (const [name, flags] of order) {
    const measured = await serverMemory(size, [process.execPath, ...flags, SERVER_BUNDLE, '--stdio']);
    if (!measured) throw new Error('peak memory is read from /proc: not available on this system');
    runs.get(name)!.push(measured);
    process.stderr.write(`round ${round + 1}/${rounds}: ${name} done\n`);
  }
}

const base = runs.get(SETTINGS[0]![0])!;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;
console.log(
  `\nThree ${size / 1e6} MB versions (ru, kk, en) open, 20 keystrokes in ru; medians of ${rounds} rounds; ratios to the first row\n`,
);
console.log(
  '| setting | peak RSS opened | peak RSS after keystrokes | keystroke → first findings: median / p95 | ratio of medians / p95 |',
);
console.log('|---|---|---|---|---|');
for (const [name] of SETTINGS) {
  const r = runs.get(name)!;
  const opened = median(r.map((m) => m.opened.peak));
  const edited = median(r.map((m) => m.edited.peak));
  const times = r.flatMap((m) => m.keystrokes);
  const baseTimes = base.flatMap((m) => m.keystrokes);
  console.log(
    `| ${name} | ${opened.toFixed(0)} MB (${ratio(opened, median(base.map((m) => m.opened.peak)))}) | ${edited.toFixed(0)} MB (${ratio(edited, median(base.map((m) => m.edited.peak)))}) | ${median(times).toFixed(0)} ms / ${p95(times).toFixed(0)} ms | ${ratio(median(times), median(baseTimes))} / ${ratio(p95(times), p95(baseTimes))} |`,
  );
}
