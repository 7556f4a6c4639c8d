// The bundled example policy (examples/privacy.{ru,kk,en}.md) documents its deliberate defects in
// examples/README.md. The language-version rules must find each defect documented for them, on
// the documented line, and nothing that is not documented.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION_RULES, lintVersions } from '../helpers/versions.js';

const root = join(import.meta.dirname, '../..');
const readme = join(root, 'examples/README.md');

interface Documented {
  file: string;
  lines: [number, number];
  rule: string;
  /** "… may also report": allowed, not required. */
  optional: boolean;
}

/** The rows of the README's defect table that name a language-version rule. */
function documented(): Documented[] {
  const out: Documented[] = [];
  for (const row of readFileSync(readme, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    const file = /`(privacy\.\w\w\.md)`/.exec(cells[2] ?? '')?.[1];
    if (!file || cells.length < 7) continue;
    const numbers = (cells[3] ?? '').match(/\d+/g)?.map(Number) ?? [];
    if (numbers.length === 0) continue;
    const lines: [number, number] = /between/.test(cells[3]!) ? [numbers[0]!, numbers[1]!] : [numbers[0]!, numbers[0]!];
    const rules = cells.at(-2) ?? '';
    for (const rule of VERSION_RULES) {
      const part = rules.split(';').find((p) => p.includes(`\`${rule}\``));
      if (part) out.push({ file, lines, rule, optional: /\bmay\b/.test(part) });
    }
  }
  return out;
}

(existsSync(readme) ? describe : describe.skip)('language versions on the bundled example policy', () => {
  it('finds every defect the README documents for the language-version rules, and nothing else', () => {
    const texts = { ru: '', kk: '', en: '' };
    for (const lang of ['ru', 'kk', 'en'] as const)
      texts[lang] = readFileSync(join(root, `examples/privacy.${lang}.md`), 'utf8');
    const { findings } = lintVersions(texts);
    const found = findings.map((f) => ({
      file: `privacy.${f.lang}.md`,
      rule: f.ruleId,
      line: f.doc.text.slice(0, f.span.start).split('\n').length,
    }));
    const expected = documented();
    assert.ok(
      expected.some((d) => !d.optional),
      'the README documents defects for these rules',
    );
    for (const d of expected.filter((x) => !x.optional)) {
      assert.ok(
        found.some((f) => f.file === d.file && f.rule === d.rule && f.line >= d.lines[0] && f.line <= d.lines[1]),
        `${d.rule} in ${d.file} on line ${d.lines.join('–')}; found: ${JSON.stringify(found)}`,
      );
    }
    for (const f of found) {
      assert.ok(
        expected.some((d) => f.file === d.file && f.rule === d.rule && f.line >= d.lines[0] && f.line <= d.lines[1]),
        `undocumented: ${JSON.stringify(f)}`,
      );
    }
  });
});
