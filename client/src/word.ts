// Import Word Document… and Export to Word…: the Word code (mammoth, docx, jszip) is a bundle of
// its own, dist/word.js, loaded the first time one of these commands runs, so that activating
// the extension and linting Markdown never load it.
import * as vscode from 'vscode';
import { createRequire } from 'node:module';
import type * as WordModule from '../../server/src/word/index.js';

let loaded: typeof WordModule | undefined;

function word(context: vscode.ExtensionContext): typeof WordModule {
  loaded ??= createRequire(__filename)(context.asAbsolutePath('dist/word.js')) as typeof WordModule;
  return loaded;
}

export function registerWordCommands(context: vscode.ExtensionContext): vscode.Disposable[] {
  return [
    // From the explorer the second argument is the selection; a caller (a test) may pass a target file.
    vscode.commands.registerCommand('pplint.importWord', (uri?: vscode.Uri, target?: unknown) => importWord(context, uri, target instanceof vscode.Uri ? target : undefined)),
    vscode.commands.registerCommand('pplint.exportWord', (uri?: vscode.Uri, target?: unknown) => exportWord(context, uri, target instanceof vscode.Uri ? target : undefined)),
  ];
}

/** Converts a .docx, warns about tracked changes and comments, writes the draft beside it and opens it. */
export async function importWord(context: vscode.ExtensionContext, given?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const source = given ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Word documents': ['docx'] }, title: 'Import Word Document' }))?.[0];
  if (!source) return undefined;
  const name = source.path.split('/').pop() ?? 'policy.docx';
  let result: WordModule.ImportResult;
  try {
    result = await word(context).importDocx(await vscode.workspace.fs.readFile(source), { fileName: name });
  } catch (error) {
    void vscode.window.showErrorMessage(`${name} cannot be read as a Word document: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
  const warning = word(context).reviewWarning(result.findings);
  // A test passes the target: it has no one to answer the question.
  if (warning && !target && (await vscode.window.showWarningMessage(warning, { modal: true }, 'Import')) !== 'Import') return undefined;
  const stem = name.replace(/\.docx$/i, '');
  const suggested = vscode.Uri.joinPath(source, '..', word(context).docxVersionName(name) || !result.language ? `${stem}.md` : `${stem}.${result.language}.md`);
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { Markdown: ['md'] }, title: 'Save the imported draft' }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.markdown));
  await vscode.window.showTextDocument(destination);
  if (result.notes.length > 0) void vscode.window.showInformationMessage(`Imported ${name}. Not kept as it was in Word: ${result.notes.join(' ')}`);
  return destination;
}

/** Writes the active Markdown draft (or the given one) as a .docx in the conservative legal style. */
export async function exportWord(context: vscode.ExtensionContext, given?: vscode.Uri, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = given ? await vscode.workspace.openTextDocument(given) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a Markdown policy draft to export it to Word.');
    return undefined;
  }
  const suggested = document.uri.with({ path: document.uri.path.replace(/\.(md|markdown|mdx)$/i, '') + '.docx' });
  const destination = target ?? (await vscode.window.showSaveDialog({ defaultUri: suggested, filters: { 'Word documents': ['docx'] }, title: 'Export to Word' }));
  if (!destination) return undefined;
  const bytes = await word(context).exportMarkdown(document.getText());
  await vscode.workspace.fs.writeFile(destination, bytes);
  if (!target) void vscode.window.showInformationMessage(`Exported to ${destination.path.split('/').pop()}.`);
  return destination;
}
