// The CLI run in-process on temporary folders: the contract's formats, exit codes and messages.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main.js';

const POLICY_RU = `---
lang: ru
policy: privacy
---
# Политика конфиденциальности ТОО «[наименование]»

## 1. Сроки хранения

Данные хранятся пять лет.

## 1. Сроки хранения

Повтор.
`;

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('pplint CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pplint-cli-'));
    writeFileSync(join(dir, 'privacy.ru.md'), POLICY_RU);
    writeFileSync(join(dir, 'README.md'), '# Notes\n\n[TODO] this is not a policy\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints path:line:col severity message rule-id, and leaves a README in a folder alone', async () => {
    const { code, stdout, stderr } = await run(dir, '.');
    assert.equal(code, 0, stderr);
    const lines = stdout.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.split('  ')[0]),
      [
        'privacy.ru.md:5:1',
        'privacy.ru.md:5:36',
        ...Array<string>(3).fill('privacy.ru.md:7:1'),
        ...Array<string>(3).fill('privacy.ru.md:11:1'),
      ],
    );
    // No law is set or applied: a note on the title says so, and only the core items are checked.
    assert.match(lines[0]!, /^privacy\.ru\.md:5:1 {2}info {2}No law is set for this policy.* {2}missing-section$/);
    assert.match(
      lines[1]!,
      /^privacy\.ru\.md:5:36 {2}warning {2}Unfilled template text «\[наименование\]».* {2}placeholder$/,
    );
    assert.ok(!stdout.includes('README'));
    assert.match(
      lines[2]!,
      /^privacy\.ru\.md:7:1 {2}info {2}No law is set for this policy; every privacy law.* {2}missing-section$/,
    );
    assert.match(stderr, /8 problems \(0 errors, 4 warnings, 4 notes\) in 1 policy/);
  });

  it('in a folder, takes a policy titled right under a site-name heading, not a README-like section', async () => {
    writeFileSync(join(dir, 'site.md'), '# Atyn Books\n\n## Privacy Policy\n\nWe keep your e-mail address.\n');
    writeFileSync(
      join(dir, 'notes.md'),
      '# Atyn Books\n\nHow the shop is built.\n\n## Privacy policy\n\nThe policy text lives elsewhere.\n',
    );
    const { stdout } = await run(dir, '.');
    assert.match(stdout, /^site\.md:/m);
    assert.ok(!stdout.includes('notes.md'));
  });

  it('in a folder, takes a draft whose first paragraph names it a privacy policy under another heading', async () => {
    writeFileSync(
      join(dir, 'guide.md'),
      '# Personal data protection\n\nThis Privacy Policy describes how Atyn Books keeps your e-mail address.\n',
    );
    writeFileSync(join(dir, 'tool.md'), '# Tools\n\nThis privacy policy linter checks drafts.\n');
    const { stdout } = await run(dir, '.');
    assert.match(stdout, /^guide\.md:/m);
    assert.ok(!stdout.includes('tool.md'));
  });

  it('lints a file named on the command line even if it is not a policy', async () => {
    const { stdout } = await run(dir, 'README.md');
    assert.match(stdout, /README\.md:3:1 {2}warning/);
  });

  it('writes the JSON contract with sections and zero-based ranges', async () => {
    const { code, stdout } = await run(dir, '--format', 'json', 'privacy.ru.md');
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout) as Array<Record<string, unknown>>;
    assert.equal(file!.file, 'privacy.ru.md');
    assert.equal(file!.language, 'ru');
    assert.deepEqual(file!.jurisdictions, []);
    const diagnostics = (file!.diagnostics as Array<Record<string, unknown>>).filter(
      (d) => d.rule !== 'missing-section',
    );
    assert.deepEqual(diagnostics[0], {
      rule: 'placeholder',
      severity: 'warning',
      message: diagnostics[0]!.message,
      range: { start: { line: 4, character: 35 }, end: { line: 4, character: 49 } },
      related: [],
      fixable: false,
    });
    const duplicate = diagnostics[1]!;
    assert.equal(duplicate.rule, 'duplicate-heading');
    assert.deepEqual((duplicate.related as Array<Record<string, unknown>>)[0]!.range, {
      start: { line: 6, character: 0 },
      end: { line: 6, character: 20 },
    });
    assert.deepEqual(
      (file!.sections as Array<Record<string, unknown>>).map((s) => [s.title, s.kind]),
      [
        ['Политика конфиденциальности ТОО «[наименование]»', null],
        ['Сроки хранения', 'retention'],
        ['Сроки хранения', 'retention'],
      ],
    );
    assert.ok(Array.isArray(file!.retention));
  });

  it('says in JSON every kind a section covers, and which clauses state a topic outside a section of it', async () => {
    writeFileSync(
      join(dir, 'privacy.en.md'),
      [
        '---',
        'lang: en',
        'policy: privacy',
        '---',
        '# Privacy Policy',
        '',
        '## Data retention and security',
        '',
        'We keep payment records for five years. Access to them is limited to our staff.',
        '',
        '## How we use your data',
        '',
        'We use your data to make payments.',
        '',
        'You have the right to ask us for a copy of your data.',
        '',
      ].join('\n'),
    );
    const { stdout } = await run(dir, '--format', 'json', 'privacy.en.md');
    const [file] = JSON.parse(stdout) as Array<{
      sections: Array<{ title: string; kind: string | null; kinds: string[] }>;
      clauses: Array<{ kind: string; range: { start: { line: number } } }>;
    }>;
    const storage = file!.sections.find((s) => s.title === 'Data retention and security')!;
    assert.deepEqual([storage.kind, storage.kinds], ['retention', ['retention', 'security']]);
    assert.deepEqual(
      file!.clauses.map((c) => [c.kind, c.range.start.line]),
      [['rights', 14]],
    );
  });

  it('writes SARIF 2.1.0 with rules and 1-based regions', async () => {
    const { stdout } = await run(dir, '--format', 'sarif', 'privacy.ru.md');
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const run0 = sarif.runs[0];
    assert.ok(run0.tool.driver.rules.some((r: { id: string }) => r.id === 'placeholder'));
    const placeholder = run0.results.find((r: { ruleId: string }) => r.ruleId === 'placeholder');
    assert.deepEqual(placeholder.locations[0].physicalLocation.region, {
      startLine: 5,
      startColumn: 36,
      endLine: 5,
      endColumn: 50,
    });
    assert.equal(placeholder.level, 'warning');
  });

  it('exits 1 on errors and on more warnings than --max-warnings', async () => {
    writeFileSync(join(dir, '.pplintrc.json'), JSON.stringify({ rules: { placeholder: 'error' } }));
    assert.equal((await run(dir, 'privacy.ru.md')).code, 1);
    rmSync(join(dir, '.pplintrc.json'));
    assert.equal((await run(dir, '--max-warnings', '1', 'privacy.ru.md')).code, 1);
    assert.equal((await run(dir, '--max-warnings', '4', 'privacy.ru.md')).code, 0);
  });

  it('applies fixes in place with --fix and reports what is left', async () => {
    writeFileSync(
      join(dir, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { наименование: 'Dala Pay' } }] } }),
    );
    const { stdout } = await run(dir, '--fix', 'privacy.ru.md');
    assert.match(readFileSync(join(dir, 'privacy.ru.md'), 'utf8'), /ТОО «Dala Pay»/);
    assert.ok(!stdout.includes('placeholder'));
    assert.match(stdout, /duplicate-heading/);
  });

  it('takes --jurisdiction and --config', async () => {
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf', 'strict.json'), JSON.stringify({ rules: { 'duplicate-heading': 'off' } }));
    const { stdout } = await run(
      dir,
      '--format',
      'json',
      '--jurisdiction',
      'kz,gdpr',
      '--config',
      'conf/strict.json',
      'privacy.ru.md',
    );
    const [file] = JSON.parse(stdout);
    assert.deepEqual(file.jurisdictions, ['kz', 'gdpr']);
    assert.ok(!file.diagnostics.some((d: { rule: string }) => d.rule === 'duplicate-heading'));
  });

  it('gives the language versions of a policy the laws of the policy, and reads any language code', async () => {
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text);
    write(
      'privacy.ru.md',
      '---\npolicy-id: shop\n---\n# Политика конфиденциальности\n\nОператор руководствуется Федеральным законом № 152-ФЗ.\n',
    );
    write('privacy.en.md', '---\npolicy-id: shop\n---\n# Privacy Policy\n\nThe operator protects your data.\n');
    write(
      'datenschutz.md',
      '---\npolicy: privacy\nlang: de\njurisdictions: [gdpr]\n---\n# Datenschutzerklärung\n\nWir schützen Ihre Daten.\n',
    );
    const { code, stdout } = await run(dir, '--format', 'json', 'privacy.ru.md', 'privacy.en.md', 'datenschutz.md');
    assert.notEqual(code, 2);
    const files = JSON.parse(stdout) as Array<{
      file: string;
      language: string;
      jurisdictions: string[];
      diagnostics: Array<{ rule: string; message: string }>;
    }>;
    assert.deepEqual(
      files.map((f) => [f.file, f.language, f.jurisdictions]),
      [
        ['privacy.ru.md', 'ru', ['ru']],
        ['privacy.en.md', 'en', ['ru']],
        ['datenschutz.md', 'de', ['gdpr']],
      ],
    );
    const german = files[2]!.diagnostics;
    assert.deepEqual(
      german.map((d) => d.rule),
      ['missing-section'],
    );
    assert.match(german[0]!.message, /pplint does not read German/);
  });

  describe('bad input: a clear message and exit 2, never a stack trace', () => {
    const noStack = (s: string) => assert.ok(!/\n\s+at /.test(s), `stack trace in: ${s}`);
    it('a missing path', async () => {
      const r = await run(dir, 'nope.md', 'privacy.ru.md');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no such file or folder: nope\.md/);
      assert.match(r.stdout, /privacy\.ru\.md/, 'the other files are still linted');
      noStack(r.stderr);
    });
    it('a binary file', async () => {
      writeFileSync(join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
      const r = await run(dir, 'scan.md');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /scan\.md: is a binary file, not text; not linted/);
      noStack(r.stderr);
    });
    it('text that is not UTF-8', async () => {
      writeFileSync(join(dir, 'cp1251.md'), Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0]));
      const r = await run(dir, 'cp1251.md');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not UTF-8 text/);
    });
    it('malformed front matter', async () => {
      writeFileSync(join(dir, 'privacy.kk.md'), '---\nlang: kz-KZ\njurisdictions: [kz\n---\n# Құпиялылық саясаты\n');
      const r = await run(dir, 'privacy.kk.md');
      assert.equal(r.code, 2);
      assert.match(r.stdout, /privacy\.kk\.md:\d+:\d+ {2}error {2}The front matter is not valid YAML/);
      noStack(r.stdout + r.stderr);
    });
    it('a front matter value of the wrong kind', async () => {
      writeFileSync(join(dir, 'privacy.kk.md'), '---\nlang: қазақша\n---\n# Құпиялылық саясаты\n');
      const r = await run(dir, 'privacy.kk.md');
      assert.equal(r.code, 2);
      assert.match(r.stdout, /privacy\.kk\.md:2:7 {2}error {2}Front matter «lang» must be a language code: en, ru, kk/);
    });
    it('a malformed configuration file', async () => {
      writeFileSync(join(dir, '.pplintrc.json'), '{ "rules": ');
      const r = await run(dir, 'privacy.ru.md');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /\.pplintrc\.json is not valid JSON/);
      assert.equal(r.stdout, '');
      noStack(r.stderr);
    });
    it('a configuration with an unknown rule or level', async () => {
      writeFileSync(join(dir, '.pplintrc.json'), JSON.stringify({ rules: { placehoder: 'off', placeholder: 'loud' } }));
      const r = await run(dir, 'privacy.ru.md');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /unknown rule "placehoder"/);
      assert.match(r.stderr, /rules\.placeholder must be one of "off", "info", "warning", "error", not "loud"/);
    });
    it('an unknown option, format or jurisdiction', async () => {
      for (const argv of [
        ['--frmat', 'json', '.'],
        ['--format', 'xml', '.'],
        ['--jurisdiction', 'mars', '.'],
        ['--max-warnings', 'many', '.'],
        [],
      ]) {
        const r = await run(dir, ...argv);
        assert.equal(r.code, 2, argv.join(' '));
        assert.match(r.stderr, /^pplint: .+\n\nUsage: pplint/);
      }
    });
  });
});
