// Code actions for each diagnostic: the rule's fix (preferred) and each suggestion, taken from the
// finding the diagnostic was made from; "disable for this line / file", "show documentation"; and
// for the document, `source.fixAll.pplint`. `context.only` is honoured.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { render, type Engine, type Lang, type RenderedFinding } from '../engine/index.js';
import type { Analysis } from './analysis.js';
import { proposalsOf, SOURCE, type DiagnosticData } from './convert.js';
import { snippetWorkspaceEdit } from './snippet-edit.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.pplint`;
export const SHOW_DOCS_COMMAND = 'pplint.showRuleDocs';
/** The client's command that opens a document at a range and selects it. */
export const REVEAL_COMMAND = 'pplint.revealLocation';

/** What the client can do with a code action's edit. */
export interface EditCapabilities {
  /** Snippet edits in a workspace edit (LSP 3.18 `workspace.workspaceEdit.snippetEditSupport`). */
  snippets: boolean;
}

export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  analysis: Analysis,
  engine: Engine,
  capabilities: EditCapabilities = { snippets: false },
): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const lang = analysis.settings.config.uiLanguage;
  const actions: CodeAction[] = [];

  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (
        diagnostic.source !== SOURCE ||
        typeof diagnostic.code !== 'string' ||
        diagnostic.code === 'front-matter' ||
        diagnostic.code === 'parse'
      )
        continue;
      const data = diagnostic.data as DiagnosticData | undefined;
      // A diagnostic made for an older version stands where text may have moved: offer only the
      // actions that do not depend on its finding's edits.
      const finding = data?.version === document.version ? findingOf(diagnostic, document, analysis) : undefined;
      if (finding) {
        const { fix, suggestions } = proposalsOf(document, finding);
        if (fix) actions.push(edit(document, fix.title, fix.edits, diagnostic, true));
        for (const s of suggestions) {
          const action = edit(document, s.title, s.edits, diagnostic, false);
          // A one-line blank (a renamed title) becomes the snippet's placeholder, selected to type
          // over; otherwise the inserted text is revealed with its first blank selected.
          const snippet = capabilities.snippets && s.blank ? snippetWorkspaceEdit(document, s.edits, s.blank) : null;
          if (snippet) action.edit = snippet;
          else if (s.select)
            action.command = { title: s.title, command: REVEAL_COMMAND, arguments: [document.uri, s.select] };
          actions.push(action);
        }
      }
      const rule = diagnostic.code;
      // The documentation comes before the disable actions, so that the first action of a
      // finding without a fix is never one that silences it.
      actions.push({
        title: render({ id: 'action/show-docs', data: { rule } }, lang),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {
          title: render({ id: 'action/show-docs', data: { rule } }, lang),
          command: SHOW_DOCS_COMMAND,
          arguments: [rule],
        },
      });
      actions.push(
        edit(
          document,
          render({ id: 'action/disable-line', data: { rule } }, lang),
          [disableLine(document, analysis, diagnostic, rule)],
          diagnostic,
          false,
        ),
      );
      actions.push(
        edit(
          document,
          render({ id: 'action/disable-file', data: { rule } }, lang),
          [disableFile(analysis, document, rule)],
          diagnostic,
          false,
        ),
      );
    }
  }
  if (
    only &&
    wants(FIX_ALL_KIND) &&
    only.some((o) => FIX_ALL_KIND.startsWith(o) && o.startsWith(CodeActionKind.Source))
  ) {
    const fixAll = fixAllAction(document, analysis, engine, lang);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
}

/** The finding of the analysis that a diagnostic of the same version was made from. */
function findingOf(diagnostic: Diagnostic, document: TextDocument, analysis: Analysis): RenderedFinding | undefined {
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return analysis.rendered.find(
    (f) =>
      f.ruleId === diagnostic.code &&
      f.span.start === start &&
      f.span.end === end &&
      f.message === diagnostic.message &&
      // Carried over from an older version: its edits were made for that text.
      !analysis.carried.has(f),
  );
}

function edit(
  document: TextDocument,
  title: string,
  edits: TextEdit[],
  diagnostic: Diagnostic,
  preferred: boolean,
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [document.uri]: edits } },
  };
}

/**
 * Above a paragraph or heading that starts a line, a `disable-next-line` comment of its own;
 * elsewhere (list items, table rows, continuation lines) a `disable-line` comment at the end of
 * the line, inside the last table cell, where it changes nothing a reader sees.
 */
function disableLine(document: TextDocument, analysis: Analysis, diagnostic: Diagnostic, rule: string): TextEdit {
  const line = diagnostic.range.start.line;
  const lineStart = document.offsetAt({ line, character: 0 });
  const lineText = document
    .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
  const block = analysis.doc.blocks.find(
    (b) => b.start <= document.offsetAt(diagnostic.range.start) && document.offsetAt(diagnostic.range.start) <= b.end,
  );
  const startsBlock =
    block &&
    block.start === lineStart &&
    block.core.listDepth === 0 &&
    !block.core.quoted &&
    !block.core.cell &&
    (block.type === 'paragraph' || block.type === 'heading');
  if (startsBlock)
    return {
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
      newText: `<!-- pplint-disable-next-line ${rule} -->\n`,
    };
  const comment = `<!-- pplint-disable-line ${rule} -->`;
  const trimmed = lineText.replace(/\s+$/, '');
  if (block?.core.cell && trimmed.endsWith('|')) {
    const at = trimmed.length - 1;
    return { range: { start: { line, character: at }, end: { line, character: at } }, newText: `${comment} ` };
  }
  return {
    range: { start: { line, character: trimmed.length }, end: { line, character: lineText.length } },
    newText: ` ${comment}`,
  };
}

function disableFile(analysis: Analysis, document: TextDocument, rule: string): TextEdit {
  const at = document.positionAt(analysis.doc.bodyStart);
  return { range: { start: at, end: at }, newText: `<!-- pplint-disable ${rule} -->\n\n` };
}

function fixAllAction(document: TextDocument, analysis: Analysis, engine: Engine, lang: Lang): CodeAction | null {
  const text = document.getText();
  const fixed = engine.fixAll(document.uri, text, analysis.settings.config, analysis.group);
  if (fixed.applied === 0 || fixed.text === text) return null;
  return {
    title: render({ id: 'action/fix-all' }, lang),
    kind: FIX_ALL_KIND,
    edit: { changes: { [document.uri]: [minimalEdit(document, text, fixed.text)] } },
  };
}

/** One edit spanning only what changed, so that the editor keeps cursors and folds elsewhere. */
export function minimalEdit(document: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return {
    range: { start: document.positionAt(start), end: document.positionAt(endBefore) },
    newText: after.slice(start, endAfter),
  };
}
