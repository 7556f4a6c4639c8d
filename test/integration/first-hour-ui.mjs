// What the lawyer sees in her first hour, measured in the page and in the logs of a fresh profile
// (used by run.mjs, part A):
//   - the Policy Checklist at the default sidebar width: every row's label whole (not cut off by
//     the ellipsis), and the count of items not stated in the view's description (before any
//     ellipsis) and badge;
//   - the cold start: activation and the language server's start, from pplint's own log lines;
//   - no configuration-scope warning about pplint's settings in the extension host's log.
import fs from 'node:fs';
import path from 'node:path';

/** Every file under the profile's log folder whose path matches `pattern`. */
function logFiles(profile, pattern) {
  const logs = path.join(profile.userData, 'logs');
  if (!fs.existsSync(logs)) return [];
  return fs
    .readdirSync(logs, { recursive: true })
    .map(String)
    .filter((f) => pattern.test(f))
    .map((f) => path.join(logs, f));
}

/** The time (ms since the epoch) of the first line matching `pattern`, from its log timestamp. */
function loggedAt(lines, pattern) {
  const line = lines.find((l) => pattern.test(l));
  const stamp = line && /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
  return stamp ? new Date(`${stamp[1]}T${stamp[2]}`).getTime() : null; // local time, as the logs write it
}

/**
 * pplint's start on this profile, from its output channel's log ("Activated in N ms", "The language
 * server is ready, N ms after activation began") and the extension host's ("activating pplint"):
 * the figures and when each line was logged; null where a line is missing.
 */
export function readStartTimings(profile) {
  const own = logFiles(profile, /Privacy Policy Linter\.log$/).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'));
  const host = logFiles(profile, /exthost\d*\/(remote)?exthost\.log$/).flatMap((f) =>
    fs.readFileSync(f, 'utf8').split('\n'),
  );
  const number = (pattern) => {
    const m = own.map((l) => pattern.exec(l)).find(Boolean);
    return m ? Number(m[1]) : null;
  };
  return {
    activationMs: number(/Activated in (\d+) ms/),
    serverReadyMs: number(/language server is ready, (\d+) ms after activation began/),
    activationEventAt: loggedAt(host, /_doActivateExtension pplint\.pplint\b/),
    activatedAt: loggedAt(own, /Activated in \d+ ms/),
    serverReadyAt: loggedAt(own, /language server is ready/),
  };
}

/** Lines of the extension host's log that warn about the scope in which a pplint setting was read. */
export function configurationScopeWarnings(profile) {
  return logFiles(profile, /exthost\d*\/(remote)?exthost\.log$/)
    .flatMap((f) => fs.readFileSync(f, 'utf8').split('\n'))
    .filter((l) => /Accessing a \w+ scoped configuration/.test(l) && /pplint/i.test(l));
}

/**
 * Measures the checklist view as rendered: the sidebar's width, each row's label and whether the
 * label is cut (its right edge beyond the label container's, which then shows an ellipsis), the
 * view's description and whether its count shows, and the Explorer's badge. The tree renders only
 * the rows in view, so the list is paged to its end, measuring on the way.
 */
export async function measureChecklist(page, viewTitle) {
  const pane = page.locator('.pane', { has: page.locator('.pane-header h3.title', { hasText: viewTitle }) }).first();
  await pane.locator('.pane-body .monaco-list-row').first().waitFor({ timeout: 20_000 });
  const rows = new Map();
  const list = pane.locator('.pane-body .monaco-list').first();
  // Paged through with the keyboard, as the focused tree scrolls to keep its focused row in view
  // (the mouse wheel would land on a row's tooltip once one shows).
  await list.focus();
  await page.keyboard.press('Home');
  await page.waitForTimeout(150);
  for (let i = 0, unchanged = 0; i < 40 && unchanged < 2; i++) {
    const seen = await pane.locator('.pane-body .monaco-list-row').evaluateAll((els) =>
      els.map((row) => {
        const container = row.querySelector('.monaco-icon-label-container');
        const name = row.querySelector('.label-name');
        const box = container?.getBoundingClientRect();
        const nameBox = name?.getBoundingClientRect();
        return {
          index: Number(row.getAttribute('data-index')),
          label: name?.textContent ?? '',
          width: Math.round(nameBox?.width ?? 0),
          room: Math.round(box?.width ?? 0),
          cut: !box || !nameBox || nameBox.right > box.right + 0.5 || container.scrollWidth > container.clientWidth + 1,
        };
      }),
    );
    const before = rows.size;
    for (const row of seen) rows.set(row.index, row);
    unchanged = rows.size === before ? unchanged + 1 : 0;
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(150);
  }
  const header = await pane.locator('.pane-header').evaluate((el) => {
    const description = el.querySelector('.description');
    // The count ("3 ✗") must stand before any ellipsis: its letters inside the description's box.
    let countShown = false;
    const text = description?.firstChild;
    const at = text?.textContent?.search(/\d+ ✗/) ?? -1;
    if (text && at >= 0) {
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + /\d+ ✗/.exec(text.textContent)[0].length);
      countShown = range.getBoundingClientRect().right <= description.getBoundingClientRect().right + 0.5;
    }
    return {
      description: description?.textContent ?? '',
      countShown,
      sidebarWidth: Math.round(document.querySelector('.part.sidebar')?.getBoundingClientRect().width ?? 0),
    };
  });
  const badge = await page
    .locator('.activitybar .action-item', { has: page.locator('.codicon-explorer-view-icon') })
    .locator('.badge-content')
    .first()
    .textContent({ timeout: 2_000 })
    .catch(() => null);
  return { ...header, badge, rows: [...rows.values()].sort((a, b) => a.index - b.index) };
}

/** Throws unless every row's label is whole and the count is in the view's description and badge. */
export function assertChecklistReadable(measured) {
  const cut = measured.rows.filter((r) => r.cut);
  const problems = [];
  if (measured.rows.length === 0) problems.push('no rows');
  if (cut.length)
    problems.push(
      `${cut.length} of ${measured.rows.length} labels cut off at a ${measured.sidebarWidth}px sidebar: ` +
        cut
          .slice(0, 4)
          .map((r) => `"${r.label}" (${r.width}px in ${r.room}px)`)
          .join(', '),
    );
  const count = /(\d+) ✗/.exec(measured.description)?.[1];
  if (!count) problems.push(`no count in the view's description ${JSON.stringify(measured.description)}`);
  else if (!measured.countShown) problems.push(`the count in the view's description is cut: ${measured.description}`);
  if (count && measured.badge?.trim() !== count)
    problems.push(`the Explorer's badge shows ${JSON.stringify(measured.badge)}, not ${count}`);
  if (problems.length) throw new Error(problems.join('; '));
  const widest = Math.max(...measured.rows.map((r) => r.width));
  return `${measured.rows.length} rows whole at a ${measured.sidebarWidth}px sidebar (widest label ${widest}px); description "${measured.description}", badge ${measured.badge}`;
}

/**
 * The cold start in words, for the closing note: from the click on the policy (`clicks`: when the
 * test clicked, saw the editor and saw the first finding) and pplint's and the extension host's logs.
 */
export async function describeColdStart(page, profile, clicks) {
  let timings = readStartTimings(profile);
  // The output channel's log is written a little after the lines are logged.
  for (let i = 0; i < 40 && timings.serverReadyMs === null; i++) {
    await page.waitForTimeout(250);
    timings = readStartTimings(profile);
  }
  if (!clicks.firstDiagnosticsAt) throw new Error('no first diagnostics were seen');
  if (Object.values(timings).some((v) => v === null))
    throw new Error(`the logs lack pplint's start: ${JSON.stringify(timings)}`);
  const since = (from, to) => `${to - from} ms`;
  return [
    `[timing] click → first diagnostics on screen ${since(clicks.openedAt, clicks.firstDiagnosticsAt)}`,
    `(click → editor shown ${since(clicks.openedAt, clicks.editorShownAt)};`,
    `click → activation event ${since(clicks.openedAt, timings.activationEventAt)};`,
    `activation event → activate() returned ${since(timings.activationEventAt, timings.activatedAt)},`,
    `of which activate() ${timings.activationMs} ms;`,
    `language server ready ${timings.serverReadyMs} ms after activation began;`,
    `server ready → first diagnostics on screen ${since(timings.serverReadyAt, clicks.firstDiagnosticsAt)})`,
  ].join(' ');
}

/**
 * Steps: a policy under all four laws opened from the Explorer, then its checklist measured in
 * English, Russian and Kazakh (`pplint.uiLanguage` set in the folder's settings, as a lawyer would).
 */
export async function checkChecklistWidth({ page, step, runCommand, explorerRow, ws }) {
  // A policy under all four laws, so that every law's labels are measured.
  fs.writeFileSync(
    path.join(ws, 'privacy-all-laws.en.md'),
    [
      '---',
      'policy: privacy',
      'lang: en',
      'jurisdictions: [kz, gdpr, ru, ccpa]',
      '---',
      '',
      '# Privacy Policy of Steppe Books LLP',
      '',
      '## 1. Retention',
      '',
      'We keep order data for three years.',
      '',
    ].join('\n'),
  );
  await step('open a policy under all four laws (kz, gdpr, ru, ccpa) from the Explorer', async () => {
    await explorerRow('privacy-all-laws.en.md').click({ timeout: 15_000 });
    await page
      .locator('.tabs-container .tab.active', { hasText: 'privacy-all-laws.en.md' })
      .waitFor({ timeout: 15_000 });
  });
  for (const [lang, letters] of [
    ['en', /[A-Za-z]/],
    ['ru', /[А-Яа-яЁё]/],
    ['kk', /[ӘәҒғҚқҢңӨөҰұҮүІі]/],
  ]) {
    await step(`the checklist is readable at the default sidebar width (${lang})`, async () => {
      if (lang !== 'en') {
        // As a lawyer would set it for the folder (the workspace's settings file is watched).
        fs.mkdirSync(path.join(ws, '.vscode'), { recursive: true });
        fs.writeFileSync(path.join(ws, '.vscode/settings.json'), JSON.stringify({ 'pplint.uiLanguage': lang }));
      } else if (!(await runCommand('Privacy Policy: Show Checklist'))) {
        throw new Error('"Privacy Policy: Show Checklist" is not in the palette');
      }
      // The new policy's checklist (gdpr in the view's description), its rows in the interface
      // language: for Kazakh, a label with a letter only Kazakh has.
      await page.waitForFunction(
        ([title, source]) =>
          [...document.querySelectorAll('.pane')]
            .filter((p) => p.querySelector('.pane-header h3.title')?.textContent?.includes(title))
            .some(
              (p) =>
                /gdpr/.test(p.querySelector('.pane-header .description')?.textContent ?? '') &&
                [...p.querySelectorAll('.pane-body .monaco-list-row .label-name')].some((l) =>
                  new RegExp(source).test(l.textContent ?? ''),
                ),
            ),
        ['Policy Checklist', letters.source],
        { timeout: 30_000 },
      );
      return assertChecklistReadable(await measureChecklist(page, 'Policy Checklist'));
    });
  }

  fs.rmSync(path.join(ws, '.vscode'), { recursive: true, force: true });
}
