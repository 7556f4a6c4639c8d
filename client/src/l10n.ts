// The client's words in the interface language. They live in @vscode/l10n bundles under l10n/
// (bundle.l10n.json: the English texts, which are also the keys; .ru and .kk: translations), and
// every message goes through `t`. VS Code loads the bundle of its display language into
// vscode.l10n; when `pplint.uiLanguage` asks for another language, that bundle is read from the
// same folder, so there is one set of bundles either way. The server's words are the engine's
// catalogues (server/src/engine/i18n), chosen by the same setting.
import * as vscode from 'vscode';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type UiLanguage = 'en' | 'ru' | 'kk';
export const UI_LANGUAGES: readonly UiLanguage[] = ['en', 'ru', 'kk'];

type Bundle = Record<string, string | { message: string; comment?: string[] }>;

let folder: string | undefined;
const loaded = new Map<UiLanguage, Bundle>();

/** Where the bundles are (the extension's l10n/ folder); called once on activation. */
export function initL10n(extensionPath: string): void {
  folder = join(extensionPath, 'l10n');
  loaded.clear();
}

function asLanguage(code: string | undefined): UiLanguage | undefined {
  const short = (code ?? '').slice(0, 2).toLowerCase();
  return (UI_LANGUAGES as readonly string[]).includes(short) ? (short as UiLanguage) : undefined;
}

/** The editor's display language, as far as pplint speaks it (English otherwise), as the server decides it too. */
function displayLanguage(): UiLanguage {
  return asLanguage(vscode.env.language) ?? 'en';
}

/**
 * `pplint.uiLanguage`, where "auto" (the default) follows VS Code's display language. The setting
 * is per resource (a folder's settings may choose its reviewers' language), so it is read for the
 * active editor's document, or for no resource in particular (`null`) when none is open.
 */
export function uiLanguage(): UiLanguage {
  const scope = vscode.window.activeTextEditor?.document.uri ?? null;
  const wanted = vscode.workspace.getConfiguration('pplint', scope).get<string>('uiLanguage', 'auto');
  return (wanted !== 'auto' ? asLanguage(wanted) : undefined) ?? displayLanguage();
}

function bundle(lang: UiLanguage): Bundle {
  let found = loaded.get(lang);
  if (!found) {
    found = {};
    if (folder && lang !== 'en') {
      try {
        found = JSON.parse(readFileSync(join(folder, `bundle.l10n.${lang}.json`), 'utf8')) as Bundle;
      } catch {
        // A missing or broken bundle must not silence the extension: English it is.
      }
    }
    loaded.set(lang, found);
  }
  return found;
}

/** Fills `{0}`, `{1}`… as vscode.l10n.t does. */
function format(template: string, args: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

/** The message in the interface language; `message` is its English text, as in the bundles. */
export function t(message: string, ...args: Array<string | number>): string {
  const lang = uiLanguage();
  if (lang === displayLanguage()) return vscode.l10n.t(message, ...args);
  const entry = bundle(lang)[message];
  const template = entry === undefined ? message : typeof entry === 'string' ? entry : entry.message;
  return format(template, args);
}
