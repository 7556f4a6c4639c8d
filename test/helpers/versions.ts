// Lints the language versions of a policy together, as the server does: one group, every version
// linted with it; and reads the findings of the language-version rules in a form tests compare.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Finding, type PolicyDocument, type PplintConfig } from '../../server/src/engine/index.js';

// retention-inconsistent reports retention periods that differ between versions (translation-mismatch leaves them to it).
export const VERSION_RULES = [
  'untranslated-clause',
  'wrong-language',
  'translation-mismatch',
  'retention-inconsistent',
] as const;
export const FIXTURES = join(import.meta.dirname, '../fixtures/versions');

export type Texts = Record<'ru' | 'kk' | 'en', string>;

export function readVersions(dir: string): Texts {
  const read = (lang: string): string => readFileSync(join(dir, `privacy.${lang}.md`), 'utf8');
  return { ru: read('ru'), kk: read('kk'), en: read('en') };
}

export interface Seen {
  lang: string;
  rule: string;
  message: string;
  /** The text the finding underlines. */
  text: string;
  severity: string;
}

const engine = createEngine();

/** Every finding of the language-version rules (and only those) on each version. */
export function lintVersions(
  texts: Partial<Texts> | Record<string, string>,
  layers: PplintConfig[] = [],
): { findings: Array<Finding & { lang: string; doc: PolicyDocument }>; docs: Record<string, PolicyDocument> } {
  const config = engine.resolveConfig(layers);
  const docs: Record<string, PolicyDocument> = {};
  for (const [lang, text] of Object.entries(texts))
    docs[lang] = engine.parse(`file:///policy/privacy.${lang}.md`, text);
  const groups = engine.groupVersions(Object.values(docs), config);
  const findings: Array<Finding & { lang: string; doc: PolicyDocument }> = [];
  for (const [lang, doc] of Object.entries(docs)) {
    const group = groups.find((g) => g.members.some((m) => m.doc === doc)) ?? null;
    for (const f of engine.lint(doc, config, { group }))
      if ((VERSION_RULES as readonly string[]).includes(f.ruleId)) findings.push({ ...f, lang, doc });
  }
  return { findings, docs };
}

export function seen(findings: Array<Finding & { lang: string; doc: PolicyDocument }>): Seen[] {
  return findings.map((f) => ({
    lang: f.lang,
    rule: f.ruleId,
    message: f.message.id.split('/')[1]!,
    text: f.doc.text.slice(f.span.start, f.span.end),
    severity: f.severity,
  }));
}

/** Replaces one exact passage, failing loudly when the fixture no longer has it. */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`fixture lacks «${from}»`);
  return text.replace(from, to);
}

export { engine };
