// Where a keystroke's time goes on a 100 KB policy: parse, then each rule, measured over many
// one-character edits (npm run bench prints the totals; this prints the parts).
import { performance } from 'node:perf_hooks';
import { createEngine } from '../server/src/engine/index.js';
import { versionOfSize } from './versions.js';
import { median } from './stats.js';

const size = Number(process.argv[2] ?? 100_000);
const text0 = versionOfSize('ru', size);
const full = createEngine();
const config = full.resolveConfig([{ jurisdictions: ['kz'] }]);
const totals = new Map<string, number[]>();
const add = (k: string, v: number) => (totals.get(k) ?? totals.set(k, []).get(k)!).push(v);
let text = text0;
let doc = full.parse('file:///b/privacy.ru.md', text);
full.lint(doc, config);
for (let i = 0; i < 60; i++) {
  const at = Math.floor(text.length / 2) + ((i * 997) % 5000);
  text = `${text.slice(0, at)}x${text.slice(at)}`;
  let t = performance.now();
  doc = full.parse('file:///b/privacy.ru.md', text, doc);
  add('parse', performance.now() - t);
  for (const rule of full.rules) {
    const one = createEngine({ rules: [rule] });
    t = performance.now();
    one.lint(doc, config);
    add(rule.id, performance.now() - t);
  }
}
for (const [k, v] of totals) console.log(k.padEnd(24), median(v).toFixed(2), 'ms');
