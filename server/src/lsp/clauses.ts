// Insert Clause… for the client: the clauses offered in the document's language, missing items
// first, each with where it goes (an editor position) and the snippet that inserts it; and, for
// the "all versions" option, the edits that put the same clause into the other language versions.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type Position,
  type TextEdit,
} from 'vscode-languageserver';
import {
  clauseChoices,
  insertionsInOtherVersions,
  KIND_NAMES,
  LineIndex,
  policyParts,
  type ClauseLibrary,
  type Engine,
  type PolicyDocument,
} from '../engine/index.js';
import type { Analysis } from './analysis.js';

export const CLAUSES_REQUEST = 'pplint/clauses';
export const CLAUSE_IN_OTHER_VERSIONS_REQUEST = 'pplint/clauseInOtherVersions';

export interface ClausePickerView {
  uri: string;
  /** The language of the clauses: the document's (or the version's under the cursor). */
  lang: string;
  choices: Array<{
    id: string;
    kind: string;
    /** The kind as the picker groups it, in the interface language. */
    kindName: string;
    title: string;
    description: string;
    /** The clause as it will read, blanks in brackets. */
    preview: string;
    /** Names of the items the policy lacks that the clause states. */
    missing: string[];
    origin: 'library' | 'firm';
    position: Position;
    snippet: string;
    headingLine: string;
  }>;
}

function partAt(doc: PolicyDocument, offset: number): number {
  const { parts } = policyParts(doc);
  const index = parts.findIndex((p) => offset >= p.span.start && offset <= p.span.end);
  return index === -1 ? 0 : index;
}

export function clausePicker(
  document: TextDocument,
  analysis: Analysis,
  engine: Engine,
  library: ClauseLibrary,
  position?: Position,
): ClausePickerView {
  const ui = analysis.settings.config.uiLanguage;
  const offset = position ? document.offsetAt(position) : 0;
  const { lang, choices } = clauseChoices(
    analysis.doc,
    analysis.settings.config,
    analysis.group,
    library,
    partAt(analysis.doc, offset),
  );
  const names = new Map(
    engine
      .checklist(analysis.doc, analysis.settings.config, analysis.group)
      .profiles.flatMap((p) => p.items)
      .map((i) => [i.requirement, i.name[ui] ?? i.name.en]),
  );
  return {
    uri: document.uri,
    lang,
    choices: choices
      .filter((c) => c.insertion)
      .map((c) => ({
        id: c.clause.id,
        kind: c.clause.kind,
        kindName: KIND_NAMES[c.clause.kind][ui],
        title: c.clause.title,
        description: c.clause.description,
        preview: c.insertion!.text.trim(),
        missing: c.missing.map((r) => names.get(r) ?? r),
        origin: c.clause.origin,
        position: document.positionAt(c.insertion!.offset),
        snippet: c.insertion!.snippet,
        headingLine: c.insertion!.headingLine,
      })),
  };
}

/** The edits that insert clause `id` into each other language version, in that version's language. */
export function clauseInOtherVersions(
  analysis: Analysis,
  id: string,
  library: ClauseLibrary,
): Array<{ uri: string; edit: TextEdit }> {
  const docs = new Map((analysis.group?.members ?? []).map((m) => [m.doc.uri, m.doc]));
  return insertionsInOtherVersions(analysis.doc, analysis.settings.config, analysis.group, id, library).map(
    ({ uri, insertion }) => {
      const at = new LineIndex(docs.get(uri)!.text).position(insertion.offset);
      return { uri, edit: { range: { start: at, end: at }, newText: insertion.text } };
    },
  );
}

/** "## " (or "### 7. ") alone on its line, the cursor at its end: a heading being begun. */
const HEADING_START = /^(#{1,6})[ \t]+(?:(\d+(?:\.\d+)*)\.?[ \t]*)?$/;

/** The number the heading at `line` continues: the previous heading of the same level, plus one. */
function nextNumber(document: TextDocument, line: number, level: number): string | null {
  for (let l = line - 1; l >= 0; l -= 1) {
    const text = document
      .getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } })
      .replace(/\r?\n$/, '');
    const m = /^(#{1,6})[ \t]+(\d+(?:\.\d+)*)(\.?)[ \t]/.exec(text);
    if (!m || m[1]!.length !== level) {
      // A heading above this level closes the search: numbering restarts under a new parent.
      const heading = /^(#{1,6})[ \t]/.exec(text);
      if (heading && heading[1]!.length < level) return null;
      continue;
    }
    const parts = m[2]!.split('.').map(Number);
    parts[parts.length - 1]! += 1;
    return `${parts.join('.')}${m[3]}`;
  }
  return null;
}

/**
 * Completion on an empty heading line: the titles of the items the policy lacks, in the
 * document's language; accepting one writes the heading (numbered after the previous one) and
 * its clause, as a snippet.
 */
export function headingCompletions(
  document: TextDocument,
  analysis: Analysis,
  engine: Engine,
  library: ClauseLibrary,
  position: Position,
): CompletionItem[] {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const m = HEADING_START.exec(line);
  if (!m) return [];
  const level = m[1]!.length;
  const number = m[2] ? `${m[2]}.` : nextNumber(document, position.line, level);
  const view = clausePicker(document, analysis, engine, library, position);
  return view.choices
    .filter((c) => c.missing.length > 0)
    .map((c, i): CompletionItem => {
      const body = c.snippet
        .slice(c.snippet.indexOf(c.headingLine) + c.headingLine.length)
        .replace(/^\n+/, '')
        .replace(/\n+$/, '');
      return {
        label: c.title,
        kind: CompletionItemKind.Snippet,
        detail: c.missing.join('; '),
        documentation: { kind: 'markdown', value: `${c.description}\n\n${c.preview}` },
        sortText: String(i).padStart(4, '0'),
        filterText: `${line}${c.title}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: {
          range: { start: { line: position.line, character: 0 }, end: position },
          newText: `${m[1]} ${number ? `${number} ` : ''}${c.title.replace(/[\\$}]/g, (ch) => `\\${ch}`)}\n\n${body}`,
        },
      };
    });
}
