// The CLI on a folder of generated drafts, one of which it cannot read: every other draft is
// still reported.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main.js';
import { draft } from './arbitraries.js';
import { counted, RANDOM_SEED, SCALE } from './harness.js';

const POISON: Array<[string, (path: string) => void]> = [
  ['invalid UTF-8', (p) => writeFileSync(p, Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x80, 0x0a]))],
  ['binary', (p) => writeFileSync(p, Buffer.from([0, 1, 2, 3, 0, 0, 0x50, 0x4b]))],
  ['a folder named like a draft', (p) => mkdirSync(p)],
  ['lists nested 2,000 deep', (p) => writeFileSync(p, `# Privacy Policy\n\n${'- '.repeat(2000)}x\n`)],
];

describe('property: CLI', function () {
  this.timeout(300_000);

  it('one draft that cannot be read never costs the others their reports', async () => {
    const cases = fc.sample(fc.tuple(fc.array(draft, { minLength: 1, maxLength: 3 }), fc.nat(POISON.length - 1)), {
      seed: RANDOM_SEED,
      numRuns: Math.max(4, Math.round(12 * SCALE)),
    });
    for (const [texts, poison] of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'pplint-prop-'));
      try {
        texts.forEach((t, i) => writeFileSync(join(dir, `d${i}.privacy.md`), t));
        POISON[poison]![1](join(dir, 'bad.privacy.md'));
        let stdout = '';
        await main({
          argv: ['--format', 'json', '.'],
          cwd: dir,
          stdout: (s) => (stdout += s),
          stderr: () => undefined,
        });
        const files = (JSON.parse(stdout) as Array<{ file: string }>).map((f) => f.file.replace(/^\.\//, ''));
        for (let i = 0; i < texts.length; i++)
          assert.ok(
            files.includes(`d${i}.privacy.md`),
            `d${i} missing beside ${POISON[poison]![0]}: ${files.join(', ')}`,
          );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    counted('CLI: a draft that cannot be read never discards the others', cases.length);
  });
});
