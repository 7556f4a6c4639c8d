// A suggestion that selects a blank once applied (a renamed heading's title) as an LSP snippet
// edit, for clients that take them: the blank is the snippet's placeholder, selected to type over,
// and Tab leaves it. Only one-line texts: an editor re-indents the lines of a multi-line snippet,
// which would change an inserted section's text; those keep the plain edit and a reveal command.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';

/** `$`, `}` and `\` are the snippet syntax's own characters. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, (c) => `\\${c}`);
}

/**
 * The edits with the first one as a snippet whose `blank` (offsets in its text) is the placeholder;
 * null when the first edit spans lines or the blank does not lie inside it.
 */
export function snippetWorkspaceEdit(
  document: TextDocument,
  edits: readonly TextEdit[],
  blank: { start: number; end: number },
): WorkspaceEdit | null {
  const [first, ...rest] = edits;
  if (!first || /[\r\n]/.test(first.newText)) return null;
  if (blank.start < 0 || blank.end > first.newText.length || blank.start >= blank.end) return null;
  const text = first.newText;
  const value =
    escapeSnippet(text.slice(0, blank.start)) +
    `\${1:${escapeSnippet(text.slice(blank.start, blank.end))}}` +
    escapeSnippet(text.slice(blank.end));
  const snippet: SnippetTextEdit = { range: first.range, snippet: { kind: 'snippet', value } };
  return {
    documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: [snippet, ...rest] }],
  };
}
