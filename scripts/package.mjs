// npm run package — the .vsix: production bundles (minified, no source maps), then vsce with the
// allow-list in .vscodeignore. Fails when the package exceeds 2 MB.
import { execFileSync } from 'node:child_process';
import { statSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = process.argv[2] ?? join(root, `${manifest.name}-${manifest.version}.vsix`);
const LIMIT = 2 * 1024 * 1024;

execFileSync(process.execPath, [join(root, 'esbuild.mjs'), '--production'], { cwd: root, stdio: 'inherit' });
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(
  process.execPath,
  [
    vsce,
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--no-rewrite-relative-links',
    '--skip-license',
    '-o',
    out,
  ],
  { cwd: root, stdio: 'inherit' },
);
const size = statSync(out).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KB`);
if (size > LIMIT) {
  console.error(`The package is over ${LIMIT / 1024 / 1024} MB.`);
  process.exit(1);
}
