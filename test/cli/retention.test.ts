// The CLI on retention: the JSON `retention` array holds what the engine read, and
// retention-inconsistent appears when an edit makes two statements disagree and goes when they
// agree again.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main.js';

const policy = (second: string) => `---
lang: ru
policy: privacy
jurisdictions: [kz]
---
# Политика конфиденциальности

## 9. Сроки хранения

9.1. Данные платежных карт хранятся 5 (пять) лет с момента осуществления платежа.

9.2. Данные для рекламных рассылок хранятся до момента отзыва согласия.

## 12. Безопасность

12.1. Данные платежных карт хранятся ${second} с момента осуществления платежа в зашифрованном виде.
`;

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main({ argv, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('pplint CLI and retention', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pplint-retention-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every retention statement in the JSON, as read', async () => {
    writeFileSync(join(dir, 'privacy.ru.md'), policy('5 лет'));
    const { stdout } = await run(dir, '--format', 'json', 'privacy.ru.md');
    const [file] = JSON.parse(stdout) as Array<{ retention: Array<Record<string, unknown>> }>;
    const read = file!.retention.map(({ period, bound, from, until, covers }) => ({
      period,
      bound,
      from,
      until,
      covers,
    }));
    assert.deepEqual(read, [
      {
        period: 'P5Y',
        bound: 'exact',
        from: 'момента осуществления платежа',
        until: null,
        covers: 'Данные платежных карт',
      },
      {
        period: null,
        bound: null,
        from: null,
        until: 'момента отзыва согласия',
        covers: 'Данные для рекламных рассылок',
      },
      {
        period: 'P5Y',
        bound: 'exact',
        from: 'момента осуществления платежа',
        until: null,
        covers: 'Данные платежных карт',
      },
    ]);
    assert.ok(file!.retention.every((r) => typeof r.text === 'string' && r.range !== undefined));
  });

  it('reports a conflict after an edit makes the periods disagree, and clears it when they agree again', async () => {
    const file = join(dir, 'privacy.ru.md');
    writeFileSync(file, policy('5 лет'));
    assert.equal((await run(dir, 'privacy.ru.md')).stdout.includes('retention-inconsistent'), false);

    writeFileSync(file, policy('3 года'));
    const edited = await run(dir, 'privacy.ru.md');
    assert.equal(edited.code, 1);
    const line = edited.stdout.split('\n').find((l) => l.endsWith('retention-inconsistent'));
    assert.ok(line, edited.stdout);
    assert.match(
      line,
      /^privacy\.ru\.md:16:38 {2}error {2}This retention period \(3 years\) contradicts the one on line 10 \(5 years\).*retention-inconsistent$/,
    );

    writeFileSync(file, policy('пять (5) лет'));
    const back = await run(dir, 'privacy.ru.md');
    assert.equal(back.stdout.includes('retention-inconsistent'), false);
  });
});
