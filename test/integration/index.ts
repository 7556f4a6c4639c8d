// The entry point VS Code's extension host loads as `extensionTestsPath`: it runs the in-editor
// suite with mocha and rejects when a test fails (the editor then exits with code 1).
// esbuild bundles this file and the test files into out/integration/index.js; `vscode` and `mocha`
// stay external (mocha is required from the repository's node_modules at run time).
import Mocha from 'mocha';
import { format } from 'node:util';

// mocha 12 is an ES module: `require('mocha')` (Node >= 20.19) returns its namespace, which
// esbuild's Node-mode interop (this file is ESM) hands over as the default import. Its `default`
// is the class; a CommonJS mocha would give the class directly.
const MochaClass: typeof Mocha =
  typeof Mocha === 'function' ? Mocha : (Mocha as unknown as { default: typeof Mocha }).default;

export async function run(): Promise<void> {
  // In code-server, the extension host's console reaches the browser mixed with the workbench's own
  // logs; test/integration/run.mjs sets this prefix to pick out mocha's lines.
  const prefix = process.env['PPLINT_E2E_LOG_PREFIX'];
  if (prefix) {
    const base = MochaClass.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
    base.consoleLog = (...args: unknown[]) => console.log(prefix + format(...args));
  }
  const mocha = new MochaClass({
    ui: 'bdd',
    timeout: 60_000,
    // The output goes through the extension host's console to the browser's (code-server) or the
    // terminal (Electron); neither renders ANSI colours reliably.
    color: false,
    reporter: 'spec',
  });
  // The test files are bundled, so mocha never `require`s them and never defines describe/it for
  // them. Emitting `pre-require` defines the bdd globals on globalThis, as mocha does before it
  // loads each file; the import that follows must come after it, hence a dynamic import (esbuild
  // bundles it as a lazily evaluated module, not a separate file).
  mocha.suite.emit('pre-require', globalThis, 'extension.test.js', mocha);
  await import('./extension.test.js');
  await import('./checklist.test.js');
  await import('./versions.test.js');
  await import('./l10n.test.js');
  await import('./word.test.js');
  await import('./clauses.test.js');
  await import('./first-hour.test.js');
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} in-editor test(s) failed`);
}
