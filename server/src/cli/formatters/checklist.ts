// `pplint --format checklist`: one self-contained HTML page for a folder of policies (inline CSS,
// no scripts, nothing fetched): per policy and per jurisdiction, a table of the items the law
// requires, each ✓ with the line that states it, ✎ when its section is still template blanks, or ✗
// with the line it belongs near, and its citation. A pure function: the caller reads the files and
// says how offsets map to lines.
import {
  render,
  type Checklist,
  type ChecklistEntry,
  type ChecklistItem,
  type ItemStatus,
  type Lang,
} from '../../engine/index.js';

export interface ChecklistReport {
  /** As given on the command line or found. */
  file: string;
  /** en, ru, kk, or another language's code. */
  language: string | null;
  jurisdictions: string[];
  checklist: Checklist;
  /** Zero-based line of an offset in the file. */
  lineOf(offset: number): number;
}

const MARK: Record<ItemStatus, string> = {
  satisfied: '✓',
  'to-complete': '✎',
  missing: '✗',
  'not-applicable': '–',
  manual: '?',
};

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:2rem auto;max-width:72rem;padding:0 1rem}
h1{font-size:1.6rem;margin:0 0 1.5rem}h2{font-size:1.25rem;margin:2.5rem 0 .25rem;word-break:break-all}
p.meta{color:#59636e;margin:.25rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:1rem 0 2rem}
caption{text-align:left;font-weight:600;padding:.4rem 0}caption small{font-weight:400;color:#59636e}
th,td{border:1px solid #d1d9e0;padding:.35rem .55rem;vertical-align:top;text-align:left}th{background:#f6f8fa}
td.mark{width:5.5rem;white-space:nowrap;font-weight:600}
tr.missing td.mark{color:#cf222e}tr.to-complete td.mark{color:#9a6700}tr.satisfied td.mark{color:#1a7f37}tr.not-applicable td.mark,tr.manual td.mark{color:#59636e}
tr.missing{background:#fff5f5}td small{color:#59636e;display:block}q{font-style:italic}
p.none{padding:.6rem .8rem;background:#fff8c5;border:1px solid #d4a72c}
`;

function escape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function t(id: string, lang: Lang, data?: Record<string, string | number>): string {
  return escape(render({ id, ...(data ? { data } : {}) }, lang));
}

function where(entry: ChecklistEntry, report: ChecklistReport, lang: Lang): string {
  if (entry.status === 'satisfied' || entry.status === 'to-complete') {
    // The first two lines that state the item (one line may state it twice).
    const shown = new Map<number, string>();
    for (const e of entry.evidence) {
      if (e.uri) continue; // in another language version's file: its lines are not this file's
      const line = report.lineOf(e.span.start) + 1;
      if (!shown.has(line) && shown.size < 2) shown.set(line, e.excerpt);
    }
    return [...shown]
      .map(([line, text]) => `${t('checklist/line', lang, { line })} <q>${escape(text)}</q>`)
      .join('<br>');
  }
  if (entry.status === 'missing' && entry.place) {
    const note = entry.trigger
      ? `<small>${t('checklist/mentioned', lang, { trigger: entry.trigger.text })}</small>`
      : '';
    const line = report.lineOf(entry.place.span.start) + 1;
    const placed =
      entry.place.relation === 'at' || !entry.place.section
        ? t('checklist/belongs', lang, { line })
        : t(`checklist/belongs-${entry.place.relation}`, lang, { line, section: entry.place.section });
    return `${placed}${note}`;
  }
  return '';
}

function row(item: ChecklistItem, report: ChecklistReport, lang: Lang, versions: boolean): string {
  const name = item.name[lang];
  const label = name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  const notes: string[] = [];
  if (item.applies === 'duty') notes.push(t('checklist/duty', lang));
  else if (item.condition) notes.push(t('checklist/condition', lang, { condition: item.condition[lang] }));
  const status = versions
    ? item.versions.map((v) => `${escape(v.lang ?? '?')} ${MARK[v.status]}`).join(' · ')
    : `${MARK[item.status]} ${t(`checklist/${item.status}`, lang)}`;
  const place = versions
    ? item.versions
        .map((v) => {
          const w = where(v, report, lang);
          return w ? `<b>${escape(v.lang ?? '?')}</b>: ${w}` : '';
        })
        .filter(Boolean)
        .join('<br>')
    : where(item.versions[0]!, report, lang);
  return (
    `<tr class="${item.status}" id="${escape(`${report.file}#${item.requirement}`)}"><td class="mark">${status}</td>` +
    `<td>${escape(label)}${notes.map((n) => `<small>${n}</small>`).join('')}<small><code>${escape(item.requirement)}</code></small></td>` +
    `<td>${escape(item.citation[lang])}</td><td>${place}</td></tr>`
  );
}

function policySection(report: ChecklistReport, lang: Lang): string {
  const { checklist } = report;
  const parts = [`<section><h2>${escape(report.file)}</h2>`];
  const languages =
    checklist.versions.length > 1 ? checklist.versions.map((v) => v.lang ?? '?').join(', ') : (report.language ?? '?');
  parts.push(`<p class="meta">${escape(languages)} · ${escape(report.jurisdictions.join(', ') || '—')}</p>`);
  if (checklist.profiles.length === 0) parts.push(`<p class="none">${t('checklist/no-jurisdictions', lang)}</p>`);
  const versions = checklist.versions.length > 1;
  for (const profile of checklist.profiles) {
    const total = profile.items.length - profile.counts['not-applicable'] - profile.counts.manual;
    const toComplete = profile.counts['to-complete'];
    // Sections that stand but are still template blanks are neither stated nor missing: counted apart.
    const summary = [
      t('checklist/summary', lang, { stated: profile.counts.satisfied, total, missing: profile.counts.missing }),
      ...(toComplete > 0 ? [t('checklist/summary-to-complete', lang, { count: toComplete })] : []),
    ].join(', ');
    parts.push(
      `<table><caption>${escape(profile.title[lang])}<br><small>${summary} · ${t('checklist/checked', lang, { date: profile.checked })}</small></caption>`,
      `<thead><tr><th>${t('checklist/status', lang)}</th><th>${t('checklist/item', lang)}</th><th>${t('checklist/citation', lang)}</th><th>${t('checklist/where', lang)}</th></tr></thead><tbody>`,
      ...profile.items.map((item) => row(item, report, lang, versions)),
      '</tbody></table>',
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** One HTML page with a checklist table per policy and jurisdiction, in the interface language. */
export function formatChecklistHtml(reports: readonly ChecklistReport[], lang: Lang): string {
  const title = t('checklist/title', lang);
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style>${STYLE}</style></head>`,
    `<body><h1>${title}</h1>`,
    ...reports.map((r) => policySection(r, lang)),
    '</body></html>',
    '',
  ].join('\n');
}
