// `--format sarif` is valid SARIF 2.1.0 (checked with ajv against the OASIS schema, vendored in
// test/fixtures/sarif with its licence) on a run with everything a report can hold: language
// versions with related locations in another file, a fix, a front-matter problem, file names in
// Cyrillic with spaces, a draft outside the working folder. Each rule carries its docs page.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as draft04 from 'ajv-draft-04';
import * as formats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import type { Log } from 'sarif';
import { main } from '../../server/src/cli/main.js';
import { RULES } from '../../server/src/engine/rules/index.js';

// Both packages are CommonJS with a default export; take it however the loader hands it over.
const defaultOf = <T>(module: unknown): T =>
  ((module as { default?: { default?: T } }).default?.default ?? (module as { default?: T }).default ?? module) as T;
interface Validator {
  compile(schema: unknown): ValidateFunction;
  validate(schema: unknown, data: unknown): boolean;
  errors?: unknown;
}
const Ajv04 = defaultOf<new (options: object) => Validator>(draft04);
const addFormats = defaultOf<(ajv: Validator) => Validator>(formats);
const SCHEMA = join(import.meta.dirname, '../fixtures/sarif/sarif-2.1.0-rtm.5.json');

/** The SARIF schema's patterns are ECMAScript without the u flag (one has a lone "]"). */
function sarifValidator(): Validator {
  const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv;
}

const RU = `---
policy: privacy
---
# Политика конфиденциальности ТОО «[наименование]»

## 1. Сроки хранения

Платёжные данные хранятся пять лет после завершения операции.

## 2. Контакты

Запросы направляются по адресу privacy@dalapay.kz.
`;
const KK = `---
policy: privacy
---
# «Дала Пэй» ЖШС құпиялылық саясаты

## 1. Сақтау мерзімі

Төлем деректері операция аяқталғаннан кейін үш жыл сақталады.
`;

describe('SARIF output', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pplint-sarif-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function sarifOf(cwd: string, ...args: string[]): Promise<Log> {
    let stdout = '';
    let stderr = '';
    await main({
      argv: ['--format', 'sarif', ...args],
      cwd,
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
    });
    assert.doesNotMatch(stderr, /internal error/);
    return JSON.parse(stdout) as Log;
  }

  it('is valid SARIF 2.1.0, with rule help, fixes, related locations and encoded paths', async () => {
    mkdirSync(join(dir, 'политики'));
    writeFileSync(join(dir, 'политики', 'политика оплаты.ru.md'), RU);
    writeFileSync(join(dir, 'политики', 'политика оплаты.kk.md'), KK);
    writeFileSync(join(dir, 'политики', 'broken.md'), '---\npolicy: privacy\nlang: [ru\n---\n# Privacy Policy\n');
    writeFileSync(
      join(dir, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { наименование: 'Дала Пэй' } }] } }),
    );
    const elsewhere = mkdtempSync(join(tmpdir(), 'pplint-sarif-other-'));
    writeFileSync(join(elsewhere, 'outside.privacy.md'), '# Privacy Policy\n\nThe DPO is [DPO name].\n');
    const log = await sarifOf(dir, 'политики', join(elsewhere, 'outside.privacy.md'));
    rmSync(elsewhere, { recursive: true, force: true });

    const validate = sarifValidator().compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const run = log.runs[0]!;
    const rules = run.tool.driver.rules!;
    for (const rule of RULES) {
      const descriptor = rules.find((r) => r.id === rule.id)!;
      assert.match(descriptor.help?.markdown ?? '', new RegExp(`^# ${rule.id}\\n`), rule.id);
      assert.match(descriptor.helpUri ?? '', new RegExp(`^file://.*/docs/rules/${rule.id}\\.md$`));
    }
    for (const result of run.results!) assert.equal(rules[result.ruleIndex!]!.id, result.ruleId);
    assert.equal(run.originalUriBaseIds!['%SRCROOT%']!.uri, `${pathToFileURL(dir).toString()}/`);

    const uris = new Set(run.results!.map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri));
    assert.ok(
      uris.has(
        '%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B8/%D0%BF%D0%BE%D0%BB%D0%B8%D1%82%D0%B8%D0%BA%D0%B0%20%D0%BE%D0%BF%D0%BB%D0%B0%D1%82%D1%8B.kk.md',
      ),
      [...uris].join('\n'),
    );
    assert.ok(
      [...uris].some((u) => !!u?.startsWith('file:///') && !!u?.endsWith('/outside.privacy.md')),
      'a draft outside the working folder is named by its file URL',
    );
    assert.ok(run.results!.some((r) => r.ruleId === 'front-matter' && r.level === 'error'));
    const mismatch = run.results!.find((r) =>
      r.relatedLocations?.some((l) => l.physicalLocation?.artifactLocation?.uri?.endsWith('.ru.md')),
    );
    assert.ok(mismatch, 'a finding in the Kazakh version points at the Russian one');
    const fixed = run.results!.find((r) => r.ruleId === 'placeholder' && r.fixes);
    assert.equal(fixed?.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent?.text, 'Дала Пэй');
  });

  it('is valid with no drafts at all', async () => {
    writeFileSync(join(dir, 'README.md'), '# Notes\n');
    const log = await sarifOf(dir, '.');
    const ajv = sarifValidator();
    assert.ok(ajv.validate(JSON.parse(readFileSync(SCHEMA, 'utf8')), log), JSON.stringify(ajv.errors));
    assert.deepEqual(log.runs[0]!.results, []);
  });
});
