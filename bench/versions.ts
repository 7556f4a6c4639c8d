// Language versions after a keystroke: three versions of a policy (Russian, Kazakh, English) of
// about 100 KB each, built from the examples with their sections renumbered on every repetition.
// One character is typed into the primary version; the bench measures re-aligning the versions
// (the facts of the edited blocks included) and re-linting all three with the group rules
// (untranslated-clause, translation-mismatch) — what the server does after each keystroke.
// Run alone with `node --import tsx bench/versions.ts`; `npm run bench` prints it too (bench/run.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine, alignVersions, type PolicyDocument, type VersionGroup } from '../server/src/engine/index.js';
import { median, p95 } from './stats.js';

const root = join(import.meta.dirname, '..');

/** One version of about `size` characters: the example's sections repeated, numbered on. */
export function versionOfSize(lang: 'ru' | 'kk' | 'en', size: number): string {
  const source = readFileSync(join(root, 'examples', `privacy.${lang}.md`), 'utf8');
  const front = /^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? '';
  const body = source.slice(front.length);
  const sections = body.split(/\n(?=## )/).filter((s) => s.startsWith('## '));
  const count = sections.length;
  let text = `${front}\n# ${lang}\n`;
  for (let round = 0; text.length < size; round++) {
    for (const section of sections) {
      // "## 9. …", "9.2. …": every repetition continues the numbering.
      text += `\n${section.replace(/(^|\n)(#{2,3} |)(\d+)(\.\d+)*\./g, (_m, start: string, hashes: string, n: string, rest: string | undefined) => `${start}${hashes}${Number(n) + round * count}${rest ?? ''}.`)}\n`;
      if (text.length >= size) break;
    }
  }
  return text;
}

/**
 * A Russian policy of about `size` characters: the example's sections repeated and numbered on,
 * every paragraph and table row made unique, so that no chunk parse can be shared between
 * repetitions (a real draft does not repeat itself).
 */
export function policyOfSize(size: number): string {
  let n = 0;
  return versionOfSize('ru', size)
    .split('\n')
    .map((line) => {
      if (/^(?:---|#|\|[-\s|]*$|\s*$)/.test(line) || /^[a-z-]+:/.test(line)) return line;
      n++;
      return line.startsWith('|') ? line.replace(/\s*\|\s*$/, ` ${n} |`) : `${line} ${n}`;
    })
    .join('\n');
}

const fmt = (ms: number): string => (ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);

/** Rows of the markdown table the bench prints. */
export function versionRows(size = 100_000, edits = 100, warmUp = 50): string[] {
  const engine = createEngine();
  const config = engine.resolveConfig([{ jurisdictions: ['kz'] }]);
  const langs = ['ru', 'kk', 'en'] as const;
  const texts = langs.map((l) => versionOfSize(l, size));
  let docs: PolicyDocument[] = langs.map((l, i) => engine.parse(`file:///bench/privacy.${l}.md`, texts[i]!));
  let group: VersionGroup = engine.groupVersions(docs, config)[0]!;
  const coldStart = performance.now();
  for (const d of docs) engine.lint(d, config, { group });
  const cold = performance.now() - coldStart;

  const relint: number[] = [];
  const align: number[] = [];
  let current = texts[0]!;
  for (let i = 0; i < warmUp + edits; i++) {
    const at = Math.floor(current.length / 3) + ((i * 997) % Math.floor(current.length / 2));
    current = `${current.slice(0, at)}x${current.slice(at)}`;
    const start = performance.now();
    const ru = engine.parse(docs[0]!.uri, current, docs[0]);
    docs = [ru, docs[1]!, docs[2]!];
    group = engine.groupVersions(docs, config)[0]!;
    const alignStart = performance.now();
    for (const member of group.members.slice(1)) alignVersions(group.members[0]!, member);
    const aligned = performance.now() - alignStart;
    for (const d of docs) engine.lint(d, config, { group, scope: 'group' });
    if (i < warmUp) continue;
    align.push(aligned);
    relint.push(performance.now() - start);
  }
  const kb = texts.map((t) => (t.length / 1000).toFixed(0)).join(' + ');
  return [
    `| three versions, ${kb} K chars | ${fmt(cold)} | ${edits} | ${fmt(median(align))} / ${fmt(p95(align))} | ${fmt(median(relint))} / ${fmt(p95(relint))} |`,
  ];
}

export const VERSION_HEADER = [
  '| versions | first full lint of all three | edits | re-align both pairs (median / p95) | re-parse + group rules on all three (median / p95) |',
  '|---|---|---|---|---|',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Language versions: a keystroke in the primary version\n');
  for (const line of [...VERSION_HEADER, ...versionRows()]) console.log(line);
}
