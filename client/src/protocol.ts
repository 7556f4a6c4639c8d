// The requests and commands the client shares with the server (the server's own definitions
// live in server/src/lsp; these must match them, and a test checks that they do).

export const DOCUMENT_INFO_REQUEST = 'pplint/documentInfo';
export const SERVER_FIX_ALL_COMMAND = 'pplint.server.fixAll';

export interface DocumentInfo {
  uri: string;
  policy: boolean;
  language: string | null;
  languageSource: string | null;
  jurisdictions: string[];
  jurisdictionSource: string;
  counts: { error: number; warning: number; info: number };
  sections: Array<{ title: string; kinds: string[]; level: number; line: number }>;
}
