// What the server understood of a document, for the client's status bar and the
// "Show What Was Understood" command: language, jurisdictions, counts, sections and kinds.
import type { Analysis } from './analysis.js';
import type { Engine } from '../engine/index.js';

export const DOCUMENT_INFO_REQUEST = 'pplint/documentInfo';

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

export function documentInfo(analysis: Analysis, engine: Engine, lineOf: (offset: number) => number): DocumentInfo {
  const summary = engine.summarize(analysis.doc, analysis.settings.config, analysis.group);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  counts.error += analysis.doc.problems.length;
  return {
    uri: analysis.uri,
    policy: analysis.policy,
    language: summary.language,
    languageSource: summary.languageSource,
    jurisdictions: summary.jurisdictions.list,
    jurisdictionSource: summary.jurisdictions.source,
    counts,
    sections: summary.sections.map((s) => ({ title: s.title, kinds: s.kinds, level: s.level, line: lineOf(s.span.start) })),
  };
}
