// Import Word Document… and Export to Word…: the Word code (mammoth, docx, jszip) is a bundle of
// its own, dist/word.js, loaded the first time one of these commands runs, so that activating
// the extension and linting Markdown never load it.
import * as vscode from 'vscode';
import { createRequire } from 'node:module';
import type * as WordModule from '../../server/src/word/index.js';
import { t } from './l10n.js';

let loaded: typeof WordModule | undefined;

function word(context: vscode.ExtensionContext): typeof WordModule {
  loaded ??= createRequire(__filename)(context.asAbsolutePath('dist/word.js')) as typeof WordModule;
  return loaded;
}

export function registerWordCommands(context: vscode.ExtensionContext): vscode.Disposable[] {
  return [
    // From the explorer the second argument is the selection; a caller (a test) may pass a target file.
    vscode.commands.registerCommand('pplint.importWord', (uri?: vscode.Uri, target?: unknown) =>
      importWord(context, uri, target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand('pplint.exportWord', (uri?: vscode.Uri, target?: unknown) =>
      exportWord(context, uri, target instanceof vscode.Uri ? target : undefined),
    ),
  ];
}

type Findings = WordModule.ImportResult['findings'];

// What Word held that the draft does not keep as it was, in the interface language. The counts
// stand apart from the nouns ("Tracked changes: 2") so that no language needs plural forms here.
// (The server's reviewWarning and notes say the same in English, for the command line.)
function reviewWarning(f: Pick<Findings, 'trackedChanges' | 'comments'>): string | undefined {
  if (f.trackedChanges > 0 && f.comments > 0)
    return t(
      'The document has tracked changes ({0}) and comments ({1}). The import takes the text as if every change were accepted and leaves the comments out.',
      f.trackedChanges,
      f.comments,
    );
  if (f.trackedChanges > 0)
    return t(
      'The document has tracked changes ({0}). The import takes the text as if every change were accepted.',
      f.trackedChanges,
    );
  if (f.comments > 0) return t('The document has comments ({0}). The import leaves the comments out.', f.comments);
  return undefined;
}

function importNotes(f: Findings, mergedTables: number): string[] {
  const notes: string[] = [];
  if (f.trackedChanges > 0)
    notes.push(
      t(
        'Tracked changes ({0}): the text is taken as if every change were accepted (insertions kept, deletions left out).',
        f.trackedChanges,
      ),
    );
  if (f.comments > 0) notes.push(t('Comments ({0}): not kept.', f.comments));
  if (f.images > 0) notes.push(t('Images ({0}): not kept.', f.images));
  if (f.textBoxes > 0)
    notes.push(t('Text boxes ({0}): the text is kept where the box is anchored, without its frame.', f.textBoxes));
  if (mergedTables > 0)
    notes.push(
      t(
        'Tables with merged cells ({0}): flattened, each merged text in the first of its cells, with a note below the table.',
        mergedTables,
      ),
    );
  return notes;
}

/** Converts a .docx, warns about tracked changes and comments, writes the draft beside it and opens it. */
export async function importWord(
  context: vscode.ExtensionContext,
  given?: vscode.Uri,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const source =
    given ??
    (
      await vscode.window.showOpenDialog({
        canSelectMany: false,
        filters: { [t('Word documents')]: ['docx'] },
        title: t('Import Word Document'),
      })
    )?.[0];
  if (!source) return undefined;
  const name = source.path.split('/').pop() ?? 'policy.docx';
  let result: WordModule.ImportResult;
  try {
    result = await word(context).importDocx(await vscode.workspace.fs.readFile(source), { fileName: name });
  } catch (error) {
    void vscode.window.showErrorMessage(
      t('{0} cannot be read as a Word document: {1}', name, error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }
  const warning = reviewWarning(result.findings);
  // A test passes the target: it has no one to answer the question.
  const proceed = t('Import');
  if (warning && !target && (await vscode.window.showWarningMessage(warning, { modal: true }, proceed)) !== proceed)
    return undefined;
  const stem = name.replace(/\.docx$/i, '');
  const suggested = vscode.Uri.joinPath(
    source,
    '..',
    word(context).docxVersionName(name) || !result.language ? `${stem}.md` : `${stem}.${result.language}.md`,
  );
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: suggested,
      filters: { Markdown: ['md'] },
      title: t('Save the imported draft'),
    }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.markdown));
  await vscode.window.showTextDocument(destination);
  const notes = importNotes(result.findings, result.mergedTables);
  if (notes.length > 0)
    void vscode.window.showInformationMessage(
      t('Imported {0}. Not kept as it was in Word: {1}', name, notes.join(' ')),
    );
  return destination;
}

/** Writes the active Markdown draft (or the given one) as a .docx in the conservative legal style. */
export async function exportWord(
  context: vscode.ExtensionContext,
  given?: vscode.Uri,
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const document = given ? await vscode.workspace.openTextDocument(given) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage(t('Open a Markdown policy draft to export it to Word.'));
    return undefined;
  }
  const suggested = document.uri.with({ path: document.uri.path.replace(/\.(md|markdown|mdx)$/i, '') + '.docx' });
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: suggested,
      filters: { [t('Word documents')]: ['docx'] },
      title: t('Export to Word'),
    }));
  if (!destination) return undefined;
  const bytes = await word(context).exportMarkdown(document.getText());
  await vscode.workspace.fs.writeFile(destination, bytes);
  if (!target)
    void vscode.window.showInformationMessage(t('Exported to {0}.', destination.path.split('/').pop() ?? ''));
  return destination;
}
