// Helpers shared by the in-editor test files: workspace paths, waiting for editor events (never a
// fixed sleep), diagnostics, code actions, document symbols.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'pplint.pplint';
// Long enough for the language server to start and lint; short enough that a broken contract
// (every test waiting in vain) still ends within a few minutes.
export const WAIT_MS = 15_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code has no workspace folder open (run.mjs opens one)');
  return folder.uri;
}

export function inWorkspace(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in this editor`);
  await extension.activate();
  return extension;
}

/** The rule id of a diagnostic (the language client turns `code` + `codeDescription` into `{ value, target }`). */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function pplintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pplint');
}

export function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return 'no diagnostics';
  return all
    .map(
      (d) =>
        `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ` +
        `[${d.source ?? '?'}/${ruleOf(d) ?? '?'}] ${d.message}`,
    )
    .join('; ');
}

/**
 * Resolves with the first truthy value of `probe`, checked now and after each of `events`;
 * rejects after `timeoutMs` with `what` and the last state `describe` reports.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined | false,
  events: Array<vscode.Event<unknown>>,
  describe: () => string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
      settle();
    };
    const check = (): void => {
      let value: T | undefined | false;
      try {
        value = probe();
      } catch (error) {
        finish(() => reject(error));
        return;
      }
      if (value) finish(() => resolve(value));
    };
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${describe()}`)),
        ),
      timeoutMs,
    );
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/** Waits until the pplint diagnostics of `uri` satisfy `predicate`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${vscode.workspace.asRelativePath(uri)}`,
    () => {
      const diagnostics = pplintDiagnostics(uri);
      return predicate(diagnostics) && diagnostics;
    },
    [vscode.languages.onDidChangeDiagnostics],
    () => describeDiagnostics(uri),
    timeoutMs,
  );
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function writeAndOpen(relativePath: string, lines: string[]): Promise<vscode.TextEditor> {
  const uri = inWorkspace(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(lines.join('\n')));
  return open(uri);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The range of the first occurrence of `needle` in the document. */
export function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is not in ${vscode.workspace.asRelativePath(document.uri)}`);
  return new vscode.Range(document.positionAt(at), document.positionAt(at + needle.length));
}

export function textOf(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): string {
  return document.getText(diagnostic.range);
}

export function byRule(rule: string): (diagnostic: vscode.Diagnostic) => boolean {
  return (diagnostic) => ruleOf(diagnostic) === rule;
}

/** Code actions as the lightbulb would get them, with their edits resolved. */
export async function codeActions(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: vscode.CodeActionKind,
): Promise<vscode.CodeAction[]> {
  const result = await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind?.value,
    100,
  );
  // A bare Command has a string `command`; a CodeAction has a Command object, if any.
  return (result ?? []).filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string');
}

export function describeActions(actions: vscode.CodeAction[]): string {
  return actions.length === 0
    ? 'no code actions'
    : actions.map((a) => `"${a.title}" (${a.kind?.value ?? 'no kind'})`).join(', ');
}

export function editsOf(action: vscode.CodeAction): vscode.TextEdit[] {
  return action.edit ? action.edit.entries().flatMap(([, edits]) => edits) : [];
}

export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit)
    assert.ok(await vscode.workspace.applyEdit(action.edit), `the editor refused the edit of "${action.title}"`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

export function waitForText(
  document: vscode.TextDocument,
  predicate: (text: string) => boolean,
  what: string,
): Promise<string> {
  return waitFor(
    `${what} in ${vscode.workspace.asRelativePath(document.uri)}`,
    () => predicate(document.getText()) && document.getText(),
    [vscode.workspace.onDidChangeTextDocument],
    () => JSON.stringify(document.getText()),
  );
}

export function flatten(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((s) => [s, ...flatten(s.children ?? [])]);
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  const result = await vscode.commands.executeCommand<Array<vscode.DocumentSymbol | vscode.SymbolInformation>>(
    'vscode.executeDocumentSymbolProvider',
    uri,
  );
  // Several providers may answer (VS Code's own Markdown extension does too); only DocumentSymbols have a detail.
  return flatten((result ?? []).filter((s): s is vscode.DocumentSymbol => 'children' in s));
}

export const FRONT_MATTER = ['---', 'policy: privacy', 'lang: en', '---', ''];
