// The policy's laws in words, for the hover on the title, the status bar and the findings that
// say a law is not set or only guessed: which laws, who set them or what in the text decided, a
// guess marked as one, laws mentioned only in passing, and how to set them (and which setting wins).
import type { PolicyDocument } from '../../model/document.js';
import { documentLines } from '../../model/lines.js';
import { getProfile } from '../../profiles/index.js';
import { render } from '../../i18n/render.js';
import { LANGUAGES, type Lang, type Localized, type MessageRef } from '../../types.js';
import type { Jurisdictions } from '../jurisdictions.js';
import type { Evidence } from './decide.js';

export interface JurisdictionDescription {
  /** Short, for the status bar: "Law 94-V + GDPR", "Law 94-V (guess)", "no law set". */
  label: string;
  /** Markdown lines: the laws and where they come from, mentions, how to set them. */
  lines: string[];
}

/** The laws by the names lawyers use ("Law 94-V", «Закон № 94-V», "GDPR"), joined. */
export function lawNames(list: readonly string[], lang: Lang): string {
  return list.map((j) => getProfile(j)?.file.law[lang] ?? getProfile(j)?.file.law.en ?? j).join(' + ');
}

const lineOf = (doc: PolicyDocument, offset: number): number => documentLines(doc).lineOf(offset) + 1;

function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** «Almaty» (line 4), «No. 94-V» (privacy.ru.md, line 12), Kazakh text. */
export function evidenceList(list: readonly Evidence[], lang: Lang, here: PolicyDocument | null): string {
  return list
    .map((e) => {
      const elsewhere = here !== null && e.doc !== here && e.doc.uri !== here.uri;
      if (e.kind === 'language')
        return `${render({ id: 'jurisdictions/kazakh-text' }, lang)}${elsewhere ? ` (${fileName(e.doc.uri)})` : ''}`;
      const line = lineOf(e.doc, e.span.start);
      const where = elsewhere
        ? render({ id: 'jurisdictions/at-file-line', data: { file: fileName(e.doc.uri), line } }, lang)
        : render({ id: 'jurisdictions/at-line', data: { line } }, lang);
      const text = e.text.replace(/\s+/g, ' ').trim();
      return `«${text.length > 60 ? `${text.slice(0, 59)}…` : text}» (${where})`;
    })
    .join(', ');
}

/** A message in every interface language, for a finding's data. */
export function inEveryLanguage(make: (lang: Lang) => string): Localized {
  const out = { en: make('en') } as Localized;
  for (const lang of LANGUAGES) out[lang] = make(lang);
  return out;
}

/** What the laws are and why, in the interface language. */
export function describeJurisdictions(
  j: Jurisdictions,
  lang: Lang,
  here: PolicyDocument | null = null,
): JurisdictionDescription {
  const laws = lawNames(j.list, lang);
  const listed = j.list.join(', ');
  const line = (id: string, data?: MessageRef['data']): string =>
    render({ id: `jurisdictions/${id}`, ...(data ? { data } : {}) }, lang);
  const lines: string[] = [];
  let label = laws;
  switch (j.source) {
    case 'front-matter':
    case 'configuration':
      lines.push(line(j.source, { laws: laws || '—' }));
      break;
    case 'detected':
      lines.push(line('detected', { laws, evidence: evidenceList(j.evidence, lang, here) }));
      break;
    case 'guessed':
      label = line('label-guess', { laws });
      lines.push(line('guessed', { laws, ids: listed, evidence: evidenceList(j.evidence, lang, here) }));
      break;
    case 'none':
      label = line('label-none');
      lines.push(line('none'));
      break;
  }
  if (j.foreign.length > 0) lines.push(line('foreign', { evidence: evidenceList(j.foreign, lang, here) }));
  if (j.mentioned.length > 0) {
    const ids = j.mentioned.map((e) => e.jurisdiction);
    lines.push(
      line('mentioned', {
        laws: lawNames(ids, lang),
        ids: ids.join(', '),
        evidence: evidenceList(j.mentioned, lang, here),
      }),
    );
  }
  if (j.unknown.length > 0) lines.push(line('unknown', { ids: j.unknown.join(', ') }));
  lines.push(line('order'));
  return { label: label || line('label-none'), lines };
}
