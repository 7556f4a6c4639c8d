// `npm run seeds`: lints the real policies in ../shared/seeds (converted to Markdown as the tests
// convert them) and prints every finding, for a reviewer to judge. Nothing is written to the repository.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../server/src/cli/main.ts';
import { loadSeeds, seedsAvailable } from '../test/helpers/seeds.ts';

if (!seedsAvailable()) {
  console.error('../shared/seeds is not here: nothing to lint.');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'pplint-seeds-'));
try {
  for (const seed of loadSeeds())
    writeFileSync(join(dir, `seed-${seed.id}.md`), `---\npolicy: privacy\n---\n${seed.markdown}`);
  const args = process.argv.slice(2);
  await main({
    argv: [...args, '.'],
    cwd: dir,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
