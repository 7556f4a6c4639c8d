// The requests and commands the client shares with the server. The names are repeated here (the
// client bundle must not pull in server code) and a meta test checks that they match; the shapes
// are the server's own types.
export type { DocumentInfo } from '../../server/src/lsp/info.js';
export type { ChecklistView } from '../../server/src/lsp/checklist.js';
export type { CounterpartLocation } from '../../server/src/lsp/counterparts.js';
export type { ClausePickerView } from '../../server/src/lsp/clauses.js';

export const DOCUMENT_INFO_REQUEST = 'pplint/documentInfo';
export const CHECKLIST_REQUEST = 'pplint/checklist';
export const COUNTERPARTS_REQUEST = 'pplint/counterparts';
export const CLAUSES_REQUEST = 'pplint/clauses';
export const CLAUSE_IN_OTHER_VERSIONS_REQUEST = 'pplint/clauseInOtherVersions';
export const SERVER_FIX_ALL_COMMAND = 'pplint.server.fixAll';
