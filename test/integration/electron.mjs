#!/usr/bin/env node
// The same in-editor suite under @vscode/test-electron, where VS Code can be downloaded (it cannot
// on machines that reach only npm and Debian; there `npm run test:vscode` runs the suite in
// code-server instead). Run after `npm run build`: `npm run test:electron`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repo = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
// The workspace the tests expect: a copy of examples/ and of the in-editor fixtures.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'pplint-electron-'));
fs.cpSync(path.join(repo, 'examples'), path.join(workspace, 'examples'), { recursive: true });
fs.cpSync(path.join(repo, 'test/integration/fixtures'), workspace, { recursive: true });

try {
  await runTests({
    extensionDevelopmentPath: repo,
    extensionTestsPath: path.join(repo, 'out/integration/index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`test:electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
