// A second editor: Neovim, headless, with its built-in LSP client on the server's stdio entry
// point (bin/pplint-language-server.js), opens the Russian example (its Kazakh and English versions beside it) and must receive
// exactly the diagnostics the CLI reports for that file. Runs when `nvim` (0.7 or later, which
// has vim.lsp and vim.diagnostic) is on PATH; skipped with a message otherwise. Debian 12 ships
// Neovim 0.7.2 (`apt-get install neovim`; .ci/run installs it).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli/main.js';
import { SERVER_BUNDLE } from '../helpers/lsp-client.js';

const root = join(import.meta.dirname, '../..');
const MIN_VERSION = [0, 7];
/** What the README tells Neovim, Emacs and Helix users to run (stdio by default). */
const LANGUAGE_SERVER = join(root, 'bin', 'pplint-language-server.js');

interface Received {
  line: number;
  character: number;
  code: string;
  source?: string;
  message: string;
}

/** The Neovim on PATH, if it is recent enough; otherwise why the test cannot run. */
function neovim(): { version: string } | { missing: string } {
  const run = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  if (run.error || run.status !== 0) return { missing: 'nvim is not on PATH (apt-get install neovim)' };
  const m = /NVIM v(\d+)\.(\d+)\.(\d+)/.exec(run.stdout);
  if (!m) return { missing: `cannot read the version of nvim: ${run.stdout.split('\n')[0]}` };
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major < MIN_VERSION[0]! || (major === MIN_VERSION[0] && minor < MIN_VERSION[1]!))
    return { missing: `nvim ${m[0]} is older than ${MIN_VERSION.join('.')}, which has vim.lsp and vim.diagnostic` };
  return { version: `${m[1]}.${m[2]}.${m[3]}` };
}

function runNeovim(env: Record<string, string>, timeout: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      'nvim',
      [
        '--headless',
        '--clean',
        '-n',
        '-i',
        'NONE',
        '-u',
        'NONE',
        '-c',
        `luafile ${join(import.meta.dirname, 'neovim.lua')}`,
      ],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

describe('a second editor: Neovim', function () {
  this.timeout(90_000);
  let dir: string;
  let found: ReturnType<typeof neovim>;

  before(function () {
    found = neovim();
    if ('missing' in found) {
      console.log(`\n    Neovim test skipped: ${found.missing}.`);
      this.skip();
    }
    if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.js is missing: run `npm run build` first');
  });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pplint-nvim-'));
    for (const lang of ['ru', 'kk', 'en'])
      copyFileSync(join(root, 'examples', `privacy.${lang}.md`), join(dir, `privacy.${lang}.md`));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('receives over stdio the diagnostics the CLI reports for the Russian example', async () => {
    let stdout = '';
    await main({
      argv: ['--format', 'json', 'privacy.ru.md'],
      cwd: dir,
      stdout: (s) => (stdout += s),
      stderr: () => {},
    });
    const [file] = JSON.parse(stdout) as Array<{
      diagnostics: Array<{ rule: string; message: string; range: { start: { line: number; character: number } } }>;
    }>;
    const expected: Received[] = file!.diagnostics.map((d) => ({
      line: d.range.start.line,
      character: d.range.start.character,
      code: d.rule,
      message: d.message,
    }));
    assert.ok(expected.length > 0, 'the example has findings to receive');
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));

    const { code, stderr } = await runNeovim(
      {
        PPLINT_DRAFT: join(dir, 'privacy.ru.md'),
        PPLINT_ROOT: dir,
        PPLINT_NODE: process.execPath,
        PPLINT_SERVER: LANGUAGE_SERVER,
        PPLINT_EXPECTED: join(dir, 'expected.json'),
        PPLINT_RESULT: join(dir, 'result.json'),
        PPLINT_TIMEOUT: '45000',
      },
      75_000,
    );
    assert.ok(
      existsSync(join(dir, 'result.json')),
      `Neovim ${'version' in found ? found.version : ''} wrote no result (exit ${code}): ${stderr}`,
    );
    const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8')) as {
      matched?: boolean;
      diagnostics?: Received[];
      error?: string;
    };
    assert.equal(result.error, undefined, result.error);
    assert.equal(
      result.matched,
      true,
      `received: ${JSON.stringify(result.diagnostics, null, 1)}\nexpected: ${JSON.stringify(expected, null, 1)}`,
    );
    assert.deepEqual(
      result.diagnostics!.map((d) => [d.line, d.character, d.code, d.message]),
      expected.map((d) => [d.line, d.character, d.code, d.message]),
    );
    assert.ok(result.diagnostics!.every((d) => d.source === 'pplint'));
  });
});
