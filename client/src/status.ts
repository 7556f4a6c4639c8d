// The status bar item for the active policy: its language code, the laws it answers to by name
// ("ru · Law 94-V", "kk · Law 94-V (guess)", "ru · no law set") and its counts of errors and
// warnings, with the same icons as the Problems panel; the tooltip says what decided the laws, in
// the interface language. Hidden for other files. Clicking it shows what the linter understood.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_INFO_REQUEST, type DocumentInfo } from './protocol.js';
import { t } from './l10n.js';

export class PolicyStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pplint.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private pending: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.item.name = t('Privacy Policy Linter');
    this.item.command = 'pplint.showPolicyInfo';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) this.refresh();
      }),
    );
  }

  /** Asks the server about the active document (coalescing bursts of diagnostics). */
  refresh(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => void this.update(), 50);
  }

  async info(uri: vscode.Uri): Promise<DocumentInfo | null> {
    if (!this.client.isRunning()) return null;
    return this.client.sendRequest<DocumentInfo | null>(DOCUMENT_INFO_REQUEST, { uri: uri.toString() });
  }

  /** The item's text and tooltip once it is up to date with the active editor (for the API and its tests). */
  async shown(): Promise<{ text: string; tooltip: string } | null> {
    if (this.pending) clearTimeout(this.pending);
    const visible = await this.update();
    const tooltip = this.item.tooltip;
    return visible
      ? { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? '') }
      : null;
  }

  /** Shows the item for the active policy; says whether it is shown. */
  private async update(): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'markdown') return this.hide();
    const info = await this.info(editor.document.uri).catch(() => null);
    if (!info?.policy || vscode.window.activeTextEditor !== editor) return this.hide();
    // The language as a lower-case code and the laws by name, so that "ru · Law 94-V" cannot be
    // misread as two countries; errors and warnings counted as the Problems panel counts them.
    this.item.name = t('Privacy Policy Linter');
    this.item.text = `$(law) ${info.language ?? '?'} · ${info.laws} · $(error) ${info.counts.error} $(warning) ${info.counts.warning}`;
    this.item.tooltip = new vscode.MarkdownString(
      [
        `**${t('Privacy policy draft')}**`,
        languageLine(info),
        ...info.lawNotes,
        t('Problems: {0} errors, {1} warnings, {2} notes', info.counts.error, info.counts.warning, info.counts.info),
      ].join('\n\n'),
    );
    this.item.accessibilityInformation = {
      label: t(
        'Privacy policy: language {0}, laws: {1}, {2} errors, {3} warnings',
        info.language ?? '?',
        info.laws,
        info.counts.error,
        info.counts.warning,
      ),
    };
    this.item.backgroundColor =
      info.counts.error > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
    return true;
  }

  private hide(): false {
    this.item.hide();
    return false;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The tooltip's line on the language: the code, what decided it, and whether pplint reads it. */
export function languageLine(info: DocumentInfo): string {
  const language = info.language ?? t('not detected');
  const source = languageSourceName(info.languageSource);
  const line = source ? t('Language: {0} ({1})', language, source) : t('Language: {0}', language);
  return info.languageRead ? line : `${line} — ${t('not read by pplint')}`;
}

/** What decided the document's language, in words. */
export function languageSourceName(source: string | null): string {
  if (source === 'front-matter') return t('set in the front matter');
  if (source === 'file-name') return t('from the file name');
  if (source === 'detected') return t('detected from the text');
  return source ?? '';
}
