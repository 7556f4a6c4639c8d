// Regression cases from the hardening report: a fix never rewrites the wrong text, one file's
// failure never costs the others' reports, a fixed draft is written whole or not at all, and the
// folder walk ends on symbolic-link loops and reports what it cannot read.
import assert from 'node:assert/strict';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { main } from '../../server/src/cli/main.js';
import { writeFileAtomically } from '../../server/src/cli/write.js';

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const RETENTION_TABLE_THEN_LIST = `# Политика конфиденциальности

## 4. Сроки хранения

| Срок хранения | Основание |
|---|---|
| 5 лет | Закон № 94-V |

- По истечении срока данные уничтожаются.
`;

describe('CLI hardening', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pplint-hard-'));
  });
  afterEach(() => {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  });

  it('--fix fills a blank after an unmatched "[" and an e-mail, and touches nothing else', async () => {
    const text = '# Privacy Policy\n\nWrite to [Company name at privacy@dalapay.kz. The DPO is [DPO name].\n';
    writeFileSync(join(dir, 'privacy.md'), text);
    writeFileSync(
      join(dir, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { 'DPO name': 'A. Akhmetova' } }] } }),
    );
    const before = await run(dir, '--format', 'json', 'privacy.md');
    const placeholder = (
      JSON.parse(before.stdout) as Array<{
        diagnostics: Array<{ rule: string; range: { start: { line: number; character: number } } }>;
      }>
    )[0]!.diagnostics.find((d) => d.rule === 'placeholder');
    assert.deepEqual(placeholder?.range.start, { line: 2, character: 57 });
    const { stderr } = await run(dir, '--fix', 'privacy.md');
    assert.equal(readFileSync(join(dir, 'privacy.md'), 'utf8'), text.replace('[DPO name]', 'A. Akhmetova'), stderr);
  });

  it('a list after a retention table neither crashes a rule nor the run', async () => {
    writeFileSync(join(dir, 'privacy.ru.md'), RETENTION_TABLE_THEN_LIST);
    const { code, stdout, stderr } = await run(dir, '--format', 'json', 'privacy.ru.md');
    assert.doesNotMatch(stderr, /failed|internal error|TypeError/, stderr);
    assert.notEqual(code, 2, stderr);
    const [file] = JSON.parse(stdout) as Array<{ retention: Array<{ period: string | null; covers: string | null }> }>;
    assert.deepEqual(
      file!.retention.map((r) => r.period),
      ['P5Y'],
    );
    const checklist = await run(dir, '--format', 'checklist', 'privacy.ru.md');
    assert.doesNotMatch(checklist.stderr, /failed|internal error/);
  });

  it('a read-only draft is refused with a message, and the other drafts are still fixed and reported', async () => {
    const draft = '---\npolicy: privacy\n---\n# Privacy Policy\n\nThe DPO is [DPO name].\n';
    writeFileSync(join(dir, 'a.privacy.md'), draft);
    writeFileSync(join(dir, 'b.privacy.md'), draft);
    chmodSync(join(dir, 'a.privacy.md'), 0o444);
    writeFileSync(
      join(dir, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { 'DPO name': 'A. Akhmetova' } }] } }),
    );
    const { code, stdout, stderr } = await run(dir, '--fix', '.');
    assert.equal(code, 2);
    assert.match(stderr, /a\.privacy\.md: is read-only; left unchanged/);
    assert.equal(readFileSync(join(dir, 'a.privacy.md'), 'utf8'), draft);
    assert.match(readFileSync(join(dir, 'b.privacy.md'), 'utf8'), /The DPO is A\. Akhmetova\./);
    assert.match(stdout, /a\.privacy\.md:6:12/, 'the read-only draft is still reported');
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.endsWith('.tmp')),
      [],
      'no temporary file is left behind',
    );
  });

  it('--fix keeps a byte-order mark and the file permissions', async () => {
    writeFileSync(join(dir, 'privacy.md'), '\uFEFF# Privacy Policy\n\nThe DPO is [DPO name].\n');
    chmodSync(join(dir, 'privacy.md'), 0o640);
    writeFileSync(
      join(dir, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { 'DPO name': 'A. Akhmetova' } }] } }),
    );
    await run(dir, '--fix', 'privacy.md');
    assert.equal(readFileSync(join(dir, 'privacy.md'), 'utf8'), '\uFEFF# Privacy Policy\n\nThe DPO is A. Akhmetova.\n');
    assert.equal(statSync(join(dir, 'privacy.md')).mode & 0o777, 0o640);
  });

  it('writing atomically replaces the whole file or leaves the old one', () => {
    const path = join(dir, 'draft.md');
    writeFileSync(path, 'old');
    assert.deepEqual(writeFileAtomically(path, 'new text'), { ok: true });
    assert.equal(readFileSync(path, 'utf8'), 'new text');
    chmodSync(dir, 0o555); // the folder refuses the temporary file
    const result = writeFileAtomically(path, 'newer');
    chmodSync(dir, 0o755);
    if (process.getuid?.() !== 0) {
      assert.equal(result.ok, false);
      assert.equal(readFileSync(path, 'utf8'), 'new text');
    }
  });

  it('a folder outside the working folder finds drafts by their file names', async () => {
    mkdirSync(join(dir, 'drafts'));
    mkdirSync(join(dir, 'work'));
    writeFileSync(join(dir, 'drafts', 'privacy.md'), '# Notes on data\n\nThe DPO is [DPO name].\n');
    const { stdout, stderr } = await run(join(dir, 'work'), '../drafts/');
    assert.match(stdout, /privacy\.md:3:12/, stderr);
    assert.match(stderr, /in 1 policy/);
  });

  it('a symbolic-link loop lints each draft once', async () => {
    mkdirSync(join(dir, 'drafts', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'drafts', 'privacy.md'), '# Privacy Policy\n\nThe DPO is [DPO name].\n');
    symlinkSync('..', join(dir, 'drafts', 'sub', 'loop'));
    symlinkSync('../sub', join(dir, 'drafts', 'sub', 'loop2'));
    const { stdout } = await run(dir, 'drafts');
    assert.equal(stdout.match(/placeholder/g)?.length, 1);
  });

  it('an unreadable draft found in a folder is reported, and the others are linted', async () => {
    writeFileSync(join(dir, 'privacy.ru.md'), RETENTION_TABLE_THEN_LIST);
    if (process.getuid?.() === 0) {
      // Root reads a file whatever its mode: a link to a file that is gone cannot be read by anyone.
      symlinkSync(join(dir, 'gone', 'privacy.en.md'), join(dir, 'privacy.en.md'));
    } else {
      writeFileSync(join(dir, 'privacy.en.md'), '# Privacy Policy\n\nThe DPO is [DPO name].\n');
      chmodSync(join(dir, 'privacy.en.md'), 0o000);
    }
    const { code, stderr } = await run(dir, '.');
    assert.equal(code, 2);
    assert.match(stderr, /privacy\.en\.md: cannot be read/);
    assert.match(stderr, /in 1 policy/);
  });

  it('-o into a missing folder creates it', async () => {
    writeFileSync(join(dir, 'privacy.md'), '# Privacy Policy\n\nText.\n');
    const { stderr } = await run(dir, '-f', 'json', '-o', 'reports/ci/pplint.json', 'privacy.md');
    assert.match(stderr, /wrote reports\/ci\/pplint\.json/);
    assert.ok(existsSync(join(dir, 'reports', 'ci', 'pplint.json')));
  });

  it('a --fix run killed at any moment leaves each draft either as it was or wholly fixed', async function () {
    this.timeout(120_000);
    const bin = join(process.cwd(), 'bin', 'pplint.js');
    if (!existsSync(join(process.cwd(), 'dist', 'cli.js')))
      throw new Error('dist/cli.js is missing: run `npm run bundle` first');
    const clause = (i: number): string =>
      `## ${i}. Section ${i}\n\nThe DPO is [DPO name]. Data are kept for ${(i % 7) + 1} years after the contract ends.\n\n`;
    const original = `# Privacy Policy\n\n${Array.from({ length: 3000 }, (_, i) => clause(i + 1)).join('')}`;
    const fixed = original.replaceAll('[DPO name]', 'A. Akhmetova');
    writeFileSync(
      join(dir, '.pplintrc.json'),
      JSON.stringify({ rules: { placeholder: ['warning', { values: { 'DPO name': 'A. Akhmetova' } }] } }),
    );
    const outcomes = new Set<string>();
    for (const delay of [50, 300, 800, 1500, 2500, 4000]) {
      const path = join(dir, 'privacy.md');
      writeFileSync(path, original);
      const child = spawn(process.execPath, [bin, '--fix', 'privacy.md'], { cwd: dir, stdio: 'ignore' });
      const ended = new Promise<void>((done) => child.on('exit', () => done()));
      await new Promise((done) => setTimeout(done, delay));
      child.kill('SIGKILL');
      await ended;
      const now = readFileSync(path, 'utf8');
      assert.ok(
        now === original || now === fixed,
        `after a kill at ${delay} ms the draft is ${now.length} characters long`,
      );
      outcomes.add(now === original ? 'original' : 'fixed');
    }
    assert.ok(outcomes.has('original'));
  });
});
