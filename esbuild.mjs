// Bundles the client, the server and the CLI into CommonJS files for Node and the extension host
// (unified and remark are ESM-only, so they are bundled in rather than required at run time),
// and the in-editor test suite.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] }),
  build({ ...common, entryPoints: { server: 'server/src/main.ts', cli: 'server/src/cli/bin.ts' }, outdir: 'dist' }),
  // Word import and export, which the extension loads only when one of its commands runs.
  build({ ...common, entryPoints: { word: 'server/src/word/index.ts' }, outdir: 'dist' }),
  // The in-editor test suite is not part of a production package.
  ...(production
    ? []
    : [
        build({
          ...common,
          entryPoints: { index: 'test/integration/index.ts' },
          outdir: 'out/integration',
          external: ['vscode', 'mocha'],
          sourcemap: true,
        }),
      ]),
]);
