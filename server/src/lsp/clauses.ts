// Insert Clause… for the client: the clauses offered in the document's language, missing items
// first, each with where it goes (an editor position) and the snippet that inserts it; and, for
// the "all versions" option, the edits that put the same clause into the other language versions.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver';
import { clauseChoices, insertionsInOtherVersions, KIND_NAMES, LineIndex, policyParts, type ClauseLibrary, type Engine, type PolicyDocument } from '../engine/index.js';
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

export function clausePicker(document: TextDocument, analysis: Analysis, engine: Engine, library: ClauseLibrary, position?: Position): ClausePickerView {
  const ui = analysis.settings.config.uiLanguage;
  const offset = position ? document.offsetAt(position) : 0;
  const { lang, choices } = clauseChoices(analysis.doc, analysis.settings.config, analysis.group, library, partAt(analysis.doc, offset));
  const names = new Map(engine.checklist(analysis.doc, analysis.settings.config, analysis.group).profiles.flatMap((p) => p.items).map((i) => [i.requirement, i.name[ui] ?? i.name.en]));
  return {
    uri: document.uri,
    lang,
    choices: choices.filter((c) => c.insertion).map((c) => ({
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
export function clauseInOtherVersions(analysis: Analysis, id: string, library: ClauseLibrary): Array<{ uri: string; edit: TextEdit }> {
  const docs = new Map((analysis.group?.members ?? []).map((m) => [m.doc.uri, m.doc]));
  return insertionsInOtherVersions(analysis.doc, analysis.settings.config, analysis.group, id, library).map(({ uri, insertion }) => {
    const at = new LineIndex(docs.get(uri)!.text).position(insertion.offset);
    return { uri, edit: { range: { start: at, end: at }, newText: insertion.text } };
  });
}
