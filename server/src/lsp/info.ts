// What the server understood of a document, for the client's status bar and the
// "Show What Was Understood" command: language, jurisdictions (and what decided them, in the
// interface language), counts, sections and kinds.
import type { Analysis } from './analysis.js';
import { describeJurisdictions, kindName, type Engine } from '../engine/index.js';

export const DOCUMENT_INFO_REQUEST = 'pplint/documentInfo';

export interface DocumentInfo {
  uri: string;
  policy: boolean;
  /** en, ru, kk, or the code of a language pplint does not read ("de"). */
  language: string | null;
  /** False for a language pplint does not read: law items and retention are not checked. */
  languageRead: boolean;
  languageSource: string | null;
  jurisdictions: string[];
  /** front-matter, configuration, detected, guessed (shown as a guess) or none. */
  jurisdictionSource: string;
  /** The laws for the status bar, by name and in the interface language: "Law 94-V + GDPR", "Law 94-V (guess)", "no law set". */
  laws: string;
  /** Markdown lines: which laws, who set them or which words of the text decided, mentions, how to set them. */
  lawNotes: string[];
  counts: { error: number; warning: number; info: number };
  /** `kinds`: the section kinds' ids; `kindNames`: the same in words, in the interface language. */
  sections: Array<{ title: string; kinds: string[]; kindNames: string[]; level: number; line: number }>;
}

export function documentInfo(analysis: Analysis, engine: Engine, lineOf: (offset: number) => number): DocumentInfo {
  const config = analysis.settings.config;
  // The group: a policy's laws are shared by its language versions.
  const summary = engine.summarize(analysis.doc, config, analysis.group);
  const described = describeJurisdictions(summary.jurisdictions, config.uiLanguage, analysis.doc);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of analysis.findings) counts[f.severity]++;
  counts.error += analysis.doc.problems.length;
  return {
    uri: analysis.uri,
    policy: analysis.policy,
    language: summary.language,
    languageRead: summary.languageRead,
    languageSource: summary.languageSource,
    jurisdictions: summary.jurisdictions.list,
    jurisdictionSource: summary.jurisdictions.source,
    laws: described.label,
    lawNotes: described.lines,
    counts,
    sections: summary.sections.map((s) => ({
      title: s.title,
      kinds: s.kinds,
      kindNames: s.kinds.map((k) => kindName(k, config.uiLanguage)),
      level: s.level,
      line: lineOf(s.span.start),
    })),
  };
}
