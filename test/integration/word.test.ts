// Word in the editor: a draft exported to Word and imported again opens as a Markdown draft and
// gets its diagnostics (the Russian example's duplicated heading).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, byRule, exists, inWorkspace, waitForDiagnostics } from './helpers.js';

describe('Word import and export in the editor', () => {
  const folder = inWorkspace('word-e2e');
  after(async () => {
    if (await exists(folder)) await vscode.workspace.fs.delete(folder, { recursive: true });
  });

  it('exports a draft to .docx, and the import command opens the converted draft with diagnostics', async () => {
    await activateExtension();
    const docx = vscode.Uri.joinPath(folder, 'privacy.ru.docx');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(
      'pplint.exportWord',
      inWorkspace('examples/privacy.ru.md'),
      docx,
    );
    assert.equal(written?.toString(), docx.toString());
    assert.ok(await exists(docx), 'the .docx is written');
    const markdown = vscode.Uri.joinPath(folder, 'privacy.ru.md');
    const imported = await vscode.commands.executeCommand<vscode.Uri | undefined>('pplint.importWord', docx, markdown);
    assert.equal(imported?.toString(), markdown.toString());
    assert.equal(
      vscode.window.activeTextEditor?.document.uri.toString(),
      markdown.toString(),
      'the converted draft is open',
    );
    await waitForDiagnostics(
      markdown,
      (d) => d.some(byRule('duplicate-heading')),
      'duplicate-heading in the imported draft',
    );
  });
});
